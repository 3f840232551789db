using ClauseLens.Analysis.Context;
using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.TestSupport;

namespace ClauseLens.Analysis.Tests.Extraction;

/// <summary>
/// Issue 16 item 2, Japanese: the elements as Japanese NDAs and joint development agreements word
/// them beyond the METI/JPO model contracts (<see cref="JapanesePhrasings"/>, written for these
/// tests), the model contracts against their hand-read gold (<see cref="JapaneseElementGold"/>), and
/// what a Japanese reviewer sees on an NDA worded in other words: no false "missing" finding.
/// </summary>
public sealed class JapaneseElementTests
{
    private static readonly FactExtractor Extractor = new();
    private static readonly Lazy<ContractAnalyzer> Analyzer = new(ContractAnalyzer.WithShippedModel);

    public static TheoryData<string, string, bool> Phrasings()
    {
        var data = new TheoryData<string, string, bool>();
        // The first held-out set's misses were fixed, so it is held here too; the second is only
        // measured (ja-elements-report), its three misses being the known gaps.
        foreach (var p in JapanesePhrasings.All.Concat(JapanesePhrasings.HeldOut))
        {
            data.Add(p.Element, p.Text, p.States);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void AJapanesePhrasingIsReadAsTheElementItStates(string element, string text, bool states)
    {
        var facts = Extractor.Extract(text, 0);
        var found = (element == "exclusivity" ? JapaneseElementGold.ExclusivityFacts : [element]).Any(facts.Has);

        Assert.Equal(states, found);
    }

    [Fact]
    public void AnExclusionsListIsReadItemByItem()
    {
        const string clause = "次の各号のいずれかに該当する情報は、秘密情報に含まれない。\n（１）開示の時点で公然と知られていた情報\n（２）受領者が独自に開発した情報\n（３）第三者から秘密保持義務を負うことなく適法に取得した情報";

        var units = JapaneseUnits.Split(clause);
        var facts = Extractor.Extract(clause, 0);

        Assert.Equal(4, units.Count);
        Assert.True(JapaneseUnits.IsListItem(clause[units[1].Start..units[1].End]));
        // Each exclusion's evidence lies inside its own item, not across two.
        foreach (var (element, item) in new[] { (FactNames.ExclusionPublic, 1), (FactNames.ExclusionIndependent, 2), (FactNames.ExclusionThirdParty, 3) })
        {
            Assert.Contains(facts.Elements, e => e.Element == element && e.Start >= units[item].Start && e.End <= units[item].End);
        }
    }

    [Fact]
    public void InlineCircledItemsAreUnitsOfTheirOwn()
    {
        var units = JapaneseUnits.Split("次の各号に定める場合：①法令の定めに基づく場合②裁判所の命令がある場合");

        Assert.Equal(3, units.Count);
    }

    [Theory]
    [InlineData("meti-jpo-model-1")]
    [InlineData("meti-jpo-model-2")]
    [InlineData("meti-jpo-model-3")]
    [InlineData("meti-jpo-model-4")]
    public void AModelContractIsReadAsItsGoldSays(string docId)
    {
        var text = File.ReadAllText(SharedData.PathOf("ja", "contracts", docId + ".txt"));
        var result = Analyzer.Value.Analyze(new ContractIngestor().FromText(text), null, AnalysisOptions.None);

        var wrong = JapaneseElementGold.All()
            .Where(g => g.DocId == docId)
            .Where(g => g.Present != (g.Element == "exclusivity" ? JapaneseElementGold.ExclusivityFacts : [g.Element])
                .Any(name => result.Clauses.Any(c => c.Facts.Has(name))))
            .Select(g => (g.Present ? "missed " : "wrongly found ") + g.Element);

        Assert.Empty(wrong);
    }

    // A Japanese NDA written for this test: every element the NDA rules ask for is there, in other
    // words than the model contracts use.
    private const string OtherWordsNda = """
        秘密保持契約書

        第1条（秘密情報）
        本契約において秘密情報とは、開示者が受領者に対し開示する一切の技術上又は営業上の情報をいう。
        2　前項の規定にかかわらず、次の各号のいずれかに該当する情報は、秘密情報に含まれない。
        （１）開示の時点で公然と知られていた情報
        （２）開示後に受領者の責めに帰すべき事由によらずに公知となった情報
        （３）開示を受ける前から受領者が正当に保有していた情報
        （４）第三者から秘密保持義務を負うことなく適法に取得した情報
        （５）受領者が独自に開発した情報

        第2条（秘密保持）
        受領者は、秘密情報を厳に秘密として保持し、開示者の事前の書面による承諾なく第三者に開示してはならない。
        2　受領者は、本目的の遂行に必要な最小限度の役員及び従業員に限り秘密情報を開示することができる。
        3　受領者は、法令または裁判所の命令により開示を求められた場合、必要な範囲で秘密情報を開示することができる。この場合、受領者は速やかに開示者に通知する。

        第3条（資料の返却）
        本契約が終了したとき又は開示者から請求があったときは、受領者は、秘密情報が記録された媒体を開示者に返却するものとする。

        第4条（有効期間）
        本契約の有効期間は、締結日から1年間とする。ただし、第2条及び第3条の規定は、本契約終了後も3年間有効に存続する。

        第5条（準拠法及び管轄）
        本契約は日本法に準拠し、東京地方裁判所を第一審の専属的合意管轄裁判所とする。
        """;

    [Theory]
    [InlineData("commercial-nda", new[] { "definition", "exclusions", "need-to-know", "return" })]
    [InlineData(BuiltInPlaybooks.DefaultId, new[] { "nda-exclusions", "nda-need-to-know", "nda-return", "survival" })]
    public void AJapaneseNdaInOtherWordsDrawsNoMissingFindingForWhatItSays(string playbook, string[] rules)
    {
        var result = Analyzer.Value.Analyze(new ContractIngestor().FromText(OtherWordsNda), BuiltInPlaybooks.All[playbook]);

        var wrong = result.Findings.Where(f => rules.Contains(f.RuleId) && f.Kind != FindingKind.Ok).Select(f => $"{f.RuleId} {f.Kind}");
        Assert.Empty(wrong);
    }

    [Fact]
    public void AJapaneseNdaWithoutExclusionsIsStillToldSo()
    {
        // The same NDA with its exclusions list taken out: the finding a reviewer needs stays.
        var start = OtherWordsNda.IndexOf("2　前項の規定", StringComparison.Ordinal);
        var end = OtherWordsNda.IndexOf("第2条", StringComparison.Ordinal);
        var result = Analyzer.Value.Analyze(new ContractIngestor().FromText(OtherWordsNda.Remove(start, end - start)), BuiltInPlaybooks.All["commercial-nda"]);

        Assert.Contains(result.Findings, f => f.RuleId == "exclusions" && f.Kind != FindingKind.Ok);
    }
}
