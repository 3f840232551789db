using System.Net.Http.Json;
using System.Text.Json;
using ClauseLens.Server.Tests.Batches;
using static ClauseLens.Server.Tests.Batches.BatchClient;

namespace ClauseLens.Server.Tests.Postgres;

/// <summary>
/// Three real server processes share one PostgreSQL database: a batch submitted through one is
/// analysed by all three, one of them is killed with SIGKILL while it holds documents, and the other
/// two finish every document exactly once and report the same status and results.
/// Documents are the first two to four pages of the real contracts, so 200 of them fit the time budget.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ScaleOutTests(PostgresFixture postgres)
{
    private const int Documents = 200;
    private const string Database = "scale_out";

    // Short leases so the survivors take over the killed instance's documents within seconds.
    private static readonly string[] Settings =
        ["--ClauseLens:Batches:LeaseSeconds=3", "--ClauseLens:Batches:Parallelism=2", "--ClauseLens:Access:PermitsPerMinute=100000"];

    [Fact]
    public async Task ThreeInstancesFinishEveryDocumentExactlyOnceWhenOneIsKilled()
    {
        var connection = await postgres.Cluster.DatabaseAsync(Database);
        var files = ContractOpenings(Documents);
        // All three at once on an empty database (one by its URI): the schema is created once.
        var servers = await Task.WhenAll(
            ServerProcess.StartOnAsync(connection, Settings),
            ServerProcess.StartOnAsync(connection, Settings),
            ServerProcess.StartOnAsync(postgres.Cluster.ConnectionUri(Database), Settings));
        using var first = servers[0];
        using var second = servers[1];
        using var third = servers[2];
        var clients = new[] { first, second, third }.Select(s => new HttpClient { BaseAddress = s.Address }).ToArray();

        var location = await clients[0].Submit(Files(files));
        await clients[0].WaitForDone(location, 20, first);

        // Freeze the victim while it holds at least one document, note which, then kill it.
        var orphans = await FreezeHoldingWork(second);
        second.Kill();
        var doneAtKill = await Count("SELECT COUNT(*) FROM documents WHERE status = 'done'");
        Assert.InRange(doneAtKill, 1, Documents - 1); // killed mid-batch

        var status = await clients[0].WaitForCompletion(location, TimeSpan.FromMinutes(4));

        // Every document done, once, in upload order, whichever instance is asked.
        var documents = status.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(files.Select(f => f.Name), documents.Select(d => d.GetProperty("name").GetString()));
        Assert.All(documents, d => Assert.Equal("done", d.GetProperty("status").GetString()));
        var fromThird = await clients[2].GetStringAsync(location);
        Assert.Equal(status.GetRawText(), JsonDocument.Parse(fromThird).RootElement.GetRawText());
        var results = await clients[0].GetStringAsync($"{location}/results?format=json");
        Assert.Equal(results, await clients[2].GetStringAsync($"{location}/results?format=json"));
        var rows = JsonDocument.Parse(results).RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(0, Documents), rows.Select(r => r.GetProperty("report").GetProperty("index").GetInt32()));
        Assert.All(rows, r => Assert.True(r.GetProperty("analysis").GetProperty("clauses").GetArrayLength() > 0));

        // The database as the instances left it: one done row per document, the killed instance's
        // documents taken over (a second attempt), no uploaded bytes and no claim left.
        Assert.Equal(Documents, await Count("SELECT COUNT(*) FROM documents WHERE status = 'done'"));
        Assert.Equal(Documents, await Count("SELECT COUNT(DISTINCT idx) FROM documents"));
        Assert.Equal(Documents, await Count("SELECT COUNT(*) FROM document_results"));
        Assert.Equal(0, await Count("SELECT (SELECT COUNT(*) FROM document_files) + (SELECT COUNT(*) FROM documents WHERE claimed_by IS NOT NULL OR lease_until IS NOT NULL)"));
        foreach (var index in orphans)
        {
            Assert.True(await Count($"SELECT attempts FROM documents WHERE idx = {index}") >= 2, $"document {index} held by the killed instance was not taken over");
        }

        // The survivors both analysed documents of the batch (the victim did too: it held some).
        Assert.Contains(" done in ", first.Tail);
        Assert.Contains(" done in ", third.Tail);
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    // SIGSTOP until the instance holds a claim (it almost always does; if it was between two
    // documents, let it run on and freeze it again), so the kill provably leaves work behind.
    private async Task<List<long>> FreezeHoldingWork(ServerProcess victim)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            victim.Pause();
            var held = await Indexes($"SELECT idx FROM documents WHERE status = 'analysing' AND claimed_by LIKE '%/{victim.Id}/%'");
            if (held.Count > 0)
            {
                return held;
            }

            victim.Resume();
            await Task.Delay(50);
        }

        Assert.Fail($"the instance to be killed never held a document:\n{victim.Tail}");
        return [];
    }

    private Task<long> Count(string sql) => postgres.Cluster.ScalarAsync<long>(Database, sql);

    private async Task<List<long>> Indexes(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(postgres.Cluster.ConnectionString(Database));
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var indexes = new List<long>();
        while (await reader.ReadAsync())
        {
            indexes.Add(reader.GetInt32(0));
        }

        return indexes;
    }
}
