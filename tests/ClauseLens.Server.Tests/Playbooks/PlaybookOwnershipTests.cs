using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClauseLens.Server.Tests.Batches;

namespace ClauseLens.Server.Tests.Playbooks;

/// <summary>Two signed-in users, each with real tokens: a custom playbook is its owner's alone.</summary>
public sealed class PlaybookOwnershipTests(SignedInApp app) : IClassFixture<SignedInApp>
{
    private HttpClient As(string user)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", app.Token(user: user));
        return client;
    }

    [Fact]
    public async Task AnotherUsersPlaybookCannotBeSeenFetchedOrDeleted()
    {
        var alice = As("alice-1");
        var bob = As("bob-1");
        await alice.UploadCreated(CustomPlaybooks.Yaml("alice-private"));

        Assert.DoesNotContain("alice-private", await bob.PlaybookIds());
        var hidden = await (await bob.GetAsync("/api/playbooks/alice-private")).AssertProblem(HttpStatusCode.NotFound);
        var missing = await (await bob.GetAsync("/api/playbooks/nobody-has-this")).AssertProblem(HttpStatusCode.NotFound);
        Assert.Equal(missing.GetProperty("title").GetString(), hidden.GetProperty("title").GetString());
        await (await bob.DeleteAsync("/api/playbooks/alice-private")).AssertProblem(HttpStatusCode.NotFound);

        Assert.Contains("alice-private", await alice.PlaybookIds());
        Assert.Equal(HttpStatusCode.OK, (await alice.GetAsync("/api/playbooks/alice-private")).StatusCode);
    }

    [Fact]
    public async Task AnotherUsersPlaybookCannotBeUsedForAnalysesBriefsOrBatches()
    {
        var alice = As("alice-2");
        var bob = As("bob-2");
        await alice.UploadCreated(CustomPlaybooks.Yaml("alice-rules"));
        Assert.Equal("alice-rules", (await alice.Analyze("alice-rules")).GetProperty("playbook").GetProperty("id").GetString());

        // Bob gets exactly what he would get for a playbook that does not exist.
        foreach (var id in new[] { "alice-rules", "no-such-rules" })
        {
            var analyze = await (await bob.PostAsJsonAsync("/api/analyze", new { text = CustomPlaybooks.Contract, playbook = id })).AssertProblem(HttpStatusCode.BadRequest);
            var file = await (await bob.PostAsync("/api/analyze/file", FileWithPlaybook(id))).AssertProblem(HttpStatusCode.BadRequest);
            var brief = await (await bob.PostAsJsonAsync("/api/briefs", new { text = CustomPlaybooks.Contract, playbook = id })).AssertProblem(HttpStatusCode.BadRequest);
            var batch = await (await bob.PostAsync("/api/batches", FileWithPlaybook(id))).AssertProblem(HttpStatusCode.BadRequest);
            Assert.All([analyze, file, brief, batch], p => Assert.Equal("Unknown playbook", p.GetProperty("title").GetString()));
            Assert.All([analyze, file, brief, batch], p => Assert.Contains($"There is no playbook with id '{id}'", p.Detail()));
        }
    }

    [Fact]
    public async Task TwoUsersMayEachKeepAPlaybookWithTheSameId()
    {
        var alice = As("alice-3");
        var bob = As("bob-3");

        await alice.UploadCreated(CustomPlaybooks.Yaml("shared-name", name: "Alice's checks"));
        var bobs = await bob.Upload(CustomPlaybooks.Yaml("shared-name", name: "Bob's checks"));
        Assert.Equal(HttpStatusCode.Created, bobs.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await bob.DeleteAsync("/api/playbooks/shared-name")).StatusCode);

        var alices = await alice.GetFromJsonAsync<JsonElement>("/api/playbooks/shared-name");
        Assert.Equal("Alice's checks", alices.GetProperty("name").GetString());
        await (await bob.GetAsync("/api/playbooks/shared-name")).AssertProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task UploadingAndDeletingNeedAToken()
    {
        var anonymous = app.CreateClient();

        await (await anonymous.Upload(CustomPlaybooks.Yaml("anonymous"))).AssertProblem(HttpStatusCode.Unauthorized);
        await (await anonymous.DeleteAsync("/api/playbooks/anything")).AssertProblem(HttpStatusCode.Unauthorized);
    }

    private static MultipartFormDataContent FileWithPlaybook(string playbook) => new()
    {
        { new ByteArrayContent(Encoding.UTF8.GetBytes(CustomPlaybooks.Contract)), "file", "licence.txt" },
        { new StringContent(playbook), "playbook" },
    };
}

/// <summary>The real analysis in the batch worker, with a custom playbook, on a real SQLite file.</summary>
public sealed class PlaybookBatchTests
{
    [Fact]
    public async Task ABatchWithACustomPlaybookCompletesAgainstItsRulesAndDeletingTheBatchDropsItsCopy()
    {
        using var folder = new TempFolder();
        var database = Path.Combine(folder.Path, "clauselens.db");
        using var app = new ClauseLensApp().With("ConnectionStrings:ClauseLens", $"Data Source={database}")
            .With("ClauseLens:Batches:PollMilliseconds", "50");
        var client = app.CreateClient();
        await client.UploadCreated(CustomPlaybooks.Yaml("batch-rules"));

        var form = BatchClient.Files(BatchClient.Text("licence.txt", CustomPlaybooks.Contract), BatchClient.Text("second.txt", CustomPlaybooks.Contract));
        form.Add(new StringContent("batch-rules"), "playbook");
        var location = await client.Submit(form);
        var status = await client.WaitForCompletion(location);

        Assert.Equal(2, status.GetProperty("counts").GetProperty("done").GetInt32());
        Assert.Equal("batch-rules", status.GetProperty("playbook").GetString());
        var results = await client.GetFromJsonAsync<JsonElement>($"{location}/results?format=json");
        foreach (var document in results.GetProperty("documents").EnumerateArray())
        {
            var analysis = document.GetProperty("analysis");
            Assert.Equal("batch-rules", analysis.GetProperty("playbook").GetProperty("id").GetString());
            Assert.Contains("team-audit-required", analysis.RuleIds());
            Assert.Subset(new HashSet<string> { "team-audit-required", "team-law-required" }, analysis.RuleIds().ToHashSet());
        }

        Assert.Equal(1L, await Scalar(database, "SELECT COUNT(*) FROM batch_playbooks"));
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync(location)).StatusCode);
        Assert.Equal(0L, await Scalar(database, "SELECT COUNT(*) FROM batch_playbooks"));
        Assert.Contains("batch-rules", await client.PlaybookIds());
    }

    [Fact]
    public async Task StoredPlaybooksOutliveAServerRestart()
    {
        using var folder = new TempFolder();
        var connection = $"Data Source={Path.Combine(folder.Path, "clauselens.db")}";
        using (var first = new ClauseLensApp().With("ConnectionStrings:ClauseLens", connection))
        {
            await first.CreateClient().UploadCreated(CustomPlaybooks.Yaml("survives-restart"));
        }

        using var second = new ClauseLensApp().With("ConnectionStrings:ClauseLens", connection);
        var client = second.CreateClient();

        Assert.Contains("survives-restart", await client.PlaybookIds());
        Assert.Equal("survives-restart", (await client.Analyze("survives-restart")).GetProperty("playbook").GetProperty("id").GetString());
    }

    private static async Task<long> Scalar(string database, string sql)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
