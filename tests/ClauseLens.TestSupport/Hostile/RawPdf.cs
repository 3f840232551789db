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
}
