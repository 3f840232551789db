using ClauseLens.Analysis;

namespace ClauseLens.Training.Tests;

public sealed class LabelMetricsTests
{
    private static IReadOnlySet<string> Set(params string[] labels) => labels.ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void PerLabelMicroAndMacroFollowTheCounts()
    {
        IReadOnlySet<string>[] gold = [Set(ClauseLabels.GoverningLaw), Set(ClauseLabels.GoverningLaw, ClauseLabels.DisputeResolution), Set(), Set()];
        IReadOnlySet<string>[] predicted = [Set(ClauseLabels.GoverningLaw), Set(ClauseLabels.DisputeResolution), Set(ClauseLabels.GoverningLaw), Set()];

        var metrics = LabelMetrics.Compute(gold, predicted, [ClauseLabels.GoverningLaw, ClauseLabels.DisputeResolution]);

        var law = metrics.PerLabel[ClauseLabels.GoverningLaw];
        Assert.Equal((2, 1, 1, 1), (law.Support, law.TruePositives, law.FalsePositives, law.FalseNegatives));
        Assert.Equal(0.5, law.F1, 6);
        Assert.Equal(1.0, metrics.PerLabel[ClauseLabels.DisputeResolution].F1, 6);
        Assert.Equal(0.75, metrics.MacroF1, 6);
        Assert.Equal(2.0 / 3, metrics.MicroPrecision, 6);
        Assert.Equal(2.0 / 3, metrics.MicroRecall, 6);
        Assert.Equal(2, metrics.OtherExamples);
        Assert.Equal(0.5, metrics.OtherFalseLabelRate, 6);
    }

    [Fact]
    public void MismatchedCountsAreRejected() =>
        Assert.Throws<ArgumentException>(() => LabelMetrics.Compute([Set()], [], ClauseLabels.All));
}
