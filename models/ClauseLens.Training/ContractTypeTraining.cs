using System.Globalization;
using System.Text;
using System.Text.Json;
using ClauseLens.Analysis.Context;
using ClauseLens.Data;
using Microsoft.ML;
using Microsoft.ML.Transforms;

namespace ClauseLens.Training;

/// <summary>A whole contract of shared/data/documents with its weak type label (null: its name says no single type).</summary>
internal sealed record TypedDocument(string DocId, string Source, string? Name, string? Label, string Text)
{
    /// <summary>Reads documents/{split}.jsonl.gz; the weak label comes from the contract's name.</summary>
    public static List<TypedDocument> Read(string dataDirectory, string split) =>
        [.. GoldDocument.Read(dataDirectory, split).Select(gold =>
            new TypedDocument(gold.DocId, gold.Source, gold.DocumentName, ContractTypeNames.WeakLabel(gold.Source, gold.DocumentName), gold.Text))];
}

/// <summary>
/// <c>--contract-type</c>: trains the contract-type detector on the train documents whose name says
/// their type (weak labels; ContractNLI documents are NDAs), reports per-type precision/recall/F1 on
/// the dev documents labelled the same way, and writes models/contract-type.zip and
/// models/contract-type-metrics.json. Seeded; dev is only predicted.
/// </summary>
internal sealed class ContractTypeTraining(TrainingOptions options)
{
    public const string ModelFileName = "contract-type.zip";
    public const string MetricsFileName = "contract-type-metrics.json";
    private const int Seed = 20261207;

    public void Execute()
    {
        var train = TypedDocument.Read(options.DataDirectory, "train");
        var dev = TypedDocument.Read(options.DataDirectory, "dev");
        var labelledTrain = train.Where(d => d.Label is not null).ToList();
        var labelledDev = dev.Where(d => d.Label is not null).ToList();
        Log($"train: {labelledTrain.Count} of {train.Count} documents labelled by name; dev: {labelledDev.Count} of {dev.Count}");
        foreach (var type in ContractTypes.All)
        {
            Log($"  {type,-14} train {labelledTrain.Count(d => d.Label == type),4}  dev {labelledDev.Count(d => d.Label == type),4}");
        }

        if (options.Tune)
        {
            Tune(labelledTrain);
            return;
        }

        var context = new MLContext(seed: Seed);
        var rows = labelledTrain.Select(d => new Row(ContractTypeInput.From(d.Text), d.Label!)).Select(r => new TrainingRow { Title = r.Input.Title, Body = r.Input.Body, Label = r.Label });
        var data = context.Data.LoadFromEnumerable(rows);
        // The label's key mapping is fitted apart so the shipped chain needs no Label column at serving.
        var labelled = context.Transforms.Conversion.MapValueToKey("LabelKey", nameof(TrainingRow.Label), keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Fit(data).Transform(data);
        var model = Pipeline(context).Fit(labelled);
        var path = Path.Combine(options.OutputDirectory, ModelFileName);
        context.Model.Save(model, data.Schema, path);
        Log($"wrote {path} ({new FileInfo(path).Length / 1024.0:F0} KB)");

        // Measure exactly the file that ships, through the serving class.
        var shipped = ContractTypeModel.Load(path);
        var predicted = labelledDev.Select(d => shipped.Predict(d.Text).Type).ToList();
        var report = TypeMetrics.Compute([.. labelledDev.Select(d => d.Label!)], predicted);
        Log($"dev accuracy {report.Accuracy:F3} on {labelledDev.Count} documents whose name says their type");
        foreach (var (type, s) in report.PerType)
        {
            Log($"  {type,-14} P {s.Precision:F3} R {s.Recall:F3} F1 {s.F1:F3} (n={s.Support})");
        }

        var metrics = new
        {
            model = ModelFileName,
            sizeBytes = new FileInfo(path).Length,
            seed = Seed,
            recipe = Recipe,
            trainDocuments = labelledTrain.Count,
            devDocuments = labelledDev.Count,
            devAccuracy = Math.Round(report.Accuracy, 4),
            perType = report.PerType.ToDictionary(p => p.Key, p => new { precision = Math.Round(p.Value.Precision, 4), recall = Math.Round(p.Value.Recall, 4), f1 = Math.Round(p.Value.F1, 4), support = p.Value.Support }),
        };
        File.WriteAllText(Path.Combine(options.OutputDirectory, MetricsFileName),
            JsonSerializer.Serialize(metrics, new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    // Settings are compared by 5-fold cross-validation on the labelled train documents, never on dev.
    private void Tune(List<TypedDocument> labelledTrain)
    {
        var grid = new (string Name, Settings Settings)[]
        {
            ("shipped", new Settings()),
            ("title x5 chars x1", new Settings { TitleCharWeight = 1 }),
            ("title x3 chars x3", new Settings { TitleWeight = 3, TitleCharWeight = 3 }),
            ("title x5 chars x5", new Settings { TitleCharWeight = 5 }),
            ("title 3 lines", new Settings { TitleLines = 3 }),
            ("title 8 lines", new Settings { TitleLines = 8 }),
            ("title 8 lines chars x3", new Settings { TitleLines = 8, TitleWeight = 3, TitleCharWeight = 3 }),
        };
        foreach (var (name, settings) in grid)
        {
            var context = new MLContext(seed: Seed);
            var data = context.Data.LoadFromEnumerable(labelledTrain.Select(d => ContractTypeInput.From(d.Text, settings.TitleLines)).Zip(labelledTrain)
                .Select(p => new TrainingRow { Title = p.First.Title, Body = p.First.Body, Label = p.Second.Label! }));
            var keyed = context.Transforms.Conversion.MapValueToKey("LabelKey", nameof(TrainingRow.Label), keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
                .Fit(data).Transform(data);
            var folds = context.MulticlassClassification.CrossValidate(keyed, Pipeline(context, settings), numberOfFolds: 5, labelColumnName: "LabelKey", seed: Seed);
            var micro = folds.Average(f => f.Metrics.MicroAccuracy);
            var macro = folds.Average(f => f.Metrics.MacroAccuracy);
            Log($"{name,-16} 5-fold train accuracy {micro:F3} (macro {macro:F3}; folds {string.Join(" ", folds.Select(f => f.Metrics.MicroAccuracy.ToString("F3", CultureInfo.InvariantCulture)))})");
        }
    }

    /// <summary>Knobs compared by <c>--contract-type --tune</c>; the defaults are the shipped recipe.</summary>
    internal sealed record Settings
    {
        public int TitleWeight { get; init; } = 5;
        public int TitleNgrams { get; init; } = 2;
        public int BodyNgrams { get; init; } = 1;
        public int TitleCharWeight { get; init; }
        public int TitleLines { get; init; } = ContractTypeInput.TitleLineCount;
        public float L1 { get; init; } = 1e-3f;
        public float L2 { get; init; } = 1e-3f;
    }

    public const string Recipe =
        "lower-cased, digits dropped; hashed word uni+bigrams of the title lines (2^14) and word unigrams of the first 20,000 characters (2^15), " +
        "each L2-normalised, the title's vector counted five times; L-BFGS maximum entropy (L1 1e-3, L2 1e-3)";

    internal static IEstimator<ITransformer> Pipeline(MLContext context, Settings? settings = null)
    {
        settings ??= new Settings();
        IEstimator<ITransformer> chain = context.Transforms.Text.NormalizeText("TitleNorm", nameof(TrainingRow.Title), keepNumbers: false, keepDiacritics: false)
            .Append(context.Transforms.Text.NormalizeText("BodyNorm", nameof(TrainingRow.Body), keepNumbers: false, keepDiacritics: false))
            .Append(context.Transforms.Text.ProduceHashedWordBags("TitleBag", "TitleNorm", numberOfBits: 14, ngramLength: settings.TitleNgrams))
            .Append(context.Transforms.Text.ProduceHashedWordBags("BodyBag", "BodyNorm", numberOfBits: 15, ngramLength: settings.BodyNgrams))
            .Append(context.Transforms.NormalizeLpNorm("TitleVec", "TitleBag"))
            .Append(context.Transforms.NormalizeLpNorm("BodyVec", "BodyBag"));
        var features = new List<string>();
        for (var i = 0; i < settings.TitleWeight; i++)
        {
            features.Add("TitleVec");
        }

        features.Add("BodyVec");
        if (settings.TitleCharWeight > 0)
        {
            chain = chain.Append(context.Transforms.Text.TokenizeIntoCharactersAsKeys("TitleChars", "TitleNorm"))
                .Append(context.Transforms.Text.ProduceHashedNgrams("TitleCharBag", "TitleChars", numberOfBits: 14, ngramLength: 4))
                .Append(context.Transforms.NormalizeLpNorm("TitleCharVec", "TitleCharBag"));
            features.AddRange(Enumerable.Repeat("TitleCharVec", settings.TitleCharWeight));
        }

        return chain.Append(context.Transforms.Concatenate("Features", [.. features]))
            .Append(context.MulticlassClassification.Trainers.LbfgsMaximumEntropy("LabelKey", "Features", l1Regularization: settings.L1, l2Regularization: settings.L2))
            .Append(context.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
    }

    private static void Log(string message) => Console.WriteLine(message);

    private sealed record Row(ContractTypeInput Input, string Label);

    internal sealed class TrainingRow
    {
        public string Title { get; set; } = "";
        public string Body { get; set; } = "";
        public string Label { get; set; } = "";
    }
}

/// <summary>Accuracy and per-type precision/recall/F1 of predicted against weak-label types.</summary>
internal sealed record TypeMetrics(double Accuracy, IReadOnlyDictionary<string, (double Precision, double Recall, double F1, int Support)> PerType)
{
    public static TypeMetrics Compute(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        var per = new SortedDictionary<string, (double, double, double, int)>(StringComparer.Ordinal);
        foreach (var type in ContractTypes.All)
        {
            var tp = gold.Zip(predicted).Count(p => p.First == type && p.Second == type);
            var fp = gold.Zip(predicted).Count(p => p.First != type && p.Second == type);
            var fn = gold.Zip(predicted).Count(p => p.First == type && p.Second != type);
            var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
            var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            per[type] = (precision, recall, f1, tp + fn);
        }

        var accuracy = gold.Count == 0 ? 0 : (double)gold.Zip(predicted).Count(p => p.First == p.Second) / gold.Count;
        return new TypeMetrics(accuracy, per);
    }

    public static string Format(double value) => value.ToString("F3", CultureInfo.InvariantCulture);
}
