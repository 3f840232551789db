using ClauseLens.Analysis.Context;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Reports;
using ClauseLens.Server.Batches;

namespace ClauseLens.Server.Tests.Batches;

/// <summary>
/// What every <see cref="IBatchStore"/> must do, run against each store (SQLite file, PostgreSQL
/// database) by a subclass that says how to open it and how to read its tables directly.
/// </summary>
public abstract class BatchStoreContract : IAsyncLifetime
{
    protected static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
    private IBatchStore _store = null!;

    protected IBatchStore Store => _store;

    /// <summary>An empty database for this test (created or cleared); called once before each test.</summary>
    protected abstract Task PrepareEmptyDatabaseAsync();

    /// <summary>A store on this test's database; a second call opens it again, as a restarted server would.</summary>
    protected abstract IBatchStore Open(TimeProvider clock, int maxAttempts);

    /// <summary>A count read straight from the database (the SQL is the same on both stores).</summary>
    protected abstract Task<long> Scalar(string sql);

    /// <summary>Closes pooled connections (between "server runs", and at the end).</summary>
    protected abstract Task CloseAsync();

    public async Task InitializeAsync()
    {
        await PrepareEmptyDatabaseAsync();
        _store = Open(_clock, maxAttempts: 2);
        await Store.MigrateAsync(default);
    }

    public virtual async Task DisposeAsync()
    {
        await Dispose(_store);
        await CloseAsync();
    }

    [Fact]
    public async Task MigrationIsIdempotentAndTheProbeSeesTheCurrentSchema()
    {
        await Store.MigrateAsync(default); // twice: migration is idempotent
        var again = Open(_clock, 2);
        await again.MigrateAsync(default); // and from a second instance
        await Dispose(again);

        var probe = await Store.ProbeAsync(default);
        Assert.True(probe.IsCurrent, $"{probe}");
        Assert.True(probe.SchemaVersion >= 1);
    }

    [Fact]
    public async Task ConcurrentWorkersEachFinishEveryDocumentExactlyOnce()
    {
        const int documents = 40;
        await Store.CreateAsync(Batch("b1", "alice", documents), default);
        var stores = Enumerable.Range(0, 3).Select(_ => Open(_clock, 2)).ToList(); // three "servers"
        var completed = new System.Collections.Concurrent.ConcurrentBag<(int Index, string Worker)>();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            var store = stores[w % stores.Count];
            var worker = $"w{w}";
            while (await store.ClaimAsync(worker, Lease, default) is { } claimed)
            {
                Assert.True(await store.CompleteAsync(claimed.Key, worker, Result(claimed.Key.Index, worker), default));
                completed.Add((claimed.Key.Index, worker));
            }
        })));

        Assert.Equal(Enumerable.Range(0, documents), completed.Select(c => c.Index).Order());
        var results = await Store.ResultsAsync("b1", "alice", default);
        Assert.All(results!, r => Assert.Equal(DocumentStatus.Done, r.Report.Status));
        Assert.Equal(completed.OrderBy(c => c.Index).Select(c => c.Worker), results!.Select(r => r.Report.Findings.Single().Title));
        Assert.Equal(0L, await Scalar("SELECT (SELECT COUNT(*) FROM document_files) + (SELECT COUNT(*) FROM documents WHERE claimed_by IS NOT NULL)"));
        foreach (var store in stores)
        {
            await Dispose(store);
        }
    }

    [Fact]
    public async Task ClaimsTakeQueuedDocumentsInOrderEachOnce()
    {
        await Store.CreateAsync(Batch("b1", "alice", 3), default);

        var first = await Store.ClaimAsync("w1", Lease, default);
        var second = await Store.ClaimAsync("w2", Lease, default);
        var third = await Store.ClaimAsync("w1", Lease, default);
        var none = await Store.ClaimAsync("w2", Lease, default);

        Assert.Equal([0, 1, 2], new[] { first!.Key.Index, second!.Key.Index, third!.Key.Index });
        Assert.Null(none);
        Assert.Equal("contract 1"u8.ToArray(), second.Content);
        Assert.Equal(".txt", second.Extension);
        Assert.All((await Store.GetAsync("b1", "alice", default))!.Documents, d => Assert.Equal(DocumentStatus.Analysing, d.Status));
    }

    [Fact]
    public async Task QueueDepthCountsTheDocumentsWaitingToBeClaimed()
    {
        Assert.Equal(0L, await Store.CountQueuedAsync(default));
        await Store.CreateAsync(Batch("b1", "alice", 3), default);
        await Store.CreateAsync(Batch("b2", "bob", 2), default);
        Assert.Equal(5L, await Store.CountQueuedAsync(default));

        var claimed = await Store.ClaimAsync("w1", Lease, default);
        Assert.Equal(4L, await Store.CountQueuedAsync(default));
        await Store.CompleteAsync(claimed!.Key, "w1", Result(claimed.Key.Index, "w1"), default);
        Assert.Equal(4L, await Store.CountQueuedAsync(default));
    }

    [Fact]
    public async Task ExpiredLeaseIsClaimedByAnotherWorker()
    {
        await Store.CreateAsync(Batch("b1", "alice", 1), default);
        var crashed = await Store.ClaimAsync("dead-worker", Lease, default);

        _clock.Advance(Lease - TimeSpan.FromSeconds(1));
        Assert.Null(await Store.ClaimAsync("w2", Lease, default));
        _clock.Advance(TimeSpan.FromSeconds(2));
        var retaken = await Store.ClaimAsync("w2", Lease, default);

        Assert.Equal(crashed!.Key, retaken!.Key);
        Assert.Equal(2, retaken.Attempt);
    }

    [Fact]
    public async Task RenewedLeaseIsNotTakenOver()
    {
        await Store.CreateAsync(Batch("b1", "alice", 1), default);
        var claimed = await Store.ClaimAsync("w1", Lease, default);

        _clock.Advance(Lease / 2);
        Assert.True(await Store.RenewAsync(claimed!.Key, "w1", Lease, default));
        _clock.Advance(Lease / 2 + TimeSpan.FromSeconds(1));

        Assert.Null(await Store.ClaimAsync("w2", Lease, default));
        Assert.False(await Store.RenewAsync(claimed.Key, "w2", Lease, default));
    }

    [Fact]
    public async Task CompletionIsWrittenExactlyOnce()
    {
        await Store.CreateAsync(Batch("b1", "alice", 1), default);
        var claimed = await Store.ClaimAsync("w1", Lease, default);

        Assert.True(await Store.CompleteAsync(claimed!.Key, "w1", Result(claimed.Key.Index, "first"), default));
        Assert.False(await Store.CompleteAsync(claimed.Key, "w1", Result(claimed.Key.Index, "second"), default));
        Assert.False(await Store.FailAsync(claimed.Key, "w1", "late failure", default));

        var results = await Store.ResultsAsync("b1", "alice", default);
        var only = Assert.Single(results!);
        Assert.Equal(DocumentStatus.Done, only.Report.Status);
        Assert.Equal("first", only.Report.Findings.Single().Title);
    }

    [Fact]
    public async Task WorkerThatLostItsClaimWritesNothing()
    {
        await Store.CreateAsync(Batch("b1", "alice", 1), default);
        var slow = await Store.ClaimAsync("slow", Lease, default);
        _clock.Advance(Lease + TimeSpan.FromSeconds(1));
        var fast = await Store.ClaimAsync("fast", Lease, default);

        Assert.True(await Store.CompleteAsync(fast!.Key, "fast", Result(0, "by fast"), default));
        Assert.False(await Store.CompleteAsync(slow!.Key, "slow", Result(0, "by slow"), default));

        Assert.Equal("by fast", (await Store.ResultsAsync("b1", "alice", default))!.Single().Report.Findings.Single().Title);
    }

    [Fact]
    public async Task DocumentThatKeepsKillingItsWorkerFailsAfterMaxAttempts()
    {
        await Store.CreateAsync(Batch("b1", "alice", 1), default);
        for (var attempt = 0; attempt < 2; attempt++)
        {
            Assert.NotNull(await Store.ClaimAsync($"w{attempt}", Lease, default));
            _clock.Advance(Lease + TimeSpan.FromSeconds(1));
        }

        Assert.Null(await Store.ClaimAsync("w3", Lease, default));
        var state = (await Store.GetAsync("b1", "alice", default))!.Documents.Single();
        Assert.Equal(DocumentStatus.Failed, state.Status);
        Assert.Contains("2 attempts", state.Reason);
        Assert.Equal(0L, await Scalar("SELECT COUNT(*) FROM document_files"));
    }

    [Fact]
    public async Task FinishedDocumentsNoLongerHoldTheirUpload()
    {
        await Store.CreateAsync(Batch("b1", "alice", 2), default);
        var a = await Store.ClaimAsync("w1", Lease, default);
        var b = await Store.ClaimAsync("w1", Lease, default);

        await Store.CompleteAsync(a!.Key, "w1", Result(0, "x"), default);
        await Store.FailAsync(b!.Key, "w1", "The .docx file could not be read.", default);

        Assert.Equal(0L, await Scalar("SELECT COUNT(*) FROM document_files"));
        var states = (await Store.GetAsync("b1", "alice", default))!.Documents;
        Assert.Equal([DocumentStatus.Done, DocumentStatus.Failed], states.Select(s => s.Status));
        Assert.Equal("The .docx file could not be read.", states[1].Reason);
    }

    [Fact]
    public async Task DeleteRemovesTheBatchItsFilesAndItsResults()
    {
        await Store.CreateAsync(Batch("b1", "alice", 2), default);
        await Store.CreateAsync(Batch("b2", "alice", 1), default);
        var claimed = await Store.ClaimAsync("w1", Lease, default);
        await Store.CompleteAsync(claimed!.Key, "w1", Result(0, "x"), default);

        Assert.True(await Store.DeleteAsync("b1", "alice", default));

        Assert.Null(await Store.GetAsync("b1", "alice", default));
        Assert.Null(await Store.ResultsAsync("b1", "alice", default));
        Assert.Equal(0L, await Scalar("SELECT COUNT(*) FROM documents WHERE batch_id = 'b1'"));
        Assert.Equal(1L, await Scalar("SELECT COUNT(*) FROM documents WHERE batch_id = 'b2'"));
        Assert.False(await Store.DeleteAsync("b1", "alice", default));
        // A worker finishing a document of the deleted batch writes nothing back.
        Assert.False(await Store.CompleteAsync(claimed.Key, "w1", Result(0, "x"), default));
    }

    [Fact]
    public async Task PurgeRemovesEveryOwnersBatchesCreatedBeforeTheCutoffWithTheirFilesAndResults()
    {
        await Store.CreateAsync(Batch("old-alice", "alice", 2), default);
        await Store.CreateAsync(Batch("old-bob", "bob", 1), default);
        var claimed = await Store.ClaimAsync("w1", Lease, default);
        await Store.CompleteAsync(claimed!.Key, "w1", Result(0, "x"), default);
        var stillAnalysing = await Store.ClaimAsync("w1", Lease, default);
        _clock.Advance(TimeSpan.FromDays(10));
        await Store.CreateAsync(Batch("new", "alice", 1), default);

        Assert.Equal(2, await Store.PurgeAsync(_clock.GetUtcNow() - TimeSpan.FromDays(5), default));

        Assert.Null(await Store.GetAsync("old-alice", "alice", default));
        Assert.Null(await Store.GetAsync("old-bob", "bob", default));
        Assert.NotNull(await Store.GetAsync("new", "alice", default));
        Assert.Equal(0L, await Scalar("SELECT COUNT(*) FROM documents WHERE batch_id LIKE 'old-%'"));
        Assert.Equal(0L, await Scalar("SELECT COUNT(*) FROM document_files WHERE batch_id LIKE 'old-%'"));
        Assert.Equal(0L, await Scalar("SELECT COUNT(*) FROM document_results"));
        Assert.Equal(1L, await Scalar("SELECT COUNT(*) FROM document_files WHERE batch_id = 'new'"));
        // A worker still on a document of a purged batch writes nothing back; the next purge has nothing to do.
        Assert.False(await Store.CompleteAsync(stillAnalysing!.Key, "w1", Result(1, "x"), default));
        Assert.Equal(0, await Store.PurgeAsync(_clock.GetUtcNow() - TimeSpan.FromDays(5), default));
    }

    [Fact]
    public async Task OtherOwnersCannotSeeOrDeleteABatch()
    {
        await Store.CreateAsync(Batch("b1", "alice", 1), default);

        Assert.Null(await Store.GetAsync("b1", "mallory", default));
        Assert.Null(await Store.ResultsAsync("b1", "mallory", default));
        Assert.False(await Store.DeleteAsync("b1", "mallory", default));
        Assert.NotNull(await Store.GetAsync("b1", "alice", default));
    }

    [Fact]
    public async Task BatchSurvivesAReopenOfTheDatabase()
    {
        await Store.CreateAsync(Batch("b1", "alice", 2), default);
        await Store.ClaimAsync("w1", Lease, default);
        await CloseAsync();

        var reopened = Open(_clock, 3);
        await reopened.MigrateAsync(default);

        var state = await reopened.GetAsync("b1", "alice", default);
        Assert.Equal([DocumentStatus.Analysing, DocumentStatus.Queued], state!.Documents.Select(d => d.Status));
        Assert.Equal(1, (await reopened.ClaimAsync("w2", Lease, default))!.Key.Index);
        await Dispose(reopened);
    }

    [Fact]
    public async Task DocumentsRejectedAtUploadAreStoredAsFailedWithoutContent()
    {
        await Store.CreateAsync(new NewBatch("b1", "alice", "default", _clock.GetUtcNow(),
            [new NewDocument("a.txt", ".txt", "x"u8.ToArray(), null), new NewDocument("z.zip/notes.xlsx", ".xlsx", null, "Files of type '.xlsx' cannot be analysed.")]), default);

        var states = (await Store.GetAsync("b1", "alice", default))!.Documents;
        Assert.Equal(DocumentStatus.Failed, states[1].Status);
        Assert.Equal(0, (await Store.ClaimAsync("w", Lease, default))!.Key.Index);
        Assert.Null(await Store.ClaimAsync("w", Lease, default));
    }

    [Fact]
    public async Task ABatchKeepsItsDealOptionsAndEachFinishedDocumentItsTypePlaybookAndCounts()
    {
        await Store.CreateAsync(new NewBatch("b1", "alice", null, _clock.GetUtcNow(),
            [new NewDocument("a.txt", ".txt", "x"u8.ToArray(), null), new NewDocument("b.txt", ".txt", "y"u8.ToArray(), null)],
            new AnalysisOptions("nda", "recipient", "ja")), default);

        var claimed = await Store.ClaimAsync("w", Lease, default);
        Assert.Null(claimed!.PlaybookId); // none named: the worker applies the one for each document's type
        Assert.Equal(new AnalysisOptions("nda", "recipient", "ja"), claimed.Options);
        var report = new DocumentReport(0, "a.txt", DocumentStatus.Done, null, [],
        [
            new BatchFinding(Severity.High, FindingKind.Missing, "ip_ownership", "No IP clause", null, null, null),
            new BatchFinding(Severity.Medium, FindingKind.OverlyBroad, "non_compete", "Worldwide", 1, 2, "x"),
            new BatchFinding(Severity.Medium, FindingKind.Unbalanced, "liability", "One-sided cap", 1, 2, "x"),
            new BatchFinding(Severity.Low, FindingKind.Drafting, "other", "Undefined term", 1, 2, "x", DraftingCheck.UndefinedTerm),
        ], "nda", "commercial-nda");
        Assert.True(await Store.CompleteAsync(claimed.Key, "w", new StoredResult(report, "{}"), default));

        var state = (await Store.GetAsync("b1", "alice", default))!;
        Assert.Null(state.PlaybookId);
        Assert.Equal(new AnalysisOptions("nda", "recipient", "ja"), state.Options);
        Assert.Equal(new DocumentState(0, "a.txt", DocumentStatus.Done, null, "nda", "commercial-nda", new DocumentFindingCounts(1, 2, 0, 1)), state.Documents[0]);
        Assert.Equal(new DocumentState(1, "b.txt", DocumentStatus.Queued, null), state.Documents[1]);
    }

    [Fact]
    public async Task ABatchWithANamedPlaybookAndNoOptionsIsClaimedWithThem()
    {
        await Store.CreateAsync(Batch("b1", "alice", 1), default);

        var claimed = await Store.ClaimAsync("w", Lease, default);

        Assert.Equal("default", claimed!.PlaybookId);
        Assert.Null(claimed.Options);
        Assert.Null((await Store.GetAsync("b1", "alice", default))!.Options);
    }

    private NewBatch Batch(string id, string owner, int documents) => new(id, owner, "default", _clock.GetUtcNow(),
        [.. Enumerable.Range(0, documents).Select(i => new NewDocument($"contract {i}.txt", ".txt", System.Text.Encoding.UTF8.GetBytes($"contract {i}"), null))]);

    private static StoredResult Result(int index, string title) => new(
        new DocumentReport(index, $"contract {index}.txt", DocumentStatus.Done, null, ["governing_law"],
            [new BatchFinding(Severity.High, FindingKind.Missing, "ip_ownership", title, null, null, null)]),
        """{"modelVersion":"test"}""");

    private static async Task Dispose(IBatchStore store)
    {
        if (store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }
}
