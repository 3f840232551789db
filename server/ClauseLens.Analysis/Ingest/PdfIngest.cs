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
    /// <remarks>Stops at the next page (and between the pre-scan's object streams) once <paramref name="cancellationToken"/> is cancelled.</remarks>
    public ContractDocument Read(Stream content, CancellationToken cancellationToken = default)
    {
        var bytes = BoundedRead.ToArray(content, limits);
        PdfDepthScan.Check(bytes, limits, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        using var pdf = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        if (pdf.NumberOfPages > limits.MaxPdfPages)
        {
            throw new IngestException(IngestFailure.LimitExceeded,
                $"The .pdf file has more than {limits.MaxPdfPages} pages (limit MaxPdfPages).");
        }

        PdfContentBound.Check(pdf, limits, cancellationToken);

        var pages = new List<IReadOnlyList<PdfTextLine>>(pdf.NumberOfPages);
        var characters = 0L;
        foreach (var page in pdf.GetPages())
        {
            // A page past the glyph limit is refused as such even when loading it used up the time
            // budget: the limit says what is wrong with the file, the budget only how busy we are.
            // The word extractor compares letters with their neighbours: a page of a million glyphs
            // (one 1 MB string) would run for a minute. A dense real page has a few thousand.
            if (page.Letters.Count > limits.MaxPdfGlyphsPerPage)
            {
                throw new IngestException(IngestFailure.TooComplex,
                    $"A page of the .pdf file has more than {limits.MaxPdfGlyphsPerPage} characters (limit MaxPdfGlyphsPerPage).");
            }

            cancellationToken.ThrowIfCancellationRequested();
            var lines = LinesOf(page.Letters);
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

        var sink = new ParagraphSink(limits, cancellationToken);
        foreach (var paragraph in PdfParagraphs.Join(PdfPageDecorations.Remove(pages)))
        {
            sink.Add(paragraph);
        }

        return sink.ToDocument();
    }

    // Words on one baseline (within a third of a line height) form a line; lines read top to
    // bottom. Baselines rather than bounding boxes, because descenders (g, p, y) move a box's bottom.
    private static List<PdfTextLine> LinesOf(IReadOnlyList<Letter> letters)
    {
        var words = NearestNeighbourWordExtractor.Instance.GetWords(Distinct(letters))
            .Where(w => !string.IsNullOrWhiteSpace(w.Text))
            .OrderByDescending(PdfTextLine.BaselineOf)
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

    // The same glyph printed again on the same spot adds nothing a reader sees, but the word
    // extractor's neighbour search slows to the square of a pile of them (thousands of glyphs on one
    // spot took minutes): keep one of each.
    private static List<Letter> Distinct(IReadOnlyList<Letter> letters)
    {
        var seen = new HashSet<(string, long, long)>();
        var kept = new List<Letter>(letters.Count);
        foreach (var letter in letters)
        {
            if (seen.Add((letter.Value, (long)Math.Round(letter.StartBaseLine.X * 10), (long)Math.Round(letter.StartBaseLine.Y * 10))))
            {
                kept.Add(letter);
            }
        }

        return kept;
    }

    private static bool OnSameLine(Word first, Word word)
    {
        var height = Math.Max(Math.Min(first.BoundingBox.Height, word.BoundingBox.Height), 1);
        return Math.Abs(PdfTextLine.BaselineOf(first) - PdfTextLine.BaselineOf(word)) <= height / 3;
    }
}

/// <summary>One line of text on a PDF page and where it sits (PDF units, y grows upwards).</summary>
/// <param name="Text">The words of the line, left to right, separated by single spaces.</param>
/// <param name="Left">Left edge of the first word.</param>
/// <param name="Right">Right edge of the last word.</param>
/// <param name="Baseline">The y of the line's baseline.</param>
/// <param name="Height">The tallest word's height, a stand-in for the font size.</param>
/// <param name="FirstWordWidth">Width of the line's first word: whether it would have fitted on the line above tells a wrap from a paragraph end.</param>
internal sealed record PdfTextLine(string Text, double Left, double Right, double Baseline, double Height, double FirstWordWidth)
{
    /// <summary>The y of the baseline the word's first glyph sits on.</summary>
    public static double BaselineOf(Word word) =>
        word.Letters.Count > 0 ? word.Letters[0].StartBaseLine.Y : word.BoundingBox.Bottom;

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
            ordered.Average(BaselineOf),
            Math.Max(ordered.Max(w => w.BoundingBox.Height), 1),
            ordered[0].BoundingBox.Width);
    }
}
