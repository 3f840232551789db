using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis.Tests.Extraction;

/// <summary>
/// What real drafting says in words the first patterns did not know (phrasings written for these
/// tests): definitions of confidential information under other names, need to know without the
/// words, survival without "survive", compelled disclosure in plain English, durations after an end
/// that "ends", and Japanese assignments read only in operative form.
/// </summary>
public sealed class PlainPhrasingTests
{
    private static readonly FactExtractor Extractor = new();

    private static IReadOnlyList<string> Elements(string text) => [.. Extractor.Extract(text, 0).Elements.Select(e => e.Element)];

    [Theory]
    [InlineData("1.1 “Proprietary Information” means any information a Party discloses to the other for the Project.")]
    [InlineData("The term “Evaluation Material” means all information concerning the Seller that is furnished to you.")]
    [InlineData("all notes and analyses prepared by you which reflect such information (collectively, the “Evaluation Materials”).")]
    [InlineData("all such information and documents are collectively referred to herein as the \"Confidential Information;\" and")]
    [InlineData("The term \"Confidential Information\" does not include information that is generally available.")]
    [InlineData("\"Confidential Materials\" shall include drawings, specifications and samples delivered by the Owner.")]
    [InlineData("「機密情報」とは、開示者が書面で機密である旨を表示した情報をいう。")]
    [InlineData("甲が乙に開示する技術上の情報（以下「秘密情報」という。）")]
    public void ADefinitionOfTheConfidentialInformationConceptIsRecognisedUnderItsNames(string text) =>
        Assert.Contains(FactNames.ConfidentialDefinition, Elements(text));

    [Theory]
    [InlineData("The Bank will keep the Borrower's information confidential.")]
    [InlineData("\"Affiliate\" means any entity that controls a Party.")]
    [InlineData("「関連会社」とは、当事者を支配する会社をいう。")]
    public void OtherDefinitionsAreNotConfidentialInformationDefinitions(string text) =>
        Assert.DoesNotContain(FactNames.ConfidentialDefinition, Elements(text));

    [Theory]
    [InlineData("The Recipient may share the Confidential Information only with those of its employees who are directly involved in the Project.", FactNames.NeedToKnow)]
    [InlineData("The Recipient may disclose Confidential Information to its officers and employees to the extent necessary for the Purpose.", FactNames.NeedToKnow)]
    [InlineData("受領者は、秘密情報を、本目的のために必要な範囲のみにおいて、受領者の役員および従業員（以下「役員等」という。）に限り開示できるものとする。", FactNames.NeedToKnow)]
    [InlineData("受領者は、本契約の終了後または開示者の請求があったときは、秘密情報を含む媒体を破棄もしくは開示者に返還し、電磁的記録から削除する。", FactNames.ReturnOrDestroy)]
    [InlineData("受領者は、開示者から受領した資料を速やかに返還するものとする。", FactNames.ReturnOrDestroy)]
    [InlineData("On the Discloser's request, all copies shall be handed back to the Discloser forthwith and the rest destroyed.", FactNames.ReturnOrDestroy)]
    [InlineData("本契約の終了後においても、本契約の有効期間中に開示された秘密情報については、終了日から3年間、本契約の規定（本条を除く。）が有効に適用されるものとする。", FactNames.Survival)]
    [InlineData("The obligations in Sections 4 and 5 continue to apply after the termination of this Agreement.", FactNames.Survival)]
    [InlineData("(e) has to be disclosed under a law, a regulation or a court's order.", FactNames.CompelledDisclosure)]
    [InlineData("Should you be compelled in any judicial proceeding to disclose any Evaluation Material, you will give us notice.", FactNames.CompelledDisclosure)]
    [InlineData("受領者は、本契約に別段の定めがある場合を除き、秘密情報により、開示者の知的財産権を譲渡、移転、利用許諾するものでないことを確認する。", FactNames.BackgroundRetained)]
    [InlineData("本検証に伴い生じた知的財産権は、乙が従前から保有しているものを除き、甲に帰属するものとする。", FactNames.BackgroundRetained)]
    [InlineData("乙は、甲に対し、乙のバックグラウンド情報およびノウハウを譲渡する。", FactNames.AssignsBackground)]
    public void AnElementWrittenInPlainWordsIsFound(string text, string element) =>
        Assert.Contains(element, Elements(text));

    [Theory]
    // Commentary about what a clause could do, and a remedy for a wrongful filing, do not assign anything.
    [InlineData("共同研究開発契約において「知的財産権」を事業会社に移転する旨の条項が入ると、ノウハウを利用する権利も移転するものと解釈されるおそれがある。")]
    [InlineData("相手方のノウハウについて特許を出願してはならず、違反した場合は、当該出願に関する権利を無償で譲渡すべき旨を請求することができる。")]
    [InlineData("受領者は、開示者の既存の知的財産権を譲渡、移転するものでないことを確認する。")]
    public void JapaneseThatOnlyMentionsATransferIsNotAnAssignmentOfBackground(string text) =>
        Assert.DoesNotContain(FactNames.AssignsBackground, Elements(text));

    [Theory]
    [InlineData("While this Agreement is in force and for eighteen (18) months after it ends, the Partner shall not sell any product that competes with the Product.", 18)]
    [InlineData("While this Agreement is in force and for 6 months after it ends, the Partner shall not sell any product that competes with the Product.", 6)]
    [InlineData("The Partner shall not compete with the Company for eighteen (18) months after it terminates.", 18)]
    [InlineData("The Partner shall not compete with the Company during the term and two years thereafter.", 24)]
    [InlineData("乙は、本契約終了後2年間、本製品と競合する製品を製造してはならない。", 24)]
    [InlineData("乙は、本契約の有効期間中および終了後２年間、競合する製品を販売しない。", 24)]
    public void ADurationAfterTheEndIsReadAsRunningFromTheEnd(string text, int months)
    {
        var duration = Assert.Single(Extractor.Extract(text, 0).Durations);

        Assert.Equal(months, duration.Months);
        Assert.Equal(DurationAnchor.AfterEnd, duration.From);
    }

    [Fact]
    public void ANonCompeteForTheTermAndMonthsAfterItEndsHasItsDurationNotNoDurationStated()
    {
        const string text = """
            1. Joint Development. The Parties shall jointly develop the Product described in Schedule 1.
            2. Non-Competition. While this Agreement is in force and for twelve (12) months after it ends, the Partner shall not develop, make or sell any product that competes with the Product in Japan.
            3. Governing Law. This Agreement is governed by the laws of Japan.
            """;
        var result = ContractAnalyzer.WithShippedModel().Analyze(new ContractIngestor().FromText(text), BuiltInPlaybooks.Default);

        var duration = result.Findings.Where(f => f.RuleId == "non-compete-duration").ToList();
        Assert.DoesNotContain(duration, f => f.Detail is not null && f.Detail.Contains("no duration", StringComparison.Ordinal));
        Assert.All(duration, f => Assert.Equal(FindingKind.Ok, f.Kind));
    }

    [Fact]
    public void AnExclusionsListEndingWithDisclosureUnderALawHasTheCompelledDisclosureCarveOut()
    {
        const string text = """
            1. Confidentiality. "Confidential Information" means all information one Party discloses to the other under this Agreement.
            2. Exclusions. The duties in Section 1 do not apply to information that (a) is or becomes public through no fault of the Recipient; (b) the Recipient already had before it was disclosed; (c) the Recipient develops independently without use of the Confidential Information; (d) is rightfully received from a third party without a duty of confidence; or (e) has to be disclosed under a law, a regulation or a court's order.
            """;
        var result = ContractAnalyzer.WithShippedModel().Analyze(new ContractIngestor().FromText(text), BuiltInPlaybooks.Default);

        var exclusions = result.Findings.Where(f => f.RuleId == "nda-exclusions").ToList();
        Assert.NotEmpty(exclusions);
        Assert.DoesNotContain(exclusions, f => f.Detail is not null && f.Detail.Contains("compelled", StringComparison.Ordinal));
    }
}
