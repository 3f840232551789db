using System.Diagnostics;
using ClauseLens.Analysis;
using ClauseLens.Analysis.Classification;

namespace ClauseLens.Training;

/// <summary>
/// Compares settings without touching dev: the recipe trains on 80% of the training documents
/// (plus the Japanese articles, as shipped) and is scored on the other 20%, split by doc_id with
/// its own salt so the slice is independent of the calibration split inside the trainer.
/// Writes nothing; prints the scores.
/// </summary>
internal sealed class TuneRun(TrainingOptions options)
{
    public const string Salt = "tune:";

    /// <summary>
    /// The salt of tuning slice <paramref name="index"/>: slice 0 is the one every recorded
    /// experiment used; the others are independent 20% slices for measuring the spread.
    /// </summary>
    public static string SliceSalt(int index) => index == 0 ? Salt : $"{Salt}{index}:";

    public void Execute()
    {
        var settings = ClauseModelSettings.WithOverrides(new ClauseModelSettings { Date = options.Date ?? "2026-11-25" }, options.Overrides);
        var train = ClauseExample.ReadJsonl(Path.Combine(options.DataDirectory, "clauses.train.jsonl"));
        var japanese = ClauseExample.ReadJsonl(Path.Combine(options.DataDirectory, "ja", "clauses.ja.jsonl"));
        // Ordered: the first candidate (the SVM baseline when asked for) is the one others are paired against.
        var macroF1s = new OrderedDictionary<string, List<double>>(StringComparer.Ordinal);
        for (var index = 0; index < options.Slices; index++)
        {
            foreach (var (name, macroF1) in TuneOnSlice(settings, train, japanese, index))
            {
                (macroF1s.TryGetValue(name, out var list) ? list : macroF1s[name] = []).Add(macroF1);
            }
        }

        if (options.Slices > 1)
        {
            PrintSpread(macroF1s);
        }
    }

    // Trains and scores every variant (and the SVM baseline when asked) on one slice; returns
    // each one's macro-F1 by name.
    private List<(string Name, double MacroF1)> TuneOnSlice(
        ClauseModelSettings settings, IReadOnlyList<ClauseExample> train, IReadOnlyList<ClauseExample> japanese, int index)
    {
        var results = new List<(string, double)>();
        var (fit, slice) = ClauseExample.SplitByDocument(train, 0.2, SliceSalt(index));
        var gold = LabelMetrics.GoldOf(slice);
        TrainingRun.Log($"Tuning slice {index}: fit on {fit.Count} examples, score on {slice.Count} ({string.Join(" ", options.Overrides.Select(o => $"{o.Key}={o.Value}"))})");

        if (options.TuneSvm)
        {
            var clock = Stopwatch.StartNew();
            var (predicted, chosen) = new SvmBaseline(settings.Seed).TrainAndPredict(fit, slice);
            var metrics = LabelMetrics.Compute(gold, predicted, ClauseLabels.All);
            Print("SVM baseline", metrics, clock);
            TrainingRun.Log($"  chosen: {SvmBaseline.Describe(chosen)}");
            results.Add(("SVM baseline", metrics.MacroF1));
        }

        foreach (var variant in Variants(options.Grid ?? new Dictionary<string, string[]>()))
        {
            var variantSettings = ClauseModelSettings.WithOverrides(settings, variant);
            var modelClock = Stopwatch.StartNew();
            var trainer = new ClauseModelTrainer(variantSettings);
            var trained = trainer.Train(variantSettings.IncludeJapanese ? variantSettings.Mix(fit, japanese) : fit);
            var path = Path.Combine(Path.GetTempPath(), $"clauselens-tune-{Guid.NewGuid():N}.zip");
            try
            {
                trained.Save(path);
                var size = new FileInfo(path).Length;
                var classifier = ModelClauseClassifier.Load(path);
                var predicted = TrainingRun.Predict(classifier, slice);
                var metrics = LabelMetrics.Compute(gold, predicted, ClauseLabels.All);
                // The slice's probabilities, scored once for the dump and the ceiling.
                var scores = classifier.Score([.. slice.Select(e => new ClauseInput(e.Text, null))]);
                if (options.Dump is not null)
                {
                    Dump(options.Dump, slice, predicted, scores);
                }

                var name = $"model {string.Join(" ", variant.Select(v => $"{v.Key}={v.Value}"))}".TrimEnd();
                Print($"{name} ({size / 1024.0 / 1024.0:F1} MB)", metrics, modelClock);
                results.Add((name, metrics.MacroF1));
                TrainingRun.Log("  L2: " + string.Join(" ", trainer.ChosenL2.Select(c => $"{c.Key}={c.Value}")));
                var whole = ErrorAnatomy.OnWholeClauses(slice, gold, predicted);
                TrainingRun.Log($"  whole clauses only: macro-F1 {whole.MacroF1:F4} " + string.Join(" ", whole.PerLabel.Select(p => $"{Short(p.Key)}={p.Value.F1:F3}")));
                TrainingRun.Log($"  ceiling: macro-F1 {ThresholdCeiling(classifier.Manifest.Labels, scores, slice):F4} with each label's threshold chosen on the slice itself (a bound, not a score)");
                // Leave-one-contract-out measures the four Japanese contracts; the English part of its
                // training set changes little from slice to slice, so slice 0's run is enough.
                if (options.Japanese && index == 0)
                {
                    var report = JapaneseReport.Measure(variantSettings with { FixedL2 = trainer.ChosenL2 }, fit, japanese);
                    Print("  Japanese leave-one-contract-out", report.Metrics, modelClock);
                }
            }
            finally
            {
                File.Delete(path);
            }
        }

        return results;
    }

    /// <summary>
    /// Over several slices: each candidate's mean macro-F1 and spread, and its difference from the
    /// first candidate slice by slice (paired, so a slice that is hard for both cancels out).
    /// A difference is worth acting on only when its mean is well outside its spread.
    /// </summary>
    private static void PrintSpread(OrderedDictionary<string, List<double>> scores)
    {
        var first = scores.GetAt(0);
        TrainingRun.Log($"Over {first.Value.Count} slices (mean ± standard deviation; differences paired by slice against \"{first.Key}\"):");
        foreach (var (name, values) in scores)
        {
            var differences = values.Zip(first.Value, (v, f) => v - f).ToList();
            TrainingRun.Log($"  {name}: {values.Average():F4} ± {StandardDeviation(values):F4} [{string.Join(" ", values.Select(v => v.ToString("F4", System.Globalization.CultureInfo.InvariantCulture)))}]" +
                (name == first.Key ? string.Empty : $"; difference {differences.Average():+0.0000;-0.0000} ± {StandardDeviation(differences):F4}"));
        }
    }

    private static double StandardDeviation(IReadOnlyList<double> values)
    {
        if (values.Count < 2)
        {
            return 0;
        }

        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }

    // For error analysis: one line per tuning-slice clause with its id, gold and predicted labels
    // and its probabilities; ids and numbers only, never clause text.
    private static void Dump(string path, IReadOnlyList<ClauseExample> slice, IReadOnlyList<IReadOnlySet<string>> predicted, float[][] scores)
    {
        File.WriteAllLines(path, slice.Select((e, i) => string.Join('\t',
            e.Id, string.Join(',', e.Labels), string.Join(',', predicted[i].Order(StringComparer.Ordinal)),
            string.Join(',', scores[i].Select(v => v.ToString("F3", System.Globalization.CultureInfo.InvariantCulture))))));
        TrainingRun.Log($"  wrote {slice.Count} rows to {path}");
    }

    /// <summary>
    /// Macro-F1 when every label's threshold is the best one for the slice itself. No threshold
    /// rule can beat it, so the gap between it and the real score is all that better thresholds
    /// could ever add; what lies beyond it needs better scores, not better cut-offs.
    /// </summary>
    private static double ThresholdCeiling(IReadOnlyList<string> labels, float[][] scores, IReadOnlyList<ClauseExample> slice) =>
        labels
            .Select((label, i) => Thresholds.BestF1WithScore([.. scores.Select(row => row[i])], [.. slice.Select(e => e.Has(label))]).F1)
            .Average();

    // Every combination of the grid's values (one empty variant when there is no grid).
    private static IEnumerable<IReadOnlyDictionary<string, string>> Variants(IReadOnlyDictionary<string, string[]> grid)
    {
        IEnumerable<IReadOnlyDictionary<string, string>> variants = [new Dictionary<string, string>(StringComparer.Ordinal)];
        foreach (var (name, values) in grid)
        {
            variants = [.. variants.SelectMany(v => values.Select(value =>
                (IReadOnlyDictionary<string, string>)new Dictionary<string, string>(v, StringComparer.Ordinal) { [name] = value }))];
        }

        return variants;
    }

    private static void Print(string name, LabelMetrics metrics, Stopwatch clock)
    {
        TrainingRun.Log($"{name}: macro-F1 {metrics.MacroF1:F4} micro-F1 {metrics.MicroF1:F4} other-false {metrics.OtherFalseLabelRate:P1} ({clock.Elapsed.TotalSeconds:F0} s)");
        TrainingRun.Log("  " + string.Join(" ", metrics.PerLabel.Select(p => $"{Short(p.Key)}={p.Value.F1:F3}")));
    }

    private static string Short(string label) => label.Length <= 6 ? label : label[..6];
}
