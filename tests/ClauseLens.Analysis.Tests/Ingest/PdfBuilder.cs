using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ClauseLens.Analysis.Tests.Ingest;

/// <summary>
/// Typesets small PDFs the way a word processor does, with a standard font: paragraphs are broken
/// into lines by measured width (a soft hyphen U+00AD marks where a word may be hyphenated), lines
/// flow on to a new page when one is full, and running headers and footers are stamped on every page.
/// </summary>
internal sealed class PdfBuilder(int linesPerPage = 40)
{
    private const double FontSize = 11;
    private const double Leading = 14;
    private const double Margin = 72;
    private const double ColumnWidth = 400;
    private readonly List<(string Text, double Indent, double GapBefore)> _lines = [];
    private readonly List<Func<int, int, string>> _headers = [];
    private readonly List<Func<int, int, string>> _footers = [];
    private readonly Func<string, double> _width = Measurer();

    /// <summary>A paragraph, wrapped to the column; optionally first-line indented and set apart by blank space.</summary>
    public PdfBuilder Paragraph(string text, double indent = 0, double gapBefore = 0)
    {
        var first = true;
        foreach (var line in Wrap(text, indent))
        {
            _lines.Add((line, first ? indent : 0, first ? gapBefore : 0));
            first = false;
        }

        return this;
    }

    /// <summary>A line placed as given, not wrapped.</summary>
    public PdfBuilder Line(string text, double indent = 0, double gapBefore = 0)
    {
        _lines.Add((text, indent, gapBefore));
        return this;
    }

    /// <summary>A running header; the function gets (page number, page count).</summary>
    public PdfBuilder Header(Func<int, int, string> text)
    {
        _headers.Add(text);
        return this;
    }

    public PdfBuilder Footer(Func<int, int, string> text)
    {
        _footers.Add(text);
        return this;
    }

    /// <summary>How many copies of <paramref name="word"/> fill one line of the column.</summary>
    public int WordsPerLine(string word)
    {
        var count = 1;
        while (_width(string.Join(' ', Enumerable.Repeat(word, count + 1))) <= ColumnWidth)
        {
            count++;
        }

        return count;
    }

    public byte[] Build()
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var pages = _lines.Chunk(linesPerPage).ToList();
        for (var p = 0; p < pages.Count; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            var top = page.PageSize.Height - Margin;
            var y = top + (Leading * 2);
            foreach (var header in _headers)
            {
                page.AddText(header(p + 1, pages.Count), 9, new PdfPoint(Margin, y), font);
                y -= Leading;
            }

            y = top;
            foreach (var (text, indent, gap) in pages[p])
            {
                y -= gap * Leading;
                page.AddText(text, FontSize, new PdfPoint(Margin + indent, y), font);
                y -= Leading;
            }

            var bottom = Margin - Leading;
            foreach (var footer in _footers)
            {
                page.AddText(footer(p + 1, pages.Count), 9, new PdfPoint(Margin + 200, bottom), font);
                bottom -= Leading;
            }
        }

        return builder.Build();
    }

    /// <summary>A PDF whose pages hold only a drawn shape: what a scan without OCR looks like to a text reader.</summary>
    public static byte[] WithoutText(int pages)
    {
        using var builder = new PdfDocumentBuilder();
        for (var i = 0; i < pages; i++)
        {
            builder.AddPage(PageSize.A4).DrawRectangle(new PdfPoint(100, 100), 200, 300);
        }

        return builder.Build();
    }

    // Greedy line breaking; a word that does not fit is hyphenated at a soft hyphen if its first part does.
    private List<string> Wrap(string text, double indent)
    {
        var lines = new List<string>();
        var line = string.Empty;
        var available = ColumnWidth - indent;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (_width(candidate.Replace("\u00AD", string.Empty)) <= available)
            {
                line = candidate;
                continue;
            }

            var rest = word;
            var hyphen = word.IndexOf('\u00AD');
            if (hyphen > 0 && _width(line + " " + word[..hyphen] + "-") <= available)
            {
                lines.Add(line + " " + word[..hyphen] + "-");
                rest = word[(hyphen + 1)..];
            }
            else if (line.Length > 0)
            {
                lines.Add(line);
            }

            line = rest;
            available = ColumnWidth;
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines.Select(l => l.Replace("\u00AD", string.Empty)).ToList();
    }

    // Helvetica as PdfPig writes it has no kerning, so a line's width is the sum of its words' widths
    // and spaces; caching per word keeps typesetting a long contract linear.
    private static Func<string, double> Measurer()
    {
        var scratch = new PdfDocumentBuilder();
        var font = scratch.AddStandard14Font(Standard14Font.Helvetica);
        var page = scratch.AddPage(PageSize.A4);
        var cache = new Dictionary<string, double>();
        double Measure(string text)
        {
            if (!cache.TryGetValue(text, out var width))
            {
                var letters = page.MeasureText(text, FontSize, new PdfPoint(0, 0), font);
                width = cache[text] = letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X;
            }

            return width;
        }

        var space = Measure("a a") - (2 * Measure("a"));
        return text =>
        {
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.Sum(Measure) + (space * Math.Max(0, words.Length - 1));
        };
    }
}
