using System.Text;

namespace ClauseLens.TestSupport.Hostile;

public static partial class HostileCorpus
{
    // PDF object graphs: deep arrays and dictionaries, reference cycles, deep page trees, huge
    // strings and counts, deep graphics state nesting.
    private static IEnumerable<HostileRequest> PdfGraphs(Random random)
    {
        foreach (var depth in new[] { 1_000, 10_000, 100_000 })
        {
            yield return Pdf($"pdf-graph:nested-arrays:{depth}", () => RawPdf.OnePage(RawPdf.TextStream([Sentence]), Repeat("[", depth) + Repeat("]", depth)));
            yield return Pdf($"pdf-graph:nested-dicts:{depth}", () => RawPdf.OnePage(RawPdf.TextStream([Sentence]), Repeat("<< /A ", depth) + "1" + Repeat(" >>", depth)));
            yield return Pdf($"pdf-graph:unclosed-arrays:{depth}", () => RawPdf.OnePage(RawPdf.TextStream([Sentence]), Repeat("[", depth)));
            yield return Pdf($"pdf-graph:resources-nested:{depth}", () => RawPdf.Build(
            [
                "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources " + Repeat("<< /X ", depth) + "1" + Repeat(" >>", depth) + " /Contents 4 0 R >>",
                $"<< /Length 20 >>\nstream\nBT (x) Tj ET        \nendstream",
            ]));
            yield return Pdf($"pdf-graph:q-nesting:{depth}", () => RawPdf.OnePage(Repeat("q ", depth) + RawPdf.TextStream([Sentence]) + Repeat(" Q", depth)));
            yield return Pdf($"pdf-graph:bt-nesting:{depth}", () => RawPdf.OnePage(Repeat("BT ", depth) + "/F1 11 Tf (x) Tj" + Repeat(" ET", depth)));
        }

        foreach (var depth in new[] { 100, 1_000, 5_000 })
        {
            // A page tree as deep as it is long: Pages -> Pages -> ... -> Page.
            yield return Pdf($"pdf-graph:deep-page-tree:{depth}", () =>
            {
                var objects = new List<string> { "<< /Type /Catalog /Pages 2 0 R >>" };
                for (var i = 0; i < depth; i++)
                {
                    objects.Add($"<< /Type /Pages /Kids [{i + 3} 0 R] /Count 1 {(i > 0 ? $"/Parent {i + 1} 0 R" : "")} >>");
                }

                objects.Add($"<< /Type /Page /Parent {depth + 1} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 {depth + 3} 0 R >> >> /Contents {depth + 4} 0 R >>");
                objects.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
                var text = RawPdf.TextStream([Sentence]);
                objects.Add($"<< /Length {text.Length} >>\nstream\n{text}\nendstream");
                return RawPdf.Build(objects);
            });
            yield return Pdf($"pdf-graph:reference-chain:{depth}", () =>
            {
                var objects = new List<string> { "<< /Type /Catalog /Pages 2 0 R /Chain 6 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
                    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", "<< /Length 14 >>\nstream\nBT (x) Tj ET\nendstream" };
                for (var i = 0; i < depth; i++)
                {
                    objects.Add($"<< /Next {i + 7} 0 R >>");
                }

                objects.Add("null");
                return RawPdf.Build(objects);
            });
        }

        // Cycles: a page tree that contains itself, a page whose parent is itself, a content stream array that repeats.
        yield return Pdf("pdf-graph:kids-cycle", () => RawPdf.Build(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>", "<< /Type /Pages /Kids [2 0 R] /Count 1 /Parent 2 0 R >>"]));
        yield return Pdf("pdf-graph:parent-cycle", () => RawPdf.Build(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 /Parent 3 0 R >>", "<< /Type /Page /Parent 2 0 R /Kids [2 0 R] >>"]));
        yield return Pdf("pdf-graph:self-reference", () => RawPdf.Build(["<< /Type /Catalog /Pages 1 0 R >>"]));
        yield return Pdf("pdf-graph:contents-repeated", () => RawPdf.Build(
        [
            "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents [" + Repeat("5 0 R ", 50_000) + "] >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", "<< /Length 40 >>\nstream\nBT /F1 11 Tf 60 790 Td (x) Tj ET          \nendstream",
        ]));
        foreach (var count in new[] { "999999999", "-1", "2147483648", "1e308" })
        {
            yield return Pdf($"pdf-graph:page-count:{count}", () => RawPdf.Build(["<< /Type /Catalog /Pages 2 0 R >>", $"<< /Type /Pages /Kids [3 0 R] /Count {count} >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"]));
        }

        // Long strings and many glyphs: one string of 1 MB (once 37-85 s), long words, many tiny lines.
        foreach (var kilobytes in new[] { 64, 256, 900 })
        {
            yield return Pdf($"pdf-long-string:{kilobytes}KB", () => RawPdf.OnePage($"BT /F1 11 Tf 60 790 Td ({Repeat("A", kilobytes * 1024)}) Tj ET"));
            yield return Pdf($"pdf-long-words:{kilobytes}KB", () => RawPdf.OnePage($"BT /F1 11 Tf 60 790 Td ({Repeat("abcdefgh ", kilobytes * 1024 / 9)}) Tj ET"));
            yield return Pdf($"pdf-many-lines:{kilobytes}KB", () => RawPdf.OnePage(RawPdf.TextStream(Enumerable.Repeat("x y", kilobytes * 1024 / 8))));
            yield return Pdf($"pdf-same-spot:{kilobytes}KB", () => RawPdf.OnePage("BT /F1 11 Tf " + Repeat("1 0 0 1 60 790 Tm (ab) Tj ", kilobytes * 1024 / 27) + "ET"));
            yield return Pdf($"pdf-hex-string:{kilobytes}KB", () => RawPdf.OnePage($"BT /F1 11 Tf 60 790 Td <{Repeat("41", kilobytes * 512)}> Tj ET"));
        }

        // Many pages, many objects, huge lengths, broken xref, random object soup.
        yield return Pdf("pdf-many-pages:3000", () =>
        {
            var objects = new List<string> { "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [" + string.Join(' ', Enumerable.Range(0, 3000).Select(i => $"{i + 5} 0 R")) + "] /Count 3000 >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", "<< /Length 30 >>\nstream\nBT /F1 11 Tf 60 790 Td (x) Tj ET\nendstream" };
            objects.AddRange(Enumerable.Range(0, 3000).Select(_ => "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"));
            return RawPdf.Build(objects);
        });
        foreach (var length in new[] { "999999999999", "-1", "0", "2147483647" })
        {
            yield return Pdf($"pdf-stream-length:{length}", () => Encoding.Latin1.GetBytes(
                $"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/Contents 4 0 R>>endobj\n4 0 obj<</Length {length}/Filter/FlateDecode>>stream\nxxxx\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF"));
        }

        for (var i = 0; i < 80; i++)
        {
            var seed = random.Next();
            yield return Pdf($"pdf-soup:{i}", () => PdfSoup(new Random(seed)));
        }
    }

    // Object streams (PDF 1.5): objects packed and compressed, parsed by PdfPig with the same
    // recursive parser as the rest of the file, so deep values hidden there must be found too; and the
    // ways a byte scan could lose count: depth reset by an "obj" or "stream" inside an open array.
    private static IEnumerable<HostileRequest> PdfObjectStreams()
    {
        var text = RawPdf.TextStream([Sentence]);
        yield return Pdf("pdf-objstm:plain", () => RawPdf.PageInObjectStream(text, ""));
        yield return Pdf("pdf-objstm:plain-untyped", () => RawPdf.PageInObjectStream(text, "", RawPdf.Packing.FlateUntyped));
        yield return Pdf("pdf-objstm:plain-stored", () => RawPdf.PageInObjectStream(text, "", RawPdf.Packing.Stored));
        foreach (var depth in new[] { 1_000, 10_000, 100_000, 1_000_000 })
        {
            foreach (var packing in new[] { RawPdf.Packing.Flate, RawPdf.Packing.Stored, RawPdf.Packing.FlateUntyped, RawPdf.Packing.FlateEscapedName })
            {
                var kind = packing.ToString().ToLowerInvariant();
                yield return Pdf($"pdf-objstm-arrays:{kind}:{depth}", () => RawPdf.PageInObjectStream(text, "/Deep " + Repeat("[", depth) + Repeat("]", depth), packing));
                yield return Pdf($"pdf-objstm-dicts:{kind}:{depth}", () => RawPdf.PageInObjectStream(text, "/Deep " + Repeat("<< /A ", depth) + "1" + Repeat(" >>", depth), packing));
            }

            yield return Pdf($"pdf-objstm-unclosed:{depth}", () => RawPdf.PageInObjectStream(text, "/Deep " + Repeat("[", depth)));
            yield return Pdf($"pdf-graph:obj-reset:{depth}", () => RawPdf.OnePage(text, Repeat(Repeat("[", 150) + " 9 0 obj ", Math.Max(1, depth / 150))));
            yield return Pdf($"pdf-graph:stream-reset:{depth}", () => RawPdf.OnePage(text, Repeat(Repeat("[", 150) + " stream\nx\nendstream ", Math.Max(1, depth / 150))));
        }

        // Compressed page contents: a few hundred KB that PdfPig would inflate to tens of MB of
        // operators, an object each (once 4 GB and over a minute for 100 MB); as a page's contents, as
        // contents dressed up as an image, and as a form the page draws.
        foreach (var megabytes in new[] { 20, 100 })
        {
            var bytes = megabytes * 1024 * 1024;
            var size = megabytes == 20 ? "20MB-decoded" : "100MB";
            yield return Pdf($"pdf-content-bomb:operators:{size}", () => RawPdf.OnePageCompressed("BT /F1 11 Tf " + Repeat("1 0 0 1 60 790 Tm (ab) Tj ", bytes / 27) + "ET"));
            yield return Pdf($"pdf-content-bomb:path:{size}", () => RawPdf.OnePageCompressed(text + " q " + Repeat("0 0 m ", bytes / 6) + "Q"));
            yield return Pdf($"pdf-content-bomb:spaces:{size}", () => RawPdf.OnePageCompressed(text + new string(' ', bytes)));
            yield return Pdf($"pdf-content-bomb:disguised:{size}", () => RawPdf.OnePageCompressed(text + " q " + Repeat("0 0 m ", bytes / 6) + "Q", "/Subtype /Image /Width 1 /Height 1 "));
            yield return Pdf($"pdf-content-bomb:form:{size}", () =>
            {
                var form = Encoding.Latin1.GetString(RawPdf.Zlib(Encoding.Latin1.GetBytes(Repeat("0 0 m ", bytes / 6))));
                return RawPdf.OnePageCompressed(text + " /X1 Do", "", $"<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Length {form.Length} /Filter /FlateDecode >>\nstream\n{form}\nendstream");
            });
        }

        yield return Pdf("pdf-objstm-hex:10000", () => RawPdf.PageInObjectStream(text, "/Deep " + Repeat("[", 10_000) + Repeat("]", 10_000), RawPdf.Packing.Hex));
        yield return Pdf("pdf-objstm-hex:plain", () => RawPdf.PageInObjectStream(text, "", RawPdf.Packing.Hex));
        yield return Pdf("pdf-objstm-garbled:10000", () => RawPdf.PageInObjectStream(text, "/Deep " + Repeat("[", 10_000) + Repeat("]", 10_000), RawPdf.Packing.Garbled));
        foreach (var megabytes in new[] { 20, 64 })
        {
            // A few hundred KB that inflate to tens of MB of one string.
            yield return Pdf($"pdf-objstm-bomb:{megabytes}MB", () => RawPdf.PageInObjectStream(text, "/Pad (" + Repeat("a", megabytes * 1024 * 1024) + ")"));
        }
    }

    private static HostileRequest Pdf(string name, Func<byte[]> bytes) => HostileRequest.Upload(name, "hostile.pdf", bytes);

    // Random objects that reference one another at random: cycles, wrong types, deep values.
    private static byte[] PdfSoup(Random random)
    {
        var count = random.Next(5, 200);
        var objects = new List<string> { "<< /Type /Catalog /Pages 2 0 R >>", $"<< /Type /Pages /Kids [{Ref(random, count)} {Ref(random, count)}] /Count {random.Next(-5, 100)} >>" };
        while (objects.Count < count)
        {
            objects.Add(random.Next(6) switch
            {
                0 => $"<< /Type /Page /Parent {Ref(random, count)} /Contents {Ref(random, count)} /Resources {Ref(random, count)} >>",
                1 => $"<< /Type /Pages /Kids [{Ref(random, count)} {Ref(random, count)}] /Count {random.Next(0, 10)} >>",
                2 => "[" + string.Join(' ', Enumerable.Range(0, random.Next(1, 20)).Select(_ => Ref(random, count))) + "]",
                3 => $"<< /Font << /F1 {Ref(random, count)} >> /XObject << /X {Ref(random, count)} >> >>",
                4 => $"<< /Length {random.Next(0, 100)} >>\nstream\nBT /F1 11 Tf ({Sentence}) Tj ET\nendstream",
                _ => Repeat("[", random.Next(1, 3000)),
            });
        }

        return RawPdf.Build(objects);
    }

    private static string Ref(Random random, int count) => $"{random.Next(1, count + 2)} 0 R";
}
