using ClauseLens.Server.Playbooks;
using ClauseLens.Server.Storage;
using ClauseLens.Server.Tests.Batches;
using ClauseLens.Server.Tests.Postgres;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ClauseLens.Server.Tests.Playbooks;

/// <summary>
/// What every <see cref="IPlaybookStore"/> must do, run against each store (SQLite file, PostgreSQL
/// database) by a subclass that says how to open it.
/// </summary>
public abstract class PlaybookStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    protected IPlaybookStore Store { get; private set; } = null!;

    /// <summary>A store on an empty database for this test.</summary>
    protected abstract Task<IPlaybookStore> OpenEmptyAsync();

    /// <summary>The same database opened again, as a restarted (or another) server would.</summary>
    protected abstract IPlaybookStore Reopen();

    public async Task InitializeAsync()
    {
        Store = await OpenEmptyAsync();
        await Store.MigrateAsync(default);
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SavedPlaybooksAreListedPerOwnerAndSurviveAReopen()
    {
        Assert.Equal(SaveOutcome.Created, await Store.SaveAsync("alice", Playbook("b-rules", "v1"), 10, default));
        Assert.Equal(SaveOutcome.Created, await Store.SaveAsync("alice", Playbook("a-rules", "v1"), 10, default));
        Assert.Equal(SaveOutcome.Created, await Store.SaveAsync("bob", Playbook("a-rules", "bob's"), 10, default));

        var again = Reopen();
        await again.MigrateAsync(default); // idempotent, from a second instance too
        Assert.Equal(["a-rules", "b-rules"], (await again.ListAsync("alice", default)).Select(p => p.Id));
        Assert.Equal("bob's", (await again.GetAsync("bob", "a-rules", default))!.Version);
        Assert.Equal("v1", (await again.GetAsync("alice", "a-rules", default))!.Version);
        Assert.Equal(Now, (await again.GetAsync("alice", "a-rules", default))!.UpdatedAt);
        Assert.Empty(await again.ListAsync("mallory", default));
    }

    [Fact]
    public async Task SavingAnIdAgainReplacesItAndTheLimitCountsOnlyNewOnes()
    {
        Assert.Equal(SaveOutcome.Created, await Store.SaveAsync("alice", Playbook("one", "v1"), 2, default));
        Assert.Equal(SaveOutcome.Created, await Store.SaveAsync("alice", Playbook("two", "v1"), 2, default));

        Assert.Equal(SaveOutcome.Replaced, await Store.SaveAsync("alice", Playbook("one", "v2"), 2, default));
        Assert.Equal(SaveOutcome.LimitReached, await Store.SaveAsync("alice", Playbook("three", "v1"), 2, default));
        Assert.Equal(SaveOutcome.Created, await Store.SaveAsync("bob", Playbook("three", "v1"), 2, default));

        Assert.Equal("v2", (await Store.GetAsync("alice", "one", default))!.Version);
        Assert.Null(await Store.GetAsync("alice", "three", default));
    }

    [Fact]
    public async Task DeleteRemovesOnlyTheOwnersPlaybook()
    {
        await Store.SaveAsync("alice", Playbook("rules", "alice"), 10, default);
        await Store.SaveAsync("bob", Playbook("rules", "bob"), 10, default);

        Assert.False(await Store.DeleteAsync("mallory", "rules", default));
        Assert.True(await Store.DeleteAsync("alice", "rules", default));
        Assert.False(await Store.DeleteAsync("alice", "rules", default));

        Assert.Null(await Store.GetAsync("alice", "rules", default));
        Assert.Equal("bob", (await Store.GetAsync("bob", "rules", default))!.Version);
    }

    [Fact]
    public async Task ABatchsCopyOutlivesTheOwnersPlaybookUntilUnpinned()
    {
        await Store.SaveAsync("alice", Playbook("rules", "v1"), 10, default);
        await Store.PinAsync("batch-1", "rules", "yaml as submitted", default);
        await Store.DeleteAsync("alice", "rules", default);

        Assert.Equal("yaml as submitted", await Reopen().PinnedAsync("batch-1", default));
        Assert.Null(await Store.PinnedAsync("batch-2", default));

        await Store.UnpinAsync("batch-1", default);
        Assert.Null(await Store.PinnedAsync("batch-1", default));
    }

    [Fact]
    public async Task ConcurrentSavesNeverPassTheLimit()
    {
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Reopen().SaveAsync("alice", Playbook($"p{i}", "v1"), 5, default)));

        Assert.Equal(5, outcomes.Count(o => o == SaveOutcome.Created));
        Assert.Equal(5, (await Store.ListAsync("alice", default)).Count);
    }

    private static StoredPlaybook Playbook(string id, string version) =>
        new(id, $"Playbook {id}", version, "For the store tests.", $"id: {id}\nversion: {version}\n", Now);
}

/// <summary>The playbook store contract on a real SQLite file.</summary>
public sealed class SqlitePlaybookStoreTests : PlaybookStoreContract
{
    private readonly TempFolder _folder = new();

    private string ConnectionString => $"Data Source={Path.Combine(_folder.Path, "clauselens.db")};Default Timeout=30";

    protected override Task<IPlaybookStore> OpenEmptyAsync() => Task.FromResult(Reopen());

    protected override IPlaybookStore Reopen() => new SqlitePlaybookStore(new SqliteDatabase(ConnectionString));

    public override Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The playbook store contract on a real PostgreSQL database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresPlaybookStoreTests(PostgresFixture postgres) : PlaybookStoreContract
{
    private const string Database = "playbook_store_tests";
    private string _connectionString = "";

    protected override async Task<IPlaybookStore> OpenEmptyAsync()
    {
        _connectionString = await postgres.Cluster.DatabaseAsync(Database);
        await postgres.Cluster.ExecuteAsync(Database, "DROP TABLE IF EXISTS playbooks, batch_playbooks, schema_version");
        return Reopen();
    }

    protected override IPlaybookStore Reopen() => new PostgresPlaybookStore(_connectionString);

    public override Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        return Task.CompletedTask;
    }
}
