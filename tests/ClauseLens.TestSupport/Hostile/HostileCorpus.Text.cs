using System.Text;

namespace ClauseLens.TestSupport.Hostile;

public static partial class HostileCorpus
{
    // Long runs of one character or phrase: what a backtracking pattern or a quadratic scan chokes on.
    private static IEnumerable<HostileRequest> LongRuns(Random random)
    {
        string[] units =
        [
            "A", "a", "1", "(", ")", ".", " ", "-", "_", "'", "\"", "§", "第", "条", "、", "。", "Ａ", "1.", "(a)", "a.", "ARTICLE ", "Section ",
            "governed by the laws of ", "the laws of the State of New York and ", "arbitration in Tokyo under the rules of ", "for a period of ",
            "two (2) years ", "shall not ", "worldwide ", "including but not limited to ", "THE ", "New York, New York, ", "Japan Japan ",
            "1.1.1.1.1.", "(i)(ii)(iii)", "本契約は日本法に準拠し、", "12 months 24 months ", "INC. LTD. LLC ", "$1,000,000.00 ", "Article 1. ",
        ];
        int[] sizes = [100_000, 400_000, 900_000];
        foreach (var unit in units)
        {
            foreach (var size in sizes)
            {
                var text = Repeat(unit, Math.Max(1, size / unit.Length));
                yield return HostileRequest.Json($"long-run:{unit.Trim()}:{size}", TextJson(text));
            }

            yield return HostileRequest.Upload($"long-run-file:{unit.Trim()}:900000", "run.txt", () => Encoding.UTF8.GetBytes(Repeat(unit, 900_000 / unit.Length)));
            yield return HostileRequest.Json($"long-run-paragraphs:{unit.Trim()}:2000", "{\"paragraphs\": [" + string.Join(',', Enumerable.Repeat(HostileRequest.Quote(Repeat(unit, 200 / unit.Length + 1)), 2000)) + "]}");
        }

        // One paragraph of a million capitals (once 23 s), and a clause-sized run inside a real clause.
        yield return HostileRequest.Json("long-run:million-capitals", TextJson(Repeat("A", 1_000_000)));
        yield return HostileRequest.Json("long-run:capitals-in-governing-law", TextJson("1. Governing Law. This Agreement is governed by the laws of " + Repeat("JAPAN", 150_000) + "."));

        // Sentences of legal vocabulary with no full stop in a million characters.
        string[] words = ["the", "Party", "shall", "laws", "of", "State", "governed", "by", "years", "months", "(2)", "two", "Licensee", "worldwide", "arbitration", "Tokyo", "court", "exclusive", "jurisdiction", "Section", "1.2", "notwithstanding", "Japan", "New", "York", "A", "AND", "OR"];
        for (var i = 0; i < 120; i++)
        {
            var seed = random.Next();
            var length = random.Next(10_000, 800_000);
            yield return HostileRequest.Raw($"long-run-words:{i}:{length}", "/api/analyze", () =>
            {
                var r = new Random(seed);
                var builder = new StringBuilder(length + 32);
                while (builder.Length < length)
                {
                    builder.Append(words[r.Next(words.Length)]).Append(r.Next(40) == 0 ? ", " : " ");
                }

                return Encoding.UTF8.GetBytes(TextJson(builder.ToString()));
            }, "application/json");
        }
    }

    // Charsets declared, undeclared and wrong, in headers, byte-order marks and meta tags.
    private static IEnumerable<HostileRequest> Charsets(Random random)
    {
        string[] charsets = ["bogus", "utf-8", "UTF-8", "utf8", "utf-16", "utf-16le", "utf-16be", "utf-32", "utf-7", "iso-8859-1", "latin1", "us-ascii", "windows-1252", "shift_jis", "iso-2022-jp", "gb2312", "x-user-defined", "\"utf-8\"", "", "utf-8;charset=bogus", "utf-8\u0001", new string('x', 300)];
        var json = "{\"text\": \"1. Term. This Agreement lasts two years. " + Sentence + "\"}";
        foreach (var charset in charsets)
        {
            var type = $"application/json; charset={charset}";
            yield return HostileRequest.Json($"charset-json:{charset[..Math.Min(charset.Length, 20)]}", json, type);
            yield return HostileRequest.Raw($"charset-json-utf16-body:{charset[..Math.Min(charset.Length, 20)]}", "/api/analyze", Encoding.Unicode.GetBytes(json), type);
            yield return HostileRequest.Raw($"charset-brief:{charset[..Math.Min(charset.Length, 20)]}", "/api/briefs", Encoding.UTF8.GetBytes(json), type);
            yield return HostileRequest.Raw($"charset-playbook-json:{charset[..Math.Min(charset.Length, 20)]}", "/api/playbooks", "{\"yaml\": \"id: x\"}"u8.ToArray(), type);
            yield return HostileRequest.Raw($"charset-playbook-yaml:{charset[..Math.Min(charset.Length, 20)]}", "/api/playbooks", "id: [broken"u8.ToArray(), $"application/yaml; charset={charset}");
            yield return HostileRequest.Upload($"charset-html-meta:{charset[..Math.Min(charset.Length, 20)]}", "meta.html",
                Encoding.UTF8.GetBytes($"<html><head><meta charset=\"{charset}\"></head><body><p>{Sentence}</p><p>本契約は日本法に準拠する。</p></body></html>"));
        }

        (string Name, byte[] Preamble, Encoding Body)[] boms =
        [
            ("utf8-bom", [0xEF, 0xBB, 0xBF], Encoding.UTF8), ("utf16le-bom", [0xFF, 0xFE], Encoding.Unicode), ("utf16be-bom", [0xFE, 0xFF], Encoding.BigEndianUnicode),
            ("utf32le-bom", [0xFF, 0xFE, 0, 0], Encoding.UTF32), ("utf16le-bom-utf8-body", [0xFF, 0xFE], Encoding.UTF8), ("utf32-bom-utf8-body", [0xFF, 0xFE, 0, 0], Encoding.UTF8),
            ("utf8-bom-utf16-body", [0xEF, 0xBB, 0xBF], Encoding.Unicode), ("double-bom", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF], Encoding.UTF8),
        ];
        foreach (var (name, preamble, body) in boms)
        {
            foreach (var ext in new[] { "txt", "html" })
            {
                var text = ext == "html" ? $"<p>{Sentence}</p>" : Sentence;
                yield return HostileRequest.Upload($"charset-bom:{name}:{ext}", "bom." + ext, [.. preamble, .. body.GetBytes(text)]);
            }
        }

        // Odd bytes: overlong UTF-8, surrogates encoded in UTF-8, iso-2022-jp escape floods, random high bytes.
        yield return HostileRequest.Upload("charset-overlong-utf8", "a.txt", [.. Enumerable.Repeat(new byte[] { 0xC0, 0xAF, 0xE0, 0x80, 0xAF }, 50_000).SelectMany(b => b)]);
        yield return HostileRequest.Upload("charset-cesu-surrogates", "a.txt", [.. Enumerable.Repeat(new byte[] { 0xED, 0xA0, 0x80, 0xED, 0xB0, 0x80 }, 50_000).SelectMany(b => b)]);
        yield return HostileRequest.Upload("charset-iso2022-escapes", "a.html", Encoding.ASCII.GetBytes("<meta charset=iso-2022-jp>" + Repeat("\u001b$B\u001b(B", 100_000)));
        for (var i = 0; i < 40; i++)
        {
            var bytes = new byte[random.Next(100, 200_000)];
            random.NextBytes(bytes);
            var ext = i % 2 == 0 ? "txt" : "html";
            yield return HostileRequest.Upload($"charset-random-bytes:{i}:{ext}", "random." + ext, bytes);
        }
    }
}
