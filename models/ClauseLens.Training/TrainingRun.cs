using System.Diagnostics;
using System.Security.Cryptography;
using ClauseLens.Analysis;
using ClauseLens.Analysis.Classification;

namespace ClauseLens.Training;

/// <summary>
/// One training run: baselines, the shipped model, its evaluation on dev and the extra reports,
/// then metrics.json and MODEL_CARD.md beside the model. Dev is only ever predicted, never fitted.
/// </summary>
internal sealed class TrainingRun(TrainingOptions options)
{
    public const string ModelFileName = "clause-classifier.zip";

    public void Execute()
    {
        var settings = ClauseModelSettings.WithOverrides(
            options.Date is null ? new ClauseModelSettings() : new ClauseModelSettings { Date = options.Date }, options.Overrides);
        var data = DevData.Read(options.DataDirectory);
        var (train, dev, japanese) = (data.Train, data.Dev, data.Japanese);
        var gold = LabelMetrics.GoldOf(dev);
        Log($"Loaded {train.Count} train, {dev.Count} dev, {japanese.Count} Japanese examples.");

        var keyword = LabelMetrics.Compute(gold, [.. dev.Select(e => KeywordBaseline.Predict(e.Text))], ClauseLabels.All);
        Log($"Keyword baseline macro-F1 {keyword.MacroF1:F3}");

        var svmClock = Stopwatch.StartNew();
        var (svmPredicted, svmChoices) = new SvmBaseline(settings.Seed).TrainAndPredict(train, dev);
        var svm = LabelMetrics.Compute(gold, svmPredicted, ClauseLabels.All);
        Log($"TF-IDF + SVM baseline macro-F1 {svm.MacroF1:F3} ({svmClock.Elapsed.TotalSeconds:F0} s); chosen on a train slice: {SvmBaseline.Describe(svmChoices)}");

        var clock = Stopwatch.StartNew();
        var trainer = new ClauseModelTrainer(settings);
        var trained = trainer.Train(settings.IncludeJapanese ? settings.Mix(train, japanese) : train);
        var modelPath = Path.Combine(options.OutputDirectory, ModelFileName);
        trained.Save(modelPath);
        var trainingSeconds = clock.Elapsed.TotalSeconds;
        Log($"Trained and wrote the model in {trainingSeconds:F0} s.");

        // Evaluate exactly the file that ships, through the serving class.
        var classifier = ModelClauseClassifier.Load(modelPath);
        var report = Evaluate(classifier, settings, options, data, new Baselines(keyword, svm, svmChoices, svmPredicted), trainer.ChosenL2) with
        {
            TrainingSeconds = trainingSeconds,
            TrainExamples = train.Count + (settings.IncludeJapanese ? japanese.Count : 0),
            JapaneseRepeat = settings.IncludeJapanese ? settings.JapaneseRepeat : 0,
        };
        report.Write(options.OutputDirectory, options.DataDirectory);
        Log($"Wrote metrics.json and MODEL_CARD.md to {options.OutputDirectory}.");
    }

    /// <summary>The data a run reads: where it came from (hashed into the report) and its examples.</summary>
    internal sealed record DevData(string TrainPath, string DevPath, string JapanesePath, IReadOnlyList<ClauseExample> Train, IReadOnlyList<ClauseExample> Dev, IReadOnlyList<ClauseExample> Japanese)
    {
        /// <summary>The train, dev and Japanese clause files of <paramref name="dataDirectory"/>.</summary>
        public static DevData Read(string dataDirectory)
        {
            var trainPath = Path.Combine(dataDirectory, "clauses.train.jsonl");
            var devPath = Path.Combine(dataDirectory, "clauses.dev.jsonl");
            var japanesePath = Path.Combine(dataDirectory, "ja", "clauses.ja.jsonl");
            return new DevData(trainPath, devPath, japanesePath, ClauseExample.ReadJsonl(trainPath), ClauseExample.ReadJsonl(devPath), ClauseExample.ReadJsonl(japanesePath));
        }
    }

    /// <summary>The two baselines on dev.</summary>
    internal sealed record Baselines(LabelMetrics Keyword, LabelMetrics Svm, IReadOnlyDictionary<string, SvmChoice> SvmChoices, IReadOnlyList<IReadOnlySet<string>> SvmPredicted);

    /// <summary>
    /// The shipped file's evaluation on dev and the extra reports (speed, whole contracts, Japanese
    /// leave-one-contract-out with <paramref name="chosenL2"/>), as metrics.json and MODEL_CARD.md print
    /// them: a training run and <c>--evaluate</c> share it. What only training knows (its time and
    /// examples) is left for the caller to set.
    /// </summary>
    internal static TrainingReport Evaluate(
        ModelClauseClassifier classifier, ClauseModelSettings settings, TrainingOptions options, DevData data, Baselines baselines, IReadOnlyDictionary<string, float> chosenL2)
    {
        var gold = LabelMetrics.GoldOf(data.Dev);
        var predictedDev = Predict(classifier, data.Dev);
        var model = LabelMetrics.Compute(gold, predictedDev, ClauseLabels.All);
        Log($"Model {classifier.ModelVersion} macro-F1 {model.MacroF1:F3}, micro-F1 {model.MicroF1:F3}, other false-label rate {model.OtherFalseLabelRate:P1}");
        foreach (var (label, s) in model.PerLabel)
        {
            Log($"  {label,-20} P {s.Precision:F3} R {s.Recall:F3} F1 {s.F1:F3} (n={s.Support})");
        }

        JapaneseReport? japaneseReport = null;
        ContractsReport? contractsReport = null;
        SpeedReport? speedReport = null;
        if (!options.Quick)
        {
            speedReport = SpeedReport.Measure(classifier, data.Dev);
            Log($"Speed: {speedReport.MedianMilliseconds:F0} ms per 300-clause document, {speedReport.ClausesPerSecond:F0} clauses/s on one core");
            contractsReport = ContractsReport.Measure(classifier, options.DataDirectory);
            Log($"Whole contracts: {contractsReport.Segments} segments, macro-F1 {contractsReport.Metrics.MacroF1:F3}");
            var foldClock = Stopwatch.StartNew();
            // The folds reuse the L2 each label chose for the shipped model: the choice was made on
            // English held-out documents, and choosing again per fold would quadruple the time.
            japaneseReport = JapaneseReport.Measure(settings with { FixedL2 = chosenL2 }, data.Train, data.Japanese);
            Log($"Japanese leave-one-contract-out macro-F1 {japaneseReport.Metrics.MacroF1:F3} ({foldClock.Elapsed.TotalSeconds:F0} s)");
        }

        return new TrainingReport
        {
            ModelVersion = classifier.ModelVersion,
            Manifest = classifier.Manifest,
            Settings = settings,
            Model = model,
            Keyword = baselines.Keyword,
            Svm = baselines.Svm,
            SvmChoices = baselines.SvmChoices,
            ChosenL2 = chosenL2,
            TrainingSeconds = 0,
            ModelBytes = new FileInfo(Path.Combine(options.OutputDirectory, ModelFileName)).Length,
            DataHashes = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["clauses.train.jsonl"] = Sha256(data.TrainPath),
                ["clauses.dev.jsonl"] = Sha256(data.DevPath),
                ["ja/clauses.ja.jsonl"] = Sha256(data.JapanesePath),
            },
            TrainExamples = 0,
            JapaneseRepeat = 0,
            DevExamples = data.Dev.Count,
            Failures = FailureExamples.Collect(data.Dev, gold, predictedDev),
            Anatomy = ErrorAnatomy.Count(data.Dev, gold, predictedDev),
            ModelWholeClauses = ErrorAnatomy.OnWholeClauses(data.Dev, gold, predictedDev),
            SvmWholeClauses = ErrorAnatomy.OnWholeClauses(data.Dev, gold, baselines.SvmPredicted),
            Japanese = japaneseReport,
            Contracts = contractsReport,
            Speed = speedReport,
        };
    }

    /// <summary>Label sets the classifier gives to <paramref name="examples"/>, one document-sized batch at a time.</summary>
    public static IReadOnlyList<IReadOnlySet<string>> Predict(IClauseClassifier classifier, IReadOnlyList<ClauseExample> examples) =>
        [.. examples.Chunk(300).SelectMany(chunk => classifier.Classify([.. chunk.Select(e => new ClauseInput(e.Text, null))]))
            .Select(l => (IReadOnlySet<string>)l.Labels.Select(s => s.Label).ToHashSet(StringComparer.Ordinal))];

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    // Progress only: counts and scores, never contract text.
    public static void Log(string message) => Console.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {message}");
}
