using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using static ClauseLens.Server.Tests.Batches.BatchClient;

namespace ClauseLens.Server.Tests.Batches;

/// <summary>
/// Batches with a contract type, side and language (issue 18), and the batch's exports for people and
/// for Excel (issues 20 and 21): on SQLite and on PostgreSQL, over real HTTP.
/// </summary>
public abstract partial class BatchesApiContract
{
    private const string Nda =
        "MUTUAL NON-DISCLOSURE AGREEMENT\nEach party shall keep the other party's information confidential.\n" +
        "This Agreement is governed by the laws of Japan.";

    private const string Japanese = "共同研究開発契約書\n第1条（目的）\n本契約は、甲乙が共同して研究開発を行うことを目的とする。\nNeither party shall compete with the other worldwide.";

    [Fact]
    public async Task WithoutAPlaybookEachDocumentGetsThePlaybookForItsDetectedType()
    {
        var client = app.Client();

        var status = await client.WaitForCompletion(await client.Submit(Files(Text("nda.txt", Nda), Text("collab.txt", Gappy))));

        Assert.False(status.TryGetProperty("playbook", out _)); // none named for the batch: each document says which it got
        var documents = status.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(["nda", "collaboration"], documents.Select(d => d.GetProperty("contractType").GetString()));
        Assert.Equal(["nda-keywords", "collaboration-keywords"], documents.Select(d => d.GetProperty("playbook").GetString()));
        var results = await client.GetFromJsonAsync<JsonElement>(status.GetProperty("links").GetProperty("json").GetString());
        var analysis = results.GetProperty("documents")[0].GetProperty("analysis");
        Assert.Equal("detected", analysis.GetProperty("contractType").GetProperty("source").GetString());
        Assert.Equal("nda-keywords", analysis.GetProperty("playbook").GetProperty("id").GetString());
    }

    [Fact]
    public async Task AGivenTypeSideAndLanguageApplyToEveryDocumentAndAreKept()
    {
        var client = app.Client();
        var form = Files(Text("a.txt", Gappy), Text("b.txt", Complete));
        form.Add(new StringContent("nda"), "contractType");
        form.Add(new StringContent("recipient"), "side");
        form.Add(new StringContent("ja"), "language");

        var status = await client.WaitForCompletion(await client.Submit(form));

        Assert.Equal(("nda", "recipient", "ja"),
            (status.GetProperty("contractType").GetString(), status.GetProperty("side").GetString(), status.GetProperty("language").GetString()));
        Assert.All(status.GetProperty("documents").EnumerateArray(), d => Assert.Equal("nda", d.GetProperty("contractType").GetString()));
        var results = await client.GetFromJsonAsync<JsonElement>(status.GetProperty("links").GetProperty("json").GetString());
        Assert.Equal("recipient", results.GetProperty("side").GetString());
        foreach (var document in results.GetProperty("documents").EnumerateArray())
        {
            var analysis = document.GetProperty("analysis");
            Assert.Equal("given", analysis.GetProperty("contractType").GetProperty("source").GetString());
            Assert.Equal("recipient", analysis.GetProperty("side").GetString());
        }
    }

    [Theory]
    [InlineData("contractType", "lease", null, "Allowed values of 'contractType': nda, licence, collaboration, supply, services, other")]
    [InlineData("language", "fr", null, "Allowed values of 'language': en, ja")]
    [InlineData("side", "licensor", null, "Allowed values of 'side': discloser, recipient, mutual")]
    [InlineData("side", "discloser", "strict", "Allowed values of 'side': recipient")]
    public async Task UnknownDealValuesAreProblemsNamingTheAllowedOnesAndStoreNothing(string field, string value, string? playbook, string allowed)
    {
        var before = await app.Scalar("SELECT COUNT(*) FROM batches");
        var form = Files(Text("a.txt", Complete));
        form.Add(new StringContent(value), field);
        if (playbook is not null)
        {
            form.Add(new StringContent(playbook), "playbook");
        }

        var problem = await (await app.Client().PostAsync("/api/batches", form)).AssertProblem(HttpStatusCode.BadRequest);

        Assert.Contains(allowed, problem.Detail());
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.Equal(before, await app.Scalar("SELECT COUNT(*) FROM batches"));
    }

    [Fact]
    public async Task ProgressCountsEachFinishedDocumentsFindingsBySeverity()
    {
        var client = app.Client();

        var status = await client.WaitForCompletion(await client.Submit(Files(Text("gappy.txt", Gappy), Text("complete.txt", Complete))));

        var documents = status.GetProperty("documents");
        // Gappy: no IP clause (high), no confidentiality and no governing law (medium), worldwide (medium).
        Assert.Equal((1, 3, 0, 0), Counts(documents[0]));
        Assert.Equal((0, 0, 0, 0), Counts(documents[1]));

        static (int, int, int, int) Counts(JsonElement document)
        {
            var findings = document.GetProperty("findings");
            return (findings.GetProperty("high").GetInt32(), findings.GetProperty("medium").GetInt32(),
                findings.GetProperty("low").GetInt32(), findings.GetProperty("drafting").GetInt32());
        }
    }

    [Fact]
    public async Task FindingsCsvHasOneRowPerFindingNumberedFromOneWithTheAskAndAByteOrderMark()
    {
        var client = app.Client();
        var status = await client.WaitForCompletion(await client.Submit(Files(Text("complete.txt", Complete), Text("日本語.txt", Japanese))));

        var bytes = await client.GetByteArrayAsync(status.GetProperty("links").GetProperty("findingsCsv").GetString());

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.StartsWith("#,Document #,Document,Contract type,Playbook,Severity,Kind,Topic,Clause,Heading,Finding,Evidence,Ask for,Fallback,label,rule", lines[0]);
        // complete.txt has no findings; the Japanese document has four, numbered 1-4, all of document 2.
        Assert.Equal(6, lines.Length); // header, four findings, the empty string after the last CRLF
        Assert.StartsWith("1,2,日本語.txt,Collaboration,collaboration-keywords,High,Missing,IP ownership,,,No ip_ownership clause,,Ask for a ip_ownership clause,", lines[1]);
        Assert.StartsWith("4,2,日本語.txt,Collaboration,collaboration-keywords,Medium,Overly broad,Non-compete,1,,Worldwide restraint,", lines[4]);
        Assert.Contains(",Limit it to Japan,", lines[4]);
    }

    [Fact]
    public async Task WorkbookHasADocumentsSheetAndAFindingsSheetThatExcelCanOpen()
    {
        var client = app.Client();
        var status = await client.WaitForCompletion(await client.Submit(Files(Text("gappy.txt", Gappy), Text("complete.txt", Complete))));

        var response = await client.GetAsync(status.GetProperty("links").GetProperty("xlsx").GetString());

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        var sheets = ReadWorkbook(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Documents", "Findings"], sheets.Keys);
        var documents = sheets["Documents"];
        Assert.Equal(["#", "Document", "Status", "Contract type", "Playbook", "High", "Medium", "Low", "Drafting"], documents[0][..9]);
        Assert.Equal(["1", "gappy.txt", "Done", "Collaboration", "collaboration-keywords", "1", "3", "0", "0"], documents[1][..9]);
        Assert.Equal(["2", "complete.txt", "Done"], documents[2][..3]);
        var findings = sheets["Findings"];
        Assert.Equal(5, findings.Count); // header and gappy's four findings
        Assert.Equal(["1", "2", "3", "4"], findings.Skip(1).Select(r => r[0]));
        Assert.All(findings.Skip(1), r => Assert.Equal("1", r[1]));
        Assert.Contains(findings, r => r.Contains("Limit it to Japan"));
    }

    [Fact]
    public async Task EachDocumentsIssueListDownloadsAsXlsxAndCsv()
    {
        var client = app.Client();
        var status = await client.WaitForCompletion(await client.Submit(Files(Text("complete.txt", Complete), Text("日本語.txt", Japanese), Text("empty.txt", ""))));
        var issues = status.GetProperty("links").GetProperty("issues").GetString()!;

        var xlsx = await client.GetAsync(issues.Replace("{index}", "1") + "?format=xlsx");
        var csv = await client.GetByteArrayAsync(issues.Replace("{index}", "1") + "?format=csv");

        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Contains("document-2-issues.xlsx", xlsx.Content.Headers.ContentDisposition!.FileName);
        var rows = ReadWorkbook(await xlsx.Content.ReadAsByteArrayAsync())["Issues"];
        Assert.Equal(["#", "Clause", "Heading", "Finding", "Severity", "Kind", "Evidence", "Ask for", "Fallback"], rows[0][..9]);
        Assert.Equal(5, rows.Count);
        Assert.Equal(["1", "Not in the contract", "", "No ip_ownership clause", "High", "Missing", "", "Ask for a ip_ownership clause", "The ip_ownership fallback."], rows[1][..9]);
        Assert.Equal(["4", "1", "", "Worldwide restraint", "Medium", "Overly broad"], rows[4][..6]);
        Assert.StartsWith("Neither party shall compete", rows[4][6]);
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n");
        Assert.StartsWith("\"#\",\"Clause\",\"Heading\",\"Finding\"", lines[0]);
        Assert.StartsWith("\"1\",\"Not in the contract\",\"\",\"No ip_ownership clause\",\"High\"", lines[1]);
        await (await client.GetAsync(issues.Replace("{index}", "7"))).AssertProblem(HttpStatusCode.NotFound);
        await (await client.GetAsync(issues.Replace("{index}", "2"))).AssertProblem(HttpStatusCode.Conflict); // the empty file failed
        await (await client.GetAsync(issues.Replace("{index}", "1") + "?format=pdf")).AssertProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task AJapaneseBatchsIssueListHasJapaneseHeadings()
    {
        var client = app.Client();
        var form = Files(Text("complete.txt", Complete));
        form.Add(new StringContent("ja"), "language");
        var status = await client.WaitForCompletion(await client.Submit(form));
        var issues = status.GetProperty("links").GetProperty("issues").GetString()!.Replace("{index}", "0");

        var rows = ReadWorkbook(await client.GetByteArrayAsync(issues + "?format=xlsx"))["論点表"];
        var csv = Encoding.UTF8.GetString((await client.GetByteArrayAsync(issues + "?format=csv"))[3..]);

        Assert.Equal(["#", "条項", "見出し", "指摘事項", "重要度", "種別"], rows[0][..6]);
        Assert.StartsWith("\"#\",\"条項\",\"見出し\",\"指摘事項\"", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HtmlReportShowsEachDocumentsTypeAndPlaybookAndAHeatMapWithHumanNamesAndTotals()
    {
        var client = app.Client();
        var status = await client.WaitForCompletion(await client.Submit(Files(Text("complete.txt", Complete), Text("nda.txt", Nda), Text("gappy.txt", Gappy))));

        var html = await client.GetStringAsync(status.GetProperty("links").GetProperty("html").GetString());

        Assert.Contains("Each document is held against the playbook for its contract type", html);
        Assert.Contains("NDA · nda-keywords", html);
        Assert.Contains(">IP ownership</text>", html);
        Assert.DoesNotContain(">ip_ownership</text>", html);
        Assert.Contains("Legend:", html);
        Assert.Contains("<th>Ask for</th>", html);
        // Riskiest first: gappy (1 high, 3 medium), then nda (1 high, 1 medium), then complete (none).
        Assert.True(html.IndexOf("3. gappy.txt", StringComparison.Ordinal) < html.IndexOf("2. nda.txt", StringComparison.Ordinal));
        Assert.True(html.IndexOf("2. nda.txt", StringComparison.Ordinal) < html.IndexOf("1. complete.txt", StringComparison.Ordinal));
        Assert.Contains("class=\"grand-total\">6<", html); // 4 + 2 + 0 findings of low severity or worse
    }

    private static Dictionary<string, List<List<string>>> ReadWorkbook(byte[] xlsx)
    {
        using var package = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = package.WorkbookPart!;
        return workbook.Workbook!.Descendants<Sheet>().ToDictionary(
            s => s.Name!.Value!,
            s => ((WorksheetPart)workbook.GetPartById(s.Id!.Value!)).Worksheet!.Descendants<Row>()
                .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList()).ToList());
    }
}
