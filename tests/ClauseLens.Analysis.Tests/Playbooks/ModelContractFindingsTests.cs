using ClauseLens.Analysis.Context;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.TestSupport;

namespace ClauseLens.Analysis.Tests.Playbooks;

/// <summary>
/// The default playbook cites the METI/JPO model contracts for open innovation; held against them
/// (the .docx as published, commentary included) it must not flag what they do as the guidance
/// recommends: return or destruction (「破棄もしくは開示者に返還し」), need to know
/// (「本目的のために必要な範囲のみにおいて、受領者の役員および従業員に限り開示」), survival
/// (「本契約の終了後においても…有効に適用される」), the discloser's IP not transferred by disclosure.
/// </summary>
public sealed class ModelContractFindingsTests
{
    private static readonly Lazy<ContractAnalyzer> Analyzer = new(ContractAnalyzer.WithShippedModel);

    [Theory]
    [InlineData("meti-jpo-model-2.docx")] // PoC contract
    [InlineData("meti-jpo-model-3.docx")] // joint research and development contract
    [InlineData("meti-jpo-model-4.docx")] // licence contract
    public void AModelContractDrawsNoHighFindingAndAtMostOneMedium(string file)
    {
        var findings = Findings(file);

        Assert.Empty(findings.Where(f => f.Severity == Severity.High).Select(f => f.RuleId));
        Assert.True(findings.Count(f => f.Severity == Severity.Medium) <= 1,
            string.Join(", ", findings.Where(f => f.Severity == Severity.Medium).Select(f => f.RuleId)));
    }

    [Fact]
    public void TheModelNdaHasItsConfidentialityTermsRecognised()
    {
        var findings = Findings("meti-jpo-model-1.docx");

        // The NDA has no article on results; that finding (ip-ownership-required) is the `required`
        // rule's and is not about the confidentiality terms read here.
        Assert.Empty(findings.Where(f => f.Severity is Severity.High or Severity.Medium && f.RuleId != "ip-ownership-required").Select(f => f.RuleId));
        Assert.DoesNotContain(findings, f => f.RuleId is "nda-need-to-know" or "nda-return" or "survival" or "leakage-segmented-access");
    }

    [Theory]
    [InlineData("meti-jpo-model-2.docx")]
    [InlineData("meti-jpo-model-3.docx")]
    [InlineData("meti-jpo-model-4.docx")]
    public void TheDisclosersIpIsNotTakenAndNoBackgroundIsAssigned(string file)
    {
        var findings = Findings(file);

        Assert.DoesNotContain(findings, f => f.RuleId is "background-stays-with-owner" or "no-assignment-of-background");
    }

    [Theory]
    [InlineData("meti-jpo-model-1.docx", "commercial-nda")] // NDA
    [InlineData("meti-jpo-model-2.docx", BuiltInPlaybooks.DefaultId)] // PoC contract
    [InlineData("meti-jpo-model-3.docx", BuiltInPlaybooks.DefaultId)] // joint research and development contract
    [InlineData("meti-jpo-model-4.docx", BuiltInPlaybooks.DefaultId)] // licence contract
    public void WithThePlaybookChosenForItsTypeAModelContractDrawsNoHighFindingAndAtMostOneMedium(string file, string playbook)
    {
        // What a reviewer gets who names no playbook: the one for the contract's detected type.
        var result = Analyzer.Value.Analyze(Read(file), null, AnalysisOptions.None);
        var findings = result.Findings.Where(f => f.Kind != FindingKind.Ok).ToList();

        Assert.Equal(playbook, result.Playbook.Id);
        Assert.Empty(findings.Where(f => f.Severity == Severity.High).Select(f => f.RuleId));
        Assert.True(findings.Count(f => f.Severity == Severity.Medium) <= 1,
            string.Join(", ", findings.Where(f => f.Severity == Severity.Medium).Select(f => f.RuleId)));
    }

    private static IReadOnlyList<Finding> Findings(string file) =>
        [.. Analyzer.Value.Analyze(Read(file), BuiltInPlaybooks.Default).Findings.Where(f => f.Kind != FindingKind.Ok)];

    private static ContractDocument Read(string file)
    {
        using var stream = File.OpenRead(SharedData.PathOf("ja", "contracts", file));
        return new ContractIngestor().Read(stream, ContractFormat.Docx);
    }
}
