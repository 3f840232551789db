using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;

namespace ClauseLens.TestSupport.Hostile;

/// <summary>
/// Hand-written and generated bad input for every endpoint: wrong shapes and types, broken
/// encodings, hostile HTML, corrupt and malicious files. Seeded, so every run sends the same bytes.
/// </summary>
public static class BadInputCorpus
{
    private const string Sentence = "The Recipient shall not disclose the Confidential Information to any third party.";

    /// <summary>Every case, in a fixed order.</summary>
    public static IReadOnlyList<HostileRequest> All()
    {
        var corpus = new List<HostileRequest>();
        corpus.AddRange(HandWrittenJson().Select((json, i) => Json($"json#{i}", json)));
        corpus.AddRange(GeneratedJson(new Random(20261125), 260));
        corpus.AddRange(HostileHtml().Select((html, i) => Json($"html#{i}", JsonString("html", html))));
        corpus.AddRange(StrangeText().Select((text, i) => Json($"text#{i}", JsonString("text", text))));
        corpus.AddRange(BadFiles(new Random(7)));
        corpus.AddRange(WrongMediaTypes());
        corpus.AddRange(OtherEndpoints());
        corpus.AddRange(PlaybookUploads(new Random(4)));
        corpus.AddRange(CompareAndIssues());
        return corpus;
    }

    private static IEnumerable<string> HandWrittenJson() =>
    [
        "", " ", "null", "true", "0", "[]", "\"text\"", "{", "}", "{]", "{\"text\":}", "{\"text\":\"unterminated}",
        "{\"text\": 42}", "{\"text\": true}", "{\"text\": [\"a\"]}", "{\"text\": {\"nested\": 1}}",
        "{\"paragraphs\": \"not a list\"}", "{\"paragraphs\": [1, 2, 3]}", "{\"paragraphs\": [[\"a\"]]}", "{\"paragraphs\": {\"0\": \"a\"}}",
        "{\"paragraphs\": [" + string.Join(',', Enumerable.Repeat("\"\"", 5000)) + "]}",
        "{\"html\": 5}", "{\"html\": null, \"text\": null, \"paragraphs\": null}",
        "{\"text\": \"a\", \"paragraphs\": [\"b\"]}", "{\"text\": \"a\", \"html\": \"b\", \"paragraphs\": [\"c\"]}",
        "{\"text\": \"" + Sentence + "\", \"playbook\": 17}", "{\"text\": \"" + Sentence + "\", \"playbook\": \"../../etc/passwd\"}",
        "{\"text\": \"" + Sentence + "\", \"playbook\": \"" + new string('p', 10_000) + "\"}",
        "{\"text\": \"" + Sentence + "\", \"playbook\": \"\\u0000\"}",
        "{\"text\": \"\\ud800\\udc00\\ud800\"}", "{\"text\": \"\\udfff" + Sentence + "\"}", "{\"text\": \"\\u0000\\u0001\\u0002\"}",
        "{\"text\": \"\\uFEFF\\u200B\\u200B\"}",
        new string('[', 10_000) + new string(']', 10_000),
        "{\"text\": " + new string('[', 5_000) + "}",
        "{\"text\": \"" + Sentence + "\"" + new string(' ', 100) + ", }",
        "{\"text\": \"" + Sentence + "\", \"text\": \"" + Sentence + "\"}",
        "{'text': 'single quotes'}", "{text: \"unquoted key\"}", "{\"text\": \"" + Sentence + "\"} trailing",
        "\uFEFF{\"text\": \"" + Sentence + "\"}",
    ];

    private static IEnumerable<HostileRequest> GeneratedJson(Random random, int count)
    {
        string[] keys = ["text", "paragraphs", "html", "playbook", "Text", "PARAGRAPHS", "extra", ""];
        for (var i = 0; i < count; i++)
        {
            var fields = Enumerable.Range(0, random.Next(0, 4))
                .Select(_ => $"\"{keys[random.Next(keys.Length)]}\": {RandomValue(random, 0)}");
            var json = "{" + string.Join(", ", fields) + "}";
            // A third of them are cut short or have a byte flipped.
            json = (i % 3) switch
            {
                1 when json.Length > 2 => json[..random.Next(1, json.Length)],
                2 when json.Length > 2 => Flip(json, random),
                _ => json,
            };
            yield return Json($"generated-json#{i}", json);
        }
    }

    private static string RandomValue(Random random, int depth) => random.Next(depth > 2 ? 5 : 8) switch
    {
        0 => "null",
        1 => random.Next(-1000, 1000).ToString(System.Globalization.CultureInfo.InvariantCulture),
        2 => random.Next(2) == 0 ? "true" : "false",
        3 => JsonQuote(RandomText(random, random.Next(0, 200))),
        4 => JsonQuote(string.Concat(Enumerable.Repeat(Sentence + " ", random.Next(1, 5)))),
        5 => "[" + string.Join(", ", Enumerable.Range(0, random.Next(0, 5)).Select(_ => RandomValue(random, depth + 1))) + "]",
        6 => "{\"k\": " + RandomValue(random, depth + 1) + "}",
        _ => "\"" + new string(' ', random.Next(0, 50)) + "\"",
    };

    // Any code unit, including control characters, lone surrogates and non-Latin scripts.
    private static string RandomText(Random random, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = random.Next(6) switch
            {
                0 => (char)random.Next(0, 32),
                1 => (char)random.Next(0xD800, 0xE000),
                2 => (char)random.Next(0x3040, 0x30FF),
                3 => (char)random.Next(0x0600, 0x06FF),
                4 => (char)random.Next(0x20, 0x7F),
                _ => (char)random.Next(0, 0xFFFF),
            };
        }

        return new string(chars);
    }

    private static IEnumerable<string> HostileHtml() =>
    [
        "<script>fetch('http://127.0.0.1:9/steal')</script><p>" + Sentence + "</p>",
        "<iframe src=\"http://127.0.0.1:9/\"></iframe><p>" + Sentence + "</p>",
        "<img src=x onerror=\"alert(1)\"><p onclick=\"alert(2)\">" + Sentence + "</p>",
        "<link rel=stylesheet href=\"http://127.0.0.1:9/x.css\"><p>" + Sentence + "</p>",
        "<object data=\"http://127.0.0.1:9/x\"></object><embed src=\"x\">",
        "<svg><script>alert(1)</script><foreignObject><p>" + Sentence + "</p></foreignObject></svg>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "<!DOCTYPE html [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><p>&b;&b;&b;</p>",
        "<p>&#0;&#xD800;&#x110000;&#9999999999;&bogus;&amp</p>",
        "<base href=\"http://127.0.0.1:9/\"><a href=\"/x\">" + Sentence + "</a>",
        "<meta http-equiv=\"refresh\" content=\"0;url=http://127.0.0.1:9/\"><p>" + Sentence + "</p>",
        "<style>@import url(http://127.0.0.1:9/x.css); p { background: url(http://127.0.0.1:9/y) }</style><p>" + Sentence + "</p>",
        string.Concat(Enumerable.Repeat("<div>", 20_000)) + Sentence + string.Concat(Enumerable.Repeat("</div>", 20_000)),
        string.Concat(Enumerable.Repeat("<table><tr><td>", 3_000)) + Sentence,
        string.Concat(Enumerable.Repeat("<p>" + Sentence, 5_000)),
        "<p>" + Sentence, "</p></p></div>" + Sentence, "<<<<>>>>", "<p " + new string('a', 100_000) + ">x</p>",
        "<![CDATA[" + Sentence + "]]>", "<!-- " + Sentence + " -->", "<template><p>" + Sentence + "</p></template>",
        "<noscript><p>" + Sentence + "</p></noscript>", "<textarea><p>" + Sentence + "</p></textarea>",
        "<p dir=rtl>هذا العقد يخضع لقوانين اليابان</p><p>本契約は日本法に準拠する。</p><p>🔒📄✍️</p>",
    ];

    private static IEnumerable<string> StrangeText() =>
    [
        new string('a', 5 * 1024 * 1024),
        string.Concat(Enumerable.Repeat(Sentence + " ", 60_000)),
        string.Concat(Enumerable.Repeat("\n", 100_000)),
        string.Concat(Enumerable.Repeat("1.\n", 30_000)),
        string.Concat(Enumerable.Repeat("(a) ", 200_000)),
        string.Concat(Enumerable.Repeat("第1条（目的）\n", 10_000)),
        "\u0000\u0001\u0002\u0003" + Sentence + "\u007F\u0085",
        "\ud800" + Sentence + "\udc00", "\u202E" + Sentence + "\u202C",
        "本契約は日本法に準拠し、東京地方裁判所を第一審の専属的合意管轄裁判所とする。",
        "يخضع هذا الاتفاق لقوانين دولة اليابان.", "👩‍⚖️📜🤝 " + Sentence + " 🇯🇵",
        "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇ " + Sentence,
        string.Concat(Enumerable.Repeat("1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1 ", 10_000)),
        string.Concat(Enumerable.Repeat("ARTICLE ", 50_000)),
        string.Concat(Enumerable.Repeat("Section 3.2 of Section 4.1 ", 20_000)),
        string.Concat(Enumerable.Repeat("for a period of two (2) years ", 20_000)),
        string.Concat(Enumerable.Repeat("((((((((((", 50_000)),
        "\t\t\t\v\f" + Sentence,
    ];

    private static IEnumerable<HostileRequest> BadFiles(Random random)
    {
        string[] names = ["a.docx", "a.pdf", "a.html", "a.htm", "a.txt", "A.DOCX", "a.pdf.exe", "a", ".docx", "a.docm", "a.doc", "../../a.docx", "a.txt%00.exe", "contract<script>.docx"];
        var docx = TestDocuments.Docx([Sentence, "2. Governing Law. Japan."]);
        var pdf = TestDocuments.Pdf([Sentence, "2. Governing Law. Japan."]);
        for (var i = 0; i < 160; i++)
        {
            var name = names[i % names.Length];
            var bytes = (i % 6) switch
            {
                0 => RandomBytes(random, random.Next(1, 4096)),
                1 => docx[..random.Next(1, docx.Length)],
                2 => pdf[..random.Next(1, pdf.Length)],
                3 => FlipBytes(docx, random),
                4 => FlipBytes(pdf, random),
                _ => Encoding.UTF8.GetBytes(RandomText(random, random.Next(0, 2000))),
            };
            yield return Upload($"file#{i}:{i % 6}:{name}", name, bytes);
        }

        yield return Upload("xml-bomb.docx", "bomb.docx", XmlBombDocx(docx));
        yield return Upload("zip-bomb.docx", "bomb.docx", ZipBomb(docx));
        yield return Upload("pdf-huge-count", "huge.pdf", Encoding.ASCII.GetBytes(
            "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 999999999/Kids[2 0 R]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF"));
        yield return Upload("pdf-bad-stream", "bad.pdf", Encoding.ASCII.GetBytes(
            "%PDF-1.4\n1 0 obj<</Length 99999999/Filter/FlateDecode>>stream\nxxxx\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF"));
        yield return Upload("utf16-text", "a.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Sentence)).ToArray());
        yield return Upload("invalid-utf8", "a.txt", [0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0xBC]);
        yield return Upload("nul-bytes", "a.txt", new byte[10_000]);
        yield return Upload("html-file", "a.html", Encoding.UTF8.GetBytes(HostileHtml().First()));
        yield return new HostileRequest("two-files", HttpMethod.Post, "/api/analyze/file", () => new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Sentence)), "file", "a.txt" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Sentence)), "file", "b.txt" },
        });
        yield return new HostileRequest("wrong-field", HttpMethod.Post, "/api/analyze/file", () => new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Sentence)), "document", "a.txt" },
        });
        yield return new HostileRequest("bad-playbook-field", HttpMethod.Post, "/api/analyze/file", () => new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Sentence)), "file", "a.txt" },
            { new StringContent(new string('x', 5000)), "playbook" },
        });
        yield return new HostileRequest("broken-multipart", HttpMethod.Post, "/api/analyze/file", () =>
        {
            var content = new ByteArrayContent(Encoding.ASCII.GetBytes("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nhello"));
            content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=xyz");
            return content;
        });
        yield return new HostileRequest("multipart-no-boundary", HttpMethod.Post, "/api/analyze/file", () =>
        {
            var content = new ByteArrayContent(Encoding.ASCII.GetBytes("hello"));
            content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data");
            return content;
        });
    }

    private static IEnumerable<HostileRequest> WrongMediaTypes()
    {
        string[] types = ["text/plain", "application/xml", "application/x-www-form-urlencoded", "application/octet-stream", "image/png", "application/jsonx", "multipart/mixed; boundary=x"];
        foreach (var type in types)
        {
            yield return new HostileRequest($"media:{type}", HttpMethod.Post, "/api/analyze", () =>
            {
                var content = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"text\": \"" + Sentence + "\"}"));
                content.Headers.TryAddWithoutValidation("Content-Type", type);
                return content;
            });
        }

        yield return new HostileRequest("no-content-type", HttpMethod.Post, "/api/analyze", () => new ByteArrayContent(Encoding.UTF8.GetBytes("{}")));
        yield return new HostileRequest("no-body", HttpMethod.Post, "/api/analyze", () => null);
        yield return new HostileRequest("json-to-file", HttpMethod.Post, "/api/analyze/file", () => new StringContent("{}", Encoding.UTF8, "application/json"));
    }

    // The JSON endpoints added for the reviewer workflow take the same broken bodies, and their own.
    private static IEnumerable<HostileRequest> CompareAndIssues()
    {
        string[] compare =
        [
            "{\"before\": \"text\"}", "{\"before\": {\"text\": 5}, \"after\": {}}", "{\"before\": {}, \"after\": {}}",
            "{\"before\": null, \"after\": {\"text\": \"a\"}}", "{\"before\": [\"a\"], \"after\": [\"b\"]}",
            "{\"before\": {\"paragraphs\": [1]}, \"after\": {\"text\": \"a\"}}", "{\"before\": {\"text\": \"a\"}, \"after\": {\"text\": \"b\"}, \"playbook\": 7}",
        ];
        string[] issues = ["{\"rows\": \"x\"}", "{\"rows\": [1]}", "{\"rows\": [{\"clause\": []}]}", "{\"rows\": [{}], \"extra\": {\"a\": [}"];
        foreach (var (json, i) in HandWrittenJson().Concat(compare).Select((j, i) => (j, i)))
        {
            yield return new HostileRequest($"compare-json#{i}", HttpMethod.Post, "/api/compare", () => new StringContent(json, Encoding.UTF8, "application/json"));
        }

        foreach (var (json, i) in HandWrittenJson().Concat(issues).Select((j, i) => (j, i)))
        {
            yield return new HostileRequest($"issues-json#{i}", HttpMethod.Post, "/api/issues/export?format=xlsx", () => new StringContent(json, Encoding.UTF8, "application/json"));
        }

        yield return new HostileRequest("compare-two-befores", HttpMethod.Post, "/api/compare", () => new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Sentence)), "before", "a.txt" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Sentence)), "before", "b.txt" },
        });
        yield return new HostileRequest("compare-empty-after", HttpMethod.Post, "/api/compare", () => new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Sentence)), "before", "a.txt" },
            { new ByteArrayContent([]), "after", "b.txt" },
        });
        yield return new HostileRequest("issues-form", HttpMethod.Post, "/api/issues/export", () => new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Sentence)), "rows", "a.txt" },
        });
    }

    private static IEnumerable<HostileRequest> OtherEndpoints()
    {
        string[] ids = ["nope", "..", "%2e%2e%2f", "%2500", new string('x', 3000), "japan-sme-collaboration%20", "🙂", "a;drop table playbooks"];
        foreach (var id in ids)
        {
            yield return new HostileRequest($"playbook:{id[..Math.Min(id.Length, 20)]}", HttpMethod.Get, "/api/playbooks/" + id, () => null);
        }

        yield return new HostileRequest("get-analyze", HttpMethod.Get, "/api/analyze", () => null);
        yield return new HostileRequest("put-analyze", HttpMethod.Put, "/api/analyze", () => new StringContent("{}", Encoding.UTF8, "application/json"));
        yield return new HostileRequest("delete-analyze", HttpMethod.Delete, "/api/analyze", () => null);
        yield return new HostileRequest("unknown-route", HttpMethod.Get, "/api/nothing-here", () => null);
        yield return new HostileRequest("addin-traversal", HttpMethod.Get, "/addin/../../appsettings.json", () => null);
        yield return new HostileRequest("query-bool", HttpMethod.Post, "/api/analyze/file?includeParagraphs=maybe", () => new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Sentence)), "file", "a.txt" },
        });
    }

    private const string PlaybookHead = "id: corpus-playbook\nversion: \"1\"\nname: Corpus\nrules:\n";
    private static readonly string PlaybookRule =
        PlaybookYaml.NonCompeteLimitRule("r1") + "\n" + "    limit:\n      fact: duration\n      maxMonths: 12\n";

    /// <summary>
    /// Broken, hostile and oversize playbooks for <c>POST /api/playbooks</c> (none of them valid, so
    /// the corpus stores nothing), and odd ids for <c>DELETE</c>.
    /// </summary>
    private static IEnumerable<HostileRequest> PlaybookUploads(Random random)
    {
        var valid = PlaybookHead + PlaybookRule;
        var invalid = valid.Replace("maxMonths: 12", "maxMonths: twelve");
        string[] handWritten =
        [
            "", " ", "\n\n", "~", "null", "42", "[]", "- a\n- b", "\"just a string\"", "{", "}", "id: [", "id: 'unterminated", ":", "- - - -",
            "id: corpus-playbook", PlaybookHead, PlaybookHead + "  - 1\n", PlaybookHead + "  - {}\n", PlaybookHead + "  []\n",
            valid.Replace("maxMonths: 12", "maxMonths: twelve"), valid.Replace("maxMonths: 12", "maxMonths: 99999999999999999999"),
            valid.Replace("maxMonths: 12", "maxMonths: -1"), valid.Replace("maxMonths: 12", "maxMonths: 1e400"), valid.Replace("maxMonths: 12", "maxMonths: [1, 2]"),
            valid.Replace("fact: duration", "fact: {nested: map}"), valid.Replace("kind: limit", "kind: required"), valid.Replace("kind: limit", "kind: ~"),
            valid.Replace("label: non_compete", "label: ../../etc/passwd"), valid.Replace("severity: medium", "severity: apocalyptic"),
            valid.Replace("id: corpus-playbook", "id: Japan-SME"), valid.Replace("id: corpus-playbook", "id: " + new string('a', 5000)),
            valid.Replace("id: corpus-playbook", "id: \"a;drop table playbooks\""), valid.Replace("id: corpus-playbook", "id: japan-sme-collaboration"),
            valid.Replace("id: corpus-playbook", "id: commercial-nda"), valid + PlaybookRule, valid + "extra: field\n", valid.Replace("title: t", "title: \"\""),
            invalid.Replace("title: t", "title: !!binary aGVsbG8="), invalid.Replace("title: t", "title: !custom tag"), "%YAML 9.9\n---\n" + valid,
            valid + "---\n" + valid, "anchor: &a [1]\nalias: *a\n" + valid,
            "a: &a [\"lol\",\"lol\",\"lol\"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n",
            new string('[', 50_000) + new string(']', 50_000), new string('{', 50_000), string.Concat(Enumerable.Repeat("- ", 20_000)) + "x",
            string.Concat(Enumerable.Range(0, 5000).Select(i => new string(' ', i % 40) + "k" + i + ":\n")),
            PlaybookHead + string.Concat(Enumerable.Repeat(PlaybookRule, 600)), "\t" + valid, invalid.Replace("\n", "\r"), "\uFEFF\uFEFF" + valid,
            valid.Replace("title: t", "title: \"\\ud800\""), "\u0000" + valid, invalid + "\u0000", valid + "\u0000" + invalid,
        ];
        for (var i = 0; i < handWritten.Length; i++)
        {
            yield return PlaybookPost($"playbook-yaml#{i}", "application/yaml", Encoding.UTF8.GetBytes(handWritten[i]));
        }

        // Random edits of a valid playbook: a character flipped or the text cut short (each checked to break it).
        for (var i = 0; i < 60; i++)
        {
            var chars = valid.ToCharArray();
            var broken = (i % 2) switch
            {
                0 => valid[..random.Next(1, valid.IndexOf("maxMonths", StringComparison.Ordinal))],
                _ => Mutate(chars, random),
            };
            yield return PlaybookPost($"playbook-mutated#{i}", "text/yaml", Encoding.UTF8.GetBytes(broken));
        }

        yield return PlaybookPost("playbook-random-bytes", "application/yaml", RandomBytes(random, 4096));
        yield return PlaybookPost("playbook-invalid-utf8", "application/yaml", [0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1]);
        yield return PlaybookPost("playbook-utf16", "application/yaml", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(valid.Replace("maxMonths: 12", "maxMonths: x"))).ToArray());
        yield return PlaybookPost("playbook-oversize", "application/yaml", Encoding.UTF8.GetBytes(valid + "# " + new string('x', 1024 * 1024)));
        foreach (var type in new[] { "application/xml", "image/png", "application/octet-stream", "application/x-www-form-urlencoded", "application/jsonx", "text/html" })
        {
            yield return PlaybookPost($"playbook-media:{type}", type, Encoding.UTF8.GetBytes(valid));
        }

        yield return new HostileRequest("playbook-no-content-type", HttpMethod.Post, "/api/playbooks", () => new ByteArrayContent(Encoding.UTF8.GetBytes(valid)));
        yield return new HostileRequest("playbook-no-body", HttpMethod.Post, "/api/playbooks", () => null);
        foreach (var json in new[] { "", "{", "null", "[]", "{\"yaml\": 5}", "{\"yaml\": null}", "{\"yml\": \"id: x\"}", "{\"yaml\": [\"a\"]}", "{\"yaml\": \"\\ud800\"}", "{\"yaml\": \"id: x\"}" })
        {
            yield return PlaybookPost($"playbook-json:{json}", "application/json", Encoding.UTF8.GetBytes(json));
        }

        yield return new HostileRequest("playbook-multipart-no-file", HttpMethod.Post, "/api/playbooks", () => new MultipartFormDataContent { { new StringContent(valid), "yaml" } });
        yield return new HostileRequest("playbook-multipart-two-files", HttpMethod.Post, "/api/playbooks", () => new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(valid)), "file", "a.yaml" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(valid)), "file", "b.yaml" },
        });
        yield return new HostileRequest("playbook-multipart-broken", HttpMethod.Post, "/api/playbooks", () =>
        {
            var content = new ByteArrayContent(Encoding.ASCII.GetBytes("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.yaml\"\r\n\r\nid: x"));
            content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=xyz");
            return content;
        });
        yield return new HostileRequest("playbook-multipart-no-boundary", HttpMethod.Post, "/api/playbooks", () =>
        {
            var content = new ByteArrayContent(Encoding.ASCII.GetBytes("id: x"));
            content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data");
            return content;
        });
        yield return new HostileRequest("playbook-multipart-bad-file", HttpMethod.Post, "/api/playbooks", () => new MultipartFormDataContent
        {
            { new ByteArrayContent(RandomBytes(new Random(5), 2048)), "file", "a.yaml" },
        });

        string[] ids = ["japan-sme-collaboration", "commercial-nda", "nope", "..", "%2e%2e%2f", new string('x', 3000), "🙂", "a;drop table playbooks", "%2500"];
        foreach (var id in ids)
        {
            yield return new HostileRequest($"playbook-delete:{id[..Math.Min(id.Length, 20)]}", HttpMethod.Delete, "/api/playbooks/" + id, () => null);
        }

        yield return new HostileRequest("playbook-put", HttpMethod.Put, "/api/playbooks/x", () => new StringContent(valid, Encoding.UTF8, "application/yaml"));
    }

    private static string Mutate(char[] chars, Random random)
    {
        // Break the one number the playbook needs, then flip another character somewhere.
        var text = new string(chars).Replace("maxMonths: 12", "maxMonths: " + "x!%[:{"[random.Next(6)] + "12");
        var flipped = text.ToCharArray();
        flipped[random.Next(flipped.Length)] = ":-[]{}\"'&*!|>%@`#\t"[random.Next(17)];
        return new string(flipped);
    }

    private static HostileRequest PlaybookPost(string name, string mediaType, byte[] body) =>
        new(name, HttpMethod.Post, "/api/playbooks", () =>
        {
            var content = new ByteArrayContent(body);
            content.Headers.TryAddWithoutValidation("Content-Type", mediaType);
            return content;
        });

    private static HostileRequest Json(string name, string json) =>
        new(name, HttpMethod.Post, "/api/analyze", () => new StringContent(json, Encoding.UTF8, "application/json"));

    private static HostileRequest Upload(string name, string fileName, byte[] bytes) =>
        new(name, HttpMethod.Post, "/api/analyze/file", () =>
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            var form = new MultipartFormDataContent();
            form.Add(file, "file", fileName);
            return form;
        });

    private static string JsonString(string key, string value) => "{\"" + key + "\": " + JsonQuote(value) + "}";

    // Lone surrogates are written as \u escapes, which is how a client that mangles text would send them.
    private static string JsonQuote(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                < ' ' or (>= '\uD800' and <= '\uDFFF') => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    private static string Flip(string s, Random random)
    {
        var chars = s.ToCharArray();
        chars[random.Next(chars.Length)] = "{}[]\",:\\"[random.Next(8)];
        return new string(chars);
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] FlipBytes(byte[] source, Random random)
    {
        var bytes = (byte[])source.Clone();
        for (var i = 0; i < 1 + random.Next(20); i++)
        {
            bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        }

        return bytes;
    }

    private static byte[] XmlBombDocx(byte[] docx)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            archive.GetEntry("word/document.xml")!.Delete();
            using var writer = new StreamWriter(archive.CreateEntry("word/document.xml").Open());
            writer.Write("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
            for (var i = 1; i <= 9; i++)
            {
                writer.Write($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? "" : (i - 1).ToString(System.Globalization.CultureInfo.InvariantCulture))};", 10))}\">");
            }

            writer.Write("]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>");
        }

        return stream.ToArray();
    }

    private static byte[] ZipBomb(byte[] docx)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var bomb = archive.CreateEntry("word/media/zeros.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 250; i++)
            {
                bomb.Write(zeros);
            }
        }

        return stream.ToArray();
    }
}
