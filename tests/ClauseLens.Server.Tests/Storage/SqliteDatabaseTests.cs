using System.Security.Cryptography;
using System.Text;
using ClauseLens.Server.Batches;
using ClauseLens.Server.Playbooks;
using ClauseLens.Server.Storage;
using ClauseLens.Server.Tests.Batches;
using Microsoft.Data.Sqlite;
using static ClauseLens.Server.Storage.SqliteDatabase;

namespace ClauseLens.Server.Tests.Storage;

public sealed class SqliteDatabaseTests : IDisposable
{
    // SHA-256 of each migration as shipped. Databases in the field ran these exact statements: a
    // change here means an edited migration. Append a new one (and its hash) instead.
    private static readonly string[] ShippedMigrationHashes =
    [
        "a3c70ceae9b61c271aa868c363fee641bcc532b755d37881e76dfe593e4b2d2f",
        "17cc956fe05cae70323198eeb6d3d73b01676e0412ef443ced65285035b0e529",
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

        Assert.Equal(2, SchemaVersion);
        Assert.Equal(SchemaVersion, SqliteBatchStore.SchemaVersion);
        Assert.Equal([(long)SchemaVersion], await Column("SELECT version FROM schema_version"));
        Assert.Equal(["batch_playbooks", "batches", "documents", "playbooks", "schema_version"],
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

        Assert.Equal([2L], await Column("SELECT version FROM schema_version"));
        Assert.Equal(["b1"], await Column("SELECT id FROM batches"));
        Assert.Equal(SaveOutcome.Created, await playbooks.SaveAsync("alice", Playbook("mine"), 10, default));
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
