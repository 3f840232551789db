using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace ClauseLens.Analysis.Ingest;

/// <summary>
/// Reads a .docx with the Open XML SDK: the body's paragraphs in order with Word's list numbers
/// rendered as text, each table row as one paragraph of its cells joined by " | ", tracked
/// insertions kept and deletions (and moved-away text) dropped. Headers, footers, footnotes,
/// comments, field codes, hidden text and text boxes are left out: they are not the contract's
/// running text. So are a table of contents and the explanatory notes of an annotated model
/// contract (<see cref="DocxCommentary"/>).
/// </summary>
internal sealed class DocxIngest(IngestLimits limits)
{
    private const string CellSeparator = " | ";

    /// <summary>Reads a .docx package after checking it is no zip bomb.</summary>
    public ContractDocument Read(Stream content, CancellationToken cancellationToken = default)
    {
        var package = BoundedRead.ToArray(content, limits);
        ZipBombGuard.Check(package, limits);
        XmlDepthGuard.Check(package, limits);

        // The SDK parses parts with DTD processing prohibited, so an entity-expansion bomb in a part
        // fails as an XmlException instead of expanding; MaxCharactersInPart bounds any one part.
        var settings = new OpenSettings
        {
            AutoSave = false,
            MaxCharactersInPart = Math.Max(limits.MaxUnpackedBytes, 1),
        };
        using var memory = new MemoryStream(package, writable: false);
        using var document = WordprocessingDocument.Open(memory, isEditable: false, settings);
        var main = document.MainDocumentPart
            ?? throw new IngestException(IngestFailure.Unreadable, "The .docx file could not be read: it has no main document part.");
        var body = main.Document?.Body
            ?? throw new IngestException(IngestFailure.Unreadable, "The .docx file could not be read: it has no document body.");

        cancellationToken.ThrowIfCancellationRequested();
        var sink = new ParagraphSink(limits, cancellationToken);
        new BodyWalker(new DocxNumbering(main), new DocxCommentary(main), sink).Blocks(body);
        return sink.ToDocument();
    }

    /// <summary>Walks block-level content (paragraphs, tables, content controls) in document order.</summary>
    private sealed class BodyWalker(DocxNumbering numbering, DocxCommentary commentary, ParagraphSink sink)
    {
        public void Blocks(OpenXmlElement container)
        {
            foreach (var element in container.ChildElements)
            {
                switch (element)
                {
                    case WordParagraph paragraph:
                        var text = ParagraphText(paragraph);
                        if (!commentary.Skips(paragraph, text))
                        {
                            sink.Add(text);
                        }

                        break;
                    case Table when commentary.SkipsTable:
                        break;
                    case Table table:
                        foreach (var row in table.Elements<TableRow>())
                        {
                            sink.Add(RowText(row));
                        }

                        break;
                    case SdtBlock or SdtContentBlock or CustomXmlBlock or InsertedRun:
                        Blocks(element);
                        break;
                }
            }
        }

        private string ParagraphText(WordParagraph paragraph)
        {
            var text = new StringBuilder(numbering.Next(paragraph));
            Inline(paragraph, text);
            return text.ToString();
        }

        private string RowText(TableRow row)
        {
            var cells = new List<string>();
            foreach (var cell in row.Descendants<TableCell>().Where(c => c.Ancestors<TableRow>().First() == row))
            {
                var parts = new List<string>();
                foreach (var element in cell.ChildElements)
                {
                    if (element is WordParagraph paragraph)
                    {
                        parts.Add(ParagraphText(paragraph).Trim());
                    }
                    else if (element is Table nested)
                    {
                        parts.AddRange(nested.Elements<TableRow>().Select(RowText));
                    }
                }

                var text = string.Join(' ', parts.Where(p => p.Length > 0));
                if (text.Length > 0)
                {
                    cells.Add(text);
                }
            }

            return string.Join(CellSeparator, cells);
        }

        // Inline content in document order; the cases name what Word shows and what it does not.
        private static void Inline(OpenXmlElement element, StringBuilder text)
        {
            foreach (var child in element.ChildElements)
            {
                switch (child)
                {
                    case Text t:
                        text.Append(t.Text);
                        break;
                    case TabChar or PositionalTab or Break or CarriageReturn:
                        text.Append(' ');
                        break;
                    case NoBreakHyphen:
                        text.Append('-');
                        break;
                    case ParagraphProperties or RunProperties or DeletedRun or MoveFromRun or DeletedText
                        or FieldCode or DeletedFieldCode or Drawing or Picture or EmbeddedObject
                        or AlternateContent or FootnoteReference or EndnoteReference or CommentReference:
                        break;
                    case Run run when IsHidden(run):
                        break;
                    default:
                        Inline(child, text);
                        break;
                }
            }
        }

        private static bool IsHidden(Run run) =>
            run.RunProperties?.Vanish is { } vanish && (vanish.Val?.Value ?? true);
    }
}
