using ClauseLens.Analysis;
using ClauseLens.Analysis.Segmentation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ClauseLens.Analysis.Tests.Segmentation;

/// <summary>Coverage and no-overlap hold for any document, not only the ones we thought of.</summary>
public sealed class SegmentationPropertyTests
{
    private static readonly string[] Fragments =
    [
        "1.", "1.1", "2.", "3.2", "(a)", "(ii)", "a)", "b.", "Section 3", "ARTICLE V", "Clause 7", "第5条", "（秘密保持）", "（１）", "①",
        "WHEREAS,", "RECITALS", "IN WITNESS WHEREOF", "By: ____", "EXHIBIT A", "別紙1", "GOVERNING LAW", "Confidentiality",
        "\"Term\" shall mean", "The Supplier shall pay.", "of this Agreement", "1.5 million", "   ", " ", "\t", ".", ";", ":",
        "Source: X", "7", "[***]", "the parties agree as follows:", "本契約は、", "。", "\u3000", "NOW, THEREFORE",
    ];

    private static Arbitrary<string[]> Documents()
    {
        var paragraph = Gen.Elements(Fragments).ListOf().Select(parts => string.Join(" ", parts));
        var noise = ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty);
        return Gen.Frequency((4, paragraph), (1, noise)).ListOf().Select(l => l.ToArray()).ToArbitrary();
    }

    [Property(MaxTest = 300)]
    public Property ClausesCoverEveryDocumentInOrderWithoutOverlap() =>
        Prop.ForAll(Documents(), paragraphs =>
        {
            var document = ContractDocument.FromParagraphs(paragraphs);
            var clauses = new ClauseSegmenter().Segment(document);
            return SegmentationAssert.Violation(document, clauses) is null
                && clauses.All(c => c.End - c.Start <= 2000);
        });

    [Fact]
    public void ControlWhiteSpaceAtParagraphEdgesStaysOutsideClauses()
    {
        // Found by the property above: a form feed opening a paragraph became a clause's first character.
        var document = ContractDocument.FromParagraphs(["\fD\u0006;9a J", "", "\u001cConfidentiality 第5条 IN WITNESS WHEREOF\u001f", "4", "\fb.\u001e"]);

        var clauses = SegmentationAssert.Segmented(document);
    }

    [Property(MaxTest = 100)]
    public Property LongRandomLinesAreCutToClassifierSize() =>
        Prop.ForAll(Gen.Elements(Fragments).ListOf(2000).Select(p => string.Join(" ", p)).ToArbitrary(), line =>
        {
            var document = ContractDocument.FromParagraphs([line]);
            var clauses = new ClauseSegmenter().Segment(document);
            return SegmentationAssert.Violation(document, clauses) is null && clauses.All(c => c.End - c.Start <= 2000);
        });
}
