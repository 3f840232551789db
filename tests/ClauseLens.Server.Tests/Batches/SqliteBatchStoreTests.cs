using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Reports;
using ClauseLens.Server.Batches;
using Microsoft.Data.Sqlite;

namespace ClauseLens.Server.Tests.Batches;

public sealed class SqliteBatchStoreTests : IAsyncLifetime
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);
    private readonly TempFolder _folder = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
    private SqliteBatchStore _store = null!;

    private string ConnectionString => $"Data Source={Path.Combine(_folder.Path, "data", "clauselens.db")}";

    public async Task InitializeAsync()
    {
        _store = new SqliteBatchStore(ConnectionString, _clock, maxAttempts: 2);
        await _store.MigrateAsync(default);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task DatabaseIsARealWalFileWithASchemaVersion()
    {
        await _store.MigrateAsync(default); // twice: migration is idempotent

        Assert.True(File.Exists(Path.Combine(_folder.Path, "data", "clauselens.db")));
        Assert.Equal("wal", await Scalar("PRAGMA journal_mode"));
        Assert.Equal((long)SqliteBatchStore.SchemaVersion, await Scalar("SELECT version FROM schema_version"));
        Assert.Equal(1L, await Scalar("SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public async Task ClaimsTakeQueuedDocumentsInOrderEachOnce()
    {
        await _store.CreateAsync(Batch("b1", "alice", 3), default);

        var first = await _store.ClaimAsync("w1", Lease, default);
        var second = await _store.ClaimAsync("w2", Lease, default);
        var third = await _store.ClaimAsync("w1", Lease, default);
        var none = await _store.ClaimAsync("w2", Lease, default);

        Assert.Equal([0, 1, 2], new[] { first!.Key.Index, second!.Key.Index, third!.Key.Index });
        Assert.Null(none);
        Assert.Equal("contract 1"u8.ToArray(), second.Content);
        Assert.Equal(".txt", second.Extension);
        Assert.All((await _store.GetAsync("b1", "alice", default))!.Documents, d => Assert.Equal(DocumentStatus.Analysing, d.Status));
    }

    [Fact]
    public async Task ExpiredLeaseIsClaimedByAnotherWorker()
    {
        await _store.CreateAsync(Batch("b1", "alice", 1), default);
        var crashed = await _store.ClaimAsync("dead-worker", Lease, default);

        _clock.Advance(Lease - TimeSpan.FromSeconds(1));
        Assert.Null(await _store.ClaimAsync("w2", Lease, default));
        _clock.Advance(TimeSpan.FromSeconds(2));
        var retaken = await _store.ClaimAsync("w2", Lease, default);

        Assert.Equal(crashed!.Key, retaken!.Key);
        Assert.Equal(2, retaken.Attempt);
    }

    [Fact]
    public async Task RenewedLeaseIsNotTakenOver()
    {
        await _store.CreateAsync(Batch("b1", "alice", 1), default);
        var claimed = await _store.ClaimAsync("w1", Lease, default);

        _clock.Advance(Lease / 2);
        Assert.True(await _store.RenewAsync(claimed!.Key, "w1", Lease, default));
        _clock.Advance(Lease / 2 + TimeSpan.FromSeconds(1));

        Assert.Null(await _store.ClaimAsync("w2", Lease, default));
        Assert.False(await _store.RenewAsync(claimed.Key, "w2", Lease, default));
    }

    [Fact]
    public async Task CompletionIsWrittenExactlyOnce()
    {
        await _store.CreateAsync(Batch("b1", "alice", 1), default);
        var claimed = await _store.ClaimAsync("w1", Lease, default);

        Assert.True(await _store.CompleteAsync(claimed!.Key, "w1", Result(claimed.Key.Index, "first"), default));
        Assert.False(await _store.CompleteAsync(claimed.Key, "w1", Result(claimed.Key.Index, "second"), default));
        Assert.False(await _store.FailAsync(claimed.Key, "w1", "late failure", default));

        var results = await _store.ResultsAsync("b1", "alice", default);
        var only = Assert.Single(results!);
        Assert.Equal(DocumentStatus.Done, only.Report.Status);
        Assert.Equal("first", only.Report.Findings.Single().Title);
    }

    [Fact]
    public async Task WorkerThatLostItsClaimWritesNothing()
    {
        await _store.CreateAsync(Batch("b1", "alice", 1), default);
        var slow = await _store.ClaimAsync("slow", Lease, default);
        _clock.Advance(Lease + TimeSpan.FromSeconds(1));
        var fast = await _store.ClaimAsync("fast", Lease, default);

        Assert.True(await _store.CompleteAsync(fast!.Key, "fast", Result(0, "by fast"), default));
        Assert.False(await _store.CompleteAsync(slow!.Key, "slow", Result(0, "by slow"), default));

        Assert.Equal("by fast", (await _store.ResultsAsync("b1", "alice", default))!.Single().Report.Findings.Single().Title);
    }

    [Fact]
    public async Task DocumentThatKeepsKillingItsWorkerFailsAfterMaxAttempts()
    {
        await _store.CreateAsync(Batch("b1", "alice", 1), default);
        for (var attempt = 0; attempt < 2; attempt++)
        {
            Assert.NotNull(await _store.ClaimAsync($"w{attempt}", Lease, default));
            _clock.Advance(Lease + TimeSpan.FromSeconds(1));
        }

        Assert.Null(await _store.ClaimAsync("w3", Lease, default));
        var state = (await _store.GetAsync("b1", "alice", default))!.Documents.Single();
        Assert.Equal(DocumentStatus.Failed, state.Status);
        Assert.Contains("2 attempts", state.Reason);
        Assert.Equal(0L, await Scalar("SELECT COUNT(*) FROM document_files"));
    }

    [Fact]
    public async Task FinishedDocumentsNoLongerHoldTheirUpload()
    {
        await _store.CreateAsync(Batch("b1", "alice", 2), default);
        var a = await _store.ClaimAsync("w1", Lease, default);
        var b = await _store.ClaimAsync("w1", Lease, default);

        await _store.CompleteAsync(a!.Key, "w1", Result(0, "x"), default);
        await _store.FailAsync(b!.Key, "w1", "The .docx file could not be read.", default);

        Assert.Equal(0L, await Scalar("SELECT COUNT(*) FROM document_files"));
        var states = (await _store.GetAsync("b1", "alice", default))!.Documents;
        Assert.Equal([DocumentStatus.Done, DocumentStatus.Failed], states.Select(s => s.Status));
        Assert.Equal("The .docx file could not be read.", states[1].Reason);
    }

    [Fact]
    public async Task DeleteRemovesTheBatchItsFilesAndItsResults()
    {
        await _store.CreateAsync(Batch("b1", "alice", 2), default);
        await _store.CreateAsync(Batch("b2", "alice", 1), default);
        var claimed = await _store.ClaimAsync("w1", Lease, default);
        await _store.CompleteAsync(claimed!.Key, "w1", Result(0, "x"), default);

        Assert.True(await _store.DeleteAsync("b1", "alice", default));

        Assert.Null(await _store.GetAsync("b1", "alice", default));
        Assert.Null(await _store.ResultsAsync("b1", "alice", default));
        Assert.Equal(0L, await Scalar("SELECT COUNT(*) FROM documents WHERE batch_id = 'b1'"));
        Assert.Equal(1L, await Scalar("SELECT COUNT(*) FROM documents WHERE batch_id = 'b2'"));
        Assert.Equal(0L, await Scalar("SELECT COUNT(*) FROM document_files WHERE batch_id = 'b1'"));
        Assert.Equal(0L, await Scalar("SELECT COUNT(*) FROM document_results WHERE batch_id = 'b1'"));
        Assert.Equal(1L, await Scalar("SELECT COUNT(*) FROM document_files WHERE batch_id = 'b2'"));
        Assert.False(await _store.DeleteAsync("b1", "alice", default));
        // A worker finishing a document of the deleted batch writes nothing back.
        Assert.False(await _store.CompleteAsync(claimed.Key, "w1", Result(0, "x"), default));
    }

    [Fact]
    public async Task PurgeRemovesEveryOwnersBatchesCreatedBeforeTheCutoffWithTheirFilesAndResults()
    {
        await _store.CreateAsync(Batch("old-alice", "alice", 2), default);
        await _store.CreateAsync(Batch("old-bob", "bob", 1), default);
        var claimed = await _store.ClaimAsync("w1", Lease, default);
        await _store.CompleteAsync(claimed!.Key, "w1", Result(0, "x"), default);
        var stillAnalysing = await _store.ClaimAsync("w1", Lease, default);
        _clock.Advance(TimeSpan.FromDays(10));
        await _store.CreateAsync(Batch("new", "alice", 1), default);

        Assert.Equal(2, await _store.PurgeAsync(_clock.GetUtcNow() - TimeSpan.FromDays(5), default));

        Assert.Null(await _store.GetAsync("old-alice", "alice", default));
        Assert.Null(await _store.GetAsync("old-bob", "bob", default));
        Assert.NotNull(await _store.GetAsync("new", "alice", default));
        Assert.Equal(0L, await Scalar("SELECT COUNT(*) FROM documents WHERE batch_id LIKE 'old-%'"));
        Assert.Equal(0L, await Scalar("SELECT COUNT(*) FROM document_files WHERE batch_id LIKE 'old-%'"));
        Assert.Equal(0L, await Scalar("SELECT COUNT(*) FROM document_results"));
        Assert.Equal(1L, await Scalar("SELECT COUNT(*) FROM document_files WHERE batch_id = 'new'"));
        // A worker still on a document of a purged batch writes nothing back; the next purge has nothing to do.
        Assert.False(await _store.CompleteAsync(stillAnalysing!.Key, "w1", Result(1, "x"), default));
        Assert.Equal(0, await _store.PurgeAsync(_clock.GetUtcNow() - TimeSpan.FromDays(5), default));
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

        var store = new SqliteBatchStore($"Data Source={path}", _clock);
        await store.MigrateAsync(default);

        var claimed = await store.ClaimAsync("w", Lease, default);
        Assert.Equal(1, claimed!.Key.Index);
        Assert.Equal("contract"u8.ToArray(), claimed.Content);
        var results = (await store.ResultsAsync("b1", "alice", default))!;
        Assert.Equal(["governing_law"], results[0].Report.LabelsPresent);
        Assert.Equal("""{"modelVersion":"v1"}""", results[0].AnalysisJson);
        Assert.Equal(DocumentStatus.Analysing, results[1].Report.Status);
    }

    [Fact]
    public async Task OtherOwnersCannotSeeOrDeleteABatch()
    {
        await _store.CreateAsync(Batch("b1", "alice", 1), default);

        Assert.Null(await _store.GetAsync("b1", "mallory", default));
        Assert.Null(await _store.ResultsAsync("b1", "mallory", default));
        Assert.False(await _store.DeleteAsync("b1", "mallory", default));
        Assert.NotNull(await _store.GetAsync("b1", "alice", default));
    }

    [Fact]
    public async Task BatchSurvivesAReopenOfTheDatabase()
    {
        await _store.CreateAsync(Batch("b1", "alice", 2), default);
        await _store.ClaimAsync("w1", Lease, default);
        SqliteConnection.ClearAllPools();

        var reopened = new SqliteBatchStore(ConnectionString, _clock);
        await reopened.MigrateAsync(default);

        var state = await reopened.GetAsync("b1", "alice", default);
        Assert.Equal([DocumentStatus.Analysing, DocumentStatus.Queued], state!.Documents.Select(d => d.Status));
        Assert.Equal(1, (await reopened.ClaimAsync("w2", Lease, default))!.Key.Index);
    }

    [Fact]
    public async Task DocumentsRejectedAtUploadAreStoredAsFailedWithoutContent()
    {
        await _store.CreateAsync(new NewBatch("b1", "alice", "default", _clock.GetUtcNow(),
            [new NewDocument("a.txt", ".txt", "x"u8.ToArray(), null), new NewDocument("z.zip/notes.xlsx", ".xlsx", null, "Files of type '.xlsx' cannot be analysed.")]), default);

        var states = (await _store.GetAsync("b1", "alice", default))!.Documents;
        Assert.Equal(DocumentStatus.Failed, states[1].Status);
        Assert.Equal(0, (await _store.ClaimAsync("w", Lease, default))!.Key.Index);
        Assert.Null(await _store.ClaimAsync("w", Lease, default));
    }

    private NewBatch Batch(string id, string owner, int documents) => new(id, owner, "default", _clock.GetUtcNow(),
        [.. Enumerable.Range(0, documents).Select(i => new NewDocument($"contract {i}.txt", ".txt", System.Text.Encoding.UTF8.GetBytes($"contract {i}"), null))]);

    private static StoredResult Result(int index, string title) => new(
        new DocumentReport(index, $"contract {index}.txt", DocumentStatus.Done, null, ["governing_law"],
            [new BatchFinding(Severity.High, FindingKind.Missing, "ip_ownership", title, null, null, null)]),
        """{"modelVersion":"test"}""");

    private async Task<object?> Scalar(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
