using System.Text;

namespace ClauseLens.Analysis.Ingest;

/// <summary>
/// Joins the lines of a PDF into paragraphs. Text is set in full lines until a paragraph ends, so a
/// line with room left for the next line's first word ends its paragraph; so does a vertical gap
/// clearly larger than the usual line spacing, a first-line indent, or a short ALL-CAPS heading.
/// A line that reaches the margin carries on into the next one even when that one opens with
/// "(ii)": inline enumerations wrap onto new lines all the time. A word hyphenated across a line
/// break is mended ("confi-" + "dential").
/// </summary>
internal static class PdfParagraphs
{
    /// <summary>The paragraph texts of <paramref name="pages"/>, in reading order.</summary>
    public static IEnumerable<string> Join(IReadOnlyList<IReadOnlyList<PdfTextLine>> pages)
    {
        var layout = new Layout(pages);
        var paragraph = new StringBuilder();
        PdfTextLine? previous = null;
        foreach (var lines in pages)
        {
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                var next = i + 1 < lines.Count ? lines[i + 1] : null;
                if (previous is not null && layout.StartsParagraph(previous, line, next, samePage: i > 0))
                {
                    yield return paragraph.ToString();
                    paragraph.Clear();
                }

                Append(paragraph, line.Text);
                previous = line;
            }
        }

        if (paragraph.Length > 0)
        {
            yield return paragraph.ToString();
        }
    }

    /// <summary>The measures of the document's text block: usual line spacing and margins.</summary>
    private sealed class Layout(IReadOnlyList<IReadOnlyList<PdfTextLine>> pages)
    {
        private readonly double _spacing = TypicalSpacing(pages);
        private readonly double _right = pages.SelectMany(p => p).Select(l => l.Right).DefaultIfEmpty(0).Max();

        public bool StartsParagraph(PdfTextLine previous, PdfTextLine line, PdfTextLine? next, bool samePage)
        {
            if (PlainTextIngest.IsAllCapsHeading(line.Text) || PlainTextIngest.IsAllCapsHeading(previous.Text))
            {
                return true;
            }

            if (!IsWrappedBefore(previous, line))
            {
                return true;
            }

            if (!samePage)
            {
                // Across a page break a full line runs on: the paragraph continues on the next page.
                return false;
            }

            var gap = previous.Baseline - line.Baseline;
            if (gap > 1.4 * _spacing || gap < 0)
            {
                return true;
            }

            // A first-line indent: this line is indented and the next one goes back to the margin
            // (a hanging indent keeps the next line indented too).
            var tolerance = 0.5 * Math.Min(previous.Height, line.Height);
            return line.Left > previous.Left + tolerance && next is not null && next.Left < line.Left - tolerance;
        }

        // Line breaking moves a word down only when it does not fit, so if the next line's first word
        // (and a space, about a quarter of the font height) would have fitted, the line ended by choice.
        private bool IsWrappedBefore(PdfTextLine previous, PdfTextLine line) =>
            previous.Right + (0.25 * previous.Height) + line.FirstWordWidth > _right - (0.5 * previous.Height) || previous.Left > _right;

        // The most common baseline-to-baseline distance between consecutive lines of a page.
        private static double TypicalSpacing(IReadOnlyList<IReadOnlyList<PdfTextLine>> pages)
        {
            var gaps = pages
                .SelectMany(lines => lines.Zip(lines.Skip(1), (a, b) => Math.Round(a.Baseline - b.Baseline, 1)))
                .Where(g => g > 0)
                .ToList();
            return gaps.Count == 0
                ? double.MaxValue
                : gaps.GroupBy(g => g).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        }
    }
    private static void Append(StringBuilder paragraph, string text)
    {
        if (paragraph.Length == 0)
        {
            paragraph.Append(text);
            return;
        }

        // "confi-" + "dential": a hyphen after a letter at the end of a line, before a lower-case letter.
        if (paragraph.Length >= 2 && paragraph[^1] == '-' && char.IsLetter(paragraph[^2]) && char.IsLower(text[0]))
        {
            paragraph.Length--;
            paragraph.Append(text);
            return;
        }

        if (!(Analysis.Writing.Scripts.IsEastAsianWide(paragraph[^1]) && Analysis.Writing.Scripts.IsEastAsianWide(text[0])))
        {
            paragraph.Append(' ');
        }

        paragraph.Append(text);
    }
}
