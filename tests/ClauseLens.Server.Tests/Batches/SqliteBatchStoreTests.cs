using ClauseLens.Analysis.Reports;
using ClauseLens.Server.Batches;
using Microsoft.Data.Sqlite;

namespace ClauseLens.Server.Tests.Batches;

/// <summary>The store contract on a real SQLite file in a temp folder, plus what only SQLite has (WAL).</summary>
public sealed class SqliteBatchStoreTests : BatchStoreContract
{
    private readonly TempFolder _folder = new();

    private string ConnectionString => $"Data Source={Path.Combine(_folder.Path, "data", "clauselens.db")}";

    protected override Task PrepareEmptyDatabaseAsync() => Task.CompletedTask; // a new folder per test

    protected override IBatchStore Open(TimeProvider clock, int maxAttempts) => new SqliteBatchStore(ConnectionString, clock, maxAttempts);

    protected override async Task<long> Scalar(string sql) => Convert.ToInt64(await RawScalar(sql), System.Globalization.CultureInfo.InvariantCulture);

    protected override Task CloseAsync()
    {
        SqliteConnection.ClearAllPools();
        return Task.CompletedTask;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task DatabaseIsARealWalFileWithASchemaVersion()
    {
        Assert.True(File.Exists(Path.Combine(_folder.Path, "data", "clauselens.db")));
        Assert.Equal("wal", await RawScalar("PRAGMA journal_mode"));
        Assert.Equal((long)SqliteBatchStore.SchemaVersion, await Scalar("SELECT version FROM schema_version"));
        Assert.Equal(1L, await Scalar("SELECT COUNT(*) FROM schema_version"));
        Assert.Equal("sqlite", (await Store.ProbeAsync(default)).Kind);
    }

    [Fact]
    public async Task DatabaseOfSchemaVersionOneKeepsItsQueueAndResultsWhenMigrated()
    {
        SqliteConnection.ClearAllPools();
        var path = Path.Combine(_folder.Path, "v1.db");
        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            // The schema as version 1 shipped it: files and results inside the document rows.
            command.CommandText = """
                PRAGMA journal_mode=WAL;
                CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (1);
                CREATE TABLE batches (id TEXT PRIMARY KEY, owner TEXT NOT NULL, playbook TEXT NOT NULL, created_at INTEGER NOT NULL);
                CREATE TABLE documents (batch_id TEXT NOT NULL, idx INTEGER NOT NULL, name TEXT NOT NULL, extension TEXT, playbook TEXT NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('queued', 'analysing', 'done', 'failed')), reason TEXT, content BLOB,
                    claimed_by TEXT, lease_until INTEGER, attempts INTEGER NOT NULL DEFAULT 0, report TEXT, analysis TEXT, PRIMARY KEY (batch_id, idx));
                CREATE INDEX documents_work ON documents (status, lease_until);
                INSERT INTO batches VALUES ('b1', 'alice', 'default', 0);
                INSERT INTO documents (batch_id, idx, name, extension, playbook, status, attempts, report, analysis)
                    VALUES ('b1', 0, 'done.txt', '.txt', 'default', 'done', 1, '{"index":0,"name":"done.txt","status":"done","labelsPresent":["governing_law"],"findings":[]}', '{"modelVersion":"v1"}');
                INSERT INTO documents (batch_id, idx, name, extension, playbook, status, content) VALUES ('b1', 1, 'queued.txt', '.txt', 'default', 'queued', X'636F6E7472616374');
                """;
            await command.ExecuteNonQueryAsync();
        }

        var store = new SqliteBatchStore($"Data Source={path}", TimeProvider.System);
        await store.MigrateAsync(default);

        var claimed = await store.ClaimAsync("w", Lease, default);
        Assert.Equal(1, claimed!.Key.Index);
        Assert.Equal("contract"u8.ToArray(), claimed.Content);
        var results = (await store.ResultsAsync("b1", "alice", default))!;
        Assert.Equal(["governing_law"], results[0].Report.LabelsPresent);
        Assert.Equal("""{"modelVersion":"v1"}""", results[0].AnalysisJson);
        Assert.Equal(DocumentStatus.Analysing, results[1].Report.Status);
    }

    private async Task<object?> RawScalar(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
