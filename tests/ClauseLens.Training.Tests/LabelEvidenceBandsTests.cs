using ClauseLens.Training;

namespace ClauseLens.Training.Tests;

/// <summary>The label evidence reader's bands: "missing" claims keep the precision asked for on the training contracts.</summary>
public sealed class LabelEvidenceBandsTests
{
    // 20 contracts without the label (scores 0.01..0.20), one with it scored 0.105 (a hard positive), 20 with it scored high.
    private static readonly List<(bool Pattern, double Score, bool Gold)> Contracts =
    [
        .. Enumerable.Range(1, 20).Select(i => (false, i / 100.0, false)),
        (false, 0.105, true),
        .. Enumerable.Range(0, 20).Select(i => (false, 0.8 + (i / 100.0), true)),
    ];

    [Fact]
    public void AtNinetySevenPercentTheHardPositiveIsNotCalledMissing()
    {
        var bands = ElementBands.Choose(Contracts, LabelEvidenceTrainingRun.MissPrecision);

        // 20 right of 21 claims is 0.952: allowed at 0.95, not at 0.97, so the floor stays below the hard positive.
        Assert.True(bands.Lo <= 0.105, $"floor {bands.Lo}");
        Assert.Equal(bands.MissingClaims, bands.MissingRight);
        Assert.True(ElementBands.Choose(Contracts).Lo > 0.105);
    }

    [Fact]
    public void TheThresholdIsNeverBelowTheFloor()
    {
        var bands = ElementBands.Choose(Contracts, LabelEvidenceTrainingRun.MissPrecision);

        Assert.InRange(bands.Hi, bands.Lo, 1);
    }

    [Fact]
    public void WhereTheClassifierFoundAlmostEveryPresentContractTheFloorStillLeavesTheReaderSeeingThem()
    {
        // 40 contracts with the label the classifier found, scored 0.10..0.49 by the reader; 40 without
        // it the classifier did not find, scored 0.01..0.40. Only absent contracts reach the reader, so
        // "missing" claims alone would let the floor rise over every one of them, to where the reader
        // no longer sees most contracts that do have the label.
        List<(bool Pattern, double Score, bool Gold)> contracts =
        [
            .. Enumerable.Range(0, 40).Select(i => (true, 0.10 + (i / 100.0), true)),
            .. Enumerable.Range(1, 40).Select(i => (false, i / 100.0, false)),
        ];

        var unbounded = ElementBands.Choose(contracts, LabelEvidenceTrainingRun.MissPrecision);
        var bands = LabelEvidenceTrainingRun.Choose(contracts);

        Assert.True(unbounded.Lo > 0.40, $"unbounded floor {unbounded.Lo}");
        // At most 3 % of the 40 contracts with the label (one) may fall below the floor.
        Assert.InRange(contracts.Count(c => c.Gold && c.Score < bands.Lo), 0, 1);
        Assert.Equal(bands.MissingClaims, contracts.Count(c => !c.Pattern && c.Score < bands.Lo));
        Assert.Equal(bands.MissingClaims, bands.MissingRight);
        Assert.InRange(bands.Hi, bands.Lo, 1);
    }

    [Fact]
    public void WhereTheReaderSeesThePresentContractsTheFloorIsTheOneTheClaimsAllow()
    {
        Assert.Equal(ElementBands.Choose(Contracts, LabelEvidenceTrainingRun.MissPrecision), LabelEvidenceTrainingRun.Choose(Contracts));
    }

    [Theory]
    [InlineData("--label-evidence", true, false)]
    [InlineData("--evaluate", false, true)]
    public void TheCommandLineSelectsTheRun(string flag, bool labelEvidence, bool evaluate)
    {
        var options = TrainingOptions.Parse([flag]);

        Assert.Equal(labelEvidence, options.LabelEvidence);
        Assert.Equal(evaluate, options.Evaluate);
    }
}
