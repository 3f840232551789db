using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis.Tests.Playbooks;

/// <summary>
/// Hand-written contracts run through the real pipeline (ingest, segmenter, shipped model,
/// extractor, evaluator). Every planted problem must be found; balanced contracts may only carry
/// the findings listed as justified.
/// </summary>
public sealed class ContractFindingsTests
{
    // Findings every contract may carry under the default playbook because the playbook is written
    // for joint development: an informational note that no non-compete exists.
    private static readonly string[] AlwaysJustified = ["non-compete-present:missing"];

    public static TheoryData<string, string, string[]> PlantedProblems => new()
    {
        { "jda-perpetual-worldwide-noncompete.txt", BuiltInPlaybooks.DefaultId, ["non-compete-duration:overly_broad", "non-compete-territory:overly_broad", "non-compete-scope:overly_broad"] },
        { "jda-background-assignment.txt", BuiltInPlaybooks.DefaultId, ["no-assignment-of-background:unbalanced", "background-stays-with-owner:unbalanced"] },
        { "licence-exclusive-grant-back.txt", BuiltInPlaybooks.DefaultId, ["no-exclusive-grant-back:unbalanced", "no-challenge:unbalanced"] },
        { "licence-research-restriction.txt", BuiltInPlaybooks.DefaultId, ["no-research-restriction:unbalanced", "licence-territory-worldwide:overly_broad"] },
        { "nda-no-exclusions.txt", BuiltInPlaybooks.DefaultId, ["nda-exclusions:overly_broad", "nda-return:unbalanced", "nda-need-to-know:unbalanced"] },
        { "nda-no-exclusions.txt", "commercial-nda", ["exclusions:overly_broad", "definition:unbalanced", "need-to-know:unbalanced", "return:unbalanced"] },
        { "nda-residuals-perpetual.txt", "commercial-nda", ["residuals:unbalanced", "term:unbalanced"] },
        { "supply-law-forum-mismatch.txt", BuiltInPlaybooks.DefaultId, ["law-and-forum-consistent:unbalanced"] },
        { "supply-no-governing-law.txt", BuiltInPlaybooks.DefaultId, ["governing-law-required:missing", "dispute-resolution-required:missing"] },
        { "jda-bilingual-no-prevailing.txt", BuiltInPlaybooks.DefaultId, ["prevailing-language:unbalanced"] },
    };

    public static TheoryData<string, string, string[]> BalancedContracts => new()
    {
        { "jda-balanced.txt", BuiltInPlaybooks.DefaultId, [] },
        { "jda-bilingual-english-prevails.txt", BuiltInPlaybooks.DefaultId, [] },
        // A Japanese joint R&D contract in the METI model style; it does not address prototypes or work for other clients.
        { "jda-japanese.txt", BuiltInPlaybooks.DefaultId, ["leakage-prototypes-data:unbalanced", "leakage-multi-client:unbalanced"] },
        // A licence has no ownership clause of its own; the improvements clause settles what matters.
        { "licence-balanced.txt", BuiltInPlaybooks.DefaultId, ["ip-ownership-required:missing"] },
        { "nda-balanced.txt", "commercial-nda", [] },
    };

    [Theory]
    [MemberData(nameof(PlantedProblems))]
    public void EveryPlantedProblemIsFound(string file, string playbookId, string[] expected)
    {
        var found = ContractPipeline.Findings(file, playbookId);

        Assert.All(expected, e => Assert.Contains(e, found));
    }

    [Theory]
    [MemberData(nameof(BalancedContracts))]
    public void BalancedContractsCarryOnlyJustifiedFindings(string file, string playbookId, string[] justified)
    {
        var found = ContractPipeline.Findings(file, playbookId);

        Assert.Empty(found.Except(justified).Except(AlwaysJustified));
    }

    [Fact]
    public void SameContractGivesTheSameFindingsInTheSameOrder()
    {
        var first = ContractPipeline.Analyse("jda-perpetual-worldwide-noncompete.txt", BuiltInPlaybooks.DefaultId).Findings;
        var second = ContractPipeline.Analyse("jda-perpetual-worldwide-noncompete.txt", BuiltInPlaybooks.DefaultId).Findings;

        Assert.Equal(first, second);
    }

    [Fact]
    public void EvidenceOfAPlantedProblemPointsAtIt()
    {
        var (document, result) = ContractPipeline.AnalyseWithDocument("jda-perpetual-worldwide-noncompete.txt", BuiltInPlaybooks.DefaultId);

        var duration = Assert.Single(result.Findings, f => f.RuleId == "non-compete-duration" && f.Kind == FindingKind.OverlyBroad);
        Assert.Equal("in perpetuity", document.Slice(duration.Evidence!.Start, duration.Evidence.End));
    }
}
