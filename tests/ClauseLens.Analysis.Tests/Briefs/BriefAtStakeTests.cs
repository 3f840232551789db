using ClauseLens.Analysis.Briefs;
using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis.Tests.Briefs;

/// <summary>What the brief says is at stake: the measured detail when there is one, never a list of what was not found printed as if found.</summary>
public sealed class BriefAtStakeTests
{
    private static Finding WithDetail(string detail) => new(
        "r/c1", "r", FindingKind.Missing, Severity.High, ClauseLabels.Confidentiality, "c1", null,
        "Title", "Why it matters.", "Ask.", null, null, "Source", Detail: detail);

    [Theory]
    [InlineData("not found: an exclusion for independently developed information")]
    [InlineData("欠けている事項：独自に開発した情報の除外")]
    public void AListOfWhatIsMissingLeavesTheExplanationAlone(string detail) =>
        Assert.Equal("Why it matters.", BriefBuilder.AtStake(WithDetail(detail)));

    [Fact]
    public void AMeasureIsAddedToTheExplanation() =>
        Assert.Contains("60 months", BriefBuilder.AtStake(WithDetail("60 months; limit 24 months")), StringComparison.Ordinal);
}
