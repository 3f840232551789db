namespace ClauseLens.Training.Tests;

public sealed class ThresholdsTests
{
    [Fact]
    public void SeparableScoresAreCutBetweenTheClasses()
    {
        float[] scores = [0.9f, 0.8f, 0.7f, 0.3f, 0.2f];
        bool[] truth = [true, true, true, false, false];
        Assert.Equal(0.5, Thresholds.BestF1(scores, truth), 5);
    }

    [Fact]
    public void CutMaximisesF1WhenClassesOverlap()
    {
        // Taking the top three (2 TP, 1 FP) gives F1 0.8; the top one gives 0.5, all five 0.571.
        float[] scores = [0.9f, 0.6f, 0.5f, 0.4f, 0.1f];
        bool[] truth = [true, false, true, false, false];
        Assert.Equal(0.45, Thresholds.BestF1(scores, truth), 5);
        Assert.Equal(0.8, Thresholds.BestF1WithScore(scores, truth).F1, 5);
    }

    [Fact]
    public void F1AtAFixedThresholdCountsScoresAtOrAboveIt()
    {
        // At 0.5: 2 TP (0.9, 0.5), 1 FP (0.6), 0 FN, so F1 = 4 / 5.
        float[] scores = [0.9f, 0.6f, 0.5f, 0.4f, 0.1f];
        bool[] truth = [true, false, true, false, false];
        Assert.Equal(0.8, Thresholds.F1At(scores, truth, 0.5), 5);
        Assert.Equal(0, Thresholds.F1At(scores, truth, 0.95), 5);
    }

    [Fact]
    public void NoPositivesFallBackToOneHalf() =>
        Assert.Equal(Thresholds.Fallback, Thresholds.BestF1([0.9f, 0.1f], [false, false]));

    [Fact]
    public void TiedScoresShareOneDecision()
    {
        float[] scores = [0.7f, 0.7f, 0.2f];
        bool[] truth = [true, false, false];
        Assert.Equal(0.45, Thresholds.BestF1(scores, truth), 5);
    }

    [Fact]
    public void ThresholdIsClampedAwayFromTheEnds() =>
        Assert.Equal(0.95, Thresholds.BestF1([0.999f, 0.998f, 0.2f], [true, false, false]));
}
