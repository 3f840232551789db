using ClauseLens.Server.Batches;
using ClauseLens.Server.Playbooks;
using ClauseLens.Server.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ClauseLens.Server.Tests.Postgres;

/// <summary>The one PostgreSQL database of a server: one pool for both stores, relaxed commits that do not leak.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresDatabaseTests(PostgresFixture postgres)
{
    [Fact]
    public async Task RelaxedCommitHoldsForItsTransactionOnlyAndWarnsNothing()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(await postgres.Cluster.DatabaseAsync("relaxed_commit")) { MaxPoolSize = 1 };
        // The throwaway test cluster commits asynchronously everywhere; this database commits as a real one does.
        await postgres.Cluster.ExecuteAsync("relaxed_commit", "ALTER DATABASE relaxed_commit SET synchronous_commit = on");
        await using var database = new PostgresDatabase(connectionString.ConnectionString);

        var notices = new List<string>();
        var during = await database.RelaxedAsync(async (connection, transaction) =>
        {
            connection.Notice += (_, e) => notices.Add(e.Notice.MessageText);
            await PostgresDatabase.ExecuteAsync(connection, transaction, "CREATE TEMP TABLE seen (x int)", default);
            Assert.Equal(2, await PostgresDatabase.ExecuteAsync(connection, transaction, PostgresDatabase.Relaxed("INSERT INTO seen VALUES (1), (2)"), default));
            Assert.Equal(1, await PostgresDatabase.ScalarAsync(connection, transaction, PostgresDatabase.Relaxed("SELECT 1"), default));
            return await PostgresDatabase.ScalarAsync(connection, transaction, "SELECT current_setting('synchronous_commit')", default);
        }, default);
        Assert.Equal("off", during);
        Assert.Empty(notices);

        // A pool of one: the same physical connection, handed to a caller that expects durable commits.
        await using var next = await database.OpenAsync(default);
        Assert.Equal("on", await PostgresDatabase.ScalarAsync(next, null, "SELECT current_setting('synchronous_commit')", default));
    }

    [Fact]
    public async Task TheServerOnPostgresKeepsBothStoresOnOneDatabaseAndNoSqliteFile()
    {
        var connection = await postgres.Cluster.DatabaseAsync("one_database");
        using var app = new ClauseLensApp().With("ConnectionStrings:ClauseLens", connection);
        using var client = app.CreateClient();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        Assert.Single(app.Services.GetServices<PostgresDatabase>());
        Assert.IsType<PostgresBatchStore>(app.Services.GetRequiredService<IBatchStore>());
        Assert.IsType<PostgresPlaybookStore>(app.Services.GetRequiredService<IPlaybookStore>());
        Assert.Null(app.Services.GetService<SqliteDatabase>());

        // Both components were migrated by the one start-up migration.
        Assert.Equal(2L, await postgres.Cluster.ScalarAsync<long>("one_database", "SELECT COUNT(*) FROM schema_version"));
    }
}
