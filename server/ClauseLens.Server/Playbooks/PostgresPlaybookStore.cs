using ClauseLens.Server.Storage;
using Npgsql;
using static ClauseLens.Server.Storage.PostgresDatabase;

namespace ClauseLens.Server.Playbooks;

/// <summary>
/// <see cref="IPlaybookStore"/> on the PostgreSQL database that several server instances share, so a
/// custom playbook saved through one instance is used by whichever instance analyses a batch. Same
/// tables as <see cref="SqlitePlaybookStore"/> (<c>playbooks</c>, <c>batch_playbooks</c>).
/// </summary>
public sealed class PostgresPlaybookStore : IPlaybookStore, IAsyncDisposable
{
    /// <summary>This component's name in <c>schema_version</c>.</summary>
    public const string Component = "playbooks";

    private const string Columns = "id, name, version, description, yaml, updated_at";

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
    public PostgresPlaybookStore(PostgresDatabase database) => _database = database;

    /// <inheritdoc />
    public async Task MigrateAsync(CancellationToken cancellationToken) =>
        await _database.MigrateAsync(Component, Migrations, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredPlaybook>> ListAsync(string owner, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = Command(connection, null, $"SELECT {Columns} FROM playbooks WHERE owner = @owner ORDER BY id", ("owner", owner));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var playbooks = new List<StoredPlaybook>();
        while (await reader.ReadAsync(cancellationToken))
        {
            playbooks.Add(Read(reader));
        }

        return playbooks;
    }

    /// <inheritdoc />
    public async Task<StoredPlaybook?> GetAsync(string owner, string id, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = Command(connection, null, $"SELECT {Columns} FROM playbooks WHERE owner = @owner AND id = @id", ("owner", owner), ("id", id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <inheritdoc />
    public async Task<SaveOutcome> SaveAsync(string owner, StoredPlaybook playbook, int maxPerOwner, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // One writer per owner at a time across all instances, so the count and the write see the same rows.
        await ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(hashtext(@owner))", cancellationToken, ("owner", owner));
        var parameters = new (string, object?)[]
        {
            ("owner", owner), ("id", playbook.Id), ("name", playbook.Name), ("version", playbook.Version),
            ("description", playbook.Description), ("yaml", playbook.Yaml), ("updated", playbook.UpdatedAt.ToUnixTimeMilliseconds()),
        };
        if (await ExecuteAsync(connection, transaction,
                "UPDATE playbooks SET name = @name, version = @version, description = @description, yaml = @yaml, updated_at = @updated WHERE owner = @owner AND id = @id",
                cancellationToken, parameters) == 1)
        {
            await transaction.CommitAsync(cancellationToken);
            return SaveOutcome.Replaced;
        }

        if ((long)(await ScalarAsync(connection, transaction, "SELECT COUNT(*) FROM playbooks WHERE owner = @owner", cancellationToken, ("owner", owner)))! >= maxPerOwner)
        {
            return SaveOutcome.LimitReached;
        }

        await ExecuteAsync(connection, transaction,
            "INSERT INTO playbooks (owner, id, name, version, description, yaml, updated_at) VALUES (@owner, @id, @name, @version, @description, @yaml, @updated)",
            cancellationToken, parameters);
        await transaction.CommitAsync(cancellationToken);
        return SaveOutcome.Created;
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string owner, string id, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        return await ExecuteAsync(connection, null, "DELETE FROM playbooks WHERE owner = @owner AND id = @id", cancellationToken, ("owner", owner), ("id", id)) == 1;
    }

    /// <inheritdoc />
    public async Task PinAsync(string batchId, string playbookId, string yaml, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, "INSERT INTO batch_playbooks (batch_id, playbook_id, yaml) VALUES (@b, @id, @yaml)", cancellationToken,
            ("b", batchId), ("id", playbookId), ("yaml", yaml));
    }

    /// <inheritdoc />
    public async Task<string?> PinnedAsync(string batchId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        return await ScalarAsync(connection, null, "SELECT yaml FROM batch_playbooks WHERE batch_id = @b", cancellationToken, ("b", batchId)) as string;
    }

    /// <inheritdoc />
    public async Task UnpinAsync(string batchId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, "DELETE FROM batch_playbooks WHERE batch_id = @b", cancellationToken, ("b", batchId));
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _ownsDatabase ? _database.DisposeAsync() : ValueTask.CompletedTask;

    private static StoredPlaybook Read(NpgsqlDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)));
}
