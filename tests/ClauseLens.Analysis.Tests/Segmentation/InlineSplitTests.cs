using ClauseLens.Analysis;
using ClauseLens.Analysis.Segmentation;

namespace ClauseLens.Analysis.Tests.Segmentation;

/// <summary>CUAD's PDF extractions put whole pages on one line; clauses must still start at their headings.</summary>
public sealed class InlineSplitTests
{
    [Fact]
    public void WideGapsSplitRecitalsDefinitionsAndEachDefinedTerm()
    {
        const string line =
            "COLLABORATION AGREEMENT This Agreement is made between Alpha Inc. and Beta GmbH (together the \"Parties\"   RECITALS   " +
            "WHEREAS, Alpha develops drugs;   WHEREAS, Beta screens compounds.   SECTION 1   DEFINITIONS   " +
            "The following terms shall have the meanings set forth below.   1.1 \"Active Ingredient\" shall mean the compound.   " +
            "1.2 \"Adjusted Net Sales\" shall mean [***].   SECTION 2   RESEARCH   2.1 Performance. Each Party shall perform its tasks.";

        var clauses = Segment(line);

        Assert.Equal(
            [
                (ClauseKind.Preamble, null, null),
                (ClauseKind.Recitals, null, "RECITALS"),
                (ClauseKind.Definitions, "1", "DEFINITIONS"),
                (ClauseKind.Definitions, "1.1", "Active Ingredient"),
                (ClauseKind.Definitions, "1.2", "Adjusted Net Sales"),
                (ClauseKind.Section, "2", "RESEARCH"),
            ],
            clauses.Select(c => (c.Kind, c.Number, c.Heading)));
    }

    [Fact]
    public void SentenceEndsSplitNumberedSectionsOnOneLine()
    {
        const string line =
            "MASTER SERVICES AGREEMENT This Agreement is made by Kubient Inc. and the Customer. WHEREAS, Customer wishes to grow; " +
            "the Parties agree as follows: 1. Kubient Services. The services shall be set forth in exhibits. " +
            "2. Kubient License. Kubient grants a limited licence, as set out in Section 3.2 of this Agreement, for 1.5 million impressions. " +
            "3. Kubient License Definitions. Certain terms have these meanings. (a) \"Auction\" means a real-time auction. " +
            "(b) \"Bid\" means a price under clauses (a) and (b) above. 4. Term and Termination. (a) The initial term is one year.";

        var clauses = Segment(line);

        Assert.Equal(["1", "2", "3", "4"], clauses.Where(c => c.Number is not null).Select(c => c.Number!));
        Assert.Equal(["Kubient Services", "Kubient License", "Kubient License Definitions", "Term and Termination"],
            clauses.Where(c => c.Number is not null).Select(c => c.Heading!));
        Assert.Equal(ClauseKind.Definitions, clauses.Single(c => c.Number == "3").Kind);
        Assert.Equal(ClauseKind.Recitals, clauses[1].Kind);
    }

    [Theory]
    [InlineData("The fee is set out in Section 3.2 of this Agreement. Section 4.1 hereof applies as well.")]
    [InlineData("The Licensee shall buy 1.5 million units. 2.5 percent of them may be returned.")]
    [InlineData("The rights in clauses (a) and (b) survive. (c) and (d) do not.")]
    [InlineData("Payment is due on March 1. 2020 was the first year of the Term.")]
    [InlineData("Notices go to 12 Main Street.   14 days after receipt the notice takes effect.")]
    [InlineData("The parties met in the   EXHIBIT A  room of the hotel.")]
    public void CrossReferencesAmountsAndDatesDoNotSplit(string sentence)
    {
        var clauses = Segment("1. Fees. The Customer shall pay the fees. " + sentence);

        Assert.Single(clauses, c => c.Kind == ClauseKind.Section);
        Assert.Equal("1", clauses[^1].Number);
    }

    [Fact]
    public void PageStampsInsideALineStayInTheClauseTheyInterrupt()
    {
        var document = ContractDocument.FromParagraphs(
        [
            "1. Services. The Supplier shall provide the services described in the statement of work",
            "7",
            "Source: ACME HOLDINGS INC, 8-K, 1/15/2020",
            "CERTAIN CONFIDENTIAL PORTIONS OF THIS EXHIBIT WERE OMITTED AND REPLACED WITH \"[***]\".",
            "and shall do so with reasonable care. 2. Fees. The Customer shall pay the fees.",
        ]);

        var clauses = SegmentationAssert.Segmented(document);

        Assert.Equal(["1", "2"], clauses.Select(c => c.Number!));
        Assert.Equal((0, 4), (clauses[0].ParagraphStart, clauses[0].ParagraphEnd));
    }

    [Theory]
    [InlineData("The Supplier may sub-contract. [ * * * ] 2. MANUFACTURE AND SUPPLY 2.1 The Supplier shall make the goods.", "2", "MANUFACTURE AND SUPPLY")]
    [InlineData("Notices go to 5701 Old Harding Pike, Nashville, TN 37205 2. MISCELLANEOUS 2.1 Audit: the Licensor may audit.", "2", "MISCELLANEOUS")]
    [InlineData("The fee is due on signature. May 3, 2016 2. DEFAULT 2.1 Default: a breach ends the licence.", "2", "DEFAULT")]
    [InlineData("The fee is due on signature. 2. DR. KOOP HEALTH LINKS. The Sponsor may link to the site.", "2", "DR. KOOP HEALTH LINKS")]
    [InlineData("The fee is due on signature. 2. Medical Inquiries, Complaints and Recalls. Each party shall report.", "2", "Medical Inquiries, Complaints and Recalls")]
    public void SectionsAfterRedactionsAddressesAndDatesAreFound(string text, string number, string heading)
    {
        var clauses = Segment("1. FEES. " + text);

        var second = clauses.Single(c => c.Number == number);
        Assert.Equal(heading, second.Heading);
    }

    [Fact]
    public void NumberedRecitalsAndNumberedDefinitionsDoNotTakeTheSectionNumbers()
    {
        var clauses = Segment(
            "TALENT AGREEMENT This Agreement is made between Talent and Company.   WITNESSETH:   WHEREAS,   1. Talent is a well-known figure;   " +
            "2. Company runs training courses;   NOW, THEREFORE, the Parties agree as follows:   1. DEFINITIONS   The following meanings apply.   " +
            "2. \"Materials\" means: the course slides.   3. \"Territory\" means: United Kingdom.   2. GRANT OF RIGHTS   Talent grants the rights.   " +
            "3. TERM   This Agreement runs for one year.");

        Assert.Equal(
            [(ClauseKind.Recitals, null), (ClauseKind.Definitions, "1"), (ClauseKind.Section, "2"), (ClauseKind.Section, "3")],
            clauses.Skip(1).Select(c => (c.Kind, c.Number)));
    }

    [Fact]
    public void ArticleCrossReferenceInsideALineIsNoHeading()
    {
        var clauses = Segment(
            "ARTICLE I. LICENCE. The Licensor grants a licence.   ARTICLE II. TERM. The term is one year.   ARTICLE III. SURVIVAL. " +
            "The following survive termination: Article 1 (Licence), Article 2 (Term) and this Article III.");

        Assert.Equal(["I", "II", "III"], clauses.Where(c => c.Number is not null).Select(c => c.Number!).Distinct());
    }

    [Fact]
    public void PostcodesAndCompanyNamesInNoticesAreNoHeadings()
    {
        var document = ContractDocument.FromParagraphs(
        [
            "1. Scope. The Supplier shall supply water.",
            "2. Notices. Notices shall be sent to:",
            "SPARKLING SPRING WATER GROUP LIMITED",
            "Halifax, Nova Scotia",
            "B3B 1C9",
            "FOR THE LICENSOR:",
            "Any notice is deemed given on delivery.",
        ]);

        var clauses = SegmentationAssert.Segmented(document);

        Assert.Equal(["1", "2"], clauses.Select(c => c.Number!));
    }

    private static IReadOnlyList<Clause> Segment(string line) =>
        SegmentationAssert.Segmented(ContractDocument.FromParagraphs([line]));
}
