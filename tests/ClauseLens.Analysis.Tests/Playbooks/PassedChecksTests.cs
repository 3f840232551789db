using System.Text.RegularExpressions;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.TestSupport;

namespace ClauseLens.Analysis.Tests.Playbooks;

/// <summary>A passed check says what the contract has, never the rule's problem-worded title.</summary>
public sealed partial class PassedChecksTests
{
    [Fact]
    public void GoverningLawIsStatedWithTheLawAndTheClause()
    {
        var result = ContractPipeline.Analyse("jda-balanced.txt", BuiltInPlaybooks.DefaultId);

        var law = Assert.Single(result.Passed!, p => p.RuleId == Rule(result, ClauseLabels.GoverningLaw, RuleKind.Required));

        Assert.Matches(@"^Governing law: Japan \(clause \S+", law.Statement);
        Assert.NotNull(law.ClauseId);
    }

    [Fact]
    public void TheNdaExclusionsAreStatedAsAllPresentWithWhereTheyAre()
    {
        var result = ContractPipeline.Analyse("nda-balanced.txt", "commercial-nda");

        var exclusions = Assert.Single(result.Passed!, p => p.RuleId == "exclusions");

        Assert.StartsWith("Standard exclusions: all five (", exclusions.Statement, StringComparison.Ordinal);
        Assert.Contains("independently developed", exclusions.Statement, StringComparison.Ordinal);
        Assert.Contains("clause", exclusions.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void ARuleMetByAbsenceSaysWhereItLooked()
    {
        var result = ContractPipeline.Analyse("licence-balanced.txt", BuiltInPlaybooks.DefaultId);

        var forbids = result.Passed!.Where(p => BuiltInPlaybooks.All[BuiltInPlaybooks.DefaultId].Rules.Single(r => r.Id == p.RuleId).Kind == RuleKind.Forbids).ToList();

        Assert.NotEmpty(forbids);
        Assert.All(forbids, p => Assert.Contains("none — no ", p.Statement, StringComparison.Ordinal));
        Assert.All(forbids, p => Assert.NotNull(p.LookedIn));
    }

    [Theory]
    [InlineData("jda-balanced.txt", BuiltInPlaybooks.DefaultId)]
    [InlineData("licence-balanced.txt", BuiltInPlaybooks.DefaultId)]
    [InlineData("nda-balanced.txt", "commercial-nda")]
    [InlineData("supply-law-forum-mismatch.txt", "supply-agreement")]
    public void EveryOkFindingHasAStatementThatIsNotWordedAsAProblem(string file, string playbook)
    {
        var result = ContractPipeline.Analyse(file, playbook);
        var ok = result.Findings.Where(f => f.Kind == FindingKind.Ok).ToList();

        Assert.NotEmpty(ok);
        Assert.Equal(ok.Select(f => f.Id), result.Passed!.Select(p => p.FindingId));
        Assert.All(result.Passed!, p => Assert.DoesNotMatch(ProblemWording(), p.Statement));
        Assert.All(result.Passed!, p => Assert.DoesNotContain(ok.Single(f => f.Id == p.FindingId).Title, p.Statement, StringComparison.Ordinal));
    }

    [Fact]
    public void AJapaneseContractGetsJapaneseStatements()
    {
        var result = ContractPipeline.Analyse("jda-japanese.txt", BuiltInPlaybooks.DefaultId);

        Assert.NotEmpty(result.Passed!);
        Assert.All(result.Passed!, p => Assert.Contains('：', p.Statement));
    }

    private static string Rule(AnalysisResult result, string label, RuleKind kind) =>
        BuiltInPlaybooks.All[result.Playbook.Id].Rules.First(r => r.Label == label && r.Kind == kind).Id;

    // How the playbooks word a problem: "No governing law", "… is missing", "… not defined", "not limited".
    [GeneratedRegex(@"^No\b|\bmissing\b|\bnot (?:defined|limited|stated|found)\b|\bis not\b", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex ProblemWording();
}
