using ClauseLens.Analysis.Context;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Writing;
using ClauseLens.TestSupport;

namespace ClauseLens.Analysis.Tests.Playbooks;

/// <summary>A playbook's and its roles' names in Japanese (<c>ja: name:</c>), as the rules' <c>ja:</c> blocks give their texts.</summary>
public sealed class PlaybookJapaneseNameTests
{
    private const string Yaml = """
        id: deal
        version: "1"
        name: Deal
        ja:
          name: 取引
        roles:
          - id: licensor
            name: Licensor
            opposite: licensee
            ja:
              name: ライセンサー
          - id: licensee
            name: Licensee
            opposite: licensor
        rules:

        """ + PlaybookYaml.LawRule;

    [Fact]
    public void EveryBuiltInPlaybookAndRoleHasAJapaneseName()
    {
        Assert.All(BuiltInPlaybooks.All.Values, p =>
        {
            Assert.Contains(p.NameJa ?? "", c => Scripts.IsJapanese(c));
            Assert.All(p.Roles, r => Assert.Contains(r.NameJa ?? "", c => Scripts.IsJapanese(c)));
        });
    }

    [Fact]
    public void ACustomPlaybookMayNameItselfAndItsRolesInJapanese()
    {
        var playbook = Assert.IsType<Playbook>(PlaybookParser.Parse(Yaml).Playbook);

        Assert.Equal("Deal", playbook.Name);
        Assert.Equal("取引", playbook.NameJa);
        Assert.Equal("ライセンサー", playbook.Role("licensor")!.NameJa);
        // A role without one keeps only its English name; the pane shows that.
        Assert.Null(playbook.Role("licensee")!.NameJa);
    }

    [Theory]
    [InlineData("ja:\n  name: 取引\n", "ja:\n  name: 取引\n  title: x\n", "ja.title")]
    [InlineData("    ja:\n      name: ライセンサー\n", "    ja:\n      nom: ライセンサー\n", "roles[0].ja.nom")]
    public void AnUnknownFieldInAJapaneseNameBlockIsAnError(string block, string bad, string field)
    {
        var result = PlaybookParser.Parse(Yaml.Replace(block, bad, StringComparison.Ordinal));

        Assert.Contains(result.Errors, e => e.Field == field);
    }

    [Fact]
    public void TheAnalysisNamesThePlaybookItAppliedInJapaneseToo()
    {
        var document = new ContractIngestor().FromText("NON-DISCLOSURE AGREEMENT\n1. Confidential Information. The Recipient shall keep the Discloser's information confidential.");
        var result = ContractAnalyzer.WithShippedModel().Analyze(document, BuiltInPlaybooks.All["commercial-nda"], new AnalysisOptions(Language: ContractLanguages.Japanese));

        Assert.Equal("Commercial NDA", result.Playbook.Name);
        Assert.Equal("秘密保持契約（商取引）", result.Playbook.NameJa);
        Assert.All(result.Playbook.Roles!, r => Assert.False(string.IsNullOrEmpty(r.NameJa)));
    }
}
