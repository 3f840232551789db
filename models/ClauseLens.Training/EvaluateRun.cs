using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClauseLens.Analysis;
using ClauseLens.Analysis.Classification;

namespace ClauseLens.Training;

/// <summary>
/// <c>dotnet run -c Release --project models/ClauseLens.Training -- --evaluate</c>: trains no clause
/// model. Scores the SHIPPED models/clause-classifier.zip, through the serving class, on the CURRENT
/// dev split (and the baselines, the whole-contract, speed and Japanese reports as a training run
/// does), then rewrites metrics.json and MODEL_CARD.md so their numbers describe the file that ships
/// on the data as it is now. What only the training run knew (chosen L2, training time and examples,
/// the data it was trained on) is carried over from the previous metrics.json.
/// </summary>
internal sealed class EvaluateRun(TrainingOptions options)
{
    public const string Command = TrainingReport.Command + " -- --evaluate";

    public void Execute()
    {
        var metricsPath = Path.Combine(options.OutputDirectory, "metrics.json");
        var modelPath = Path.Combine(options.OutputDirectory, TrainingRun.ModelFileName);
        var previous = JsonNode.Parse(File.ReadAllText(metricsPath))!.AsObject();
        var classifier = ModelClauseClassifier.Load(modelPath);
        var settings = ClauseModelSettings.WithOverrides(new ClauseModelSettings { Date = classifier.Manifest.Date }, options.Overrides);

        var data = TrainingRun.DevData.Read(options.DataDirectory);
        var (train, dev) = (data.Train, data.Dev);
        var gold = LabelMetrics.GoldOf(dev);
        TrainingRun.Log($"Evaluating {classifier.ModelVersion} on {dev.Count} dev examples (baselines trained on {train.Count} train examples).");

        var keyword = LabelMetrics.Compute(gold, [.. dev.Select(e => KeywordBaseline.Predict(e.Text))], ClauseLabels.All);
        var (svmPredicted, svmChoices) = new SvmBaseline(settings.Seed).TrainAndPredict(train, dev);
        var svm = LabelMetrics.Compute(gold, svmPredicted, ClauseLabels.All);
        TrainingRun.Log($"Keyword baseline macro-F1 {keyword.MacroF1:F3}; TF-IDF + SVM baseline macro-F1 {svm.MacroF1:F3}");

        var chosenL2 = previous["chosenL2"]?.Deserialize<Dictionary<string, float>>() ?? [];
        var report = TrainingRun.Evaluate(
            classifier, settings, options, data,
            new TrainingRun.Baselines(keyword, svm, svmChoices, svmPredicted), chosenL2) with
        {
            TrainingSeconds = previous["trainingSeconds"]?.GetValue<double>() ?? 0,
            TrainExamples = previous["trainExamples"]?.GetValue<int>() ?? 0,
            JapaneseRepeat = previous["japaneseRepeat"]?.GetValue<int>() ?? 0,
        };
        report.Write(options.OutputDirectory, options.DataDirectory);
        Annotate(options.OutputDirectory, previous, classifier.Manifest.Date);
        TrainingRun.Log($"Rewrote metrics.json and MODEL_CARD.md for the shipped model in {options.OutputDirectory}.");
    }

    /// <summary>
    /// Says in both files that the numbers were re-measured without training, when, and on which data
    /// the shipped model was trained (the previous run's hashes), so nobody reads them as a retrain.
    /// </summary>
    private static void Annotate(string outputDirectory, JsonObject previous, string trainedOn)
    {
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var metricsPath = Path.Combine(outputDirectory, "metrics.json");
        var metrics = JsonNode.Parse(File.ReadAllText(metricsPath))!.AsObject();
        var trainedHashes = previous["trainedOnSha256"] ?? previous["dataSha256"];
        metrics.Insert(1, "evaluation", new JsonObject
        {
            ["command"] = Command,
            ["date"] = today,
            ["note"] = $"No retraining: the shipped model (trained {trainedOn}) scored on the current data; dataSha256 is the data these numbers were measured on, trainedOnSha256 the data the model was trained on. trainingSeconds and trainExamples are the training run's.",
        });
        metrics["trainedOnSha256"] = trainedHashes?.DeepClone();
        File.WriteAllText(metricsPath, metrics.ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }) + "\n");

        var cardPath = Path.Combine(outputDirectory, "MODEL_CARD.md");
        var lines = File.ReadAllLines(cardPath).ToList();
        var at = lines.FindIndex(l => l.StartsWith("This file, `metrics.json`", StringComparison.Ordinal));
        var note = $"Numbers re-measured on {today} by `{Command}` (no retraining): the model trained on {trainedOn} scored on the current data (hashes below; the data it was trained on: `trainedOnSha256` in metrics.json). A retrain on the rebuilt data scored lower (EXPERIMENTS.md), so this model ships.";
        lines.Insert(at < 0 ? 2 : at + 1, note);
        File.WriteAllText(cardPath, string.Join('\n', lines) + "\n");
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
