using ClauseLens.Analysis.Context;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.TestSupport;

namespace ClauseLens.Analysis.Tests.Playbooks;

/// <summary>Playbooks by contract type, the reviewer's side, and the YAML that declares them.</summary>
public sealed class DealPlaybookTests
{
    private const string Header = """
        id: deal
        version: "1"
        name: Deal
        contractTypes: [licence]
        roles:
          - id: licensor
            name: Licensor
            opposite: licensee
          - id: licensee
            name: Licensee
            opposite: licensor
        rules:

        """ + PlaybookYaml.LawRule;

    private static readonly Lazy<ContractAnalyzer> Analyzer = new(ContractAnalyzer.WithShippedModel);

    [Fact]
    public void TypesRolesScopesAndJapaneseTextsAreRead()
    {
        var result = PlaybookParser.Parse(Header + """

              - id: gb
                kind: required
                label: license_grant
                severity: high
                appliesTo: [licence, collaboration]
                protects: licensee
                title: T
                explanation: E
                ask: A
                fallback: F
                source: S
                ja:
                  title: 題
                  explanation: 説明
                  ask: 要求
                  fallback: 代替条項
            """);

        var playbook = Assert.IsType<Playbook>(result.Playbook);
        Assert.Equal([ContractTypes.Licence], playbook.ContractTypes);
        Assert.Equal(new PlaybookRole("licensor", "Licensor", "licensee", []), playbook.Roles[0] with { ContractTypes = [] });
        var rule = playbook.Rules[1];
        Assert.Equal([ContractTypes.Licence, ContractTypes.Collaboration], rule.AppliesTo);
        Assert.Equal("licensee", rule.Protects);
        Assert.Equal("代替条項", rule.Japanese!.FallbackText);
        // The first rule has no Japanese texts: a warning, not an error.
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("rules[0].ja", warning.Field);
        Assert.Contains("title, explanation, ask", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("    appliesTo: [licence, lease]\n", "rules[1].appliesTo[1]", "unknown contract type 'lease'")]
    [InlineData("    protects: landlord\n", "rules[1].protects", "'landlord' is not a role of this playbook (roles: licensor, licensee)")]
    [InlineData("    ja:\n      titel: x\n", "rules[1].ja.titel", "unknown field")]
    public void BadScopesRolesAndTextsAreErrorsNamingLineAndField(string extra, string field, string message)
    {
        var yaml = Header + "\n  - id: x\n    kind: required\n    label: royalties\n    severity: low\n    title: T\n    explanation: E\n    ask: A\n    source: S\n" +
            extra.Replace("    ", "    ", StringComparison.Ordinal);

        var result = PlaybookParser.Parse(yaml);

        Assert.Null(result.Playbook);
        var error = Assert.Single(result.Errors);
        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.True(error.Line >= 24, $"line {error.Line}");
    }

    [Fact]
    public void ARoleOppositeToAnUndeclaredRoleIsAnError()
    {
        var result = PlaybookParser.Parse(Header.Replace("opposite: licensee", "opposite: lessee", StringComparison.Ordinal));

        var error = Assert.Single(result.Errors);
        Assert.Equal("roles[0].opposite", error.Field);
        Assert.Equal(8, error.Line);
    }

    [Theory]
    [InlineData(ContractTypes.Nda, "commercial-nda")]
    [InlineData(ContractTypes.Licence, "japan-sme-collaboration")]
    [InlineData(ContractTypes.Collaboration, "japan-sme-collaboration")]
    [InlineData(ContractTypes.Supply, "supply-agreement")]
    [InlineData(ContractTypes.Services, "services-agreement")]
    [InlineData(ContractTypes.Other, PlaybookSelection.CoreId)]
    public void WithNoPlaybookNamedTheContractsTypeChoosesIt(string type, string expected)
    {
        var (playbook, reason) = PlaybookSelection.For(new ContractTypeResult(type, ContractTypeSources.Given, 1));

        Assert.Equal(expected, playbook.Id);
        Assert.Contains(type, reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AnNdaNoLongerGetsTheCollaborationPlaybooksOwnershipHighs()
    {
        var document = Read("nda-balanced.txt");

        var result = Analyzer.Value.Analyze(document, null, AnalysisOptions.None);

        Assert.Equal(ContractTypes.Nda, result.ContractType!.Id);
        Assert.Equal("commercial-nda", result.Playbook.Id);
        Assert.Equal(PlaybookSelection.ByContractType, result.Playbook.SelectedBy);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "ip-ownership-required");
    }

    [Fact]
    public void ANamedPlaybookSkipsRulesScopedToOtherTypes()
    {
        var document = Read("nda-balanced.txt");

        var result = Analyzer.Value.Analyze(document, BuiltInPlaybooks.Default, new AnalysisOptions(ContractType: ContractTypes.Nda));

        Assert.Equal(PlaybookSelection.ByRequest, result.Playbook.SelectedBy);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "ip-ownership-required");
        Assert.Contains(result.Findings, f => f.RuleId == "confidentiality-required");
    }

    [Fact]
    public void AnExclusiveGrantBackAndNoChallengeAreRisksForTheLicenseeAndInfoForTheLicensor()
    {
        var document = Read("licence-exclusive-grant-back.txt");
        var scoped = new[] { "no-exclusive-grant-back", "no-challenge" };

        var licensee = Analyzer.Value.Analyze(document, null, new AnalysisOptions(ContractTypes.Licence, "licensee"));
        var licensor = Analyzer.Value.Analyze(document, null, new AnalysisOptions(ContractTypes.Licence, "licensor"));
        var balanced = Analyzer.Value.Analyze(document, null, new AnalysisOptions(ContractTypes.Licence));

        Assert.Equal("licensee", licensee.Side);
        Assert.Contains(licensee.Findings, f => f.RuleId == "no-exclusive-grant-back" && f.Severity == Severity.High && f.Favours is null);
        Assert.Contains(licensee.Findings, f => f.RuleId == "no-challenge" && f.Severity == Severity.Medium);
        Assert.Equal("licensor", licensor.Side);
        var notes = licensor.Findings.Where(f => scoped.Contains(f.RuleId) && f.Kind != FindingKind.Ok).ToList();
        Assert.Equal(2, notes.Count);
        Assert.All(notes, f =>
        {
            Assert.Equal(Severity.Info, f.Severity);
            Assert.Equal("licensor", f.Favours);
            Assert.Null(f.FallbackText);
            Assert.Contains("push back", f.TalkingPoint, StringComparison.Ordinal);
        });
        Assert.Null(balanced.Side);
        Assert.Contains(balanced.Findings, f => f.RuleId == "no-exclusive-grant-back" && f.Severity == Severity.High);
    }

    [Fact]
    public void ASideThePlaybookDoesNotDeclareIsNotUsed()
    {
        var result = Analyzer.Value.Analyze(Read("licence-exclusive-grant-back.txt"), null, new AnalysisOptions(ContractTypes.Licence, "recipient"));

        Assert.Null(result.Side);
        Assert.Contains(result.Findings, f => f.RuleId == "no-exclusive-grant-back" && f.Severity == Severity.High);
    }

    private static ContractDocument Read(string file)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, "Playbooks", "Contracts", file);
            if (File.Exists(path) && folder.GetFiles("*.csproj").Length > 0)
            {
                return new ContractIngestor().FromText(File.ReadAllText(path));
            }
        }

        throw new FileNotFoundException(file);
    }
}
