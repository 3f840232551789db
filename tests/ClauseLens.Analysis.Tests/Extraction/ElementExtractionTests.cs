using ClauseLens.Analysis.Extraction;

namespace ClauseLens.Analysis.Tests.Extraction;

public sealed class ElementExtractionTests
{
    private static readonly FactExtractor Extractor = new();

    private static IReadOnlyList<string> Elements(string text) => [.. Extractor.Extract(text, 0).Elements.Select(e => e.Element)];

    [Theory]
    // Definition and the five standard exclusions, plus compelled disclosure.
    [InlineData("\"Confidential Information\" means all technical and business information disclosed by a Party.", FactNames.ConfidentialDefinition)]
    [InlineData("「秘密情報」とは、開示者が受領者に開示した技術上の情報をいう。", FactNames.ConfidentialDefinition)]
    [InlineData("information that is or becomes publicly available through no fault of the Recipient", FactNames.ExclusionPublic)]
    [InlineData("information that is or becomes publicly available through no fault of the Recipient", FactNames.ExclusionLaterPublic)]
    [InlineData("was in the public domain at the time of disclosure", FactNames.ExclusionPublic)]
    [InlineData("becomes part of the public domain after disclosure without breach of this Agreement", FactNames.ExclusionLaterPublic)]
    [InlineData("開示の時点で既に公知であった情報", FactNames.ExclusionPublic)]
    [InlineData("開示後、受領者の責めによらず公知となった情報", FactNames.ExclusionLaterPublic)]
    [InlineData("was already known to the Recipient prior to disclosure", FactNames.ExclusionKnown)]
    [InlineData("is in the Recipient's possession before receipt from the Discloser", FactNames.ExclusionKnown)]
    [InlineData("開示の時点で既に保有していた情報", FactNames.ExclusionKnown)]
    [InlineData("was within the receiving party's possession prior to being furnished to the receiving party", FactNames.ExclusionKnown)]
    [InlineData("is already in the Receiving Party's possession at the time of disclosure", FactNames.ExclusionKnown)]
    [InlineData("was or becomes available to you on a non-confidential basis from a source other than the Company", FactNames.ExclusionKnown)]
    [InlineData("was or becomes available to you on a non-confidential basis from a source other than the Company", FactNames.ExclusionThirdParty)]
    [InlineData("is independently developed by the Recipient without use of the Confidential Information", FactNames.ExclusionIndependent)]
    [InlineData("秘密情報によらず独自に開発した情報", FactNames.ExclusionIndependent)]
    [InlineData("is rightfully received from a third party without a duty of confidentiality", FactNames.ExclusionThirdParty)]
    [InlineData("is obtained from a third party who is not bound by confidentiality", FactNames.ExclusionThirdParty)]
    [InlineData("becomes available to the receiving party from a source other than the delivering party", FactNames.ExclusionThirdParty)]
    [InlineData("information which properly enters the public domain", FactNames.ExclusionLaterPublic)]
    [InlineData("is lawfully received free of restriction from a third party having the right to furnish it", FactNames.ExclusionThirdParty)]
    [InlineData("lawfully disclosed to a Party by a third party without an obligation of confidentiality", FactNames.ExclusionThirdParty)]
    [InlineData("正当な権限を有する第三者から秘密保持義務を負うことなく適法に取得した情報", FactNames.ExclusionThirdParty)]
    [InlineData("disclosure required by law or court order, provided prompt notice is given", FactNames.CompelledDisclosure)]
    [InlineData("法令の定めに基づき開示を求められた場合", FactNames.CompelledDisclosure)]
    // NDA mechanics.
    [InlineData("The Recipient shall promptly return or destroy all materials.", FactNames.ReturnOrDestroy)]
    [InlineData("受領者は、秘密情報を返還又は破棄する。", FactNames.ReturnOrDestroy)]
    [InlineData("Residuals: either party may use information retained in the unaided memory of its personnel.", FactNames.Residuals)]
    [InlineData("only to its employees who have a need to know", FactNames.NeedToKnow)]
    [InlineData("本目的のために知る必要のある役員及び従業員に限り", FactNames.NeedToKnow)]
    [InlineData("Access to the Technical Information shall be restricted to the named project team.", FactNames.SegmentedAccess)]
    [InlineData("Prototypes and test data supplied by the SME remain its property.", FactNames.PrototypesAndData)]
    [InlineData("Each Party may work with other customers in the same field.", FactNames.MultiClient)]
    // IP elements.
    [InlineData("Each Party retains all rights in its Background IP.", FactNames.BackgroundRetained)]
    [InlineData("Nothing in this Agreement transfers any Background Technology.", FactNames.BackgroundRetained)]
    [InlineData("既存の知的財産権は、各当事者に帰属する。", FactNames.BackgroundRetained)]
    [InlineData("Licensor retains ownership of the Licensed Technology and of all its pre-existing know-how.", FactNames.BackgroundRetained)]
    [InlineData("Results made by both Parties shall be jointly owned.", FactNames.JointOwnership)]
    [InlineData("本発明に係る特許を受ける権利は甲乙の共有とする。", FactNames.JointOwnership)]
    [InlineData("all improvements and derivative works", FactNames.Improvements)]
    [InlineData("Developer hereby assigns to Company all know-how, including its Background IP.", FactNames.AssignsBackground)]
    [InlineData("乙は、乙の既存のノウハウを甲に譲渡する。", FactNames.AssignsBackground)]
    [InlineData("Licensee shall grant to Licensor an exclusive licence to all improvements made by the Licensee.", FactNames.GrantBackExclusive)]
    [InlineData("Licensee shall grant back to Licensor a non-exclusive, royalty-free licence to any Licensee improvements.", FactNames.GrantBackNonExclusive)]
    [InlineData("All improvements developed by the Licensee shall be assigned to Licensor.", FactNames.AssignsImprovements)]
    [InlineData("Licensor grants to Licensee an exclusive licence to make and sell the Products.", FactNames.LicenceExclusive)]
    [InlineData("Licensor grants to Licensee a non-exclusive, non-transferable license.", FactNames.LicenceNonExclusive)]
    [InlineData("甲は乙に対し、本特許について非独占的な通常実施権を許諾する。", FactNames.LicenceNonExclusive)]
    [InlineData("甲は乙に対し、本特許について独占的実施権を許諾する。", FactNames.LicenceExclusive)]
    [InlineData("a royalty of five percent of Net Sales", FactNames.RoyaltyBasis)]
    [InlineData("Licensor may audit the books and records of Licensee once a year.", FactNames.Audit)]
    [InlineData("This Agreement renews automatically for successive one-year terms.", FactNames.Renewal)]
    [InlineData("Licensee shall not challenge the validity of the Licensed Patents.", FactNames.NoChallenge)]
    [InlineData("Licensee shall not conduct any independent research in the Field.", FactNames.ResearchRestriction)]
    [InlineData("Sections 5 and 7 shall survive termination.", FactNames.Survival)]
    [InlineData("本契約終了後も、第8条は有効に存続する。", FactNames.Survival)]
    [InlineData("The owner shall maintain the patents and pay all maintenance fees.", FactNames.RegistrationMaintenance)]
    [InlineData("The Parties shall first attempt to resolve any dispute through good faith negotiations.", FactNames.DisputeChannel)]
    [InlineData("両当事者は誠実に協議の上解決する。", FactNames.DisputeChannel)]
    // Language.
    [InlineData("This Agreement is executed in English and Japanese.", FactNames.Bilingual)]
    [InlineData("本契約は英文及び和文により作成する。", FactNames.Bilingual)]
    [InlineData("In case of any discrepancy, the English version shall prevail.", FactNames.PrevailingLanguage)]
    [InlineData("本契約は英文を正本とする。", FactNames.PrevailingLanguage)]
    public void FindsElements(string text, string element) => Assert.Contains(element, Elements(text));

    [Theory]
    [InlineData("Each Party retains all rights in its Background IP; nothing herein assigns it.", FactNames.AssignsBackground)]
    [InlineData("Nothing in this Agreement shall be construed to transfer any know-how.", FactNames.AssignsBackground)]
    [InlineData("Licensee shall grant back to Licensor a non-exclusive licence to Licensee improvements.", FactNames.GrantBackExclusive)]
    [InlineData("Licensor grants to Licensee an exclusive licence to make and sell the Products.", FactNames.GrantBackExclusive)]
    [InlineData("Licensor grants to Licensee a non-exclusive licence.", FactNames.LicenceExclusive)]
    [InlineData("The Recipient shall hold the information in confidence.", FactNames.Residuals)]
    [InlineData("Nothing restricts either Party from independently conducting research.", FactNames.ResearchRestriction)]
    [InlineData("The parties signed this Agreement in English.", FactNames.Bilingual)]
    [InlineData("Consultant grants the Company a non-exclusive, perpetual, transferable licence to its pre-existing know-how.", FactNames.AssignsBackground)]
    public void DoesNotFindElementsThatAreNotThere(string text, string element) => Assert.DoesNotContain(element, Elements(text));

    [Theory]
    [InlineData("In case of conflict, the Japanese version shall prevail.", "Japanese")]
    [InlineData("The English language version shall control.", "English")]
    [InlineData("本契約は英文を正本とする。", "English")]
    [InlineData("日本語版を正本とする。", "Japanese")]
    public void NamesThePrevailingLanguage(string text, string language) =>
        Assert.Equal(language, Assert.Single(Extractor.Extract(text, 0).Elements, e => e.Element == FactNames.PrevailingLanguage).Value);

    [Fact]
    public void FactsSerialiseAsOffsetsAndShortValuesOnly()
    {
        const string text = "This Agreement shall be governed by the laws of Japan. Disputes go to the Tokyo District Court exclusively.";
        var facts = Extractor.Extract(text, 500);

        var json = System.Text.Json.JsonSerializer.Serialize(facts, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web));

        Assert.Contains($"\"governingLaw\":[{{\"start\":{500 + text.IndexOf("governed", StringComparison.Ordinal)},", json, StringComparison.Ordinal);
        Assert.Contains("\"jurisdiction\":\"Japan\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"court\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("governed by", json, StringComparison.Ordinal);
        Assert.DoesNotContain("isEmpty", json, StringComparison.Ordinal);
    }

    [Fact]
    public void BlankClauseHasNoFacts() => Assert.True(Extractor.Extract("   ", 0).IsEmpty);
}
