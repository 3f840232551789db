using ClauseLens.Analysis;

namespace ClauseLens.Training;

/// <summary>Precision, recall and F1 of one label.</summary>
internal sealed record LabelScores(int Support, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// Multi-label evaluation: per label P/R/F1, micro (pooled counts) and macro (mean of label F1s),
/// and how often an "other" example wrongly gets any label.
/// </summary>
internal sealed record LabelMetrics(
    IReadOnlyDictionary<string, LabelScores> PerLabel,
    double MicroPrecision,
    double MicroRecall,
    double MicroF1,
    double MacroF1,
    int OtherExamples,
    double OtherFalseLabelRate,
    int Examples)
{
    /// <summary>Scores <paramref name="predicted"/> against <paramref name="gold"/> (same order) over <paramref name="labels"/>.</summary>
    public static LabelMetrics Compute(
        IReadOnlyList<IReadOnlySet<string>> gold, IReadOnlyList<IReadOnlySet<string>> predicted, IReadOnlyList<string> labels)
    {
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException("Gold and predicted label sets differ in count.", nameof(predicted));
        }

        var perLabel = new Dictionary<string, LabelScores>(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            int tp = 0, fp = 0, fn = 0, support = 0;
            for (var i = 0; i < gold.Count; i++)
            {
                var isGold = gold[i].Contains(label);
                var isPredicted = predicted[i].Contains(label);
                support += isGold ? 1 : 0;
                tp += isGold && isPredicted ? 1 : 0;
                fp += !isGold && isPredicted ? 1 : 0;
                fn += isGold && !isPredicted ? 1 : 0;
            }

            perLabel[label] = new LabelScores(support, tp, fp, fn);
        }

        var pooled = new LabelScores(
            perLabel.Values.Sum(s => s.Support), perLabel.Values.Sum(s => s.TruePositives),
            perLabel.Values.Sum(s => s.FalsePositives), perLabel.Values.Sum(s => s.FalseNegatives));
        var others = Enumerable.Range(0, gold.Count).Where(i => !gold[i].Any(ClauseLabels.IsKnown)).ToList();
        var otherFalse = others.Count(i => predicted[i].Any(ClauseLabels.IsKnown));
        return new LabelMetrics(
            perLabel, pooled.Precision, pooled.Recall, pooled.F1,
            perLabel.Values.Average(s => s.F1),
            others.Count, others.Count == 0 ? 0 : (double)otherFalse / others.Count, gold.Count);
    }

    /// <summary>Gold label sets of examples ("other" becomes the empty set).</summary>
    public static IReadOnlyList<IReadOnlySet<string>> GoldOf(IEnumerable<ClauseExample> examples) =>
        [.. examples.Select(e => (IReadOnlySet<string>)e.Labels.Where(ClauseLabels.IsKnown).ToHashSet(StringComparer.Ordinal))];
}
