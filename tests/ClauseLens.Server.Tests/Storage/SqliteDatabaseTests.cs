using System.Security.Cryptography;
using System.Text;
using ClauseLens.Analysis.Reports;
using ClauseLens.Server.Batches;
using ClauseLens.Server.Playbooks;
using ClauseLens.Server.Storage;
using ClauseLens.Server.Tests.Batches;
using Microsoft.Data.Sqlite;
using static ClauseLens.Server.Storage.SqliteDatabase;
using static ClauseLens.Server.Storage.StoreDatabase;

namespace ClauseLens.Server.Tests.Storage;

public sealed class SqliteDatabaseTests : IDisposable
{
    // SHA-256 of each migration as shipped. Databases in the field ran these exact statements: a
    // change here means an edited migration. Append a new one (and its hash) instead.
    private static readonly string[] ShippedMigrationHashes =
    [
        "a3c70ceae9b61c271aa868c363fee641bcc532b755d37881e76dfe593e4b2d2f",
        "17cc956fe05cae70323198eeb6d3d73b01676e0412ef443ced65285035b0e529",
        "3ec3dff357bf7f8c104b359258df170818dc2ee1f70bb6bdf5d8f1920853174e",
        "3e43d68a9919383d3c2dbfbf4652238ace5a320d7bdadaa56ab0c4dd0fc6a257",
    ];

    private readonly TempFolder _folder = new();

    private string ConnectionString => $"Data Source={Path.Combine(_folder.Path, "clauselens.db")}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public void ShippedMigrationsAreNeverEdited()
    {
        var hashes = Migrations.Select(m => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(m)))).ToList();

        Assert.Equal(ShippedMigrationHashes, hashes.Take(ShippedMigrationHashes.Length));
    }

    [Fact]
    public async Task BatchesAndPlaybooksShareOneDatabaseWithOneSchemaVersion()
    {
        await new SqliteBatchStore(ConnectionString, TimeProvider.System).MigrateAsync(default);
        await new SqlitePlaybookStore(new SqliteDatabase(ConnectionString)).MigrateAsync(default);

        Assert.Equal(4, SchemaVersion);
        Assert.Equal(SchemaVersion, SqliteBatchStore.SchemaVersion);
        Assert.Equal([(long)SchemaVersion], await Column("SELECT version FROM schema_version"));
        Assert.Equal(["batch_playbooks", "batches", "document_files", "document_results", "documents", "playbooks", "schema_version"],
            await Column("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    }

    [Fact]
    public async Task AVersion1BatchDatabaseUpgradesAndKeepsItsBatches()
    {
        // A database exactly as the batch store left it before playbooks were stored.
        await using (var connection = new SqliteConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL; CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (1);", default);
            await ExecuteAsync(connection, null, Migrations[0], default);
            await ExecuteAsync(connection, null, "INSERT INTO batches (id, owner, playbook, created_at) VALUES ('b1', 'alice', 'japan-sme-collaboration', 0)", default);
        }

        var playbooks = new SqlitePlaybookStore(new SqliteDatabase(ConnectionString));
        await playbooks.MigrateAsync(default);
        await new SqliteBatchStore(ConnectionString, TimeProvider.System).MigrateAsync(default);

        Assert.Equal([(long)SchemaVersion], await Column("SELECT version FROM schema_version"));
        Assert.Equal(["b1"], await Column("SELECT id FROM batches"));
        Assert.Equal(SaveOutcome.Created, await playbooks.SaveAsync("alice", Playbook("mine"), 10, default));
    }

    [Fact]
    public async Task AVersion3DatabaseUpgradesKeepingEveryBatchAndFillingInEachFinishedDocumentsTypeAndCounts()
    {
        // A database exactly as schema 3 left it: a finished document (its report names its type and
        // playbook), a queued one with its file, and a failed one.
        const string report = """
            {"index":0,"name":"nda.docx","status":"done","labelsPresent":["confidentiality"],"findings":[
            {"severity":"high","kind":"missing","label":"ip_ownership","title":"No IP clause"},
            {"severity":"medium","kind":"overly_broad","label":"non_compete","title":"Worldwide","start":1,"end":9,"evidence":"worldwide"},
            {"severity":"low","kind":"drafting","label":"other","title":"Undefined term","check":"undefined_term"}],
            "contractType":"nda","playbook":"commercial-nda"}
            """;
        await using (var connection = new SqliteConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL; CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (3);", default);
            foreach (var migration in Migrations.Take(3))
            {
                await ExecuteAsync(connection, null, migration, default);
            }

            await ExecuteAsync(connection, null,
                """
                INSERT INTO batches (id, owner, playbook, created_at) VALUES ('b1', 'alice', 'japan-sme-collaboration', 0);
                INSERT INTO documents (batch_id, idx, name, extension, playbook, status) VALUES
                    ('b1', 0, 'nda.docx', '.docx', 'japan-sme-collaboration', 'done'),
                    ('b1', 1, 'queued.txt', '.txt', 'japan-sme-collaboration', 'queued');
                INSERT INTO documents (batch_id, idx, name, extension, playbook, status, reason) VALUES ('b1', 2, 'x.pdf', '.pdf', 'japan-sme-collaboration', 'failed', 'unreadable');
                INSERT INTO document_files (batch_id, idx, content) VALUES ('b1', 1, X'6869');
                """, default);
            await ExecuteAsync(connection, null, "INSERT INTO document_results (batch_id, idx, report, analysis) VALUES ('b1', 0, $r, '{\"modelVersion\":\"old\"}')", default, ("$r", report));
        }

        var store = new SqliteBatchStore(ConnectionString, TimeProvider.System);
        await store.MigrateAsync(default);

        Assert.Equal([(long)SchemaVersion], await Column("SELECT version FROM schema_version"));
        var state = (await store.GetAsync("b1", "alice", default))!;
        Assert.Equal("japan-sme-collaboration", state.PlaybookId); // named before: still named
        Assert.Null(state.Options);
        Assert.Equal(new DocumentState(0, "nda.docx", DocumentStatus.Done, null, "nda", "commercial-nda", new DocumentFindingCounts(1, 1, 0, 1)), state.Documents[0]);
        Assert.Equal(new DocumentState(1, "queued.txt", DocumentStatus.Queued, null), state.Documents[1]);
        Assert.Equal(new DocumentState(2, "x.pdf", DocumentStatus.Failed, "unreadable"), state.Documents[2]);
        var results = (await store.ResultsAsync("b1", "alice", default))!;
        Assert.Equal(3, results[0].Report.Findings.Count);
        Assert.Equal("""{"modelVersion":"old"}""", results[0].AnalysisJson);
        var claimed = (await store.ClaimAsync("w", TimeSpan.FromMinutes(1), default))!;
        Assert.Equal(("queued.txt", "japan-sme-collaboration", "hi"), (claimed.Name, claimed.PlaybookId, Encoding.UTF8.GetString(claimed.Content)));
    }

    [Fact]
    public async Task ADatabaseFromANewerServerIsRefused()
    {
        var database = new SqliteDatabase(ConnectionString);
        await database.MigrateAsync(default);
        await using (var connection = await database.OpenAsync(default))
        {
            await ExecuteAsync(connection, null, "UPDATE schema_version SET version = 99", default);
        }

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => database.MigrateAsync(default));
        Assert.Contains("schema version 99", refused.Message);
    }

    [Fact]
    public async Task PlaybooksAreKeptPerOwner()
    {
        var store = await PlaybookStore();
        await store.SaveAsync("alice", Playbook("same-id", "Alice's"), 10, default);
        await store.SaveAsync("bob", Playbook("same-id", "Bob's"), 10, default);

        Assert.Equal("Alice's", (await store.GetAsync("alice", "same-id", default))!.Name);
        Assert.Equal("Bob's", (await store.GetAsync("bob", "same-id", default))!.Name);
        Assert.True(await store.DeleteAsync("bob", "same-id", default));
        Assert.False(await store.DeleteAsync("bob", "same-id", default));
        Assert.Single(await store.ListAsync("alice", default));
        Assert.Empty(await store.ListAsync("bob", default));
    }

    [Fact]
    public async Task TheLimitRefusesANewPlaybookButNotAReplacement()
    {
        var store = await PlaybookStore();
        Assert.Equal(SaveOutcome.Created, await store.SaveAsync("alice", Playbook("a"), 2, default));
        Assert.Equal(SaveOutcome.Created, await store.SaveAsync("alice", Playbook("b"), 2, default));

        Assert.Equal(SaveOutcome.LimitReached, await store.SaveAsync("alice", Playbook("c"), 2, default));
        Assert.Equal(SaveOutcome.Replaced, await store.SaveAsync("alice", Playbook("b", "B2"), 2, default));
        Assert.Equal(SaveOutcome.Created, await store.SaveAsync("bob", Playbook("c"), 2, default));
        Assert.Equal(["a", "b"], (await store.ListAsync("alice", default)).Select(p => p.Id));
    }

    [Fact]
    public async Task ABatchKeepsTheCopyItWasSubmittedWithWhateverHappensToThePlaybook()
    {
        var store = await PlaybookStore();
        var catalog = new PlaybookCatalog(store);
        await store.SaveAsync("alice", Playbook("evolving", yaml: CustomYaml("evolving", "1")), 10, default);

        Assert.True(await catalog.PinForBatchAsync("batch-1", "evolving", "alice", default));
        Assert.False(await catalog.PinForBatchAsync("batch-2", "evolving", "bob", default));
        await store.SaveAsync("alice", Playbook("evolving", yaml: CustomYaml("evolving", "2")), 10, default);
        Assert.Equal("1", (await catalog.FindForBatchAsync("batch-1", "evolving", default))!.Version);
        await store.DeleteAsync("alice", "evolving", default);
        Assert.Equal("1", (await catalog.FindForBatchAsync("batch-1", "evolving", default))!.Version);

        await catalog.ReleaseBatchAsync("batch-1", default);
        Assert.Null(await catalog.FindForBatchAsync("batch-1", "evolving", default));
        Assert.Equal("japan-sme-collaboration", (await catalog.FindForBatchAsync("batch-3", "japan-sme-collaboration", default))!.Id);
    }

    private async Task<SqlitePlaybookStore> PlaybookStore()
    {
        var store = new SqlitePlaybookStore(new SqliteDatabase(ConnectionString));
        await store.MigrateAsync(default);
        return store;
    }

    private static StoredPlaybook Playbook(string id, string name = "Name", string? yaml = null) =>
        new(id, name, "1", "", yaml ?? CustomYaml(id, "1"), DateTimeOffset.UnixEpoch);

    private static string CustomYaml(string id, string version) => Playbooks.CustomPlaybooks.Yaml(id, version);

    private async Task<List<object>> Column(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = Command(connection, null, sql);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<object>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetValue(0));
        }

        return values;
    }
}
