using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using ClauseLens.TestSupport;

namespace ClauseLens.Server.Tests.Analyze;

[Collection(ServerCollection.Name)]
public sealed class BadInputTests(ClauseLensApp app)
{
    [Theory]
    [InlineData("""{ "text": "" }""")]
    [InlineData("""{ "text": "   \n\t  \r\n " }""")]
    [InlineData("""{ "paragraphs": [] }""")]
    [InlineData("""{ "paragraphs": ["", "  ", null] }""")]
    [InlineData("""{ "html": "<html><body><script>var a = 1;</script><p> </p></body></html>" }""")]
    [InlineData("""{ }""")]
    [InlineData("""null""")]
    public async Task PostingAnEmptyContractReturnsProblemDetails(string json)
    {
        var response = await PostJson(json);

        var problem = await response.AssertProblem(HttpStatusCode.BadRequest);
        Assert.Contains("empty", problem.GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task MalformedJsonSaysWhereWithoutEchoingTheBody()
    {
        var response = await PostJson("""{ "text": "The Supplier shall indemnify the Buyer" """);

        var problem = await response.AssertProblem(HttpStatusCode.BadRequest);
        Assert.Contains("malformed", problem.Detail());
        Assert.DoesNotContain("indemnify", problem.Detail());
    }

    [Fact]
    public async Task SendingTwoFormsOfTheContractIsRefused()
    {
        var response = await PostJson("""{ "text": "a", "html": "<p>b</p>" }""");

        var problem = await response.AssertProblem(HttpStatusCode.BadRequest);
        Assert.Contains("exactly one", problem.Detail());
    }

    [Fact]
    public async Task AnUnknownPlaybookIsNamed()
    {
        var response = await PostJson("""{ "text": "1. Term. Two years.", "playbook": "no-such-playbook" }""");

        var problem = await response.AssertProblem(HttpStatusCode.BadRequest);
        Assert.Contains("no-such-playbook", problem.Detail());
    }

    [Fact]
    public async Task PlainTextBodyIsUnsupportedMediaType()
    {
        var response = await app.CreateClient().PostAsync("/api/analyze", new StringContent("The parties agree.", Encoding.UTF8, "text/plain"));

        var problem = await response.AssertProblem(HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("application/json", problem.Detail());
    }

    [Fact]
    public async Task JsonSentToTheFileEndpointIsUnsupportedMediaType()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/analyze/file", new { text = "x" });

        var problem = await response.AssertProblem(HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("multipart/form-data", problem.Detail());
    }

    [Theory]
    [InlineData("contract.exe")]
    [InlineData("contract.doc")]
    [InlineData("contract")]
    [InlineData("contract.rtf")]
    public async Task AnUnsupportedFileTypeNamesTheSupportedOnes(string fileName)
    {
        var response = await Upload(Encoding.UTF8.GetBytes("1. Term. Two years."), fileName);

        var problem = await response.AssertProblem(HttpStatusCode.UnsupportedMediaType);
        foreach (var ext in new[] { ".docx", ".pdf", ".html", ".txt" })
        {
            Assert.Contains(ext, problem.Detail());
        }
    }

    [Fact]
    public async Task UploadWithoutAFileIsABadRequest()
    {
        var form = new MultipartFormDataContent { { new StringContent("japan-sme-collaboration"), "playbook" } };

        var response = await app.CreateClient().PostAsync("/api/analyze/file", form);

        var problem = await response.AssertProblem(HttpStatusCode.BadRequest);
        Assert.Contains("'file'", problem.Detail());
    }

    [Fact]
    public async Task ACorruptDocxSaysTheFileCouldNotBeRead()
    {
        var response = await Upload(Encoding.UTF8.GetBytes("PK\u0003\u0004 this is not really a zip archive at all"), "broken.docx");

        var problem = await response.AssertProblem(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("could not be read", problem.Detail());
    }

    [Fact]
    public async Task AZipThatIsNotAWordDocumentSaysTheFileCouldNotBeRead()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(archive.CreateEntry("readme.txt").Open());
            entry.Write("not a word document");
        }

        var response = await Upload(zip.ToArray(), "notes.docx");

        var problem = await response.AssertProblem(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("could not be read", problem.Detail());
    }

    [Fact]
    public async Task ACorruptPdfSaysTheFileCouldNotBeRead()
    {
        var pdf = TestDocuments.Pdf(["1. Governing Law. This Agreement is governed by the laws of Japan."]);
        var truncated = pdf[..(pdf.Length / 3)];

        var response = await Upload(truncated, "broken.pdf");

        var problem = await response.AssertProblem(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("could not be read", problem.Detail());
    }

    [Fact]
    public async Task ADocxZipBombIsRefusedWithoutUnpackingIt()
    {
        // 300 MB of zeros compresses to about 300 KB: over the 200 MB unpack limit by its directory alone.
        var real = TestDocuments.Docx(["1. Term. This Agreement lasts two years."]);
        using var zip = new MemoryStream();
        zip.Write(real);
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var bomb = archive.CreateEntry("word/media/padding.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 300; i++)
            {
                bomb.Write(zeros);
            }
        }

        var response = await Upload(zip.ToArray(), "bomb.docx");

        var problem = await response.AssertProblem(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("limit", problem.Detail(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ADocxWithAbsurdlyManyEntriesIsRefused()
    {
        var real = TestDocuments.Docx(["1. Term. This Agreement lasts two years."]);
        using var zip = new MemoryStream();
        zip.Write(real);
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Update, leaveOpen: true))
        {
            for (var i = 0; i < 6_000; i++)
            {
                archive.CreateEntry($"customXml/item{i}.xml");
            }
        }

        var response = await Upload(zip.ToArray(), "many.docx");

        var problem = await response.AssertProblem(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("limit", problem.Detail(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ABodyOverTheConfiguredLimitIsRefusedWith413()
    {
        using var small = new ClauseLensApp().With("ClauseLens:Limits:MaxRequestBytes", "65536");
        var text = string.Concat(Enumerable.Repeat("The Licensee shall pay royalties quarterly. ", 3000));

        var response = await small.CreateClient().PostAsJsonAsync("/api/analyze", new { text });

        var problem = await response.AssertProblem(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("65,536", problem.Detail());
    }

    [Fact]
    public async Task AnUploadOverTheConfiguredLimitIsRefusedWith413()
    {
        using var small = new ClauseLensApp().With("ClauseLens:Limits:MaxRequestBytes", "65536");
        var content = new MultipartFormDataContent { { new ByteArrayContent(new byte[200_000]), "file", "big.pdf" } };

        var response = await small.CreateClient().PostAsync("/api/analyze/file", content);

        await response.AssertProblem(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task TextOverTheCharacterLimitIsRefusedWith413NamingTheLimit()
    {
        using var small = new ClauseLensApp().With("ClauseLens:Limits:MaxCharacters", "5000");
        var text = string.Concat(Enumerable.Repeat("The Licensee shall pay royalties quarterly. ", 200));

        var response = await small.CreateClient().PostAsJsonAsync("/api/analyze", new { text });

        var problem = await response.AssertProblem(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("5000", problem.Detail());
    }

    [Fact]
    public async Task AnEmptyUploadIsABadRequest()
    {
        var response = await Upload([], "empty.txt");

        await response.AssertProblem(HttpStatusCode.BadRequest);
    }

    private Task<HttpResponseMessage> PostJson(string json) =>
        app.CreateClient().PostAsync("/api/analyze", new StringContent(json, Encoding.UTF8, "application/json"));

    private Task<HttpResponseMessage> Upload(byte[] bytes, string fileName)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "file", fileName);
        return app.CreateClient().PostAsync("/api/analyze/file", content);
    }
}
