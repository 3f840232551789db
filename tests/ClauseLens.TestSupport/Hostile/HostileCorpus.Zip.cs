using System.IO.Compression;
using System.Text;

namespace ClauseLens.TestSupport.Hostile;

public static partial class HostileCorpus
{
    // Zip bombs, damaged zips and zips of zips, as batch uploads and as .docx files.
    private static IEnumerable<HostileRequest> Zips(Random random)
    {
        var good = Encoding.UTF8.GetBytes("1. Term. This Agreement lasts two years.\n2. " + Sentence);
        foreach (var megabytes in new[] { 50, 150, 250, 400 })
        {
            yield return HostileRequest.Upload($"zip-bomb:batch:{megabytes}MB", "bomb.zip", () => Zip(("a.txt", good), ("zeros.txt", Zeros(megabytes))), "/api/batches");
            yield return HostileRequest.Upload($"zip-bomb:docx:{megabytes}MB", "bomb.docx", () => WithEntry(TestDocuments.Docx([Sentence]), "word/media/zeros.bin", Zeros(megabytes)));
        }

        // Each entry small, together too much; and a .docx inside a batch zip that is itself a bomb.
        yield return HostileRequest.Upload("zip-bomb:many-entries-of-zeros", "bomb.zip", () => Zip([.. Enumerable.Range(0, 300).Select(i => ($"z{i}.txt", Zeros(1)))]), "/api/batches");
        yield return HostileRequest.Upload("zip-bomb:docx-in-batch", "bomb.zip", () => Zip(("bomb.docx", WithEntry(TestDocuments.Docx([Sentence]), "word/media/zeros.bin", Zeros(250)))), "/api/batches");
        yield return HostileRequest.Upload("zip-bomb:zip-in-zip", "nested.zip", () => Zip(("inner.zip", Zip(("zeros.txt", Zeros(100))))), "/api/batches");
        yield return HostileRequest.Upload("zip-many-entries:batch", "many.zip", () => Zip([.. Enumerable.Range(0, 6_000).Select(i => ($"e{i}.txt", good))]), "/api/batches");
        yield return HostileRequest.Upload("zip-many-entries:docx", "many.docx", () => WithEntries(TestDocuments.Docx([Sentence]), 6_000));

        // Damaged in every header field, at random, as a batch and as a .docx.
        var batch = Zip(("a.txt", good), ("b.txt", good), ("c.html", Encoding.UTF8.GetBytes("<p>" + Sentence + "</p>")));
        var docx = TestDocuments.Docx([Sentence, "2. Governing Law. Japan."]);
        for (var i = 0; i < 120; i++)
        {
            var seed = random.Next();
            var toBatch = i % 2 == 0;
            var source = toBatch ? batch : docx;
            yield return HostileRequest.Upload($"zip-damaged:{(toBatch ? "batch" : "docx")}:{i}", toBatch ? "damaged.zip" : "damaged.docx",
                () => DamageZip(source, new Random(seed)), toBatch ? "/api/batches" : "/api/analyze/file");
        }

        foreach (var cut in new[] { 10, 30, 50, 70, 90, 99 })
        {
            yield return HostileRequest.Upload($"zip-truncated:batch:{cut}%", "cut.zip", () => batch[..(batch.Length * cut / 100)], "/api/batches");
            yield return HostileRequest.Upload($"zip-truncated:docx:{cut}%", "cut.docx", () => docx[..(docx.Length * cut / 100)]);
        }
    }

    internal static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }

    private static byte[] Zeros(int megabytes) => new byte[megabytes * 1024 * 1024];

    private static byte[] WithEntry(byte[] package, string name, byte[] content)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            entry.Write(content);
        }

        return stream.ToArray();
    }

    private static byte[] WithEntries(byte[] package, int count)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            for (var i = 0; i < count; i++)
            {
                zip.CreateEntry($"customXml/item{i}.xml");
            }
        }

        return stream.ToArray();
    }

    // Overwrites a few bytes of the headers (local and central) or of the compressed data.
    private static byte[] DamageZip(byte[] source, Random random)
    {
        var bytes = (byte[])source.Clone();
        var headers = new List<int>();
        for (var i = 0; i + 4 <= bytes.Length; i++)
        {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] is 1 or 3 or 5 && bytes[i + 3] is 2 or 4 or 6)
            {
                headers.Add(i);
            }
        }

        for (var n = 0; n < 1 + random.Next(4); n++)
        {
            var at = headers.Count > 0 && random.Next(3) > 0
                ? headers[random.Next(headers.Count)] + random.Next(4, 46)
                : random.Next(bytes.Length);
            if (at < bytes.Length)
            {
                bytes[at] = random.Next(4) switch
                {
                    0 => 0xFF,
                    1 => 0x00,
                    2 => (byte)random.Next(256),
                    _ => (byte)(bytes[at] ^ 0x80),
                };
            }
        }

        return bytes;
    }
}
