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

    private async Task<object?> RawScalar(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
