using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ClauseLens.Analysis.Tests.Ingest;

/// <summary>Writes small PDFs with a standard font: each page a list of lines placed top-down.</summary>
internal sealed class PdfBuilder
{
    private const double FontSize = 11;
    private const double Leading = 14;
    private const double Margin = 72;
    private readonly List<List<(string Text, double Indent, double GapBefore)>> _pages = [];
    private readonly List<Func<int, int, string>> _headers = [];
    private readonly List<Func<int, int, string>> _footers = [];

    public PdfBuilder Page()
    {
        _pages.Add([]);
        return this;
    }

    /// <summary>A body line, optionally indented and after extra vertical space (in line heights).</summary>
    public PdfBuilder Line(string text, double indent = 0, double gapBefore = 0)
    {
        _pages[^1].Add((text, indent, gapBefore));
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

    public byte[] Build()
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var p = 0; p < _pages.Count; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            var top = page.PageSize.Height - Margin;
            var y = top + (Leading * 2);
            foreach (var header in _headers)
            {
                page.AddText(header(p + 1, _pages.Count), 9, new PdfPoint(Margin, y), font);
                y -= Leading;
            }

            y = top;
            foreach (var (text, indent, gap) in _pages[p])
            {
                y -= gap * Leading;
                page.AddText(text, FontSize, new PdfPoint(Margin + indent, y), font);
                y -= Leading;
            }

            var bottom = Margin - Leading;
            foreach (var footer in _footers)
            {
                page.AddText(footer(p + 1, _pages.Count), 9, new PdfPoint(Margin + 200, bottom), font);
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
}
