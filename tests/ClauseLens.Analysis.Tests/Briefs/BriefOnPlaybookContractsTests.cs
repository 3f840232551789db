using ClauseLens.Analysis.Briefs;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Tests.Playbooks;

namespace ClauseLens.Analysis.Tests.Briefs;

/// <summary>The brief over the playbook's test contracts, through the real pipeline (model and segmenter included).</summary>
public sealed class BriefOnPlaybookContractsTests
{
    [Theory]
    [InlineData("jda-background-assignment.txt", "no-assignment-of-background")]
    [InlineData("jda-perpetual-worldwide-noncompete.txt", "non-compete-duration")]
    [InlineData("licence-exclusive-grant-back.txt", "no-exclusive-grant-back")]
    [InlineData("licence-research-restriction.txt", "no-research-restriction")]
    [InlineData("nda-no-exclusions.txt", "nda-exclusions")]
    [InlineData("supply-no-governing-law.txt", "governing-law-required")]
    public void APlantedHighSeverityProblemIsATopGapAndTheGapsGoBySeverity(string file, string rule)
    {
        var brief = Brief(file);

        Assert.Contains(rule, brief.TopGaps.Select(g => g.RuleId));
        Assert.Equal(brief.TopGaps.Select(g => g.Severity).OrderByDescending(s => s), brief.TopGaps.Select(g => g.Severity));
        Assert.InRange(brief.TopGaps.Count, 1, BriefBuilder.MaxTopGaps);
    }

    [Theory]
    [InlineData("jda-balanced.txt", BuiltInPlaybooks.DefaultId, new string[0])]
    // A pure licence has no ownership clause; the playbook tests list that finding as justified.
    [InlineData("licence-balanced.txt", BuiltInPlaybooks.DefaultId, new[] { "ip-ownership-required" })]
    [InlineData("nda-balanced.txt", "commercial-nda", new string[0])]
    public void NothingFromABalancedContractIsATopGap(string file, string playbookId, string[] justified)
    {
        var brief = Brief(file, playbookId);

        Assert.DoesNotContain(brief.TopGaps, g => g.Severity == Severity.High);
        Assert.All(brief.TopGaps, g => Assert.Contains(g.RuleId, justified));
    }

    private static NegotiationBrief Brief(string file, string playbookId = BuiltInPlaybooks.DefaultId)
    {
        var (document, analysis) = ContractPipeline.AnalyseWithDocument(file, playbookId);
        return new BriefBuilder().Build(document, analysis);
    }
}
