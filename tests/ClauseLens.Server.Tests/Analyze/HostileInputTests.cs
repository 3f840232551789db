using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClauseLens.TestSupport.Hostile;

namespace ClauseLens.Server.Tests.Analyze;

/// <summary>
/// The hostile files that once killed the process, ate gigabytes or pinned a core, each exactly as
/// found: refused before the work with 422 naming the limit (never the content), or read cheaply.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class HostileInputTests(ClauseLensApp app)
{
    private const string Run = "<w:r><w:t>The Licensee shall pay royalties.</w:t></w:r>";

    [Fact]
    public async Task ADocxOf16500NestedHyperlinksIsRefusedNamingTheDepthLimit()
    {
        var docx = RawDocx.Package("<w:p>" + Repeat("<w:hyperlink>", 16_500) + Run + Repeat("</w:hyperlink>", 16_500) + "</w:p>");

        await AssertLimit(await Upload(docx, "deep.docx"), "MaxNestingDepth");
    }

    [Fact]
    public async Task ADocxOf12000NestedContentControlsIsRefusedBeforeTheSdkLoadsIt()
    {
        var docx = RawDocx.Package(Repeat("<w:sdt><w:sdtContent>", 12_000) + "<w:p>" + Run + "</w:p>" + Repeat("</w:sdtContent></w:sdt>", 12_000));

        await AssertLimit(await Upload(docx, "deep.docx"), "MaxNestingDepth");
    }

    [Fact]
    public async Task FiftyThousandNestedDivsAreRefusedNamingTheDepthLimit()
    {
        var html = Repeat("<div>", 50_000) + "The Licensee shall pay royalties." + Repeat("</div>", 50_000);

        var response = await app.CreateClient().PostAsJsonAsync("/api/analyze", new { html });

        await AssertLimit(response, "MaxNestingDepth");
    }

    [Fact]
    public async Task APdfOfDeeplyNestedArraysIsRefusedNamingTheDepthLimit()
    {
        var pdf = RawPdf.OnePage(RawPdf.TextStream(["1. Term. Two years."]), Repeat("[", 10_000) + Repeat("]", 10_000));

        await AssertLimit(await Upload(pdf, "deep.pdf"), "MaxNestingDepth");
    }

    [Fact]
    public async Task APdfPageOfOneHugeStringIsRefusedNamingTheGlyphLimit()
    {
        var pdf = RawPdf.OnePage($"BT /F1 11 Tf 60 790 Td ({Repeat("A", 900 * 1024)}) Tj ET");

        await AssertLimit(await Upload(pdf, "string.pdf"), "MaxPdfGlyphsPerPage");
    }

    [Fact]
    public async Task ASmallDocxThatUnpacksToMoreXmlThanThePartLimitIsRefused()
    {
        var docx = RawDocx.Package(w =>
        {
            var paragraph = "<w:p>" + Run + "</w:p>";
            for (var written = 0L; written < 30L * 1024 * 1024; written += paragraph.Length)
            {
                w.Write(paragraph);
            }
        }, level: System.IO.Compression.CompressionLevel.SmallestSize);
        Assert.True(docx.Length < 1024 * 1024);

        await AssertLimit(await Upload(docx, "big.docx"), "MaxXmlPartBytes");
    }

    [Fact]
    public async Task ADocxElementWithAHundredThousandAttributesIsRefused()
    {
        var attributes = string.Concat(Enumerable.Range(0, 100_000).Select(i => $"a{i}=\"v\" "));
        var docx = RawDocx.Package($"<w:p><w:r><w:t {attributes}>x</w:t></w:r></w:p>");

        var problem = await (await Upload(docx, "attributes.docx")).AssertProblem(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("attributes", problem.Detail());
    }

    [Fact]
    public async Task AnHtmlListStartingAtTwoBillionInLettersIsNumberedInDecimal()
    {
        var response = await Upload("<ol type=\"a\" start=\"2000000000\"><li>x</li></ol>"u8.ToArray(), "list.html", includeParagraphs: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paragraphs = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("paragraphs");
        Assert.Equal("2000000000. x", paragraphs[0].GetString());
    }

    [Fact]
    public async Task ADocxListStartingAtTwoBillionWithNineLetterPlaceholdersBuildsAShortMarker()
    {
        var docx = RawDocx.Package(Repeat(RawDocx.NumberedParagraph(1, 0, "x"), 40), RawDocx.Numbering("2000000000", "lowerLetter", Repeat("%1", 9)));

        var response = await Upload(docx, "list.docx", includeParagraphs: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paragraphs = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("paragraphs");
        Assert.Equal(40, paragraphs.GetArrayLength());
        Assert.All(paragraphs.EnumerateArray(), p => Assert.True(p.GetString()!.Length <= 70, p.GetString()));
        Assert.StartsWith("200000000020000000002000000000", paragraphs[0].GetString());
    }

    [Fact]
    public async Task AnOrderedListOfTwentyThousandItemsIsNumberedInOrder()
    {
        var html = "<ol start=\"5\">" + Repeat("<li>x</li>", 20_000) + "</ol>";

        var response = await Upload(Encoding.UTF8.GetBytes(html), "list.html", includeParagraphs: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paragraphs = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("paragraphs");
        Assert.Equal("5. x", paragraphs[0].GetString());
        Assert.Equal("20004. x", paragraphs[19_999].GetString());
    }

    [Fact]
    public async Task AParagraphOfAMillionCapitalsIsAnalysed()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/analyze", new { text = new string('A', 1_000_000) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task AssertLimit(HttpResponseMessage response, string limit)
    {
        var problem = await response.AssertProblem(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(limit, problem.Detail());
        Assert.DoesNotContain("royalties", problem.Detail());
    }

    private Task<HttpResponseMessage> Upload(byte[] bytes, string fileName, bool includeParagraphs = false)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        return app.CreateClient().PostAsync("/api/analyze/file" + (includeParagraphs ? "?includeParagraphs=true" : ""), form);
    }

    private static string Repeat(string s, int count) => string.Concat(Enumerable.Repeat(s, count));
}
