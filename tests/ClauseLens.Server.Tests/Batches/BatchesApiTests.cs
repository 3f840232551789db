using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ClauseLens.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using static ClauseLens.Server.Tests.Batches.BatchClient;

namespace ClauseLens.Server.Tests.Batches;

/// <summary>The batch API over real HTTP on the SQLite store.</summary>
public sealed class BatchesApiTests(BatchApp app) : BatchesApiContract(app), IClassFixture<BatchApp>;

/// <summary>
/// What the batch API does whatever the store: run on SQLite (<see cref="BatchesApiTests"/>) and on
/// PostgreSQL (<c>PostgresBatchesApiTests</c>).
/// </summary>
public abstract partial class BatchesApiContract(BatchApp app)
{
    private const string Complete =
        "AGREEMENT\nAll intellectual property created under this Agreement belongs to the Company.\n" +
        "Each party shall keep the other party's information confidential.\nNeither party shall compete with the other.\n" +
        "This Agreement is governed by the laws of Japan.";

    private const string Gappy = "SERVICES AGREEMENT\nThe Supplier shall not compete with the Customer worldwide for ten years after the end of this Agreement.";

    [Fact]
    public async Task SubmittingFilesAnswers202WithTheBatchLocation()
    {
        var client = app.Client();

        var response = await client.PostAsync("/api/batches", Files(Text("a.txt", Complete), Text("b.txt", Gappy)));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches("^/api/batches/[0-9a-f]{32}$", location);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, body.GetProperty("counts").GetProperty("total").GetInt32());
        Assert.Equal(["a.txt", "b.txt"], body.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("name").GetString()));
        Assert.Equal(location, body.GetProperty("links").GetProperty("self").GetString());
    }

    [Fact]
    public async Task EveryDocumentEndsDoneOrFailedWithItsOwnReason()
    {
        var client = app.Client();
        var location = await client.Submit(Files(
            Text("good.txt", Complete), ("broken.docx", "this is not a zip"u8.ToArray()), Text("crash.txt", "EXPLODE secret clause"),
            ("empty.txt", []), Text("gappy.txt", Gappy)));

        var status = await client.WaitForCompletion(location);

        var documents = status.GetProperty("documents").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!);
        Assert.Equal("done", documents["good.txt"].GetProperty("status").GetString());
        Assert.Equal("done", documents["gappy.txt"].GetProperty("status").GetString());
        Assert.Contains(".docx file could not be read", documents["broken.docx"].GetProperty("reason").GetString());
        Assert.Equal("The analysis failed (InvalidOperationException).", documents["crash.txt"].GetProperty("reason").GetString());
        Assert.Equal("The file is empty.", documents["empty.txt"].GetProperty("reason").GetString());
        Assert.Equal(new[] { 5, 2, 3 }, new[] { "total", "done", "failed" }.Select(k => status.GetProperty("counts").GetProperty(k).GetInt32()));
        var logs = app.Factory.Services.GetRequiredService<FakeLogCollector>().GetSnapshot();
        Assert.DoesNotContain(logs, r => r.Message.Contains("secret clause") || (r.Exception?.ToString().Contains("secret clause") ?? false));
    }

    [Fact]
    public async Task UploadsAreDroppedOnceAnalysed()
    {
        var client = app.Client();
        var location = await client.Submit(Files(Text("a.txt", Complete), Text("b.txt", Gappy)));

        await client.WaitForCompletion(location);

        var id = location.Split('/')[^1];
        Assert.Equal(0L, await app.Scalar($"SELECT COUNT(*) FROM document_files WHERE batch_id = '{id}'"));
        Assert.Equal(0L, await app.Scalar($"SELECT COUNT(*) FROM document_results WHERE batch_id = '{id}' AND (report LIKE '%governed by the laws%' OR analysis LIKE '%governed by the laws%')"));
    }

    [Fact]
    public async Task JsonResultsCarryTheFullAnalysisOfEachDocument()
    {
        var client = app.Client();
        var location = await client.Submit(Files(Text("a.txt", Complete), Text("b.txt", Gappy)));
        await client.WaitForCompletion(location);

        var results = await client.GetFromJsonAsync<JsonElement>($"{location}/results?format=json");

        var documents = results.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(2, documents.Count);
        var gappy = documents[1];
        Assert.Equal("keyword-test", gappy.GetProperty("analysis").GetProperty("modelVersion").GetString());
        Assert.Equal("c1", gappy.GetProperty("analysis").GetProperty("clauses")[0].GetProperty("id").GetString());
        var worldwide = gappy.GetProperty("report").GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("kind").GetString() == "overly_broad");
        Assert.Equal("medium", worldwide.GetProperty("severity").GetString());
        Assert.True(worldwide.GetProperty("evidence").GetString()!.Length <= 200);
        Assert.StartsWith("The Supplier shall not compete", worldwide.GetProperty("evidence").GetString());
        Assert.Equal(["non_compete"], gappy.GetProperty("report").GetProperty("labelsPresent").EnumerateArray().Select(l => l.GetString()));
    }

    [Fact]
    public async Task CsvResultsHaveAStableHeaderAndOneRowPerDocument()
    {
        var client = app.Client();
        var location = await client.Submit(Files(Text("a.txt", Complete), Text("=SUM(1,2).txt", Gappy)));
        await client.WaitForCompletion(location);

        var response = await client.GetAsync($"{location}/results?format=csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]); // UTF-8 byte-order mark: Excel reads the file as UTF-8
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal(
            "index,document,status,reason,ip_ownership,confidentiality,non_compete,governing_law,high,medium,low,info,worst_severity,worst_kind,worst_label,worst_finding,worst_evidence,contract_type,playbook,drafting,bilingual",
            lines[0]);
        // Numbered from 1, as the report's # column; the type is detected and its playbook applied per document.
        Assert.Equal("1,a.txt,done,,present,present,present,present,0,0,0,0,,,,,,collaboration,collaboration-keywords,0,0", lines[1]);
        Assert.StartsWith("2,\"'=SUM(1,2).txt\",done,,missing,missing,present,missing,1,3,0,0,high,missing,ip_ownership,No ip_ownership clause,", lines[2]);
        Assert.Equal("", lines[3]);
    }

    [Fact]
    public async Task HtmlReportEscapesFileNamesAndAllowsOnlyItsOwnScript()
    {
        var client = app.Client();
        var location = await client.Submit(Files(Text("<script>alert(1)</script>.txt", Gappy), Text("a&b.txt", Complete)));
        await client.WaitForCompletion(location);

        var response = await client.GetAsync($"{location}/results?format=html");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;.txt", html);
        Assert.Contains("a&amp;b.txt", html);
        Assert.Contains("<svg", html);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Matches("script-src 'sha256-[A-Za-z0-9+/=]+'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal(1, html.Split("<script>").Length - 1);
    }

    [Fact]
    public async Task ZipIsUnpackedSkippingFoldersAndHiddenFilesAndFailingOtherTypes()
    {
        var client = app.Client();
        var zip = Zip(("contracts/", null), ("contracts/a.txt", Complete), ("contracts/.DS_Store", "junk"), ("__MACOSX/contracts/._a.txt", "junk"),
            ("contracts/budget.xlsx", "cells"), ("contracts/b.html", "<p>" + Gappy + "</p>"));

        var location = await client.Submit(Files(("portfolio.zip", zip)));
        var status = await client.WaitForCompletion(location);

        var documents = status.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(["portfolio.zip/contracts/a.txt", "portfolio.zip/contracts/budget.xlsx", "portfolio.zip/contracts/b.html"],
            documents.Select(d => d.GetProperty("name").GetString()));
        Assert.Equal(["done", "failed", "done"], documents.Select(d => d.GetProperty("status").GetString()));
        Assert.Contains("'.xlsx' cannot be analysed", documents[1].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task ZipBombIsRefusedAndNothingIsStored()
    {
        var client = app.Client();
        var before = await app.Scalar("SELECT COUNT(*) FROM batches");
        var bomb = new MemoryStream();
        using (var archive = new ZipArchive(bomb, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = archive.CreateEntry("huge.txt", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 210; i++)
            {
                await entry.WriteAsync(zeros);
            }
        }

        var response = await client.PostAsync("/api/batches", Files(("bomb.zip", bomb.ToArray())));

        var problem = await response.AssertProblem(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("unpacks to more than", problem.Detail());
        Assert.Equal(before, await app.Scalar("SELECT COUNT(*) FROM batches"));
    }

    [Theory]
    [InlineData("notes.exe", HttpStatusCode.UnsupportedMediaType, "'.exe'")]
    [InlineData("sheet.xlsx", HttpStatusCode.UnsupportedMediaType, "'.xlsx'")]
    [InlineData(".hidden.txt", HttpStatusCode.BadRequest, "no documents")]
    public async Task UploadsWithoutAnalysableFilesAreProblems(string name, HttpStatusCode status, string detail)
    {
        var response = await app.Client().PostAsync("/api/batches", Files(Text(name, Complete)));

        var problem = await response.AssertProblem(status);
        Assert.Contains(detail, problem.Detail(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PostingNoFilesIsAProblem()
    {
        var form = new MultipartFormDataContent { { new StringContent("default"), "playbook" } };

        var problem = await (await app.Client().PostAsync("/api/batches", form)).AssertProblem(HttpStatusCode.BadRequest);

        Assert.Contains("No file was uploaded", problem.Detail());
    }

    [Fact]
    public async Task PostingJsonIsAnUnsupportedMediaType()
    {
        var response = await app.Client().PostAsJsonAsync("/api/batches", new { text = Complete });

        var problem = await response.AssertProblem(HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("multipart/form-data", problem.Detail());
    }

    [Fact]
    public async Task UnknownPlaybookIsAProblem()
    {
        var form = Files(Text("a.txt", Complete));
        form.Add(new StringContent("no-such-playbook"), "playbook");

        var problem = await (await app.Client().PostAsync("/api/batches", form)).AssertProblem(HttpStatusCode.BadRequest);

        Assert.Contains("no-such-playbook", problem.Detail());
    }

    [Fact]
    public async Task ChosenPlaybookIsUsedForEveryDocument()
    {
        var client = app.Client();
        var form = Files(Text("a.txt", Complete));
        form.Add(new StringContent("strict"), "playbook");

        var status = await client.WaitForCompletion(await client.Submit(form));
        var results = await client.GetFromJsonAsync<JsonElement>(status.GetProperty("links").GetProperty("json").GetString());

        Assert.Equal("strict", results.GetProperty("playbook").GetString());
        Assert.Equal("strict", results.GetProperty("documents")[0].GetProperty("analysis").GetProperty("playbook").GetProperty("id").GetString());
    }

    [Fact]
    public async Task DeleteRemovesTheBatchAndEverythingStoredForIt()
    {
        var client = app.Client();
        var location = await client.Submit(Files(Text("a.txt", Complete)));
        await client.WaitForCompletion(location);

        var deleted = await client.DeleteAsync(location);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await (await client.GetAsync(location)).AssertProblem(HttpStatusCode.NotFound);
        await (await client.GetAsync($"{location}/results?format=csv")).AssertProblem(HttpStatusCode.NotFound);
        await (await client.DeleteAsync(location)).AssertProblem(HttpStatusCode.NotFound);
        Assert.Equal(0L, await app.Scalar($"SELECT COUNT(*) FROM documents WHERE batch_id = '{location.Split('/')[^1]}'"));
    }

    [Fact]
    public async Task UnknownResultsFormatIsAProblem()
    {
        var client = app.Client();
        var location = await client.Submit(Files(Text("a.txt", Complete)));

        await (await client.GetAsync($"{location}/results?format=pdf")).AssertProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task EventsStreamProgressAndEndWithComplete()
    {
        var client = app.Client();
        var location = await client.Submit(Files(Text("a.txt", Complete), Text("b.txt", Gappy), Text("c.txt", Complete)));

        using var response = await client.GetAsync($"{location}/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        var stream = await response.Content.ReadAsStringAsync(); // the server ends the stream after "complete"

        var events = stream.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("event: complete", events[^1]);
        var last = JsonDocument.Parse(events[^1].Split('\n').Single(l => l.StartsWith("data: "))["data: ".Length..]).RootElement;
        Assert.Equal(3, last.GetProperty("counts").GetProperty("done").GetInt32());
    }

    [Fact]
    public async Task BatchPageIsTheAddinsPageWithItsOwnScriptOnly()
    {
        var client = app.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var redirect = await client.GetAsync("/batches");
        var page = await client.GetAsync(redirect.Headers.Location);
        var script = await client.GetAsync("/addin/batches.js");

        Assert.Equal("/addin/batches.html", redirect.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<script type=\"module\" src=\"/addin/batches.js\"", await page.Content.ReadAsStringAsync());
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("text/event-stream", await script.Content.ReadAsStringAsync());
    }

    private static byte[] Zip(params (string Name, string? Text)[] entries)
    {
        var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                var entry = archive.CreateEntry(name);
                if (text is not null)
                {
                    using var writer = new StreamWriter(entry.Open());
                    writer.Write(text);
                }
            }
        }

        return buffer.ToArray();
    }
}

public sealed class BatchOwnershipTests : IDisposable
{
    private readonly SignedInApp _identity = new();
    private readonly BatchApp _app;

    public BatchOwnershipTests() => _app = new BatchApp(_identity);

    [Fact]
    public async Task AnotherUsersBatchIsNotFound()
    {
        var alice = Client("alice");
        var bob = Client("bob");
        var location = await alice.Submit(Files(Text("a.txt", "This Agreement is governed by the laws of Japan.")));

        await (await bob.GetAsync(location)).AssertProblem(HttpStatusCode.NotFound);
        await (await bob.GetAsync($"{location}/results?format=json")).AssertProblem(HttpStatusCode.NotFound);
        await (await bob.GetAsync($"{location}/events")).AssertProblem(HttpStatusCode.NotFound);
        await (await bob.DeleteAsync(location)).AssertProblem(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await alice.GetAsync(location)).StatusCode);
    }

    [Fact]
    public async Task BatchesNeedSignInWhenIdentityIsOn()
    {
        var response = await _app.Client().PostAsync("/api/batches", Files(Text("a.txt", "text")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    public void Dispose() => _app.Dispose();

    private HttpClient Client(string user)
    {
        var client = _app.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _identity.Token(user: user));
        return client;
    }
}
