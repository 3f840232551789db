using System.Net;
using System.Text.Json;
using ClauseLens.TestSupport;

namespace ClauseLens.Cli.Tests;

public sealed class CheckCommandTests(BatchApp app) : IClassFixture<BatchApp>, IDisposable
{
    private const string Complete =
        "AGREEMENT\nAll intellectual property created under this Agreement belongs to the Company.\n" +
        "Each party shall keep the other party's information confidential.\nNeither party shall compete with the other.\n" +
        "This Agreement is governed by the laws of Japan.";

    private const string Gappy = "SERVICES AGREEMENT\nThe Supplier shall not compete with the Customer worldwide.";

    private readonly string _folder = Directory.CreateTempSubdirectory("clauselens-cli-").FullName;

    private string Server => app.Factory.Server.BaseAddress.ToString();

    [Theory]
    [InlineData(new string[0], "name at least one file")]
    [InlineData(new[] { "--format", "xml", "x.txt" }, "--format must be")]
    [InlineData(new[] { "--format", "1", "x.txt" }, "--format must be")]
    [InlineData(new[] { "--server", "ftp://example.org", "x.txt" }, "--server needs")]
    [InlineData(new[] { "--colour", "x.txt" }, "unknown option '--colour'")]
    [InlineData(new[] { "no-such-file.txt" }, "neither a file nor a folder")]
    [InlineData(new[] { "--type", "lease", "x.txt" }, "--type must be one of nda, licence, collaboration, supply, services, other")]
    [InlineData(new[] { "--lang", "fr", "x.txt" }, "--lang must be en or ja")]
    public async Task UsageAndMissingFilesExitWithTwo(string[] args, string message)
    {
        var run = await CliRun.CheckAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Ui);
    }

    [Fact]
    public async Task HelpExitsWithZero()
    {
        var run = await CliRun.CheckAsync(["--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("exit codes", run.Ui);
    }

    [Fact]
    public async Task CleanContractsAgainstAServerExitWithZeroAndPrintATable()
    {
        var folder = Files(("a.txt", Complete), ("sub/b.txt", Complete), (".hidden/c.txt", Gappy));

        var run = await CliRun.CheckAsync(["check-me", folder, "--server", Server], Handler);

        Assert.Equal(2, run.ExitCode); // "check-me" is not a file
        run = await CliRun.CheckAsync([folder, "--server", Server], Handler);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("a.txt", run.Results);
        Assert.Contains("sub/b.txt", run.Results);
        Assert.DoesNotContain("c.txt", run.Results);
        Assert.Contains("2 of 2 documents analysed", run.Ui);
    }

    [Fact]
    public async Task AHighSeverityFindingExitsWithOne()
    {
        var folder = Files(("a.txt", Complete), ("gappy.txt", Gappy));

        var run = await CliRun.CheckAsync([folder, "--server", Server, "--format", "csv"], Handler);

        Assert.Equal(1, run.ExitCode);
        var lines = run.Results.Split("\r\n");
        Assert.StartsWith("index,document,status,reason,ip_ownership", lines[0]);
        Assert.StartsWith("2,gappy.txt,done,,missing,missing,present,missing,1,", lines[2]);
    }

    [Fact]
    public async Task TypeSideAndLanguageGoToTheServerWithTheBatch()
    {
        var run = await CliRun.CheckAsync([Files(("a.txt", Complete)), "--server", Server, "--format", "json", "--type", "nda", "--side", "recipient", "--lang", "ja"], Handler);

        Assert.Equal(0, run.ExitCode);
        var results = JsonDocument.Parse(run.Results).RootElement;
        Assert.Equal(("nda", "recipient", "ja"), (results.GetProperty("contractType").GetString(), results.GetProperty("side").GetString(), results.GetProperty("language").GetString()));
        var analysis = results.GetProperty("documents")[0].GetProperty("analysis");
        Assert.Equal("given", analysis.GetProperty("contractType").GetProperty("source").GetString());
        Assert.Equal("recipient", analysis.GetProperty("side").GetString());
    }

    [Fact]
    public async Task ASideTheServerDoesNotKnowExitsWithTwoNamingTheAllowedOnes()
    {
        var run = await CliRun.CheckAsync([Files(("a.txt", Complete)), "--server", Server, "--side", "landlord"], Handler);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Allowed values of 'side': discloser, recipient, mutual", run.Ui);
    }

    [Fact]
    public async Task ADocumentThatCannotBeReadExitsWithTwoAndTheRestAreReported()
    {
        var folder = Files(("a.txt", Complete), ("broken.docx", "not a zip"));

        var run = await CliRun.CheckAsync([folder, "--server", Server, "--format", "json"], Handler);

        Assert.Equal(2, run.ExitCode);
        var documents = JsonDocument.Parse(run.Results).RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(["done", "failed"], documents.Select(d => d.GetProperty("report").GetProperty("status").GetString()));
        Assert.True(documents[0].TryGetProperty("analysis", out _));
    }

    [Fact]
    public async Task HtmlReportIsWrittenToTheOutputFileAndTheBatchIsDeletedFromTheServer()
    {
        var folder = Files(("a.txt", Complete));
        var output = Path.Combine(_folder, "report.html");

        var run = await CliRun.CheckAsync([folder, "--server", Server, "--format", "html", "--output", output], Handler);

        Assert.Equal(0, run.ExitCode);
        var html = await File.ReadAllTextAsync(output);
        Assert.Contains("<svg", html);
        var id = System.Text.RegularExpressions.Regex.Match(html, "Batch ([0-9a-f]{32})").Groups[1].Value;
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client().GetAsync($"/api/batches/{id}")).StatusCode);
    }

    [Fact]
    public async Task KeepLeavesTheBatchOnTheServer()
    {
        var run = await CliRun.CheckAsync([Files(("a.txt", Complete)), "--server", Server, "--format", "json", "--keep"], Handler);

        var id = JsonDocument.Parse(run.Results).RootElement.GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await app.Client().GetAsync($"/api/batches/{id}")).StatusCode);
    }

    [Fact]
    public async Task AServerThatFailsTheFirstCallsStillCompletesTheBatch()
    {
        var flaky = new FlakyHandler(app.Factory.Server.CreateHandler(), failures: 3);

        var run = await CliRun.CheckAsync([Files(("a.txt", Complete), ("b.txt", Complete)), "--server", Server], () => flaky);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(3, flaky.Refused);
        Assert.Contains("2 of 2 documents analysed", run.Ui);
    }

    [Fact]
    public async Task AnUnreachableServerExitsWithTwo()
    {
        var run = await CliRun.CheckAsync([Files(("a.txt", Complete)), "--server", "http://127.0.0.1:9"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("could not reach the server", run.Ui);
    }

    [Fact]
    public async Task AServerRefusalIsReportedWithItsDetail()
    {
        var run = await CliRun.CheckAsync([Files(("a.txt", Complete)), "--server", Server, "--playbook", "nope"], Handler);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("There is no playbook with id 'nope'", run.Ui);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private HttpMessageHandler Handler() => app.Factory.Server.CreateHandler();

    private string Files(params (string Name, string Text)[] files)
    {
        var target = Path.Combine(_folder, Guid.NewGuid().ToString("N"));
        foreach (var (name, text) in files)
        {
            var path = Path.Combine(target, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        return target;
    }

    /// <summary>Answers the first calls with 503 and 429 (Retry-After), then passes requests to the real server.</summary>
    private sealed class FlakyHandler(HttpMessageHandler inner, int failures) : DelegatingHandler(inner)
    {
        private int _calls;

        public int Refused => Math.Min(_calls, failures);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var n = Interlocked.Increment(ref _calls);
            if (n <= failures)
            {
                var response = new HttpResponseMessage(n % 2 == 1 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.TooManyRequests);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(1));
                }

                return Task.FromResult(response);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
