using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using ClauseLens.TestSupport;

namespace ClauseLens.Server.Tests.Briefs;

/// <summary>
/// <c>/api/briefs</c> in the reviewer's language (issues 18 and 21), through the real pipeline:
/// <c>language</c> in the body, the form or the query; the contract is still quoted in its own.
/// </summary>
public sealed class BriefLanguageApiTests(ClauseLensApp app) : IClassFixture<ClauseLensApp>
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static readonly string[] Planted =
    [
        "JOINT DEVELOPMENT AGREEMENT",
        "This Joint Development Agreement is made on 1 April 2026 by and between Northwind Robotics Inc., a Delaware corporation (\"Northwind\"), and Sakura Seiki Co., Ltd., a company organised under the laws of Japan (\"Sakura\").",
        "1. Ownership. All Background IP and know-how that Sakura discloses in the Project, and all results of the Project, shall be assigned to and owned exclusively by Northwind.",
        "2. Non-Competition. During the term and for five (5) years after termination, Sakura shall not, directly or indirectly, engage in any business anywhere in the world that competes with Northwind.",
        "3. Governing Law. This Agreement shall be governed by the laws of the State of New York.",
    ];

    [Theory]
    [InlineData("", true)]
    [InlineData("?language=ja", false)]
    public async Task AJapaneseReviewerGetsTheBriefInJapanese(string query, bool inBody)
    {
        object body = inBody ? new { paragraphs = Planted, language = "ja" } : new { paragraphs = Planted };

        var response = await app.CreateClient().PostAsJsonAsync("/api/briefs" + query, body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("ja", page.DocumentElement.GetAttribute("lang"));
        var headings = page.QuerySelectorAll("h2").Select(h => h.TextContent).ToList();
        Assert.Contains("取引の概要", headings);
        Assert.Contains("日本の中小企業との交渉の進め方", headings);
        Assert.DoesNotContain("The deal at a glance", page.Body!.TextContent, StringComparison.Ordinal);
        // The deal in Japanese; the parties' names as the contract writes them.
        var deal = page.QuerySelector("table.deal")!.TextContent;
        Assert.Contains("ニューヨーク州法（米国）", deal, StringComparison.Ordinal);
        Assert.Contains("Northwind Robotics Inc.（デラウェア州）", deal, StringComparison.Ordinal);
        // The points from the playbook's Japanese texts, with their severity in Japanese.
        var gaps = page.QuerySelectorAll("li.gap h3").Select(h => h.TextContent).ToList();
        Assert.NotEmpty(gaps);
        Assert.EndsWith("（重要度：高）", gaps[0], StringComparison.Ordinal);
        Assert.Contains("日本の中小企業との技術協業", page.QuerySelector("footer")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AJapaneseContractUploadedWithoutALanguageGetsAJapaneseBriefInEveryFormat()
    {
        var bytes = await File.ReadAllBytesAsync(SharedData.PathOf("ja", "contracts", "meti-jpo-model-3.docx"));
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue(DocxType) } }, "file", "contract.docx" },
        };

        var response = await app.CreateClient().PostAsync("/api/briefs?format=md", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var markdown = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("# 交渉メモ：", markdown, StringComparison.Ordinal);
        Assert.Contains("## 契約締結後の管理事項", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("After signing", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEnglishReviewerOfAJapaneseContractGetsTheEnglishBrief()
    {
        var bytes = await File.ReadAllBytesAsync(SharedData.PathOf("ja", "contracts", "meti-jpo-model-3.docx"));
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue(DocxType) } }, "file", "contract.docx" },
            { new StringContent("en"), "language" },
        };

        var response = await app.CreateClient().PostAsync("/api/briefs?format=md", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var markdown = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("# Negotiation brief: ", markdown, StringComparison.Ordinal);
        Assert.Contains("## After signing", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "{\"text\":\"1. Term. Two years.\",\"language\":\"fr\"}")]
    [InlineData("?language=fr", "{\"text\":\"1. Term. Two years.\"}")]
    public async Task AnUnknownLanguageIsAProblemNamingTheAllowedOnes(string query, string body)
    {
        var response = await app.CreateClient().PostAsync("/api/briefs" + query, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblem(HttpStatusCode.BadRequest);
        Assert.Contains("en, ja", problem.Detail());
        Assert.Equal("language", problem.GetProperty("field").GetString());
        Assert.Equal(["en", "ja"], problem.GetProperty("allowed").EnumerateArray().Select(e => e.GetString()));
    }
}
