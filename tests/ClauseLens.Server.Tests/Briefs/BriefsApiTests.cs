using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using AngleSharp.Html.Parser;
using ClauseLens.TestSupport;
using DocumentFormat.OpenXml.Packaging;

namespace ClauseLens.Server.Tests.Briefs;

[Collection(ServerCollection.Name)]
public sealed class BriefsApiTests(ClauseLensApp app)
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static readonly string[] Planted =
    [
        "JOINT DEVELOPMENT AGREEMENT",
        "This Joint Development Agreement is made on 1 April 2026 by and between Northwind Robotics Inc., a Delaware corporation (\"Northwind\"), and Sakura Seiki Co., Ltd., a company organised under the laws of Japan (\"Sakura\").",
        "1. Ownership. All Background IP and know-how that Sakura discloses in the Project, and all results of the Project, shall be assigned to and owned exclusively by Northwind.",
        "2. Confidentiality. Sakura shall keep confidential all information disclosed by Northwind and shall not disclose it to any third party.",
        "3. Non-Competition. During the term and for five (5) years after termination, Sakura shall not, directly or indirectly, engage in any business anywhere in the world that competes with Northwind.",
        "4. Term. This Agreement shall remain in force for three (3) years from the Effective Date.",
        "5. Governing Law. This Agreement shall be governed by the laws of the State of New York.",
        "6. Jurisdiction. The courts of New York shall have exclusive jurisdiction over any dispute arising out of this Agreement.",
    ];

    [Fact]
    public async Task PostingParagraphsReturnsAPrintableHtmlBriefByDefault()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/briefs", new { paragraphs = Planted });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain("script-src", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("Accept", response.Headers.Vary);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("JOINT DEVELOPMENT AGREEMENT", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("Northwind Robotics Inc. (Delaware); Sakura Seiki Co., Ltd. (Japan)", page.QuerySelector("table.deal")!.TextContent);
        Assert.Contains("New York (United States)", page.QuerySelector("table.deal")!.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll("li.gap"));
        Assert.Contains("japan-sme-collaboration", page.QuerySelector("footer")!.TextContent);
        Assert.Contains("clause-classifier", page.QuerySelector("footer")!.TextContent);
    }

    [Fact]
    public async Task ThePlantedHighSeverityProblemsLeadTheBrief()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/briefs?format=html", new { paragraphs = Planted });
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        var gaps = page.QuerySelectorAll("li.gap").ToList();
        Assert.InRange(gaps.Count, 2, 5);
        var severities = gaps.Select(g => g.QuerySelector("h3")!.TextContent.Split('(')[^1].TrimEnd(')')).ToList();
        Assert.Equal("High", severities[0]);
        Assert.Equal(severities.OrderBy(s => s switch { "High" => 0, "Medium" => 1, _ => 2 }), severities);
        var titles = string.Join("\n", gaps.Select(g => g.QuerySelector("h3")!.TextContent));
        Assert.Contains("non-compete", titles, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("background know-how", titles, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("?format=md", null, "text/markdown")]
    [InlineData("?format=markdown", null, "text/markdown")]
    [InlineData("?format=docx", null, DocxType)]
    [InlineData("?format=html", "text/markdown", "text/html")]
    [InlineData("", "text/markdown", "text/markdown")]
    [InlineData("", DocxType, DocxType)]
    [InlineData("", "application/json;q=0.9, text/markdown;q=0.5", "text/markdown")]
    [InlineData("", "text/markdown;q=0.2, text/html", "text/html")]
    [InlineData("", "*/*", "text/html")]
    public async Task TheFormatComesFromTheQueryThenTheAcceptHeader(string query, string? accept, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/briefs" + query) { Content = JsonContent.Create(new { paragraphs = Planted }) };
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AOneWayTerminationRightIsAPointWithHowToRaiseItWithAJapaneseSme()
    {
        string[] contract =
        [
            .. Planted.Take(4),
            "4. Term. This Agreement shall remain in force for three (3) years. This Agreement may be terminated by Northwind, without cause, upon thirty (30) days written notice to Sakura.",
            .. Planted.Skip(5),
        ];

        var response = await app.CreateClient().PostAsJsonAsync("/api/briefs?format=md", new { paragraphs = contract });
        var markdown = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Only Northwind may terminate at will", markdown);
        Assert.Contains("## How to raise it with a Japanese SME", markdown);
        Assert.Contains("Consult before you send redlines", markdown);
        Assert.DoesNotContain("things that matter most", markdown);
    }

    [Fact]
    public async Task TheDocxBriefDownloadsAsAnEditableWordFile()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/briefs?format=docx&paper=letter", new { paragraphs = Planted });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("negotiation-brief.docx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var package = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var headings = package.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Contains("The deal at a glance", headings);
        Assert.Contains("After signing", headings);
    }

    [Fact]
    public async Task AnUploadedFileGetsABriefWithTheChosenPlaybook()
    {
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(TestDocuments.Docx(Planted)) { Headers = { ContentType = new MediaTypeHeaderValue(DocxType) } }, "file", "contract.docx" },
            { new StringContent("commercial-nda"), "playbook" },
        };

        var response = await app.CreateClient().PostAsync("/api/briefs?format=md", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var markdown = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("# Negotiation brief: JOINT DEVELOPMENT AGREEMENT", markdown);
        Assert.Contains("(commercial-nda, version", markdown);
    }

    [Fact]
    public async Task MarkupInTheContractStaysTextInTheBrief()
    {
        string[] hostile =
        [
            "<b>JOINT</b> DEVELOPMENT AGREEMENT",
            "This Agreement is made between <script>alert`1`</script> Evil Corp and <img src=x onerror=alert(2)> K.K.",
            "1. Non-Competition. <img src=x onerror=alert(3)> shall not engage in any business anywhere in the world for ten (10) years after termination.",
        ];

        var response = await app.CreateClient().PostAsJsonAsync("/api/briefs", new { paragraphs = hostile });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(html);
        Assert.Empty(page.QuerySelectorAll("script, img, b"));
        Assert.Contains("<script>alert`1`</script> Evil Corp", page.QuerySelector("table.deal")!.TextContent);
    }

    public static TheoryData<string, string, string, HttpStatusCode, string> BadRequests => new()
    {
        { "?format=pdf", "application/json", "{\"text\":\"1. Term. Two years.\"}", HttpStatusCode.BadRequest, "Unknown brief format" },
        { "?paper=a3", "application/json", "{\"text\":\"1. Term. Two years.\"}", HttpStatusCode.BadRequest, "Unknown paper size" },
        { "", "text/plain", "1. Term. Two years.", HttpStatusCode.UnsupportedMediaType, "multipart/form-data" },
        { "", "application/json", "{\"text\":\"   \"}", HttpStatusCode.BadRequest, "no text to analyse" },
        { "", "application/json", "{\"text\":\"x\",\"html\":\"<p>x</p>\"}", HttpStatusCode.BadRequest, "exactly one" },
        { "", "application/json", "{\"text\":\"x\",\"playbook\":\"nope\"}", HttpStatusCode.BadRequest, "no playbook with id 'nope'" },
        { "", "application/json", "{\"text\": \"1. Secret clause", HttpStatusCode.BadRequest, "malformed" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task BadInputIsAProblemLikeAnalyze(string query, string contentType, string body, HttpStatusCode status, string detail)
    {
        var response = await app.CreateClient().PostAsync("/api/briefs" + query, new StringContent(body, Encoding.UTF8, contentType));

        var problem = await response.AssertProblem(status);
        Assert.Contains(detail, problem.Detail());
        Assert.DoesNotContain("Secret clause", problem.Detail());
    }

    [Fact]
    public async Task AnAcceptHeaderNoFormatMeetsIsNotAcceptable()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/briefs") { Content = JsonContent.Create(new { paragraphs = Planted }) };
        request.Headers.TryAddWithoutValidation("Accept", "application/pdf");

        var response = await app.CreateClient().SendAsync(request);

        var problem = await response.AssertProblem(HttpStatusCode.NotAcceptable);
        Assert.Contains("text/markdown", problem.Detail());
    }
}
