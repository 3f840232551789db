using System.Net;
using System.Net.Http.Json;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ClauseLens.Server.Tests.Issues;

[Collection(ServerCollection.Name)]
public sealed class IssuesApiTests(ClauseLensApp app)
{
    private static object Row(string clause, string finding, string decision, string note) => new
    {
        clause,
        heading = "秘密保持",
        finding,
        severity = "High",
        kind = "Overly broad",
        evidence = "受領者は、第三者に開示してはならない。",
        ask = "Add the standard exclusions.",
        fallback = "Confidential Information does not include …",
        decision,
        note,
        reviewer = "Aiko Tanaka",
        date = "2026-12-07 09:15",
        history = "2026-12-07 09:15 Aiko Tanaka: — → Raised with the other side",
    };

    [Fact]
    public async Task AnIssueListBecomesAWorkbookWithAHeaderAndOneRowPerIssue()
    {
        var rows = new[] { Row("4.3", "NDA exclusions are missing", "Raised with the other side", "相手方に確認済み"), Row("5", "Non-compete is worldwide", "Accepted risk", "") };

        var response = await app.CreateClient().PostAsJsonAsync("/api/issues/export?format=xlsx", new { rows });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("issues.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var table = Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(3, table.Count);
        Assert.Equal(["#", "Clause", "Heading", "Finding", "Severity", "Kind", "Evidence", "Ask for", "Fallback", "Decision", "Note", "Reviewer", "Date", "History"], table[0]);
        Assert.Equal(["1", "4.3", "秘密保持", "NDA exclusions are missing", "High", "Overly broad"], table[1].Take(6));
        Assert.Equal("相手方に確認済み", table[1][10]);
        Assert.Equal("Raised with the other side", table[1][9]);
        Assert.Equal(["2", "5"], table[2].Take(2));
        Assert.Equal("", table[2][10]);
    }

    [Fact]
    public async Task AJapaneseReviewersWorkbookHasJapaneseHeadings()
    {
        var rows = new[] { Row("第4条", "除外事由が不足している", "相手方に提起済み", "") };

        var response = await app.CreateClient().PostAsJsonAsync("/api/issues/export?format=xlsx", new { rows, language = "ja" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var table = Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["#", "条項", "見出し", "指摘事項", "重要度", "種別", "根拠となる文言", "要望", "代替案", "対応", "メモ", "確認者", "日時", "履歴"], table[0]);
        Assert.Equal(["1", "第4条"], table[1].Take(2));
    }

    [Fact]
    public async Task AnUnknownLanguageIsA400NamingTheAllowedOnes()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/issues/export?format=xlsx", new { rows = new[] { Row("1", "x", "", "") }, language = "fr" });

        var problem = await response.AssertProblem(HttpStatusCode.BadRequest);
        Assert.Contains("en, ja", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NothingOfTheIssueListIsLogged()
    {
        await app.CreateClient().PostAsJsonAsync("/api/issues/export", new { rows = new[] { Row("9", "Unique finding title 7Q", "Resolved", "Private note XJ42") } });

        var logged = app.LoggedText();
        Assert.DoesNotContain("Private note XJ42", logged);
        Assert.DoesNotContain("Unique finding title 7Q", logged);
    }

    [Theory]
    [InlineData("{\"rows\": null}", "rows")]
    [InlineData("{\"rows\": [null]}", "Row 1")]
    [InlineData("{\"rows\": [{\"note\": 5}]}", "malformed")]
    public async Task ABadIssueListIsA400(string json, string expected)
    {
        var response = await app.CreateClient().PostAsync("/api/issues/export", new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblem(HttpStatusCode.BadRequest);
        Assert.Contains(expected, problem.Detail());
    }

    [Fact]
    public async Task ANoteLongerThanACellIsA400NamingRowAndColumn()
    {
        var rows = new[] { Row("1", "f", "Resolved", ""), Row("2", "f", "Resolved", new string('x', 40_000)) };

        var response = await app.CreateClient().PostAsJsonAsync("/api/issues/export", new { rows });

        var problem = await response.AssertProblem(HttpStatusCode.BadRequest);
        Assert.Contains("Row 2: the note", problem.Detail());
    }

    [Fact]
    public async Task AnUnknownFormatIsA400()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/issues/export?format=pdf", new { rows = Array.Empty<object>() });

        await response.AssertProblem(HttpStatusCode.BadRequest);
    }

    private static List<List<string>> Read(byte[] xlsx)
    {
        using var package = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var sheet = package.WorkbookPart!.WorksheetParts.Single().Worksheet!;
        return [.. sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList())];
    }
}
