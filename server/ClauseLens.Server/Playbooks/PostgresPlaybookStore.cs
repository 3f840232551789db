using System.Data.Common;
using ClauseLens.Server.Storage;
using static ClauseLens.Server.Storage.StoreDatabase;

namespace ClauseLens.Server.Playbooks;

/// <summary>
/// <see cref="IPlaybookStore"/> on the PostgreSQL database that several server instances share, so a
/// custom playbook saved through one instance is used by whichever instance analyses a batch. Same
/// tables and queries as <see cref="SqlitePlaybookStore"/> (<see cref="SqlPlaybookStore"/>); this class adds the
/// PostgreSQL migrations and the per-owner lock that a save takes.
/// </summary>
public sealed class PostgresPlaybookStore : SqlPlaybookStore, IAsyncDisposable
{
    /// <summary>This component's name in <c>schema_version</c>.</summary>
    public const string Component = "playbooks";

    // Append-only: entry i brings the schema from version i to i + 1.
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE playbooks (
            owner text NOT NULL,
            id text NOT NULL,
            name text NOT NULL,
            version text NOT NULL,
            description text NOT NULL,
            yaml text NOT NULL,
            updated_at bigint NOT NULL,
            PRIMARY KEY (owner, id));
        CREATE TABLE batch_playbooks (
            batch_id text PRIMARY KEY,
            playbook_id text NOT NULL,
            yaml text NOT NULL);
        """,
    ];

    private readonly PostgresDatabase _database;
    private readonly bool _ownsDatabase;

    /// <summary>A store on the database named by <paramref name="connectionString"/> (URI or Npgsql keywords), with a pool of its own.</summary>
    public PostgresPlaybookStore(string connectionString)
        : this(new PostgresDatabase(connectionString)) => _ownsDatabase = true;

    /// <summary>A store on <paramref name="database"/>, whose pool it shares with the process's other stores.</summary>
    public PostgresPlaybookStore(PostgresDatabase database)
        : base(database) => _database = database;

    /// <inheritdoc />
    public override async Task MigrateAsync(CancellationToken cancellationToken) =>
        await _database.MigrateAsync(Component, Migrations, cancellationToken);

    /// <summary>One writer per owner at a time across all instances, so the count and the write see the same rows.</summary>
    protected override async Task LockOwnerAsync(DbConnection connection, DbTransaction transaction, string owner, CancellationToken cancellationToken) =>
        await ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(hashtext(@owner))", cancellationToken, ("owner", owner));

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _ownsDatabase ? _database.DisposeAsync() : ValueTask.CompletedTask;
}
