using System.IO.Compression;

namespace ClauseLens.TestSupport.Hostile;

public static partial class HostileCorpus
{
    private const string Run = "<w:r><w:t>" + Sentence + "</w:t></w:r>";

    // Deeply nested inline and block content; the 2 KB file of 16,500 hyperlinks once killed the process.
    private static IEnumerable<HostileRequest> DocxNesting()
    {
        (string Name, string Open, string Close, bool Block)[] shapes =
        [
            ("hyperlink", "<w:hyperlink>", "</w:hyperlink>", false),
            ("sdt-inline", "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", false),
            ("sdt-block", "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", true),
            ("smartTag", "<w:smartTag w:uri=\"u\" w:element=\"e\">", "</w:smartTag>", false),
            ("customXml-inline", "<w:customXml w:element=\"e\">", "</w:customXml>", false),
            ("customXml-block", "<w:customXml w:element=\"e\">", "</w:customXml>", true),
            ("ins", "<w:ins w:id=\"1\" w:author=\"a\">", "</w:ins>", false),
            ("fldSimple", "<w:fldSimple w:instr=\"X\">", "</w:fldSimple>", false),
            ("dir", "<w:dir w:val=\"rtl\">", "</w:dir>", false),
            ("table", "<w:tbl><w:tr><w:tc>", "<w:p/></w:tc></w:tr></w:tbl>", true),
        ];
        int[] depths = [100, 1_000, 5_000, 12_000, 16_500, 40_000];
        foreach (var (name, open, close, block) in shapes)
        {
            foreach (var depth in depths)
            {
                yield return HostileRequest.Upload($"docx-nesting:{name}:{depth}", "deep.docx", () => RawDocx.Package(block
                    ? Repeat(open, depth) + "<w:p>" + Run + "</w:p>" + Repeat(close, depth)
                    : "<w:p>" + Repeat(open, depth) + Run + Repeat(close, depth) + "</w:p>"));
            }
        }

        // Deep nesting in the numbering part, which is read before the body.
        foreach (var depth in new[] { 1_000, 20_000 })
        {
            yield return HostileRequest.Upload($"docx-nesting:numbering-part:{depth}", "deep.docx", () => RawDocx.Package(
                RawDocx.NumberedParagraph(1, 0, Sentence),
                RawDocx.Numbering("1", "decimal", "%1.", Repeat("<w:rPr>", depth) + Repeat("</w:rPr>", depth))));
        }

        // The same nesting as a document of a batch: the worker must fail it, not die with it.
        foreach (var (name, open, close, _) in shapes.Take(3))
        {
            yield return HostileRequest.Upload($"docx-nesting-batch:{name}:20000", "deep.docx",
                () => RawDocx.Package("<w:p>" + Repeat(open, 20_000) + Run + Repeat(close, 20_000) + "</w:p>"), "/api/batches");
        }
    }

    // List numbering with absurd starts, formats and level texts.
    private static IEnumerable<HostileRequest> DocxNumbering(Random random)
    {
        string[] formats = ["decimal", "lowerLetter", "upperLetter", "lowerRoman", "upperRoman", "decimalFullWidth", "ideographDigital", "japaneseCounting", "decimalEnclosedCircle", "decimalZero", "bullet", "cardinalText"];
        string[] starts = ["2000000000", "2147483647", "-2147483648", "-5", "0", "99999999999", "1000000"];
        string[] texts = ["%1", "%1.", Repeat("%1", 9), Repeat("%1%2%3%4%5%6%7%8%9", 20), Repeat("x", 10_000), "%", "%0%a%%", Repeat("%9", 500)];
        foreach (var format in formats)
        {
            foreach (var start in starts)
            {
                var text = texts[random.Next(texts.Length)];
                yield return HostileRequest.Upload($"docx-numbering:{format}:{start}:{text.Length}", "list.docx", () => RawDocx.Package(
                    Repeat(RawDocx.NumberedParagraph(1, 0, Sentence), 3), RawDocx.Numbering(start, format, text)));
            }

            foreach (var text in texts)
            {
                yield return HostileRequest.Upload($"docx-numbering-text:{format}:{text.Length}", "list.docx", () => RawDocx.Package(
                    Repeat(RawDocx.NumberedParagraph(1, 0, Sentence), 3), RawDocx.Numbering("2000000000", format, text)));
            }
        }

        // The 1.8 KB file that once took the process from 3 to 7 GB: lowerLetter from 2,000,000,000, "%1" nine times.
        yield return HostileRequest.Upload("docx-numbering:the-7gb-file", "list.docx", () => RawDocx.Package(
            Repeat(RawDocx.NumberedParagraph(1, 0, "x"), 40), RawDocx.Numbering("2000000000", "lowerLetter", Repeat("%1", 9))));

        // Many paragraphs of one list, and overrides with huge starts on every level.
        yield return HostileRequest.Upload("docx-numbering:many-items:30000", "list.docx", () => RawDocx.Package(
            Repeat(RawDocx.NumberedParagraph(1, 0, "x"), 30_000), RawDocx.Numbering("1", "lowerLetter", "%1.")));
        for (var i = 0; i < 40; i++)
        {
            var level = random.Next(0, 9);
            var start = random.NextInt64(-3_000_000_000, 3_000_000_000);
            var format = formats[random.Next(formats.Length)];
            var levels = string.Concat(Enumerable.Range(0, 9).Select(l =>
                $"<w:lvl w:ilvl=\"{l}\"><w:start w:val=\"{N(start)}\"/><w:numFmt w:val=\"{format}\"/><w:lvlText w:val=\"{Repeat("%" + (l + 1), 30)}\"/></w:lvl>"));
            var numbering = $"<w:abstractNum w:abstractNumId=\"0\">{levels}</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/>" +
                $"<w:lvlOverride w:ilvl=\"{level}\"><w:startOverride w:val=\"{N(start)}\"/></w:lvlOverride></w:num>";
            yield return HostileRequest.Upload($"docx-numbering-levels:{i}:{format}", "list.docx", () => RawDocx.Package(
                string.Concat(Enumerable.Range(0, 9).Select(l => RawDocx.NumberedParagraph(1, l, "x"))), numbering));
        }
    }

    // Packages that unpack far beyond their size.
    private static IEnumerable<HostileRequest> DocxSize()
    {
        foreach (var megabytes in new[] { 10, 50, 100 })
        {
            // Runs of one paragraph each: the 292 KB file that unpacks to 100 MB.
            yield return HostileRequest.Upload($"docx-size:paragraphs:{megabytes}MB", "big.docx", () => RawDocx.Package(w =>
            {
                var paragraph = "<w:p>" + Run + "</w:p>";
                for (long written = 0; written < megabytes * 1024L * 1024; written += paragraph.Length)
                {
                    w.Write(paragraph);
                }
            }, level: CompressionLevel.SmallestSize));
            yield return HostileRequest.Upload($"docx-size:one-run:{megabytes}MB", "big.docx", () => RawDocx.Package(w =>
            {
                w.Write("<w:p><w:r><w:t>");
                var chunk = Repeat("A", 1024 * 1024);
                for (var i = 0; i < megabytes; i++)
                {
                    w.Write(chunk);
                }

                w.Write("</w:t></w:r></w:p>");
            }, level: CompressionLevel.SmallestSize));
            yield return HostileRequest.Upload($"docx-size:attributes:{megabytes}MB", "big.docx", () => RawDocx.Package(w =>
            {
                w.Write("<w:p><w:r><w:t xml:space=\"preserve\" ");
                for (var i = 0; i < megabytes * 40_000; i++)
                {
                    w.Write($"a{i}=\"{Repeat("v", 16)}\" ");
                }

                w.Write(">x</w:t></w:r></w:p>");
            }, level: CompressionLevel.SmallestSize));
        }
    }
}
