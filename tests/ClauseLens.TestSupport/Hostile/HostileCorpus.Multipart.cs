using System.Text;

namespace ClauseLens.TestSupport.Hostile;

public static partial class HostileCorpus
{
    private static readonly string[] MultipartEndpoints = ["/api/analyze/file", "/api/batches", "/api/briefs", "/api/playbooks"];

    // Multipart bodies cut off, malformed, oversized in their headers, with too many parts.
    private static IEnumerable<HostileRequest> Multipart(Random random)
    {
        foreach (var path in MultipartEndpoints)
        {
            var field = path == "/api/batches" ? "files" : "file";
            var name = path == "/api/playbooks" ? "p.yaml" : "a.txt";
            var whole = $"--xyz\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{name}\"\r\nContent-Type: text/plain\r\n\r\n1. Term. Two years.\r\n--xyz--\r\n";
            foreach (var cut in new[] { 1, 5, 10, 20, 40, 60, 80, 100, 110, 120, whole.Length - 9, whole.Length - 4, whole.Length - 2 })
            {
                yield return HostileRequest.Raw($"multipart-cut:{path}:{cut}", path, Encoding.ASCII.GetBytes(whole[..Math.Min(cut, whole.Length)]), "multipart/form-data; boundary=xyz");
            }

            string[] types =
            [
                "multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; boundary=\"\"", "multipart/form-data; boundary=" + new string('b', 200),
                "multipart/form-data; boundary=abc", "multipart/form-data; boundary=xyz; boundary=abc", "multipart/mixed; boundary=xyz", "multipart/form-data; boundary=\"xyz",
                "multipart/form-data; boundary=x y z", "multipart/form-data;;;", "multipart/form-data; charset=bogus; boundary=xyz",
            ];
            foreach (var type in types)
            {
                yield return HostileRequest.Raw($"multipart-type:{path}:{type[..Math.Min(type.Length, 50)]}", path, Encoding.ASCII.GetBytes(whole), type);
            }

            string[] bodies =
            [
                "--xyz--\r\n", "--xyz\r\n\r\n\r\n--xyz--", "--xyz\r\nContent-Disposition: form-data\r\n\r\nx\r\n--xyz--",
                $"--xyz\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"\"\r\n\r\nx\r\n--xyz--",
                $"--xyz\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"../../../etc/passwd\"\r\n\r\nx\r\n--xyz--",
                $"--xyz\r\nContent-Disposition: form-data; name=\"{field}\"; filename*=UTF-8''%E2%80%AE%00.txt\r\n\r\nx\r\n--xyz--",
                $"--xyz\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"a.txt\"\r\nX-Long: {new string('h', 20_000)}\r\n\r\nx\r\n--xyz--",
                "--xyz\r\n" + Repeat("X-Header: v\r\n", 5_000) + $"Content-Disposition: form-data; name=\"{field}\"; filename=\"a.txt\"\r\n\r\nx\r\n--xyz--",
                $"--xyz\r\nContent-Disposition: garbage;;;==\r\n\r\nx\r\n--xyz--", "preamble only, no boundary at all",
                $"--xyz\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"a.txt\"\r\n\r\n" + new string('x', 100_000) + "\r\n--xyz", // no final --
                "--xyz\r\nContent-Disposition: form-data; name=\"playbook\"\r\n\r\n" + new string('p', 2_000_000) + "\r\n--xyz--",
            ];
            for (var i = 0; i < bodies.Length; i++)
            {
                yield return HostileRequest.Raw($"multipart-body:{path}:{i}", path, Encoding.UTF8.GetBytes(bodies[i]), "multipart/form-data; boundary=xyz");
            }

            // Many parts: files, and form values.
            yield return HostileRequest.Raw($"multipart-many-files:{path}:5000", path,
                Encoding.ASCII.GetBytes(Repeat($"--xyz\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{name}\"\r\n\r\nx\r\n", 5_000) + "--xyz--\r\n"), "multipart/form-data; boundary=xyz");
            yield return HostileRequest.Raw($"multipart-many-values:{path}:20000", path,
                Encoding.ASCII.GetBytes(Repeat("--xyz\r\nContent-Disposition: form-data; name=\"v\"\r\n\r\nx\r\n", 20_000) + "--xyz--\r\n"), "multipart/form-data; boundary=xyz");
        }

        // Random cuts and flips of a real multipart body, for every endpoint.
        for (var i = 0; i < 80; i++)
        {
            var path = MultipartEndpoints[i % MultipartEndpoints.Length];
            var seed = random.Next();
            yield return new HostileRequest($"multipart-random:{path}:{i}", HttpMethod.Post, path, () => RandomMultipart(path, new Random(seed)));
        }
    }

    private static HttpContent RandomMultipart(string path, Random random)
    {
        var field = path == "/api/batches" ? "files" : "file";
        var body = Encoding.ASCII.GetBytes($"--b{random.Next()}x\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"a.txt\"\r\n\r\n{Sentence}\r\n--b--\r\n");
        for (var n = 0; n < 1 + random.Next(5); n++)
        {
            const string noise = "\r\n-\";= ab";
            body[random.Next(body.Length)] = (byte)noise[random.Next(noise.Length)];
        }

        var content = new ByteArrayContent(body[..random.Next(1, body.Length + 1)]);
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=" + (random.Next(3) == 0 ? "b" : "xyz"));
        return content;
    }

    // Valid files of every kind with bits flipped, bytes cut and chunks repeated.
    private static IEnumerable<HostileRequest> Mutations(Random random)
    {
        (string Name, byte[] Bytes)[] sources =
        [
            ("a.docx", TestDocuments.Docx([Sentence, "2. Governing Law. This Agreement is governed by the laws of Japan.", "3. Term. Two (2) years."])),
            ("a.pdf", TestDocuments.Pdf([Sentence, "2. Governing Law. This Agreement is governed by the laws of Japan."])),
            ("a.html", Encoding.UTF8.GetBytes("<html><body><h1>Agreement</h1><ol type=\"a\" start=\"3\"><li>" + Sentence + "</li><li>Japan.</li></ol><table><tr><td>a</td><td>b</td></tr></table></body></html>")),
            ("a.txt", Encoding.UTF8.GetBytes("1. Term.\n" + Sentence + "\n2. Governing Law. Japan.\n第1条（目的）本契約は日本法に準拠する。")),
            ("list.docx", RawDocx.Package(Repeat(RawDocx.NumberedParagraph(1, 0, Sentence), 5), RawDocx.Numbering("1", "lowerLetter", "(%1)"))),
        ];
        for (var i = 0; i < 500; i++)
        {
            var (name, bytes) = sources[i % sources.Length];
            var seed = random.Next();
            var path = i % 25 == 0 ? "/api/briefs" : i % 10 == 0 ? "/api/batches" : "/api/analyze/file";
            yield return HostileRequest.Upload($"mutation:{name}:{i}", name, () => Mutate(bytes, new Random(seed)), path);
        }
    }

    private static byte[] Mutate(byte[] source, Random random)
    {
        var bytes = new List<byte>(source);
        for (var n = 0; n < 1 + random.Next(8); n++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(4))
            {
                case 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 64), bytes.Count - at));
                    break;
                case 2:
                    var chunk = bytes.GetRange(at, Math.Min(random.Next(1, 256), bytes.Count - at));
                    for (var k = 0; k < random.Next(1, 50); k++)
                    {
                        bytes.InsertRange(at, chunk);
                    }

                    break;
                default:
                    const string syntax = "<>/\"'&;[](){}%\0";
                    bytes[at] = (byte)syntax[random.Next(syntax.Length)];
                    break;
            }

            if (bytes.Count == 0)
            {
                bytes.Add(0);
            }
        }

        return [.. bytes];
    }
}
