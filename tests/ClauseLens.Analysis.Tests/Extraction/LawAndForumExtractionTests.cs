using ClauseLens.Analysis.Extraction;

namespace ClauseLens.Analysis.Tests.Extraction;

public sealed class LawAndForumExtractionTests
{
    private static readonly FactExtractor Extractor = new();

    [Theory]
    [InlineData("This Agreement shall be governed by and construed in accordance with the laws of Japan.", "Japan", "Japan")]
    [InlineData("This Agreement is governed by the laws of the State of New York, without regard to its conflict of laws principles.", "New York", "United States")]
    [InlineData("governed by the laws of the State of Delaware", "Delaware", "United States")]
    [InlineData("This Agreement shall be governed by the laws of England and Wales.", "England and Wales", "United Kingdom")]
    [InlineData("This Agreement shall be interpreted under the laws of Singapore.", "Singapore", "Singapore")]
    [InlineData("New York law shall govern this Agreement.", "New York", "United States")]
    [InlineData("This Agreement is governed by Japanese law.", "Japan", "Japan")]
    [InlineData("本契約は、日本法に準拠し、同法に従って解釈される。", "Japan", "Japan")]
    [InlineData("本契約に関する紛争については、日本国法を準拠法とし、東京地方裁判所を第一審の専属的合意管轄裁判所とする。", "Japan", "Japan")]
    [InlineData("本契約の準拠法は日本法とする。", "Japan", "Japan")]
    [InlineData("本契約は、ニューヨーク州法に準拠する。", "New York", "United States")]
    public void ReadsTheGoverningLaw(string text, string jurisdiction, string country)
    {
        var law = Assert.Single(Extractor.Extract(text, 0).GoverningLaw);

        Assert.Equal((jurisdiction, country), (law.Jurisdiction, law.Country));
    }

    [Theory]
    [InlineData("The Supplier shall comply with all laws of Japan applicable to the Products.")]
    [InlineData("Each Party shall perform its obligations in Japan.")]
    [InlineData("The laws of physics do not apply here.")]
    public void IgnoresLawsThatAreNotAChoiceOfLaw(string text) => Assert.Empty(Extractor.Extract(text, 0).GoverningLaw);

    [Theory]
    [InlineData("The Tokyo District Court shall have exclusive jurisdiction over any dispute.", "Tokyo District Court", "Japan", true)]
    [InlineData("東京地方裁判所を第一審の専属的合意管轄裁判所とする。", "Tokyo District Court", "Japan", true)]
    [InlineData("●地方裁判所を第一審の専属的合意管轄裁判所とする。", "Japanese district court", "Japan", true)]
    [InlineData("The parties submit to the exclusive jurisdiction of the state and federal courts located in New York County, New York.", null, "United States", true)]
    [InlineData("The parties submit to the non-exclusive jurisdiction of the courts of England.", null, "United Kingdom", false)]
    [InlineData("Any action shall be brought in the courts of Japan.", null, "Japan", null)]
    // A forum chosen as venue, submission or where actions are filed (issue 16: a contract with one of
    // these was told "no dispute resolution").
    [InlineData("The parties agree that the venue for any action under this Agreement shall be in the County of Orange, Florida.", null, "United States", null)]
    [InlineData("Any action started by the Licensee shall be filed in Illinois, and both parties submit to the personal jurisdiction of Illinois.", null, "United States", null)]
    [InlineData("The parties irrevocably attorn to the exclusive jurisdiction of the courts sitting in the Province of Ontario.", null, "Canada", true)]
    public void ReadsNamedCourts(string text, string? name, string country, bool? exclusive)
    {
        var forum = Assert.Single(Extractor.Extract(text, 0).Forums);

        Assert.Equal((ForumKind.Court, name, country, exclusive), (forum.Kind, forum.Name, forum.Country, forum.Exclusive));
    }

    [Theory]
    [InlineData("The Recipient may disclose information that a court of competent jurisdiction orders it to disclose.")]
    [InlineData("Either party may seek injunctive relief in any court of competent jurisdiction.")]
    [InlineData("The Supplier shall remain subject to the jurisdiction of its regulators.")]
    public void NamesNoForumWhereNoneIsChosen(string text) => Assert.Empty(Extractor.Extract(text, 0).Forums);

    [Fact]
    public void AVenueInAPlaceNotKnownIsStillAForum()
    {
        var forum = Assert.Single(Extractor.Extract("Venue for any cause of action arising from this Agreement will lie in the Superior Court of Cobb County.", 0).Forums);

        Assert.Equal(ForumKind.Court, forum.Kind);
    }

    [Theory]
    [InlineData("Any dispute shall be finally settled by arbitration in accordance with the Commercial Arbitration Rules of The Japan Commercial Arbitration Association. The place of arbitration shall be Tokyo, Japan.", "JCAA", "Tokyo", "Japan")]
    [InlineData("finally resolved by arbitration administered by the Singapore International Arbitration Centre (SIAC). The seat of the arbitration shall be Singapore.", "SIAC", "Singapore", "Singapore")]
    [InlineData("settled under the Rules of Arbitration of the International Chamber of Commerce. The arbitration shall be held in Paris.", "ICC", "Paris", "France")]
    [InlineData("administered by the Hong Kong International Arbitration Centre", "HKIAC", null, null)]
    [InlineData("administered by the International Centre for Dispute Resolution", "ICDR", null, null)]
    [InlineData("administered by the American Arbitration Association under its Commercial Arbitration Rules", "AAA", null, null)]
    [InlineData("under the LCIA Rules, seated in London", "LCIA", "London", "United Kingdom")]
    [InlineData("by binding arbitration before JAMS", "JAMS", null, null)]
    [InlineData("finally settled before JAMS. The arbitration shall be conducted in English in New York, New York, USA.", "JAMS", "New York", "United States")]
    [InlineData("settled under the ICC Rules. The arbitration shall be conducted in English.", "ICC", null, null)]
    [InlineData("arbitration under the UNCITRAL Arbitration Rules", "UNCITRAL", null, null)]
    [InlineData("本契約に関する紛争は、日本商事仲裁協会の商事仲裁規則に従って仲裁により最終的に解決される。仲裁地は東京とする。", "JCAA", "Tokyo", "Japan")]
    public void ReadsArbitrationInstitutionAndSeat(string text, string institution, string? seat, string? country)
    {
        var forums = Extractor.Extract(text, 0).Forums.Where(f => f.Kind == ForumKind.Arbitration).ToList();

        var forum = Assert.Single(forums, f => f.Name == institution);
        Assert.Equal((seat, country), (forum.Place, forum.Country));
    }

    [Theory]
    [InlineData("The arbitration shall be conducted in English.", "English")]
    [InlineData("The language of the arbitration shall be Japanese.", "Japanese")]
    [InlineData("仲裁手続は日本語で行う。", "Japanese")]
    public void ReadsTheLanguageOfProceedings(string text, string language)
    {
        var fact = Assert.Single(Extractor.Extract(text, 0).Elements, e => e.Element == FactNames.ProceedingsLanguage);

        Assert.Equal(language, fact.Value);
    }
}
