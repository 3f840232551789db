using ClauseLens.Analysis;
using ClauseLens.Analysis.Segmentation;

namespace ClauseLens.Analysis.Tests.Segmentation;

public sealed class HeadingPhrasingTests
{
    private static readonly string[] Opening =
    [
        "SERVICES AGREEMENT",
        "This Services Agreement is made on 1 March 2024 by and between Alpha Corp. and Beta Ltd. The parties agree as follows:",
    ];

    private const string Body = "The Supplier shall keep the Customer's information secret and use it only for the Services.";

    [Theory]
    [InlineData("1. Confidentiality. " + Body, "1", "Confidentiality")]
    [InlineData("1 Confidentiality. " + Body, null, null)]
    [InlineData("1.1 Scope. " + Body, "1.1", "Scope")]
    [InlineData("1.1.1 " + Body, "1.1.1", null)]
    [InlineData("Section 1. Confidentiality. " + Body, "1", "Confidentiality")]
    [InlineData("Section 1.2 Use of Information. " + Body, "1.2", "Use of Information")]
    [InlineData("SECTION 1   CONFIDENTIALITY   " + Body, "1", "CONFIDENTIALITY")]
    [InlineData("Article 1 – Confidentiality. " + Body, "1", "Confidentiality")]
    [InlineData("ARTICLE I CONFIDENTIALITY. " + Body, "I", "CONFIDENTIALITY")]
    // A number written out, as filed agreements often do: numbered by its digits.
    [InlineData("ARTICLE SIX CONFIDENTIAL INFORMATION. " + Body, "6", "CONFIDENTIAL INFORMATION")]
    [InlineData("Article Twenty-One – Confidentiality. " + Body, "21", "Confidentiality")]
    [InlineData("Clause 1: Confidentiality. " + Body, "1", "Confidentiality")]
    [InlineData("1. CONFIDENTIALITY. " + Body, "1", "CONFIDENTIALITY")]
    [InlineData("1    PURPOSE  OF  THE  AGREEMENT     " + Body, "1", "PURPOSE OF THE AGREEMENT")]
    [InlineData("GOVERNING LAW. " + Body, null, "GOVERNING LAW")]
    [InlineData("1. Attorney Fees  The prevailing party recovers its fees.", "1", "Attorney Fees")]
    [InlineData("1.  The  purpose  of  this  Agreement  is  to  license  content.", "1", null)]
    [InlineData("1. Headings; Interpretation. " + Body, "1", "Headings; Interpretation")]
    public void NumberedOrHeadedParagraphStartsAClause(string paragraph, string? number, string? heading)
    {
        var clauses = Segment([.. Opening, paragraph]);

        var last = clauses[^1];
        if (number is null && heading is null)
        {
            // "1 Confidentiality." has no dot and no wide gap: a wrapped line, not a heading.
            Assert.Equal(ClauseKind.Section, last.Kind);
            Assert.Null(last.Number);
            return;
        }

        Assert.Equal(number, last.Number);
        Assert.Equal(heading, last.Heading);
        Assert.Equal(ClauseKind.Section, last.Kind);
        Assert.Equal(2, last.ParagraphStart);
    }

    [Theory]
    [InlineData("ARTICLE 7 – CONFIDENTIALITY", "7", "CONFIDENTIALITY")]
    [InlineData("GOVERNING LAW", null, "GOVERNING LAW")]
    [InlineData("Confidentiality", null, "Confidentiality")]
    [InlineData("Term and Termination", null, "Term and Termination")]
    [InlineData("Article 5 Confidentiality", "5", "Confidentiality")]
    [InlineData("ARTICLE SIX PARTY B'S OBLIGATIONS WITH RESPECT TO CONFIDENTIAL INFORMATION", "6", "PARTY B'S OBLIGATIONS WITH RESPECT TO CONFIDENTIAL INFORMATION")]
    [InlineData("(a) Confidentiality", null, null)]
    public void HeadingOnlyParagraphMergesWithTheBodyThatFollows(string headingLine, string? number, string? heading)
    {
        var clauses = Segment([.. Opening, "1. Services. The Supplier shall provide the Services.", headingLine, Body, "More of the same body follows here."]);

        var last = clauses[^1];
        if (number is null && heading is null)
        {
            // A list item is no heading of its own: it stays in section 1.
            Assert.Equal("1", last.Number);
            return;
        }

        Assert.Equal(number, last.Number);
        Assert.Equal(heading, last.Heading);
        Assert.Equal(3, last.ParagraphStart);
        Assert.Equal(5, last.ParagraphEnd);
    }

    [Fact]
    public void NumberOnItsOwnLineTakesTheTitleOnTheNextLine()
    {
        var clauses = Segment([.. Opening, "ARTICLE I", "DEFINITIONS", "1.1 \"Affiliate\" means any entity controlling a party.", "ARTICLE II", "LICENSE GRANT", "2.1 Grant. The Licensor grants a licence."]);

        Assert.Contains(clauses, c => c is { Number: "I", Heading: "DEFINITIONS", Kind: ClauseKind.Definitions });
        Assert.Contains(clauses, c => c is { Number: "II", Heading: "LICENSE GRANT", Kind: ClauseKind.Section });
    }

    [Theory]
    [InlineData("Section 3.2 of this Agreement shall survive termination for two years.")]
    [InlineData("1.5 million units shall be delivered in each year of the Term.")]
    [InlineData("(a) and (b) above apply only to the Supplier.")]
    [InlineData("12 months after the Effective Date the parties shall meet.")]
    [InlineData("This Agreement shall be governed by the laws of the State of New York.")]
    [InlineData("IN NO EVENT SHALL EITHER PARTY BE LIABLE FOR ANY INDIRECT OR CONSEQUENTIAL DAMAGES.")]
    [InlineData("Exhibit A attached hereto lists the Services in detail.")]
    [InlineData("2")]
    [InlineData("- 7 -")]
    [InlineData("Page 3 of 12")]
    [InlineData("Source: ACME HOLDINGS INC, 8-K, 1/15/2020")]
    [InlineData("CERTAIN CONFIDENTIAL PORTIONS OF THIS EXHIBIT HAVE BEEN OMITTED AND FILED SEPARATELY WITH THE COMMISSION.")]
    [InlineData("the full value of the underpaid or under-reported fees.")]
    [InlineData("1. The Supplier shall deliver the goods.")]
    [InlineData("Licensor shall invoice monthly, as set out in the price list.")]
    public void BodyTextDoesNotStartAClause(string paragraph)
    {
        // Section 2 is the last one; the line under test follows its body.
        var clauses = Segment([.. Opening, "1. Scope.", "2. Payment. The Customer shall pay each invoice within thirty days.", paragraph, "The Customer shall pay late interest."]);

        Assert.Equal(3, clauses.Count);
        Assert.Equal("2", clauses[^1].Number);
        Assert.Equal(5, clauses[^1].ParagraphEnd);

    }

    private static IReadOnlyList<Clause> Segment(string[] paragraphs) =>
        SegmentationAssert.Segmented(ContractDocument.FromParagraphs(paragraphs));
}
