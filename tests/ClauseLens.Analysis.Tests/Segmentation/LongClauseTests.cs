using ClauseLens.Analysis;
using ClauseLens.Analysis.Segmentation;

namespace ClauseLens.Analysis.Tests.Segmentation;

public sealed class LongClauseTests
{
    private const string Sentence = "The Licensee shall keep complete and accurate records of all sales of Products in the Territory. ";

    [Fact]
    public void LongSectionIsCutAtItsItemsAndEveryPartKeepsNumberAndHeading()
    {
        var items = string.Concat(Enumerable.Range(0, 12).Select(i => $"({(char)('a' + i)}) {string.Concat(Enumerable.Repeat(Sentence, 4))}"));
        var document = ContractDocument.FromParagraphs(["1. Scope. The Licensor grants a licence.", "1.2 Records and Audit. The Licensee agrees: " + items]);

        var clauses = SegmentationAssert.Segmented(document);

        var parts = clauses.Where(c => c.Number == "1.2").ToList();
        Assert.True(parts.Count >= 3, $"expected at least 3 parts, got {parts.Count}");
        Assert.All(parts, p => Assert.Equal("Records and Audit", p.Heading));
        Assert.All(parts, p => Assert.InRange(p.End - p.Start, 1, 2000));
        Assert.All(parts.Skip(1), p => Assert.Equal('(', document.Text[p.Start]));
    }

    [Fact]
    public void LongSectionWithoutItemsIsCutAtSentenceEnds()
    {
        var document = ContractDocument.FromParagraphs(["1. Records. " + string.Concat(Enumerable.Repeat(Sentence, 60))]);

        var clauses = SegmentationAssert.Segmented(document);

        Assert.True(clauses.Count >= 3);
        Assert.All(clauses, c => Assert.Equal(("1", "Records"), (c.Number, c.Heading)));
        Assert.All(clauses, c => Assert.InRange(c.End - c.Start, 200, 2000));
        Assert.All(clauses.Skip(1), c => Assert.Equal('.', document.Text[c.Start - 2]));
    }

    [Fact]
    public void TextWithoutSpacesIsStillCutToSize()
    {
        var document = ContractDocument.FromParagraphs(["第1条（目的）", new string('あ', 7000)]);

        var clauses = SegmentationAssert.Segmented(document);

        Assert.All(clauses, c => Assert.InRange(c.End - c.Start, 1, 2000));
        Assert.All(clauses, c => Assert.Equal("第1条", c.Number));
    }

    [Fact]
    public void FiveMegabyteSingleLineIsSegmentedWhole()
    {
        // One huge PDF line of sections, gaps, items and shouting text: the patterns are bounded,
        // so this finishes like any other input (speed itself is measured by segment-report, not here).
        const string chunk =
            "   SECTION 1   DEFINITIONS   1.1 \"Term\" shall mean (a) and (b) above; (c) the fee of 1.5 million.   " +
            "IN NO EVENT SHALL EITHER PARTY BE LIABLE.   (((((((((( ))))))))))   1.2 Scope. Section 3.2 of this Agreement applies.";
        var line = string.Concat(Enumerable.Repeat(chunk, 5_000_000 / chunk.Length + 1));
        var document = ContractDocument.FromParagraphs([line]);

        var clauses = SegmentationAssert.Segmented(document);

        Assert.All(clauses, c => Assert.InRange(c.End - c.Start, 1, 2000));
    }
}
