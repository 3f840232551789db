using System.IO.Compression;
using System.Text;

namespace ClauseLens.TestSupport.Hostile;

/// <summary>PDF files written object by object, so a test can make any object graph (deep, cyclic, huge).</summary>
public static class RawPdf
{
    /// <summary>
    /// A PDF of <paramref name="objects"/> (object i+1 is objects[i], without "obj"/"endobj"), with an
    /// xref table and a trailer whose root is object 1.
    /// </summary>
    public static byte[] Build(IReadOnlyList<string> objects)
    {
        var body = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(body.ToString()));
            body.Append(i + 1).Append(" 0 obj\n").Append(objects[i]).Append("\nendobj\n");
        }

        var xref = Encoding.Latin1.GetByteCount(body.ToString());
        body.Append("xref\n0 ").Append(objects.Count + 1).Append("\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            body.Append(offset.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        body.Append("trailer\n<< /Size ").Append(objects.Count + 1).Append(" /Root 1 0 R >>\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        return Encoding.Latin1.GetBytes(body.ToString());
    }

    /// <summary>A one-page PDF whose page content stream is <paramref name="content"/> (Helvetica as F1), plus any extra objects.</summary>
    public static byte[] OnePage(string content, params string[] extra)
    {
        List<string> objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            $"<< /Length {Encoding.Latin1.GetByteCount(content)} >>\nstream\n{content}\nendstream",
        ];
        objects.AddRange(extra);
        return Build(objects);
    }

    /// <summary>
    /// A one-page PDF whose page content stream is <paramref name="content"/> compressed (FlateDecode),
    /// its dictionary given <paramref name="dictionaryExtra"/> (e.g. a false /Subtype /Image), plus any extra objects.
    /// </summary>
    public static byte[] OnePageCompressed(string content, string dictionaryExtra = "", params string[] extra)
    {
        var packed = Encoding.Latin1.GetString(Zlib(Encoding.Latin1.GetBytes(content)));
        List<string> objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /X1 6 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            $"<< /Length {packed.Length} /Filter /FlateDecode {dictionaryExtra}>>\nstream\n{packed}\nendstream",
        ];
        objects.AddRange(extra);
        return Build(objects);
    }

    /// <summary>A text-showing content stream: each line at its own baseline.</summary>
    public static string TextStream(IEnumerable<string> lines)
    {
        var content = new StringBuilder("BT /F1 11 Tf 60 790 Td 14 TL\n");
        foreach (var line in lines)
        {
            content.Append('(').Append(line.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)")).Append(") '\n");
        }

        return content.Append("ET").ToString();
    }

    /// <summary>How the objects of an object stream are stored.</summary>
    public enum Packing
    {
        /// <summary>/Type /ObjStm, FlateDecode: what PDF writers produce.</summary>
        Flate,
        /// <summary>/Type /ObjStm, no filter.</summary>
        Stored,
        /// <summary>FlateDecode, no /Type (PdfPig reads an object stream by its /N and /First alone).</summary>
        FlateUntyped,
        /// <summary>FlateDecode, the type's name spelt with an escape (/Obj#53tm is /ObjStm).</summary>
        FlateEscapedName,
        /// <summary>ASCIIHexDecode: an encoding the pre-scan does not unpack.</summary>
        Hex,
        /// <summary>FlateDecode over bytes that do not inflate, as an encrypted object stream looks to the pre-scan.</summary>
        Garbled,
    }

    /// <summary>
    /// A one-page PDF 1.5 whose page object sits in a compressed object stream with an xref stream,
    /// as Word and Acrobat write them: <paramref name="pageExtra"/> is added to the page dictionary
    /// (a deep value, say), so reading the page makes PdfPig parse the object stream.
    /// </summary>
    public static byte[] PageInObjectStream(string content, string pageExtra, Packing packing = Packing.Flate)
    {
        var page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R " + pageExtra + " >>";
        var font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
        var header = $"3 0 4 {Encoding.Latin1.GetByteCount(page) + 1} ";
        var packed = Encoding.Latin1.GetBytes(header + page + " " + font);
        var (data, filter) = packing switch
        {
            Packing.Stored => (packed, ""),
            Packing.Hex => (Encoding.ASCII.GetBytes(Convert.ToHexString(packed) + ">"), "/Filter /ASCIIHexDecode "),
            Packing.Garbled => ([0x78, 0x9C, .. Enumerable.Repeat((byte)0xFF, 64), .. packed], "/Filter /FlateDecode "),
            _ => (Zlib(packed), "/Filter /FlateDecode "),
        };
        var type = packing switch
        {
            Packing.FlateUntyped => "",
            Packing.FlateEscapedName => "/Type /Obj#53tm ",
            _ => "/Type /ObjStm ",
        };

        using var file = new MemoryStream();
        var offsets = new long[9];
        void Write(string text) => file.Write(Encoding.Latin1.GetBytes(text));
        void Object(int number, string body)
        {
            offsets[number] = file.Position;
            Write($"{number} 0 obj\n{body}\nendobj\n");
        }

        Write("%PDF-1.5\n");
        Object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object(5, $"<< /Length {Encoding.Latin1.GetByteCount(content)} >>\nstream\n{content}\nendstream");
        offsets[6] = file.Position;
        Write($"6 0 obj\n<< {type}/N 2 /First {header.Length} {filter}/Length {data.Length} >>\nstream\n");
        file.Write(data);
        Write("\nendstream\nendobj\n");

        // The xref stream: type 1 (offset) or 2 (object stream, index) per object, /W [1 4 2].
        offsets[8] = file.Position;
        var entries = new MemoryStream();
        void Entry(int kind, long field2, int field3)
        {
            entries.WriteByte((byte)kind);
            entries.Write([(byte)(field2 >> 24), (byte)(field2 >> 16), (byte)(field2 >> 8), (byte)field2]);
            entries.Write([(byte)(field3 >> 8), (byte)field3]);
        }

        Entry(0, 0, 65535);
        Entry(1, offsets[1], 0);
        Entry(1, offsets[2], 0);
        Entry(2, 6, 0);
        Entry(2, 6, 1);
        Entry(1, offsets[5], 0);
        Entry(1, offsets[6], 0);
        Entry(0, 0, 0);
        Entry(1, offsets[8], 0);
        Write($"8 0 obj\n<< /Type /XRef /Size 9 /W [1 4 2] /Root 1 0 R /Length {entries.Length} >>\nstream\n");
        file.Write(entries.ToArray());
        Write($"\nendstream\nendobj\nstartxref\n{offsets[8]}\n%%EOF\n");
        return file.ToArray();
    }

    /// <summary><paramref name="data"/> compressed as FlateDecode stores it (zlib).</summary>
    public static byte[] Zlib(byte[] data)
    {
        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.Optimal))
        {
            zlib.Write(data);
        }

        return packed.ToArray();
    }
}
