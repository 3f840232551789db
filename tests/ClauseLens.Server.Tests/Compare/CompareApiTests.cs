using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClauseLens.TestSupport;

namespace ClauseLens.Server.Tests.Compare;

[Collection(ServerCollection.Name)]
public sealed class CompareApiTests(ClauseLensApp app)
{
    private static string Number(JsonElement analysis, string? clauseId) =>
        analysis.GetProperty("clauses").EnumerateArray().Single(c => c.GetProperty("id").GetString() == clauseId).GetProperty("number").GetString() ?? "";

    private async Task<JsonElement> CompareJson(string before, string after)
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/compare", new { before = new { text = before }, after = new { text = after } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task ARedlineOfTwoClausesReportsThoseTwoChangedWithTheirNewFindings()
    {
        var result = await CompareJson(Redlines.Contract, Redlines.TwoClausesChanged(Redlines.Contract));

        var changes = result.GetProperty("changes").EnumerateArray().ToList();
        Assert.All(changes, c => Assert.Equal("changed", c.GetProperty("kind").GetString()));
        Assert.Equal(["4.3", "5"], changes.Select(c => Number(result.GetProperty("after"), c.GetProperty("afterClauseId").GetString())));
        var changedIds = changes.Select(c => c.GetProperty("afterClauseId").GetString()).ToHashSet();
        var added = result.GetProperty("findings").GetProperty("new").EnumerateArray().ToList();
        Assert.NotEmpty(added);
        // Playbook findings sit on the changed clauses; a drafting finding may not (a definition that a
        // changed clause stops using becomes unused where it is defined).
        Assert.All(added.Where(f => f.GetProperty("kind").GetString() != "drafting"), f => Assert.Contains(f.GetProperty("clauseId").GetString(), changedIds));
        Assert.Contains(added, f => f.GetProperty("ruleId").GetString() == "nda-exclusions");
        Assert.Contains(added, f => f.GetProperty("ruleId").GetString() == "non-compete-territory");
    }

    [Fact]
    public async Task IdenticalDraftsReportNoChange()
    {
        var result = await CompareJson(Redlines.Contract, Redlines.Contract);

        Assert.Empty(result.GetProperty("changes").EnumerateArray());
        Assert.Empty(result.GetProperty("findings").GetProperty("new").EnumerateArray());
        Assert.Empty(result.GetProperty("findings").GetProperty("resolved").EnumerateArray());
    }

    [Fact]
    public async Task AMovedClauseIsReportedMoved()
    {
        var result = await CompareJson(Redlines.Contract, Redlines.DisputeResolutionMovedDown(Redlines.Contract));

        var change = Assert.Single(result.GetProperty("changes").EnumerateArray());
        Assert.Equal("moved", change.GetProperty("kind").GetString());
        Assert.False(change.GetProperty("textChanged").GetBoolean());
    }

    [Fact]
    public async Task TwoUploadedDocxDraftsAreCompared()
    {
        var content = new MultipartFormDataContent
        {
            { File(TestDocuments.Docx(Redlines.Contract.Split('\n'))), "before", "v1.docx" },
            { File(TestDocuments.Docx(Redlines.TwoClausesChanged(Redlines.Contract).Split('\n'))), "after", "v2.docx" },
        };

        var response = await app.CreateClient().PostAsync("/api/compare", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, result.GetProperty("changes").GetArrayLength());
    }

    [Fact]
    public async Task TheResponseCarriesOffsetsNotTheContractText()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/compare",
            new { before = new { text = Redlines.Contract }, after = new { text = Redlines.TwoClausesChanged(Redlines.Contract) } });

        await response.AssertOkWithout("directly or indirectly, engage in any business", "is rightfully received from a third party");
    }

    [Fact]
    public async Task NeitherDraftIsLogged()
    {
        await CompareJson(Redlines.Contract, Redlines.TwoClausesChanged(Redlines.Contract));

        var logged = app.LoggedText();
        Assert.Contains(app.Logs.GetSnapshot(), r => r.Message.StartsWith("Compared drafts", StringComparison.Ordinal));
        Assert.DoesNotContain("directly or indirectly, engage in any business", logged);
        Assert.DoesNotContain("Kanto Precision", logged);
    }

    [Theory]
    [InlineData("{\"after\": {\"text\": \"1. Law. Japan.\"}}", "'before'")]
    [InlineData("{\"before\": {\"text\": \"1. Law. Japan.\"}}", "'after'")]
    [InlineData("{\"before\": {\"text\": \"1. Law. Japan.\"}, \"after\": {\"text\": \"   \"}}", "'after'")]
    [InlineData("{\"before\": {\"text\": \"a\", \"html\": \"<p>a</p>\"}, \"after\": {\"text\": \"b\"}}", "'before'")]
    public async Task AMissingOrBadDraftIsA400NamingWhichOne(string json, string named)
    {
        var response = await app.CreateClient().PostAsync("/api/compare", new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblem(HttpStatusCode.BadRequest);
        Assert.Contains(named, problem.Detail());
    }

    [Fact]
    public async Task AnUnreadableUploadedDraftIsA422NamingWhichOne()
    {
        var content = new MultipartFormDataContent
        {
            { File(TestDocuments.Docx(["1. Law. This Agreement is governed by the laws of Japan."])), "before", "v1.docx" },
            { File(Encoding.UTF8.GetBytes("not a zip at all")), "after", "v2.docx" },
        };

        var response = await app.CreateClient().PostAsync("/api/compare", content);

        var problem = await response.AssertProblem(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("'after'", problem.Detail());
    }

    [Fact]
    public async Task AnUnsupportedUploadedDraftIsA415NamingWhichOne()
    {
        var content = new MultipartFormDataContent
        {
            { File([1, 2, 3]), "before", "v1.exe" },
            { File(TestDocuments.Docx(["1. Law. Japan."])), "after", "v2.docx" },
        };

        var response = await app.CreateClient().PostAsync("/api/compare", content);

        var problem = await response.AssertProblem(HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("'before'", problem.Detail());
    }

    [Fact]
    public async Task AnUploadWithOneDraftIsA400NamingTheMissingOne()
    {
        var content = new MultipartFormDataContent { { File(TestDocuments.Docx(["1. Law. Japan."])), "before", "v1.docx" } };

        var response = await app.CreateClient().PostAsync("/api/compare", content);

        var problem = await response.AssertProblem(HttpStatusCode.BadRequest);
        Assert.Contains("'after'", problem.Detail());
    }

    [Fact]
    public async Task PlainTextIsA415()
    {
        var response = await app.CreateClient().PostAsync("/api/compare", new StringContent("before", Encoding.UTF8, "text/plain"));

        await response.AssertProblem(HttpStatusCode.UnsupportedMediaType);
    }

    private static ByteArrayContent File(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return content;
    }
}
