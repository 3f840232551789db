using ClauseLens.Analysis;
using ClauseLens.Analysis.Segmentation;

namespace ClauseLens.Analysis.Tests.Segmentation;

/// <summary>The invariants every segmentation must keep, whatever the document.</summary>
internal static class SegmentationAssert
{
    /// <summary>
    /// Clauses are in order, do not overlap, are numbered c1, c2, … and cover every non-white-space
    /// character of the document exactly once; paragraph indexes agree with the offsets. Returns a
    /// message naming the first broken rule (offsets only, never text), or null when all hold.
    /// </summary>
    public static string? Violation(ContractDocument document, IReadOnlyList<Clause> clauses)
    {
        var text = document.Text;
        var covered = 0;
        var previousEnd = 0;
        for (var i = 0; i < clauses.Count; i++)
        {
            var c = clauses[i];
            if (c.Id != $"c{i + 1}")
            {
                return $"clause {i} has id {c.Id}";
            }

            if (c.Start < previousEnd || c.End <= c.Start || c.End > text.Length)
            {
                return $"{c.Id} spans {c.Start}..{c.End} after previous end {previousEnd}";
            }

            for (var j = previousEnd; j < c.Start; j++)
            {
                if (!char.IsWhiteSpace(text[j]))
                {
                    return $"offset {j} before {c.Id} is in no clause";
                }
            }

            if (Paragraph(document, c.Start) != c.ParagraphStart || Paragraph(document, c.End - 1) != c.ParagraphEnd)
            {
                return $"{c.Id} paragraphs {c.ParagraphStart}..{c.ParagraphEnd} do not match its offsets";
            }

            if (char.IsWhiteSpace(text[c.Start]) || char.IsWhiteSpace(text[c.End - 1]))
            {
                return $"{c.Id} starts or ends with white space";
            }

            covered += c.End - c.Start;
            previousEnd = c.End;
        }

        for (var j = previousEnd; j < text.Length; j++)
        {
            if (!char.IsWhiteSpace(text[j]))
            {
                return $"offset {j} after the last clause is in no clause";
            }
        }

        return document.IsBlank == (clauses.Count == 0) ? null : "a blank document must give no clause and only a blank one";
    }

    public static void Holds(ContractDocument document, IReadOnlyList<Clause> clauses) =>
        Assert.Null(Violation(document, clauses));

    /// <summary>The default segmenter's clauses of <paramref name="document"/>, once the invariants are checked on them.</summary>
    public static IReadOnlyList<Clause> Segmented(ContractDocument document)
    {
        var clauses = new ClauseSegmenter().Segment(document);
        Holds(document, clauses);
        return clauses;
    }

    private static int Paragraph(ContractDocument document, int offset) =>
        document.Paragraphs.Last(p => p.Start <= offset).Index;
}
