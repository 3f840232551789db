using ClauseLens.Analysis.Reports;
using ClauseLens.Server.Batches;
using ClauseLens.Server.Tests.Batches;
using Npgsql;

namespace ClauseLens.Server.Tests.Postgres;

/// <summary>
/// The store contract on a real PostgreSQL database (one per test class, emptied before each test),
/// plus what only a shared server has: several instances migrating at once, the URI form, failing
/// clearly when the server cannot be reached.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresBatchStoreTests(PostgresFixture postgres) : BatchStoreContract
{
    private const string Database = "batch_store_tests";
    private string _connectionString = "";

    protected override async Task PrepareEmptyDatabaseAsync()
    {
        _connectionString = await postgres.Cluster.DatabaseAsync(Database);
        await postgres.Cluster.ExecuteAsync(Database, "DROP TABLE IF EXISTS document_files, document_results, documents, batches, schema_version");
    }

    protected override IBatchStore Open(TimeProvider clock, int maxAttempts) => new PostgresBatchStore(_connectionString, clock, maxAttempts);

    protected override Task<long> Scalar(string sql) => postgres.Cluster.ScalarAsync<long>(Database, sql);

    protected override Task CloseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task SchemaVersionIsKeptPerComponent()
    {
        Assert.Equal(PostgresBatchStore.SchemaVersion, await Scalar($"SELECT version FROM schema_version WHERE component = '{PostgresBatchStore.Component}'"));
        var probe = await Store.ProbeAsync(default);
        Assert.Equal("postgresql", probe.Kind);
        Assert.Equal($"127.0.0.1:{postgres.Cluster.Port}/{Database}", probe.Location);
    }

    [Fact]
    public async Task AVersion1DatabaseUpgradesKeepingEveryBatchAndFillingInEachFinishedDocumentsTypeAndCounts()
    {
        await postgres.Cluster.ExecuteAsync(Database, "DROP TABLE IF EXISTS document_files, document_results, documents, batches, schema_version");
        await postgres.Cluster.ExecuteAsync(Database, "CREATE TABLE schema_version (component text PRIMARY KEY, version integer NOT NULL); INSERT INTO schema_version VALUES ('batches', 1);");
        await postgres.Cluster.ExecuteAsync(Database, PostgresBatchStore.Migrations[0]);
        await postgres.Cluster.ExecuteAsync(Database,
            """
            INSERT INTO batches (id, owner, playbook, created_at) VALUES ('b1', 'alice', 'japan-sme-collaboration', 0);
            INSERT INTO documents (batch_id, idx, name, extension, playbook, status) VALUES
                ('b1', 0, 'nda.docx', '.docx', 'japan-sme-collaboration', 'done'),
                ('b1', 1, 'queued.txt', '.txt', 'japan-sme-collaboration', 'queued');
            INSERT INTO document_files (batch_id, idx, content) VALUES ('b1', 1, '\x6869');
            INSERT INTO document_results (batch_id, idx, report, analysis) VALUES ('b1', 0,
                '{"index":0,"name":"nda.docx","status":"done","labelsPresent":[],"findings":[{"severity":"high","kind":"missing","label":"ip_ownership","title":"No IP clause"},{"severity":"low","kind":"drafting","label":"other","title":"Undefined term"}],"contractType":"nda","playbook":"commercial-nda"}',
                '{"modelVersion":"old"}');
            """);
        await using var store = new PostgresBatchStore(_connectionString, TimeProvider.System);

        await store.MigrateAsync(default);

        var state = (await store.GetAsync("b1", "alice", default))!;
        Assert.Equal("japan-sme-collaboration", state.PlaybookId);
        Assert.Equal(new DocumentState(0, "nda.docx", DocumentStatus.Done, null, "nda", "commercial-nda", new DocumentFindingCounts(1, 0, 0, 1)), state.Documents[0]);
        Assert.Equal(new DocumentState(1, "queued.txt", DocumentStatus.Queued, null), state.Documents[1]);
        Assert.Equal(2, (await store.ResultsAsync("b1", "alice", default))![0].Report.Findings.Count);
        var claimed = (await store.ClaimAsync("w", TimeSpan.FromMinutes(1), default))!;
        Assert.Equal(("queued.txt", "japan-sme-collaboration", "hi"), (claimed.Name, claimed.PlaybookId, System.Text.Encoding.UTF8.GetString(claimed.Content)));
    }

    [Fact]
    public async Task InstancesStartingTogetherMigrateOnce()
    {
        await postgres.Cluster.ExecuteAsync(Database, "DROP TABLE IF EXISTS document_files, document_results, documents, batches, schema_version");
        var stores = Enumerable.Range(0, 4).Select(_ => new PostgresBatchStore(_connectionString, TimeProvider.System)).ToList();

        await Task.WhenAll(stores.Select(s => s.MigrateAsync(default)));

        Assert.Equal(1L, await Scalar("SELECT COUNT(*) FROM schema_version"));
        Assert.All(await Task.WhenAll(stores.Select(s => s.ProbeAsync(default))), p => Assert.True(p.IsCurrent));
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }
    }

    [Fact]
    public async Task UriConnectionStringReachesTheSameDatabase()
    {
        await Store.CreateAsync(new NewBatch("b1", "alice", "default", DateTimeOffset.UnixEpoch, [new NewDocument("a.txt", ".txt", "x"u8.ToArray(), null)]), default);
        await using var byUri = new PostgresBatchStore(postgres.Cluster.ConnectionUri(Database), TimeProvider.System);

        var state = await byUri.GetAsync("b1", "alice", default);

        Assert.Equal("a.txt", Assert.Single(state!.Documents).Name);
    }

    [Fact]
    public async Task UnreachableServerFailsMigrationWithAClearMessage()
    {
        var closedPort = postgres.Cluster.Port == 1 ? 2 : 1; // nothing listens on port 1 on loopback
        await using var store = new PostgresBatchStore($"postgres://clauselens:s3cret-word@127.0.0.1:{closedPort}/nowhere?connect_timeout=5", TimeProvider.System);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.MigrateAsync(default));

        Assert.Contains($"PostgreSQL is configured (ConnectionStrings:ClauseLens → 127.0.0.1:{closedPort}/nowhere) but could not be used", error.Message);
        Assert.DoesNotContain("s3cret-word", error.Message);
    }
}
