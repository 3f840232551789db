using ClauseLens.Analysis.Segmentation;

namespace ClauseLens.Analysis.Tests.Segmentation;

/// <summary>
/// EDGAR exhibits open with the filing's label ("EXHIBIT 10.1"); some PDF extractions put list numbers
/// that lost their text before it. The label is not a schedule: the contract's terms that follow must
/// keep their own headings, or a reviewer is told a term clause is missing when it is there.
/// </summary>
public sealed class FilingLabelTests
{
    [Fact]
    public void AnExhibitLabelAfterBareNumbersOpensTheContract()
    {
        var document = ContractDocument.FromParagraphs(
        [
            "1.", "2.", "2.1", "3.",
            "EXHIBIT 1.1 Strategic Alliance Agreement",
            "This Agreement is made and entered into this 30th day of June 2017 between Alpha Inc. and Beta LLC. The parties agree as follows:",
            "Term",
            "The term of this Agreement is twenty-four (24) months. The Agreement may be renewed by mutual written approval.",
            "Notices",
            "All notices under this Agreement shall be in writing.",
        ]);

        var clauses = new ClauseSegmenter().Segment(document);

        Assert.DoesNotContain(clauses, c => c.Kind == ClauseKind.Schedule);
        Assert.Contains(clauses, c => c is { Kind: ClauseKind.Section, Heading: "Term" });
        Assert.Contains(clauses, c => c is { Kind: ClauseKind.Section, Heading: "Notices" });
    }

    [Fact]
    public void AnExhibitAfterTheTermsIsStillASchedule()
    {
        var document = ContractDocument.FromParagraphs(
        [
            "SERVICES AGREEMENT",
            "1. Services. The Supplier shall provide the services described in Exhibit A.",
            "2. Term. This Agreement runs for two years.",
            "EXHIBIT A",
            "Description of the services.",
        ]);

        var clauses = new ClauseSegmenter().Segment(document);

        Assert.Equal(ClauseKind.Schedule, clauses[^1].Kind);
        Assert.Equal("EXHIBIT A", clauses[^1].Number);
    }
}
