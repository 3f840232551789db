using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace ClauseLens.Analysis.Ingest;

/// <summary>
/// Reads a PDF's text layer with PdfPig: words from its nearest-neighbour word extractor, grouped
/// into lines by baseline, page headers, footers and page numbers dropped
/// (<see cref="PdfPageDecorations"/>), and lines joined into paragraphs (<see cref="PdfParagraphs"/>).
/// A single column is assumed: multi-column layouts read across the columns.
/// </summary>
internal sealed class PdfIngest(IngestLimits limits)
{
    /// <summary>Reads the PDF in <paramref name="content"/>.</summary>
    public ContractDocument Read(Stream content)
    {
        var bytes = BoundedRead.ToArray(content, limits);
        using var pdf = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        if (pdf.NumberOfPages > limits.MaxPdfPages)
        {
            throw new IngestException(IngestFailure.LimitExceeded,
                $"The .pdf file has more than {limits.MaxPdfPages} pages (limit MaxPdfPages).");
        }

        var pages = new List<IReadOnlyList<PdfTextLine>>(pdf.NumberOfPages);
        var characters = 0L;
        foreach (var page in pdf.GetPages())
        {
            var lines = LinesOf(page);
            characters += lines.Sum(l => (long)l.Text.Length);
            if (characters > limits.MaxCharacters)
            {
                throw ParagraphSink.TooManyCharacters(limits);
            }

            pages.Add(lines);
        }

        if (pages.All(p => p.Count == 0))
        {
            throw new IngestException(IngestFailure.Unreadable,
                "The .pdf file has no text layer (scanned?); ClauseLens needs a PDF with selectable text.");
        }

        var sink = new ParagraphSink(limits);
        foreach (var paragraph in PdfParagraphs.Join(PdfPageDecorations.Remove(pages)))
        {
            sink.Add(paragraph);
        }

        return sink.ToDocument();
    }

    // Words on one baseline (within half a line height) form a line; lines read top to bottom.
    private static List<PdfTextLine> LinesOf(Page page)
    {
        var words = NearestNeighbourWordExtractor.Instance.GetWords(page.Letters)
            .Where(w => !string.IsNullOrWhiteSpace(w.Text))
            .OrderByDescending(w => w.BoundingBox.Bottom)
            .ThenBy(w => w.BoundingBox.Left)
            .ToList();
        var lines = new List<PdfTextLine>();
        var current = new List<Word>();
        foreach (var word in words)
        {
            if (current.Count > 0 && !OnSameLine(current[0], word))
            {
                lines.Add(PdfTextLine.Of(current));
                current = [];
            }

            current.Add(word);
        }

        if (current.Count > 0)
        {
            lines.Add(PdfTextLine.Of(current));
        }

        return lines;
    }

    private static bool OnSameLine(Word first, Word word)
    {
        var height = Math.Max(Math.Min(first.BoundingBox.Height, word.BoundingBox.Height), 1);
        return Math.Abs(first.BoundingBox.Bottom - word.BoundingBox.Bottom) <= 0.5 * height;
    }
}

/// <summary>One line of text on a PDF page and where it sits (PDF units, y grows upwards).</summary>
internal sealed record PdfTextLine(string Text, double Left, double Right, double Bottom, double Height)
{
    /// <summary>The line made of <paramref name="words"/>, read left to right.</summary>
    public static PdfTextLine Of(IReadOnlyList<Word> words)
    {
        var ordered = words.OrderBy(w => w.BoundingBox.Left).ToList();
        var text = new StringBuilder();
        foreach (var word in ordered)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(word.Text);
        }

        return new PdfTextLine(
            text.ToString(),
            ordered.Min(w => w.BoundingBox.Left),
            ordered.Max(w => w.BoundingBox.Right),
            ordered.Min(w => w.BoundingBox.Bottom),
            Math.Max(ordered.Max(w => w.BoundingBox.Height), 1));
    }
}
