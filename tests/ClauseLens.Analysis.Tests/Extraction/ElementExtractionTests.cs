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
    // Exclusion phrasings seen in real agreements (paraphrased), including the model contracts' Japanese.
    [InlineData("information that is or becomes generally available to the public other than through the Recipient", FactNames.ExclusionPublic)]
    [InlineData("information that was publicly known or made generally available before it was disclosed", FactNames.ExclusionPublic)]
    [InlineData("information that is in or enters the public domain without breach", FactNames.ExclusionPublic)]
    [InlineData("information that is in or enters the public domain without breach", FactNames.ExclusionLaterPublic)]
    [InlineData("any information which is: (iv) rightfully in the public domain", FactNames.ExclusionPublic)]
    [InlineData("any information which is: (iv) rightfully in the public domain", FactNames.ExclusionLaterPublic)]
    [InlineData("information that is or becomes a part of the public domain through no act of the recipient", FactNames.ExclusionPublic)]
    [InlineData("information that is or becomes part of public knowledge other than by the Recipient's act", FactNames.ExclusionLaterPublic)]
    [InlineData("information that was published or otherwise became part of the public domain after disclosure", FactNames.ExclusionLaterPublic)]
    [InlineData("information that becomes public through no fault of the recipient", FactNames.ExclusionLaterPublic)]
    [InlineData("information that has become generally available to the public without breach", FactNames.ExclusionLaterPublic)]
    [InlineData("information the receiving party shows is in the public domain", FactNames.ExclusionLaterPublic)]
    [InlineData("開示者から開示等された時点で既に公知となっていたもの", FactNames.ExclusionPublic)]
    [InlineData("開示等された後で、受領者の帰責事由によらずに公知となったもの", FactNames.ExclusionLaterPublic)]
    [InlineData("information that is in the rightful possession of the Consultant, free of any duty of confidence, when disclosed", FactNames.ExclusionKnown)]
    [InlineData("information that was in the other party's lawful possession prior to disclosure", FactNames.ExclusionKnown)]
    [InlineData("information that was within the Recipient's or its Representatives' (acting for the Recipient) possession, prior to its being furnished", FactNames.ExclusionKnown)]
    [InlineData("information the receiving party knew prior to receiving it from the disclosing party", FactNames.ExclusionKnown)]
    [InlineData("information that the recipient already knew", FactNames.ExclusionKnown)]
    [InlineData("information that is previously known or independently developed by the receiving Party", FactNames.ExclusionKnown)]
    [InlineData("information that, when it was disclosed, was known to that party free of restriction", FactNames.ExclusionKnown)]
    [InlineData("information that is or becomes known or available to the Recipient or its advisers on a non-confidential basis", FactNames.ExclusionKnown)]
    [InlineData("開示者から開示等された時点で、既に適法に保有していたもの", FactNames.ExclusionKnown)]
    [InlineData("information that the receiving party knew beforehand or develops independently", FactNames.ExclusionIndependent)]
    [InlineData("information that the Recipient can show was independently developed by its staff without use of the Confidential Information", FactNames.ExclusionIndependent)]
    [InlineData("開示等された情報を使用することなく独自に取得し、又は創出したもの", FactNames.ExclusionIndependent)]
    [InlineData("information that the receiving party lawfully receives from a third party without restriction", FactNames.ExclusionThirdParty)]
    [InlineData("information obtained by the Recipient from an unrelated third party without a duty of confidence", FactNames.ExclusionThirdParty)]
    [InlineData("information that was lawfully given to the recipient by a third party", FactNames.ExclusionThirdParty)]
    [InlineData("information that becomes available to the Recipient from a source (other than the Discloser or its advisers) not bound by confidence", FactNames.ExclusionThirdParty)]
    [InlineData("information that becomes available to such party from another source that is not bound by confidence", FactNames.ExclusionThirdParty)]
    [InlineData("正当な権限を有する第三者から秘密保持義務を負わずに適法に開示等されたもの", FactNames.ExclusionThirdParty)]
    [InlineData("only the portion that counsel advises is legally required to be disclosed", FactNames.CompelledDisclosure)]
    [InlineData("to the extent required by a judicial order or other legal obligation", FactNames.CompelledDisclosure)]
    [InlineData("information the receiving party must produce under a court or governmental order", FactNames.CompelledDisclosure)]
    [InlineData("disclosed as required by operation of law, regulation or court order", FactNames.CompelledDisclosure)]
    [InlineData("裁判所の命令、監督官公庁またはその他法令・規則の定めに基づく開示等の要求がある場合", FactNames.CompelledDisclosure)]
    [InlineData("information that is required by legal process to be disclosed, after notice to the Company", FactNames.CompelledDisclosure)]
    [InlineData("information which is now, or becomes in the future, public knowledge other than by breach", FactNames.ExclusionPublic)]
    [InlineData("information which is now, or becomes in the future, public knowledge other than by breach", FactNames.ExclusionLaterPublic)]
    [InlineData("information that was in the public domain at or subsequent to the time it was communicated", FactNames.ExclusionLaterPublic)]
    [InlineData("information lawfully obtained by the Recipient from a source independent of the Company", FactNames.ExclusionThirdParty)]
    [InlineData("\"Receiving Party\" has the meaning given in the Confidentiality Agreement between the parties.", FactNames.SeparateNda)]
    [InlineData("Confidential information exchanged is subject to that certain Mutual Non-Disclosure Agreement dated 1 May.", FactNames.SeparateNda)]
    [InlineData("秘密情報の取扱いは、別途締結する秘密保持契約による。", FactNames.SeparateNda)]
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
    [InlineData("All information furnished by the Disclosing Party is the sole and exclusive property of the Disclosing Party.", FactNames.BackgroundRetained)]
    [InlineData("The Partner acknowledges that the Company is the sole and exclusive owner of the Company Trademarks.", FactNames.BackgroundRetained)]
    [InlineData("Results made by both Parties shall be jointly owned.", FactNames.JointOwnership)]
    // Who owns the IP, stated outright (issue 16: CUAD dev contracts told "no IP ownership clause" had these).
    [InlineData("The Licensor owns the sole and exclusive right of the intellectual property, including every improvement made by either party.", FactNames.IpOwnershipStated)]
    [InlineData("All intellectual property created during the project is owned by the Customer.", FactNames.IpOwnershipStated)]
    [InlineData("All inventions conceived under this Agreement shall belong exclusively to the Company.", FactNames.IpOwnershipStated)]
    [InlineData("The Company shall be the sole owner of all Deliverables.", FactNames.IpOwnershipStated)]
    [InlineData("本発明に係る特許を受ける権利は甲乙の共有とする。", FactNames.JointOwnership)]
    [InlineData("all improvements and derivative works", FactNames.Improvements)]
    [InlineData("Developer hereby assigns to Company all know-how, including its Background IP.", FactNames.AssignsBackground)]
    [InlineData("乙は、乙の既存のノウハウを甲に譲渡する。", FactNames.AssignsBackground)]
    [InlineData("The Partner shall assign to the Company all right, title and interest in its pre-existing technology.", FactNames.AssignsBackground)]
    [InlineData("The Developer transfers to the Company ownership of its existing know-how used in the Products.", FactNames.AssignsBackground)]
    [InlineData("All Background IP of the Supplier shall be assigned to the Customer on signature.", FactNames.AssignsBackground)]
    [InlineData("Licensee shall grant to Licensor an exclusive licence to all improvements made by the Licensee.", FactNames.GrantBackExclusive)]
    [InlineData("Licensee shall grant back to Licensor a non-exclusive, royalty-free licence to any Licensee improvements.", FactNames.GrantBackNonExclusive)]
    [InlineData("All improvements developed by the Licensee shall be assigned to Licensor.", FactNames.AssignsImprovements)]
    [InlineData("Licensor grants to Licensee an exclusive licence to make and sell the Products.", FactNames.LicenceExclusive)]
    [InlineData("Licensor grants to Licensee a non-exclusive, non-transferable license.", FactNames.LicenceNonExclusive)]
    [InlineData("甲は乙に対し、本特許について非独占的な通常実施権を許諾する。", FactNames.LicenceNonExclusive)]
    [InlineData("甲は乙に対し、本特許について独占的実施権を許諾する。", FactNames.LicenceExclusive)]
    [InlineData("a royalty of five percent of Net Sales", FactNames.RoyaltyBasis)]
    [InlineData("The Distributor shall pay a share of its revenues as set out in Appendix 2.", FactNames.RoyaltyRunning)]
    [InlineData("The Company shall pay thirty percent (30%) of the Net Sales above the threshold.", FactNames.RoyaltyRunning)]
    [InlineData("The parties agree to share any revenue generated under this Agreement.", FactNames.RoyaltyRunning)]
    [InlineData("The Distributor pays a licence fee equal to 50% of all revenues it receives for each copy.", FactNames.RoyaltyRunning)]
    [InlineData("The Licensee pays an annual fee of 10,000 U.S. Dollars on each anniversary.", FactNames.RoyaltyBasis)]
    [InlineData("The Sponsor will pay three million U.S. dollars ($3,000,000) per year in quarterly instalments.", FactNames.RoyaltyBasis)]
    [InlineData("A royalty of [***] of net sales is payable.", FactNames.Redacted)]
    [InlineData("Licensee shall pay [ * ] per unit.", FactNames.Redacted)]
    [InlineData("Licensor retains all right, title and interest in the Licensed Technology.", FactNames.BackgroundRetained)]
    [InlineData("Ownership of all patents and other rights in the Products are and shall at all times remain vested in the Supplier.", FactNames.BackgroundRetained)]
    [InlineData("The Manufacturer acknowledges that the Company owns all right, title and interest in its designs.", FactNames.BackgroundRetained)]
    [InlineData("Modifications owned by the Licensor shall not include pre-existing intellectual property of the Partner.", FactNames.BackgroundRetained)]
    [InlineData("The Licensee will pay a development licence fee of $230,500 in two instalments.", FactNames.RoyaltyBasis)]
    [InlineData("As between the parties, the Supplier will retain all title and intellectual property rights in the Service.", FactNames.BackgroundRetained)]
    [InlineData("Each party shall return to the other all Confidential Information in tangible form or, at the other's option, certify in writing that it has all been destroyed.", FactNames.ReturnOrDestroy)]
    [InlineData("Upon request the Recipient shall promptly deliver to the Company or destroy all written materials.", FactNames.ReturnOrDestroy)]
    [InlineData("On termination each party stops using the other's material and, unless destruction is agreed, returns the material in question with all copies.", FactNames.ReturnOrDestroy)]
    [InlineData("Licensor grants to Licensee a non- exclusive, worldwide right to use the Licensed Product.", FactNames.LicenceNonExclusive)]
    [InlineData("Licensor may audit the books and records of Licensee once a year.", FactNames.Audit)]
    [InlineData("This Agreement renews automatically for successive one-year terms.", FactNames.Renewal)]
    [InlineData("Licensee shall not challenge the validity of the Licensed Patents.", FactNames.NoChallenge)]
    [InlineData("Licensee shall not conduct any independent research in the Field.", FactNames.ResearchRestriction)]
    [InlineData("During the Term and for one year thereafter, the SME shall not sell products that compete with the Products.", FactNames.RestrictiveCovenant)]
    [InlineData("No Participant will engage in any business that might be competitive with the business of the Joint Venture.", FactNames.RestrictiveCovenant)]
    [InlineData("The Consultant agrees to refrain from rendering services to rivals of the Company.", FactNames.RestrictiveCovenant)]
    [InlineData("This covenant not to compete applies for twelve months.", FactNames.RestrictiveCovenant)]
    [InlineData("甲および乙は、本契約の期間中、本製品と同一または類似の製品について、第三者と共同開発をしてはならない。", FactNames.RestrictiveCovenant)]
    [InlineData("乙は、本契約終了後２年間、競業避止義務を負う。", FactNames.RestrictiveCovenant)]
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
    // A public exclusion tied to the moment of disclosure does not cover information that becomes public later.
    [InlineData("information that was in the public domain at the time of disclosure", FactNames.ExclusionLaterPublic)]
    [InlineData("information that is publicly available at the time of disclosure", FactNames.ExclusionLaterPublic)]
    // Possession and third parties outside an exclusion are not exclusions.
    [InlineData("The Recipient shall return all materials in its possession or control.", FactNames.ExclusionKnown)]
    [InlineData("Neither party shall disclose the Confidential Information to any third party.", FactNames.ExclusionThirdParty)]
    [InlineData("The Recipient shall keep the information confidential and not use it for any other purpose.", FactNames.CompelledDisclosure)]
    // Not covenants not to compete: a licence grant, a non-solicit, words that lift a restriction.
    [InlineData("Licensor grants Licensee an exclusive, perpetual, worldwide licence to sell the Products.", FactNames.RestrictiveCovenant)]
    [InlineData("The Consultant will not solicit or hire away any employee of the Company for five years.", FactNames.RestrictiveCovenant)]
    [InlineData("Nothing in this Agreement precludes the parties from competing with one another in the ordinary course.", FactNames.RestrictiveCovenant)]
    [InlineData("This Agreement is not intended to be construed as prohibiting either party from associating with competitors of the other.", FactNames.RestrictiveCovenant)]
    [InlineData("This Agreement shall not be construed to create a joint venture, co-ownership or partnership.", FactNames.JointOwnership)]
    [InlineData("The Licensee pays an annual fee of 10,000 U.S. Dollars on each anniversary.", FactNames.RoyaltyRunning)]
    [InlineData("The Company shall own all right, title and interest in the Work Product, which the Consultant hereby assigns.", FactNames.BackgroundRetained)]
    [InlineData("Licensor grants to Licensee a non- exclusive, worldwide right to use the Licensed Product.", FactNames.LicenceExclusive)]
    [InlineData("The parties signed this Agreement in English.", FactNames.Bilingual)]
    [InlineData("Consultant grants the Company a non-exclusive, perpetual, transferable licence to its pre-existing know-how.", FactNames.AssignsBackground)]
    [InlineData("All Work Product is the sole and exclusive property of the Company.", FactNames.BackgroundRetained)]
    [InlineData("Each party shall comply with all laws on intellectual property.", FactNames.IpOwnershipStated)]
    [InlineData("The Distributor owns its trucks and warehouses.", FactNames.IpOwnershipStated)]
    // Not an assignment of background (issue 16, read on the dev contracts' high findings): a technology
    // transfer hands know-how over; a representation says what employees already assigned to their
    // employer; a definition names a term; know-how listed among the rights in the project's results.
    [InlineData("The Supplier shall give all reasonable assistance needed to transfer to the Customer the Supplier Know-How and the batch records.", FactNames.AssignsBackground)]
    [InlineData("Every employee of the Licensor who had rights in the Licensor Know-How has assigned those rights to the Licensor.", FactNames.AssignsBackground)]
    [InlineData("(d) \"Assigned Know-How\" means the know-how owned by the Seller on the Effective Date.", FactNames.AssignsBackground)]
    [InlineData("The Consultant hereby assigns to the Company all right, title and interest in the Deliverables, including all copyrights, trade secrets and know-how.", FactNames.AssignsBackground)]
    [InlineData("On request the Licensor shall transfer to the Licensee the Licensor's manufacturing know-how needed to make the Product.", FactNames.AssignsBackground)]
    [InlineData("Each employee of the Supplier must assign to the Supplier all rights in any inventions, including know-how, that the employee conceives during the employment.", FactNames.AssignsBackground)]
    [InlineData("On termination the Licensee shall assign to the Licensor the regulatory filings and provide to the Licensor a copy of its know-how relating to the Product.", FactNames.AssignsBackground)]
    public void DoesNotFindElementsThatAreNotThere(string text, string element) => Assert.DoesNotContain(element, Elements(text));

    [Theory]
    [InlineData("In case of conflict, the Japanese version shall prevail.", "Japanese")]
    [InlineData("The English language version shall control.", "English")]
    [InlineData("本契約は英文を正本とする。", "English")]
    [InlineData("日本語版を正本とする。", "Japanese")]
    [InlineData("IN CASE OF ANY CONFLICT, THE ENGLISH VERSION SHALL PREVAIL.", "English")] // was read as Japanese
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
    public void CovenantSpanIsItsWholeSentence()
    {
        const string text = "Licensor grants an exclusive, perpetual licence. The SME shall not sell competing products in Japan.";

        var covenant = Assert.Single(Extractor.Extract(text, 100).Elements, e => e.Element == FactNames.RestrictiveCovenant);

        Assert.Equal(100 + text.IndexOf("The SME", StringComparison.Ordinal), covenant.Start);
        Assert.Equal(100 + text.Length, covenant.End);
    }

    [Fact]
    public void BlankClauseHasNoFacts() => Assert.True(Extractor.Extract("   ", 0).IsEmpty);
}
