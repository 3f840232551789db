using System.Data.Common;
using Npgsql;

namespace ClauseLens.Server.Storage;

/// <summary>
/// The one PostgreSQL database that batches and custom playbooks share when several servers work
/// together: the counterpart of <see cref="SqliteDatabase"/>. One <see cref="NpgsqlDataSource"/> (one
/// connection pool) for every store of the process, and the per-component migrations
/// (<see cref="PostgresMigrations"/>). The command helpers are <see cref="StoreDatabase"/>'s, shared with SQLite.
/// </summary>
public sealed class PostgresDatabase : StoreDatabase, IAsyncDisposable
{
    /// <summary>
    /// <paramref name="sql"/>, to be committed without waiting for the WAL flush (claims, lease renewals,
    /// results): losing the last fraction of a second of them in a database crash only means a document is
    /// claimed and analysed again. Run it as the first command of a transaction
    /// (<see cref="RelaxedAsync{T}"/>): <c>SET LOCAL</c> ends with the transaction, so the pooled connection
    /// commits durably again for its next user. Npgsql sends the <c>BEGIN</c> with this command and skips
    /// the <c>SET</c> in readers, scalars and row counts, so the unit costs one round trip more than the
    /// bare statement (the commit), on the one pool.
    /// </summary>
    public static string Relaxed(string sql) => "SET LOCAL synchronous_commit = off;\n" + sql;

    /// <summary>
    /// Runs <paramref name="work"/> on a connection in a transaction and commits it; <paramref name="work"/>'s
    /// first command is made with <see cref="Relaxed"/>.
    /// </summary>
    public async Task<T> RelaxedAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await work(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private readonly NpgsqlDataSource _dataSource;

    /// <summary>The database named by <paramref name="connectionString"/> (a <c>postgres://</c> URI or Npgsql keywords).</summary>
    public PostgresDatabase(string connectionString)
    {
        Connection = PostgresConnection.Parse(connectionString);
        _dataSource = NpgsqlDataSource.Create(Connection);
    }

    /// <summary>The parsed connection settings.</summary>
    public NpgsqlConnectionStringBuilder Connection { get; }

    /// <summary>Where the database is, for messages and probes: host, port and database, never the password.</summary>
    public string Location => PostgresConnection.Describe(Connection);

    /// <summary>An open connection from the pool.</summary>
    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) => _dataSource.OpenConnectionAsync(cancellationToken);

    /// <inheritdoc />
    public override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) => await OpenAsync(cancellationToken);

    /// <summary>
    /// Brings <paramref name="component"/>'s tables up to date (see <see cref="PostgresMigrations"/>);
    /// returns its schema version.
    /// </summary>
    public Task<int> MigrateAsync(string component, IReadOnlyList<string> migrations, CancellationToken cancellationToken) =>
        PostgresMigrations.ApplyAsync(this, component, migrations, cancellationToken);

    /// <summary>The schema version of <paramref name="component"/> in <c>schema_version</c>, 0 when it has none.</summary>
    public async Task<int> SchemaVersionAsync(string component, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ScalarAsync(connection, null, "SELECT version FROM schema_version WHERE component = @c", cancellationToken, ("c", component)) is int v ? v : 0;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
