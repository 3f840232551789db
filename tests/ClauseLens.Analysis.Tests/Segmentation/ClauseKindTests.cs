using ClauseLens.Analysis;
using ClauseLens.Analysis.Segmentation;

namespace ClauseLens.Analysis.Tests.Segmentation;

public sealed class ClauseKindTests
{
    private static readonly string[] Contract =
    [
        "LICENSE AGREEMENT",
        "This License Agreement is dated 1 April 2024 and made between Alpha KK, a Japanese company (\"Licensor\"), and Beta LLC (\"Licensee\").",
        "RECITALS",
        "WHEREAS, Licensor owns certain patents;",
        "WHEREAS, Licensee wishes to use them;",
        "NOW, THEREFORE, the parties agree as follows:",
        "1. Definitions.",
        "1.1 \"Patents\" means the patents listed in Exhibit A.",
        "1.2 \"Territory\" means Japan.",
        "2. Grant. Licensor grants Licensee a non-exclusive licence under the Patents in the Territory.",
        "3. Governing Law. This Agreement is governed by the laws of Japan.",
        "IN WITNESS WHEREOF, the parties have signed this Agreement.",
        "ALPHA KK",
        "By: ______________",
        "Name: Taro Yamada",
        "Title: President",
        "EXHIBIT A",
        "LIST OF PATENTS",
        "1. JP 1234567",
    ];

    [Fact]
    public void EachPartOfTheContractGetsItsKind()
    {
        var document = ContractDocument.FromParagraphs(Contract);
        var clauses = SegmentationAssert.Segmented(document);

        Assert.Equal(
            [
                (ClauseKind.Preamble, null, null, 0, 1),
                (ClauseKind.Recitals, null, "RECITALS", 2, 5),
                (ClauseKind.Definitions, "1", "Definitions", 6, 7),
                (ClauseKind.Definitions, "1.2", "Territory", 8, 8),
                (ClauseKind.Section, "2", "Grant", 9, 9),
                (ClauseKind.Section, "3", "Governing Law", 10, 10),
                (ClauseKind.Signature, null, null, 11, 15),
                (ClauseKind.Schedule, "EXHIBIT A", "LIST OF PATENTS", 16, 18),
            ],
            clauses.Select(c => (c.Kind, c.Number, c.Heading, c.ParagraphStart, c.ParagraphEnd)));
    }

    [Theory]
    [InlineData("BACKGROUND")]
    [InlineData("Background")]
    [InlineData("W I T N E S S E T H:")]
    [InlineData("WHEREAS, the Licensor owns certain patents;")]
    public void RecitalsStartAtTheirMarker(string marker)
    {
        var document = ContractDocument.FromParagraphs(["AGREEMENT", "This Agreement is made between A and B.", marker, "The Licensor owns patents.", "1. Grant. The Licensor grants a licence."]);
        var clauses = new ClauseSegmenter().Segment(document);

        Assert.Equal([ClauseKind.Preamble, ClauseKind.Recitals, ClauseKind.Section], clauses.Select(c => c.Kind));
        Assert.Equal(2, clauses[1].ParagraphStart);
    }

    [Fact]
    public void SignaturesOnACoverPageDoNotTurnTheTermsIntoSchedules()
    {
        var document = ContractDocument.FromParagraphs(
        [
            "RESELLER AGREEMENT This Agreement is made between iPass Inc. and the Partner.",
            "IN WITNESS WHEREOF, the parties have executed this Agreement. By: ____ Name: ____",
            "1. Appointment. iPass appoints the Partner as a reseller.",
            "2. Fees. The Partner shall pay the fees.",
        ]);

        var clauses = new ClauseSegmenter().Segment(document);

        Assert.Equal([ClauseKind.Preamble, ClauseKind.Signature, ClauseKind.Section, ClauseKind.Section], clauses.Select(c => c.Kind));
    }

    [Fact]
    public void SignatureLinesWithoutInWitnessStartTheSignatureBlock()
    {
        var document = ContractDocument.FromParagraphs(
        [
            "1. Term. This Agreement runs for one year.",
            "2. Counterparts. This Agreement is signed in two copies.",
            "For Alpha B.V. /s/ Hans Jansen Name: Hans Jansen Title: CEO",
            "For Beta Inc. By: ______________ Name: Title:",
        ]);

        var clauses = new ClauseSegmenter().Segment(document);

        Assert.Equal(ClauseKind.Signature, clauses[^1].Kind);
        Assert.Equal(2, clauses[^1].ParagraphStart);
    }

    [Fact]
    public void UnstructuredLetterIsNotAllPreamble()
    {
        var paragraph = string.Concat(Enumerable.Repeat("You will keep the information we give you confidential and use it only to evaluate the transaction. ", 8));
        var document = ContractDocument.FromParagraphs(["Dear Sir:", paragraph, paragraph, paragraph, paragraph]);

        var clauses = SegmentationAssert.Segmented(document);

        Assert.Equal(ClauseKind.Preamble, clauses[0].Kind);
        Assert.Contains(clauses, c => c.Kind == ClauseKind.Section);
        Assert.True(clauses.Where(c => c.Kind == ClauseKind.Preamble).Max(c => c.ParagraphEnd) <= 2);
    }

    [Fact]
    public void BlankDocumentHasNoClauses()
    {
        Assert.Empty(new ClauseSegmenter().Segment(ContractDocument.FromParagraphs(["", "   ", "\t"])));
    }
}
