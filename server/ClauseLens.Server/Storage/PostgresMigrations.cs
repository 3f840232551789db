using Npgsql;
using static ClauseLens.Server.Storage.StoreDatabase;

namespace ClauseLens.Server.Storage;

/// <summary>
/// Brings one component's tables (batches, playbooks, …) up to date on a PostgreSQL database shared by
/// every server instance. Each component keeps its version in <c>schema_version</c>; its migrations are
/// an append-only list (entry i takes version i to i + 1; never edit one that has shipped, add another).
/// The whole upgrade runs in one transaction under an advisory lock, so instances starting together
/// apply each step once and a failed step leaves the database as it was (PostgreSQL DDL is transactional).
/// </summary>
public static class PostgresMigrations
{
    // Any fixed number; every ClauseLens instance takes the same lock while it migrates.
    private const long LockKey = 0x436C_6175_7365_4C6E; // "ClauseLn"

    /// <summary>Applies the migrations of <paramref name="component"/> that the database lacks; returns its version.</summary>
    /// <exception cref="InvalidOperationException">PostgreSQL cannot be reached or used; the message names host, port and database, never the password.</exception>
    public static async Task<int> ApplyAsync(PostgresDatabase database, string component, IReadOnlyList<string> migrations, CancellationToken cancellationToken)
    {
        try
        {
            return await MigrateAsync(database, component, migrations, cancellationToken);
        }
        catch (NpgsqlException e) when (!cancellationToken.IsCancellationRequested)
        {
            // Whichever component migrates first is the first to meet an unreachable server: one message for all.
            throw new InvalidOperationException(
                $"PostgreSQL is configured (ConnectionStrings:ClauseLens → {database.Location}) but could not be used: {e.Message}", e);
        }
    }

    private static async Task<int> MigrateAsync(PostgresDatabase database, string component, IReadOnlyList<string> migrations, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(@key)", cancellationToken, ("key", LockKey));
        await ExecuteAsync(connection, transaction,
            "CREATE TABLE IF NOT EXISTS schema_version (component text PRIMARY KEY, version integer NOT NULL)", cancellationToken);

        var current = await ScalarAsync(connection, transaction, "SELECT version FROM schema_version WHERE component = @c", cancellationToken, ("c", component)) is int v ? v : 0;
        if (current > migrations.Count)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL database has {component} schema version {current}; this server knows up to {migrations.Count}. Upgrade the server.");
        }

        for (var version = current; version < migrations.Count; version++)
        {
            await ExecuteAsync(connection, transaction, migrations[version], cancellationToken);
        }

        await ExecuteAsync(connection, transaction,
            "INSERT INTO schema_version (component, version) VALUES (@c, @v) ON CONFLICT (component) DO UPDATE SET version = EXCLUDED.version",
            cancellationToken, ("c", component), ("v", migrations.Count));
        await transaction.CommitAsync(cancellationToken);
        return migrations.Count;
    }
}
