using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using static ClauseLens.Server.Tests.Batches.BatchClient;

namespace ClauseLens.Server.Tests.Batches;

/// <summary>
/// A batch survives a crash: the real server, killed with SIGKILL in the middle of a batch of real
/// contracts and started again on the same database, finishes every document exactly once.
/// </summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private const int Documents = 50;
    private readonly TempFolder _folder = new();

    private string DatabasePath => Path.Combine(_folder.Path, "clauselens.db");

    // Short leases so the restarted server takes over the killed one's documents within seconds.
    private string[] Settings => ["--ClauseLens:Batches:LeaseSeconds=3", "--ClauseLens:Batches:Parallelism=2", "--ClauseLens:Access:PermitsPerMinute=100000"];

    [Fact]
    public async Task KilledServerFinishesEveryDocumentExactlyOnceAfterRestart()
    {
        var files = ContractOpenings(Documents);

        string location;
        int doneAtKill;
        using (var first = await ServerProcess.StartAsync(DatabasePath, Settings))
        {
            using var client = new HttpClient { BaseAddress = first.Address };
            location = await client.Submit(Files(files));
            doneAtKill = await client.WaitForDone(location, 1, first);
            first.Kill();
        }

        Assert.InRange(doneAtKill, 1, Documents - 1); // killed mid-batch

        using var second = await ServerProcess.StartAsync(DatabasePath, Settings);
        using var again = new HttpClient { BaseAddress = second.Address };
        var status = await again.WaitForCompletion(location, TimeSpan.FromMinutes(3));

        var documents = status.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(files.Select(f => f.Item1), documents.Select(d => d.GetProperty("name").GetString()));
        Assert.All(documents, d => Assert.Equal("done", d.GetProperty("status").GetString()));

        var results = await again.GetFromJsonAsync<JsonElement>($"{location}/results?format=json");
        var rows = results.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(0, Documents), rows.Select(r => r.GetProperty("report").GetProperty("index").GetInt32()));
        Assert.All(rows, r =>
        {
            Assert.Equal("done", r.GetProperty("report").GetProperty("status").GetString());
            Assert.True(r.GetProperty("analysis").GetProperty("clauses").GetArrayLength() > 0);
        });

        second.Kill(); // read the database as the server left it
        SqliteConnection.ClearAllPools();
        Assert.Equal(Documents, await Scalar("SELECT COUNT(*) FROM documents WHERE status = 'done'"));
        Assert.Equal(Documents, await Scalar("SELECT COUNT(DISTINCT idx) FROM documents"));
        Assert.Equal(Documents, await Scalar("SELECT COUNT(*) FROM document_results"));
        Assert.Equal(0, await Scalar("SELECT COUNT(*) FROM document_files"));
        Assert.Equal(0, await Scalar("SELECT COUNT(*) FROM documents WHERE claimed_by IS NOT NULL"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private async Task<long> Scalar(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
