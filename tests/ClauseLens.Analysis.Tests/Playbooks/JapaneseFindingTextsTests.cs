using System.Text.RegularExpressions;
using ClauseLens.Analysis.Context;
using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Segmentation;
using ClauseLens.Analysis.Writing;

namespace ClauseLens.Analysis.Tests.Playbooks;

/// <summary>
/// Issues 18 and 21: in a Japanese result everything a reader sees on a finding and a passed check
/// is Japanese — the precise title of a partly met rule, the measured detail, the passed statement —
/// with articles cited as 第N条. The contracts are written for these tests.
/// </summary>
public sealed partial class JapaneseFindingTextsTests
{
    private static readonly Lazy<ContractAnalyzer> Analyzer = new(ContractAnalyzer.WithShippedModelAndDetectors);

    private const string Independent = "(4) 秘密情報によらず受領者が独自に開発した情報\n";

    /// <summary>A mutual NDA in the style of the METI/JPO model, one part of which a test changes.</summary>
    private static string NdaJa(string independent = Independent) => $"""
        秘密保持契約書

        株式会社甲（以下「甲」という。）と株式会社乙（以下「乙」という。）は、新製品の共同開発の検討（以下「本目的」という。）に関して開示される秘密情報の取扱いについて、次のとおり契約（以下「本契約」という。）を締結する。

        第1条（秘密情報）
        本契約において「秘密情報」とは、本目的のために一方当事者（以下「開示者」という。）が相手方（以下「受領者」という。）に開示した技術上または営業上の一切の情報をいう。ただし、次の各号のいずれかに該当する情報は、秘密情報に含まれない。
        (1) 開示の時点で既に公知であった情報
        (2) 開示後に受領者の責めによらず公知となった情報
        (3) 開示の時点で既に保有していた情報
        {independent}(5) 正当な権限を有する第三者から秘密保持義務を負うことなく適法に取得した情報

        第2条（秘密保持）
        受領者は、秘密情報を本目的のためにのみ使用し、本目的のために知る必要のある役員および従業員に限り開示するものとし、開示者の事前の書面による承諾なく第三者に開示してはならない。ただし、法令の定めに基づき開示を求められた場合は、開示者に通知の上、必要な範囲で開示することができる。

        第3条（返還および廃棄）
        受領者は、本契約が終了したとき、または開示者から請求があったときは、秘密情報を速やかに返還または廃棄する。

        第4条（有効期間）
        本契約の有効期間は、本契約締結日から2年間とする。本契約終了後も3年間、第2条の規定は有効に存続する。

        第5条（準拠法および管轄）
        本契約は日本法に準拠し、本契約に関する一切の紛争については、東京地方裁判所を第一審の専属的合意管轄裁判所とする。
        """;

    private const string NonCompete = "乙は、本契約終了後5年間、本製品と競合する製品を製造しない。";

    /// <summary>A joint development agreement with a non-compete.</summary>
    private static string CollaborationJa(string nonCompete = NonCompete) => $"""
        共同研究開発契約書

        甲と乙は、次のとおり共同研究開発契約（以下「本契約」という。）を締結する。

        第1条（目的）
        甲および乙は、共同して高熱伝導樹脂を用いた製品（以下「本製品」という。）の研究開発（以下「本研究」という。）を行う。

        第2条（知的財産権の帰属）
        本契約締結前から各当事者が保有する知的財産権およびノウハウは、各当事者に帰属する。本研究の過程で甲乙が共同で創作した発明に係る特許を受ける権利は甲乙の共有とする。

        第3条（競業避止）
        {nonCompete}

        第4条（有効期間）
        本契約の有効期間は、本契約締結日から2年間とする。

        第5条（準拠法および紛争解決）
        本契約は日本法に準拠する。本契約に関する紛争については、東京地方裁判所を第一審の専属的合意管轄裁判所とする。
        """;

    private static AnalysisResult Analyse(string text, string? language = null) =>
        Analyzer.Value.Analyze(new ContractIngestor().FromText(text), null, new AnalysisOptions(Language: language));

    [Fact]
    public void AJapaneseNdaMissingOneExclusionNamesItInJapanese()
    {
        var result = Analyse(NdaJa(independent: ""));

        Assert.Equal(ContractLanguages.Japanese, result.TextLanguage);
        var finding = Assert.Single(result.Findings, f => f.RuleId == "exclusions");
        Assert.NotEqual(FindingKind.Ok, finding.Kind);
        Assert.Equal("除外事由のうち「独自に開発した情報」がない（他の5項目は第1条にある）", finding.Title);
        Assert.Equal("欠けている事項：独自に開発した情報の除外", finding.Detail);
        Assert.True(FindingWording.ListsMissing(finding.Detail));
    }

    [Fact]
    public void AJapaneseNdaWithEveryExclusionStatesThemInJapanese()
    {
        var result = Analyse(NdaJa());

        var exclusions = Assert.Single(result.Passed!, p => p.RuleId == "exclusions");
        Assert.StartsWith("標準的な除外事由：5項目すべてあり（", exclusions.Statement, StringComparison.Ordinal);
        Assert.Contains("独自に開発した情報", exclusions.Statement, StringComparison.Ordinal);
        Assert.Contains("第1条", exclusions.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void ATooLongNonCompeteInAJapaneseContractIsMeasuredInJapanese()
    {
        var result = Analyse(CollaborationJa());

        var finding = Assert.Single(result.Findings, f => f.RuleId == "non-compete-duration");
        Assert.Equal(FindingKind.OverlyBroad, finding.Kind);
        Assert.Equal("5年（上限24か月）", finding.Detail);
        Assert.Equal("第3条", result.Clauses.Single(c => c.Id == finding.ClauseId).Number);
    }

    [Fact]
    public void TheSameContractReadInEnglishKeepsTheEnglishDetail()
    {
        var result = Analyse(CollaborationJa(), ContractLanguages.English);

        var finding = Assert.Single(result.Findings, f => f.RuleId == "non-compete-duration");
        Assert.Equal("60 months; limit 24 months", finding.Detail);
    }

    [Fact]
    public void PassedStatementsOfAJapaneseResultAreJapaneseAndCiteArticles()
    {
        var result = Analyse(NdaJa());

        var law = Assert.Single(result.Passed!, p => BuiltInPlaybooks.All[result.Playbook.Id].Rules.Single(r => r.Id == p.RuleId) is { Kind: RuleKind.Required, Label: ClauseLabels.GoverningLaw });
        Assert.Equal("準拠法：日本法（第5条）", law.Statement);
        Assert.All(result.Passed!, p => Assert.DoesNotMatch(Latin(), p.Statement));
    }

    [Fact]
    public void NothingAReaderSeesOnAJapaneseResultsFindingsIsEnglish()
    {
        // Asked for in Japanese: the English NDA's findings and statements are all Japanese too.
        var english = """
            MUTUAL NON-DISCLOSURE AGREEMENT

            1. Confidential Information. "Confidential Information" means all information disclosed by one party (the "Discloser") to the other (the "Recipient") for the evaluation of a possible collaboration (the "Purpose"). Confidential Information does not include information that (a) is or becomes generally available to the public other than through a breach of this Agreement; or (b) was lawfully known to the Recipient before disclosure.

            2. Obligations. The Recipient shall keep Confidential Information in confidence and use it only for the Purpose. The Recipient may retain and use information in its unaided memory (residuals).

            3. Non-competition. The Recipient shall not engage in any business worldwide that competes with the Discloser for five (5) years after termination.

            4. Governing Law. This Agreement is governed by the laws of the State of New York, and the courts of Japan have exclusive jurisdiction.
            """;
        var result = Analyse(english, ContractLanguages.Japanese);
        // Drafting details quote the contract's own words (a term, a section): titles only for those.
        var playbookFindings = result.Findings.Where(f => f.Kind != FindingKind.Drafting).ToList();

        Assert.Contains(playbookFindings, f => f.Kind != FindingKind.Ok);
        Assert.All(result.Findings, f => Assert.DoesNotMatch(Latin(), f.Title));
        Assert.All(playbookFindings, f => Assert.DoesNotMatch(Latin(), f.Detail ?? ""));
        Assert.All(result.Passed!, p => Assert.DoesNotMatch(Latin(), p.Statement));
    }

    [Fact]
    public void DraftingFindingsOfAJapaneseResultAreJapanese()
    {
        // 別紙1 is referred to and not attached.
        var text = NdaJa().Replace("一切の情報をいう。", "一切の情報（別紙1に定めるものを含む。）をいう。", StringComparison.Ordinal);

        var japanese = Assert.Single(Analyse(text).Findings, f => f.Check == DraftingCheck.MissingAttachment);
        var english = Assert.Single(Analyse(text, ContractLanguages.English).Findings, f => f.Check == DraftingCheck.MissingAttachment);

        Assert.Equal("参照されている別紙・別表が添付されていない", japanese.Title);
        Assert.DoesNotMatch(Latin(), japanese.Explanation + japanese.Ask);
        Assert.Equal("A schedule, exhibit or annex is referred to but not attached", english.Title);
        Assert.Equal(english.Id, japanese.Id);
    }

    [Fact]
    public void ATitleNamesUpToThreeMissingItemsThenCountsTheRest()
    {
        var clause = new AnalyzedClause("c2", "2", "Confidentiality", ClauseKind.Section, 0, 0, 0, 10, [], [], new ClauseFacts());
        string[] absent = [FactNames.ExclusionPublic, FactNames.ExclusionKnown, FactNames.ExclusionIndependent, FactNames.ExclusionThirdParty];

        Assert.Equal(
            "Exclusions for information already public, information the recipient already knew, independently developed information and 1 other are missing; the other 4 are in clause 2",
            FindingWording.English.PartialTitle(absent, 4, uncertain: false, clause));
        Assert.Equal(
            "除外事由のうち「開示時に既に公知であった情報」、「開示時に既に保有していた情報」、「独自に開発した情報」ほか1項目がない（他の4項目は第2条にある）",
            FindingWording.Japanese.PartialTitle(absent, 4, uncertain: false, clause));
        Assert.Equal(
            "Exclusions for independently developed information and information received from a third party without a duty of confidence are missing; 4 others are in clause 2",
            FindingWording.English.PartialTitle(absent[2..], 4, uncertain: true, clause));
        Assert.Null(FindingWording.English.PartialTitle(absent, 0, uncertain: false, clause));
        // Most of it missing: the rule's own title ("Standard exclusions are missing") is the true one.
        Assert.Null(FindingWording.Japanese.PartialTitle(absent, 1, uncertain: false, clause));
    }

    [Theory]
    [InlineData("第12条", "第12条")]
    [InlineData("12", "第12条")]
    [InlineData("12.1", "第12条1項")]
    [InlineData("12.1.3", "第12条1項3号")]
    [InlineData("Section 7.", "第7条")]
    [InlineData("Article 4", "第4条")]
    [InlineData("A", "A")]
    public void ClauseNumbersAreCitedAsJapaneseArticles(string number, string cited) =>
        Assert.Equal(cited, FindingWording.JapaneseNumber(number));

    [Fact]
    public void EveryFactAndElementHasWordsInBothLanguages()
    {
        var names = FactNames.Kinds.Concat(FactNames.Elements).ToList();

        Assert.All(names, n => Assert.True(ElementWords.Has(n), $"{n} has no entry in ElementWords"));
        Assert.All(names, n => Assert.DoesNotMatch(Latin(), ElementWords.Describe(n, ContractLanguages.Japanese)));
        Assert.All(names, n => Assert.DoesNotContain("_", ElementWords.Describe(n), StringComparison.Ordinal));
    }

    // Three Latin letters in a row: an English word, not an abbreviation like "IP" or a quoted "(a)".
    [GeneratedRegex("[A-Za-z]{3,}", RegexOptions.None, 1000)]
    private static partial Regex Latin();
}
