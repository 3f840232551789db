namespace ClauseLens.Analysis.Segmentation;

/// <summary>
/// Splits a contract into clauses: preamble, recitals, definitions, numbered or headed sections,
/// signature block and schedules. Works on Word paragraphs, clean text and PDF extractions that put
/// a whole page on one line; headings found inside a paragraph split it. Long sections are cut into
/// parts of classifier size that keep the section's number and heading. Linear in the document's
/// length; it never logs or quotes the contract.
/// </summary>
public sealed class ClauseSegmenter
{
    /// <summary>The clauses of <paramref name="document"/> in document order, covering its text.</summary>
    /// <remarks>
    /// Clauses do not overlap, and every non-white-space character of the document lies in exactly
    /// one clause. Offsets leave out white space at either end of a clause.
    /// </remarks>
    public IReadOnlyList<Clause> Segment(ContractDocument document) => Segment(document, CancellationToken.None);

    /// <summary>
    /// The clauses of <paramref name="document"/>, stopping with an <see cref="OperationCanceledException"/>
    /// at the next paragraph or section once <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public IReadOnlyList<Clause> Segment(ContractDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.IsBlank)
        {
            return [];
        }

        var drafts = new ClauseAssembler(document).Assemble(cancellationToken);
        var paragraphStarts = document.Paragraphs.Select(p => p.Start).ToArray();
        var clauses = new List<Clause>(drafts.Count);
        foreach (var draft in drafts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (draft.End <= draft.Start)
            {
                continue;
            }

            foreach (var (start, end) in ClauseSizer.Parts(document.Text, draft, ParagraphStartsWithin(paragraphStarts, draft)))
            {
                clauses.Add(new Clause(
                    $"c{clauses.Count + 1}",
                    draft.Number,
                    draft.Heading,
                    draft.Kind,
                    ParagraphAt(paragraphStarts, start),
                    ParagraphAt(paragraphStarts, end - 1),
                    start,
                    end));
            }
        }

        return clauses;
    }

    private static ArraySegment<int> ParagraphStartsWithin(int[] starts, ClauseDraft draft)
    {
        var first = ParagraphAt(starts, draft.Start);
        var last = ParagraphAt(starts, draft.End - 1);
        return new ArraySegment<int>(starts, first, last - first + 1);
    }

    /// <summary>Index of the paragraph holding <paramref name="offset"/>.</summary>
    private static int ParagraphAt(int[] starts, int offset)
    {
        var i = Array.BinarySearch(starts, offset);
        if (i < 0)
        {
            i = ~i - 1;
        }

        return i;
    }
}
