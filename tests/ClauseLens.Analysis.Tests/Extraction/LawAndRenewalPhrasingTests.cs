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
    public void ReadsTheGoverningLawWrittenOtherWays(string text, string jurisdiction)
    {
        var laws = Extractor.Extract(text, 0).GoverningLaw;

        Assert.NotEmpty(laws);
        Assert.Equal(jurisdiction, laws[0].Jurisdiction);
    }

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
