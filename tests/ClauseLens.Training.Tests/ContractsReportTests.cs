namespace ClauseLens.Training.Tests;

public sealed class ContractsReportTests
{
    [Fact]
    public void SegmentsAreInOrderDoNotOverlapAndSkipOnlyWhiteSpace()
    {
        var text = "MASTER AGREEMENT   1. Definitions. " + new string('x', 80) + "\n\n2. Term. " + string.Join(" ", Enumerable.Repeat("The term is five years.", 120));

        var segments = ContractsReport.Segment(text);

        Assert.True(segments.Count >= 3);
        for (var i = 0; i < segments.Count; i++)
        {
            Assert.True(segments[i].End > segments[i].Start);
            Assert.True(i == 0 || segments[i].Start >= segments[i - 1].End);
        }

        var covered = string.Concat(segments.Select(s => text[s.Start..s.End]));
        Assert.Equal(text.Count(c => !char.IsWhiteSpace(c)), covered.Count(c => !char.IsWhiteSpace(c)));
    }

    [Fact]
    public void ShortHeadingLineJoinsTheClauseAfterIt()
    {
        var body = "Each party shall keep the other party's information confidential and use it only for the Purpose.";
        var text = "CONFIDENTIALITY\n" + body;

        var segments = ContractsReport.Segment(text);

        Assert.Equal([(0, text.Length)], segments);
    }

    [Fact]
    public void LongClausesAreCutAtSentenceEnds()
    {
        var text = string.Join(" ", Enumerable.Repeat("Licensee shall pay the royalty within thirty days.", 80));

        var segments = ContractsReport.Segment(text);

        Assert.True(segments.Count > 1);
        Assert.All(segments, s => Assert.True(s.End - s.Start <= 1500));
        Assert.All(segments.SkipLast(1), s => Assert.Equal('.', text[s.End - 1]));
    }
}
