using System.Text;

namespace ClauseLens.Analysis.Ingest;

/// <summary>
/// Joins the lines of a PDF into paragraphs. A new paragraph starts after a vertical gap clearly
/// larger than the usual line spacing, at a first-line indent, after a line that ends a sentence
/// well short of the right margin, and at a numbered item or ALL-CAPS heading. A word hyphenated
/// across a line break is mended ("confi-" + "dential").
/// </summary>
internal static class PdfParagraphs
{
    /// <summary>The paragraph texts of <paramref name="pages"/>, in reading order.</summary>
    public static IEnumerable<string> Join(IReadOnlyList<IReadOnlyList<PdfTextLine>> pages)
    {
        var spacing = TypicalSpacing(pages);
        var right = pages.SelectMany(p => p).Select(l => l.Right).DefaultIfEmpty(0).Max();
        var paragraph = new StringBuilder();
        PdfTextLine? previous = null;
        foreach (var lines in pages)
        {
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                var next = i + 1 < lines.Count ? lines[i + 1] : null;
                var samePage = i > 0;
                if (previous is not null && StartsParagraph(previous, line, next, samePage, spacing, right))
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

    private static bool StartsParagraph(PdfTextLine previous, PdfTextLine line, PdfTextLine? next, bool samePage, double spacing, double right)
    {
        if (PlainTextIngest.StartsNumberedItem(line.Text) || PlainTextIngest.IsAllCapsHeading(line.Text)
            || PlainTextIngest.IsAllCapsHeading(previous.Text))
        {
            return true;
        }

        var endsSentence = previous.Text[^1] is '.' or ':' or ';' or '!' or '?';
        if (!samePage)
        {
            // Across a page break only the sentence tells: a paragraph may run on to the next page.
            return endsSentence;
        }

        var tolerance = 0.5 * Math.Min(previous.Height, line.Height);
        var gap = previous.Bottom - line.Bottom;
        if (gap > 1.4 * spacing || gap < 0)
        {
            return true;
        }

        // A first-line indent: this line is indented and the next one goes back to the margin
        // (a hanging indent keeps the next line indented too).
        if (line.Left > previous.Left + tolerance && (next is null || next.Left < line.Left - tolerance))
        {
            return true;
        }

        var textWidth = right - previous.Left;
        return endsSentence && previous.Right < right - (0.15 * textWidth);
    }

    // The most common baseline-to-baseline distance between consecutive lines of a page.
    private static double TypicalSpacing(IReadOnlyList<IReadOnlyList<PdfTextLine>> pages)
    {
        var gaps = pages
            .SelectMany(lines => lines.Zip(lines.Skip(1), (a, b) => Math.Round(a.Bottom - b.Bottom, 1)))
            .Where(g => g > 0)
            .ToList();
        return gaps.Count == 0
            ? double.MaxValue
            : gaps.GroupBy(g => g).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
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

        if (!(PlainTextIngest.IsCjk(paragraph[^1]) && PlainTextIngest.IsCjk(text[0])))
        {
            paragraph.Append(' ');
        }

        paragraph.Append(text);
    }
}
