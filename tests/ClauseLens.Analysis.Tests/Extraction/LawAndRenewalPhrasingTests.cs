using ClauseLens.Analysis.Extraction;

namespace ClauseLens.Analysis.Tests.Extraction;

/// <summary>
/// Choices of law and renewals as filed contracts word them (phrasings written for these tests,
/// after the shapes seen in CUAD's train contracts): the law named before the verb, the state
/// after "the United States", an adjective before "law", renewals that "continue" or "extend".
/// </summary>
public sealed class LawAndRenewalPhrasingTests
{
    private static readonly FactExtractor Extractor = new();

    [Theory]
    [InlineData("The laws of the State of Oregon (excluding any rule that would apply another jurisdiction's law) govern every matter arising out of this Agreement.", "Oregon")]
    [InlineData("Its validity and effect are governed by the laws and judicial decisions of the State of Florida.", "Florida")]
    [InlineData("This Agreement shall be governed by the internal laws State of New York.", "New York")]
    [InlineData("This contract and any claim arising from it shall be construed in accordance with Ohio law.", "Ohio")]
    [InlineData("This Agreement shall be governed in all respects by the laws of the United States and the State of Georgia.", "Georgia")]
    [InlineData("This AGREEMENT is controlled by the laws of the State of Texas, and venue lies in Travis County.", "Texas")]
    [InlineData("This Agreement is governed by the internal laws, and not by the laws regarding conflicts of laws, of the State of Virginia.", "Virginia")]
    [InlineData("The legislation of the Republic of Kazakhstan shall apply to any relations of the Parties.", "Kazakhstan")]
    [InlineData("This Agreement shall be construed, performed and governed by and in accordance with the laws in the State of Washington.", "Washington")]
    [InlineData("This Agreement shall be governed by the laws of Nova Scotia and the laws of Canada applicable there.", "Canada")]
    [InlineData("Performance under this Agreement shall be governed by the laws of the United States of America and of the State of Maryland.", "Maryland")]
    [InlineData("This Agreement shall be governed by and construed under the laws of the Republic of South Africa.", "South Africa")]
    [InlineData("This Contract shall be governed by the laws of the R.O.C.", "Taiwan")]
    [InlineData("This Contract shall be governed by the laws of the P.R.C.", "China")]
    [InlineData("This Contract shall be governed by the laws of the People's Republic of China.", "China")]
    [InlineData("Any dispute arising from this Contract shall be settled by the courts of Taipei pursuant to the laws of the Republic of China.", "Taiwan")]
    [InlineData("This Agreement is made and accepted by the Supplier in the State of Oregon and shall be governed by and construed in accordance with the laws thereof.", "Oregon")]
    [InlineData("This Agreement was signed in the state where the Licensor has its head office (at present the State of Ohio) and shall be construed in accordance with the laws of such state.", "Ohio")]
    public void ReadsTheGoverningLawWrittenOtherWays(string text, string jurisdiction)
    {
        var laws = Extractor.Extract(text, 0).GoverningLaw;

        Assert.NotEmpty(laws);
        Assert.Equal(jurisdiction, laws[0].Jurisdiction);
    }

    // Where a party was incorporated is not the law the parties chose.
    [Theory]
    [InlineData("Alpha Systems Ltd, a company incorporated in accordance with the laws of Switzerland, with offices in Zurich, and Beta Telecom Ltd.")]
    [InlineData("Beta Inc., a corporation organised in accordance with the laws of the State of Delaware, of 1 Main Street, Wilmington.")]
    [InlineData("Gamma LLC, a limited liability company duly organized and existing pursuant to the laws of the State of Nevada.")]
    public void WhereAPartyWasIncorporatedIsNotTheGoverningLaw(string text) =>
        Assert.Empty(Extractor.Extract(text, 0).GoverningLaw);

    [Theory]
    [InlineData("Thereafter this agreement shall continue on a year to year basis until either party gives notice.")]
    [InlineData("The Term may be extended by the parties for an additional two year period by written agreement.")]
    [InlineData("This Agreement shall be subject to an automatic extension for consecutive one (1) year periods.")]
    [InlineData("This Agreement will extend automatically for monthly periods unless either party objects.")]
    [InlineData("The support services run for a renewable one-year term.")]
    [InlineData("本契約は、期間満了の3か月前までに申し出がない限り、同一条件で1年間自動的に更新される。")]
    public void ARenewalWrittenOtherWaysIsFound(string text) =>
        Assert.Contains(Extractor.Extract(text, 0).Elements, e => e.Element == FactNames.Renewal);
}
