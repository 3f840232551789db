using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ClauseLens.TestSupport;

namespace ClauseLens.Server.Tests.Analyze;

[Collection(ServerCollection.Name)]
public sealed class AnalyzeApiTests(ClauseLensApp app)
{
    private const string ShortContract =
        "MUTUAL NON-DISCLOSURE AGREEMENT\n" +
        "1. Confidential Information. Each party shall keep confidential all non-public technical and business information disclosed by the other party and shall use it only to evaluate the proposed collaboration.\n" +
        "2. Term. This Agreement remains in force for two (2) years from the Effective Date.\n" +
        "3. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of Japan.";

    [Fact]
    public async Task PostingARealContractReturnsClausesLabelsAndOffsets()
    {
        var text = await File.ReadAllTextAsync(SharedData.ContractFiles().First(f => f.Contains("CARDAX")));

        var response = await app.CreateClient().PostAsJsonAsync("/api/analyze", new { text });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("clause-classifier", result.GetProperty("modelVersion").GetString());
        Assert.Equal("japan-sme-collaboration", result.GetProperty("playbook").GetProperty("id").GetString());
        var clauses = result.GetProperty("clauses").EnumerateArray().ToList();
        Assert.True(clauses.Count >= 20, $"only {clauses.Count} clauses");
        var previousEnd = 0;
        foreach (var clause in clauses)
        {
            var start = clause.GetProperty("start").GetInt32();
            var end = clause.GetProperty("end").GetInt32();
            Assert.True(start >= previousEnd && end > start, "clauses are ordered and do not overlap");
            Assert.True(clause.GetProperty("paragraphEnd").GetInt32() >= clause.GetProperty("paragraphStart").GetInt32());
            previousEnd = end;
        }

        var labels = clauses.SelectMany(c => c.GetProperty("labels").EnumerateArray())
            .Select(l => l.GetProperty("label").GetString()).ToHashSet();
        Assert.Contains("term_termination", labels);
        Assert.Contains("assignment", labels);
        Assert.DoesNotContain("other", labels);

        // Its choice of law sits in "11.1 Dispute Resolution": the extractor names it, so the
        // playbook does not report governing law as missing even where the classifier is unsure.
        Assert.Contains(clauses, c => c.GetProperty("facts").GetProperty("governingLaw").EnumerateArray()
            .Any(f => f.GetProperty("jurisdiction").GetString() == "New York"));
        Assert.DoesNotContain(result.GetProperty("summary").GetProperty("missingLabels").EnumerateArray(), l => l.GetString() == "governing_law");
    }

    [Fact]
    public async Task ResponseCarriesOffsetsNotTheContractText()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/analyze", new { text = ShortContract });

        await response.AssertOkWithout("evaluate the proposed collaboration", "construed in accordance");
    }

    [Fact]
    public async Task MissingCoreClausesAreReportedAndPresentOnesAreNot()
    {
        // Named: with no playbook, this NDA would get the NDA playbook, which asks for no ownership clause.
        var response = await app.CreateClient().PostAsJsonAsync("/api/analyze", new { text = ShortContract, playbook = "japan-sme-collaboration" });

        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        var missing = result.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("kind").GetString() == "missing")
            .ToList();
        var missingLabels = missing.Select(f => f.GetProperty("label").GetString()).ToHashSet();
        Assert.Contains("ip_ownership", missingLabels);
        Assert.Contains("non_compete", missingLabels);
        Assert.DoesNotContain("governing_law", missingLabels);
        Assert.DoesNotContain("confidentiality", missingLabels);
        Assert.All(missing, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("explanation").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("ask").GetString()));
        });
        Assert.Equal(missingLabels.OrderBy(l => l), result.GetProperty("summary").GetProperty("missingLabels")
            .EnumerateArray().Select(l => l.GetString()).OrderBy(l => l));
    }

    [Fact]
    public async Task WithNoPlaybookNamedAnNdaGetsTheNdaPlaybookAndNoOwnershipFinding()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/analyze", new { text = ShortContract });

        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("nda", result.GetProperty("contractType").GetProperty("id").GetString());
        Assert.Equal("detected", result.GetProperty("contractType").GetProperty("source").GetString());
        Assert.Equal("commercial-nda", result.GetProperty("playbook").GetProperty("id").GetString());
        Assert.Contains("nda", result.GetProperty("playbook").GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(result.GetProperty("findings").EnumerateArray(), f => f.GetProperty("label").GetString() == "ip_ownership");
    }

    [Fact]
    public async Task ParagraphsMapBackToTheParagraphsSent()
    {
        string[] paragraphs =
        [
            "LICENCE AGREEMENT",
            "1. Grant of Licence",
            "The Licensor grants the Licensee a non-exclusive, non-transferable licence to use the Software in Japan.",
            "",
            "2. Governing Law",
            "This Agreement is governed by the laws of the State of New York.",
        ];

        var response = await app.CreateClient().PostAsJsonAsync("/api/analyze", new { paragraphs });

        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        var joined = string.Join('\n', paragraphs);
        var clauses = result.GetProperty("clauses").EnumerateArray().ToList();
        Assert.All(clauses, c =>
        {
            Assert.InRange(c.GetProperty("paragraphStart").GetInt32(), 0, paragraphs.Length - 1);
            Assert.InRange(c.GetProperty("paragraphEnd").GetInt32(), 0, paragraphs.Length - 1);
            Assert.InRange(c.GetProperty("end").GetInt32(), 1, joined.Length);
        });
        var law = Assert.Single(clauses, c => c.GetProperty("labels").EnumerateArray().Any(l => l.GetProperty("label").GetString() == "governing_law"));
        Assert.Contains("laws of the State of New York", joined[law.GetProperty("start").GetInt32()..law.GetProperty("end").GetInt32()]);
        Assert.Equal(4, law.GetProperty("paragraphStart").GetInt32());
        Assert.Equal(6, result.GetProperty("summary").GetProperty("paragraphCount").GetInt32());
    }

    [Fact]
    public async Task HtmlIsAnalysedWithoutItsScripts()
    {
        const string html = "<html><head><script>alert('x')</script><style>p{}</style></head><body>" +
            "<h2>7. Governing Law</h2><p>This Agreement is governed by the laws of Japan &amp; the parties submit to the Tokyo District Court.</p></body></html>";

        var response = await app.CreateClient().PostAsJsonAsync("/api/analyze", new { html, playbook = "japan-sme-collaboration" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(result.GetProperty("clauses").EnumerateArray(),
            c => c.GetProperty("labels").EnumerateArray().Any(l => l.GetProperty("label").GetString() == "governing_law"));
    }

    [Fact]
    public async Task UploadedDocxIsAnalysedAndCanReturnItsParagraphs()
    {
        string[] paragraphs = ["1. Confidentiality", "The Recipient shall hold the Discloser's Confidential Information in strict confidence and shall not disclose it to any third party.", "2. Governing Law", "This Agreement shall be governed by the laws of England and Wales."];

        var response = await Upload(TestDocuments.Docx(paragraphs), "agreement.docx", "?includeParagraphs=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(paragraphs, result.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()));
        Assert.True(result.GetProperty("clauses").GetArrayLength() >= 2);
    }

    [Fact]
    public async Task UploadedPdfIsAnalysed()
    {
        string[] paragraphs = ["12. GOVERNING LAW", "This Agreement and any dispute arising out of it shall be governed by and construed in accordance with the laws of Japan, without regard to its conflict of laws rules."];

        var response = await Upload(TestDocuments.Pdf(paragraphs), "agreement.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.DoesNotContain("paragraphs", result.EnumerateObject().Select(p => p.Name));
        Assert.Contains(result.GetProperty("clauses").EnumerateArray(),
            c => c.GetProperty("labels").EnumerateArray().Any(l => l.GetProperty("label").GetString() == "governing_law"));
    }

    [Theory]
    [InlineData("meti-jpo-model-1.docx", 12)]
    [InlineData("meti-jpo-model-3.docx", 22)]
    public async Task JapaneseModelContractArticlesComeOutAsClauses(string file, int articles)
    {
        var bytes = await File.ReadAllBytesAsync(SharedData.PathOf("ja", "contracts", file));

        var response = await Upload(bytes, file);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        var numbers = result.GetProperty("clauses").EnumerateArray()
            .Select(c => c.TryGetProperty("number", out var n) ? n.GetString() : null)
            .Where(n => n is not null && n.StartsWith('第') && n.EndsWith('条'))
            .Distinct()
            .ToList();
        Assert.Equal(Enumerable.Range(1, articles).Select(i => $"第{i}条"), numbers);
    }

    [Fact]
    public async Task PlaybooksAreListedWithTheDefault()
    {
        var playbooks = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/playbooks");

        Assert.Contains(playbooks.EnumerateArray(), p => p.GetProperty("id").GetString() == "japan-sme-collaboration" && p.GetProperty("builtIn").GetBoolean());
    }

    [Fact]
    public async Task OpenApiDocumentDescribesTheAnalyzeEndpoints()
    {
        var client = app.CreateClient();
        var doc = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/analyze", paths);
        Assert.Contains("/api/analyze/file", paths);

        var reference = await client.GetAsync("/docs/");
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Contains("text/html", reference.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task TheApiReferenceOffersNoAiChatShareOrDeployButtons()
    {
        // The reference page's AI chat would send requests (contract text) to a third party, and its
        // developer toolbar offers "Share" and "Deploy"; neither belongs in a confidentiality tool.
        var page = await app.CreateClient().GetStringAsync("/docs/");

        Assert.Contains("\"agent\":{\"disabled\":true}", page, StringComparison.Ordinal);
        Assert.Contains("\"mcp\":{\"disabled\":true}", page, StringComparison.Ordinal);
        Assert.Contains("\"showDeveloperTools\":\"never\"", page, StringComparison.Ordinal);
        Assert.Contains("\"telemetry\":false", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthNamesTheLoadedModel()
    {
        var response = await app.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    private Task<HttpResponseMessage> Upload(byte[] bytes, string fileName, string query = "")
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "file", fileName);
        return app.CreateClient().PostAsync("/api/analyze/file" + query, content);
    }
}
