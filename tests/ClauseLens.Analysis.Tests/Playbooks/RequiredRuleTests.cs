using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis.Tests.Playbooks;

public sealed class RequiredRuleTests
{
    private static readonly PlaybookEvaluator Evaluator = new();

    private static Playbook LawPlaybook(string? presentWhen = null) => PlaybookParser.Parse($"""
        id: test
        version: "1"
        name: Test
        rules:
          - id: law
            kind: required
            label: governing_law
            severity: high
            topic: Law
            title: No governing law
            explanation: Courts will guess.
            ask: Name the law.
            fallback: This Agreement is governed by the laws of Japan.
            talkingPoint: Standard practice.
            source: METI model contract
        {presentWhen ?? ""}
        """).Playbook ?? throw new InvalidOperationException("test playbook invalid");

    private static IReadOnlyList<Finding> Evaluate(Playbook playbook, ClauseBuilder builder) =>
        Evaluator.Evaluate(playbook, builder.Document(), builder.Build());

    [Fact]
    public void AbsentLabelIsReportedMissingWithTheRuleTexts()
    {
        var builder = new ClauseBuilder().Clause("Term", [ClauseLabels.TermTermination]);

        var finding = Assert.Single(Evaluate(LawPlaybook(), builder));

        Assert.Equal(FindingKind.Missing, finding.Kind);
        Assert.Equal(Severity.High, finding.Severity);
        Assert.Equal(("law", "law/document", ClauseLabels.GoverningLaw), (finding.RuleId, finding.Id, finding.Label));
        Assert.Null(finding.ClauseId);
        Assert.Null(finding.Evidence);
        Assert.Equal("No governing law", finding.Title);
        Assert.Equal("Courts will guess.", finding.Explanation);
        Assert.Equal("Name the law.", finding.Ask);
        Assert.Equal("This Agreement is governed by the laws of Japan.", finding.FallbackText);
        Assert.Equal("Standard practice.", finding.TalkingPoint);
        Assert.Equal("METI model contract", finding.Source);
        Assert.Equal("Law", finding.Topic);
        Assert.Equal(FallbackPlacement.After, finding.FallbackPlacement);
    }

    [Fact]
    public void LabelledClauseSatisfiesTheRule()
    {
        var builder = new ClauseBuilder().Clause("Term", [ClauseLabels.TermTermination])
            .Clause(null, [ClauseLabels.GoverningLaw, ClauseLabels.DisputeResolution], "This Agreement is governed by the laws of Japan, and the Tokyo District Court has exclusive jurisdiction.");

        var finding = Assert.Single(Evaluate(LawPlaybook(), builder));

        Assert.Equal(FindingKind.Ok, finding.Kind);
        Assert.Equal("c2", finding.ClauseId);
        Assert.Equal(new Evidence(builder.Build()[1].Start, builder.Build()[1].End), finding.Evidence);
    }

    [Theory]
    [InlineData("Governing Law")]
    [InlineData("GOVERNING LAW AND JURISDICTION")]
    [InlineData("準拠法および裁判管轄")]
    public void HeadingCountsAsPresenceWhenTheRuleSaysSo(string heading)
    {
        var withHeadings = "    presentWhen:\n      headings: [Governing Law, 準拠法]";
        var builder = new ClauseBuilder().Clause(heading, []);

        Assert.Equal(FindingKind.Ok, Assert.Single(Evaluate(LawPlaybook(withHeadings), builder)).Kind);
        Assert.Equal(FindingKind.Missing, Assert.Single(Evaluate(LawPlaybook(), builder)).Kind);
    }

    [Fact]
    public void ExtractedFactCountsAsPresenceWhenTheRuleSaysSo()
    {
        var builder = new ClauseBuilder().Clause("Miscellaneous", [], "This Agreement is governed by the laws of Japan.");

        Assert.Equal(FindingKind.Ok, Assert.Single(Evaluate(LawPlaybook("    presentWhen:\n      facts: [governing_law]"), builder)).Kind);
        Assert.Equal(FindingKind.Missing, Assert.Single(Evaluate(LawPlaybook(), builder)).Kind);
    }

    [Fact]
    public void UncertainLabelIsReportedUncertainNotMissing()
    {
        var builder = new ClauseBuilder().Clause("Term", []).Clause("Miscellaneous", [], "Miscellaneous provisions. The laws of Japan apply.", [ClauseLabels.GoverningLaw]);

        var finding = Assert.Single(Evaluate(LawPlaybook(), builder));

        Assert.Equal(FindingKind.Uncertain, finding.Kind);
        Assert.Equal("c2", finding.ClauseId);
        // It asks: the rule's own title ("No governing law clause") is a claim the analysis did not make.
        Assert.Equal("Check whether there is a governing law clause", finding.Title);
    }

    [Theory]
    [InlineData(ClauseLabels.IpOwnership, "en", "Check whether there is an IP ownership clause")]
    [InlineData(ClauseLabels.AuditRights, "en", "Check whether there is an audit rights clause")]
    [InlineData(ClauseLabels.Confidentiality, "en", "Check whether there is a confidentiality clause")]
    [InlineData(ClauseLabels.Confidentiality, "ja", "秘密保持の条項があるか確認が必要")]
    public void AnUnsureRequiredClauseIsAQuestionInTheReadersLanguage(string label, string language, string title) =>
        Assert.Equal(title, FindingWording.For(language).UnsureRequiredTitle(label));

    [Fact]
    public void SameClausesGiveTheSameFindings()
    {
        var playbook = BuiltInPlaybooks.Default;
        var builder = new ClauseBuilder().Clause("Confidentiality", [ClauseLabels.Confidentiality]).Clause("Term", [ClauseLabels.TermTermination]);

        var first = Evaluate(playbook, builder);
        var second = Evaluate(playbook, builder);

        Assert.Equal(first, second);
        Assert.Equal(first.Select(f => f.Id).Distinct().Count(), first.Count);
        Assert.Equal(first.Select(f => f.RuleId), first.Select(f => f.RuleId).OrderBy(id => playbook.Rules.ToList().FindIndex(r => r.Id == id)));
    }

    [Theory]
    [InlineData(ClauseLabels.IpOwnership)]
    [InlineData(ClauseLabels.Confidentiality)]
    [InlineData(ClauseLabels.NonCompete)]
    [InlineData(ClauseLabels.GoverningLaw)]
    public void DefaultPlaybookReportsEachCoreLabelMissingFromAnEmptyContract(string label)
    {
        var builder = new ClauseBuilder().Clause("Definitions", []);

        var findings = Evaluate(BuiltInPlaybooks.Default, builder);

        Assert.Contains(findings, f => f.Kind == FindingKind.Missing && f.Label == label);
    }
}
