using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ClauseLens.TestSupport;

/// <summary>Real .docx and .pdf files made in memory for tests.</summary>
public static class TestDocuments
{
    /// <summary>A .docx whose body holds one Word paragraph per entry.</summary>
    public static byte[] Docx(IEnumerable<string> paragraphs)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(paragraphs.Select(text =>
                new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })))));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>
    /// A PDF with the paragraphs laid out as a word processor would: wrapped lines, a blank line
    /// between paragraphs, new pages as needed (Helvetica 11 pt on A4).
    /// </summary>
    public static byte[] Pdf(IEnumerable<string> paragraphs, int charactersPerLine = 90)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        PdfPageBuilder? page = null;
        double y = 0;
        const double top = 790, bottom = 60, lineHeight = 14;

        foreach (var paragraph in paragraphs)
        {
            foreach (var line in Wrap(paragraph, charactersPerLine))
            {
                if (page is null || y < bottom)
                {
                    page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
                    y = top;
                }

                page.AddText(line, 11, new PdfPoint(60, y), font);
                y -= lineHeight;
            }

            y -= lineHeight;
        }

        return builder.Build();
    }

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }
}
