using System.IO.Compression;
using System.Text;

namespace ClauseLens.TestSupport.Hostile;

/// <summary>
/// .docx packages written by hand, part by part, so a test can put anything in <c>document.xml</c>
/// and <c>numbering.xml</c> (the Open XML SDK would refuse to write most hostile shapes).
/// </summary>
public static class RawDocx
{
    /// <summary>The WordprocessingML namespace declaration for a root element.</summary>
    public const string Ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    /// <summary>A package whose body is <paramref name="bodyXml"/> (inside w:body), with an optional numbering part.</summary>
    public static byte[] Package(string bodyXml, string? numberingXml = null, CompressionLevel level = CompressionLevel.Fastest) =>
        Package(w => w.Write(bodyXml), numberingXml, level);

    /// <summary>A package whose body is written by <paramref name="writeBody"/> (for bodies too large to hold as one string).</summary>
    public static byte[] Package(Action<TextWriter> writeBody, string? numberingXml = null, CompressionLevel level = CompressionLevel.Fastest)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>" +
                "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>" +
                "</Types>", CompressionLevel.Fastest);
            Entry(zip, "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>" +
                "</Relationships>", CompressionLevel.Fastest);
            if (numberingXml is not null)
            {
                Entry(zip, "word/_rels/document.xml.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>" +
                    "</Relationships>", CompressionLevel.Fastest);
                Entry(zip, "word/numbering.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering " + Ns + ">" + numberingXml + "</w:numbering>", CompressionLevel.Fastest);
            }

            using var document = new StreamWriter(zip.CreateEntry("word/document.xml", level).Open(), new UTF8Encoding(false));
            document.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + Ns + "><w:body>");
            writeBody(document);
            document.Write("</w:body></w:document>");
        }

        return stream.ToArray();
    }

    /// <summary>A numbered paragraph of list <paramref name="numId"/> at level <paramref name="level"/>.</summary>
    public static string NumberedParagraph(int numId, int level, string text) =>
        $"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{numId}\"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>";

    /// <summary>An abstract list with one level and a num pointing at it (numId 1).</summary>
    public static string Numbering(string start, string format, string levelText, string extraLevelXml = "") =>
        $"<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"{start}\"/><w:numFmt w:val=\"{format}\"/>" +
        $"<w:lvlText w:val=\"{levelText}\"/>{extraLevelXml}</w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";

    private static void Entry(ZipArchive zip, string name, string text, CompressionLevel level)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, level).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
