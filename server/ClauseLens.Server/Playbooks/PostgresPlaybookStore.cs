using ClauseLens.Server.Storage;
using Npgsql;
using NpgsqlTypes;

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

    private readonly NpgsqlDataSource _dataSource;

    /// <summary>A store on the database named by <paramref name="connectionString"/> (URI or Npgsql keywords).</summary>
    public PostgresPlaybookStore(string connectionString) => _dataSource = NpgsqlDataSource.Create(PostgresConnection.Parse(connectionString));

    /// <inheritdoc />
    public async Task MigrateAsync(CancellationToken cancellationToken) =>
        await PostgresMigrations.ApplyAsync(_dataSource, Component, Migrations, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredPlaybook>> ListAsync(string owner, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand($"SELECT {Columns} FROM playbooks WHERE owner = @owner ORDER BY id");
        command.Parameters.AddWithValue("owner", owner);
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
        await using var command = _dataSource.CreateCommand($"SELECT {Columns} FROM playbooks WHERE owner = @owner AND id = @id");
        command.Parameters.AddWithValue("owner", owner);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <inheritdoc />
    public async Task<SaveOutcome> SaveAsync(string owner, StoredPlaybook playbook, int maxPerOwner, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // One writer per owner at a time across all instances, so the count and the write see the same rows.
        await Execute(connection, transaction, "SELECT pg_advisory_xact_lock(hashtext(@owner))", cancellationToken, ("owner", owner));
        var parameters = new (string, object)[]
        {
            ("owner", owner), ("id", playbook.Id), ("name", playbook.Name), ("version", playbook.Version),
            ("description", playbook.Description), ("yaml", playbook.Yaml), ("updated", playbook.UpdatedAt.ToUnixTimeMilliseconds()),
        };
        if (await Execute(connection, transaction,
                "UPDATE playbooks SET name = @name, version = @version, description = @description, yaml = @yaml, updated_at = @updated WHERE owner = @owner AND id = @id",
                cancellationToken, parameters) == 1)
        {
            await transaction.CommitAsync(cancellationToken);
            return SaveOutcome.Replaced;
        }

        await using (var count = new NpgsqlCommand("SELECT COUNT(*) FROM playbooks WHERE owner = @owner", connection, transaction))
        {
            count.Parameters.AddWithValue("owner", owner);
            if ((long)(await count.ExecuteScalarAsync(cancellationToken))! >= maxPerOwner)
            {
                return SaveOutcome.LimitReached;
            }
        }

        await Execute(connection, transaction,
            "INSERT INTO playbooks (owner, id, name, version, description, yaml, updated_at) VALUES (@owner, @id, @name, @version, @description, @yaml, @updated)",
            cancellationToken, parameters);
        await transaction.CommitAsync(cancellationToken);
        return SaveOutcome.Created;
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string owner, string id, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await Execute(connection, null, "DELETE FROM playbooks WHERE owner = @owner AND id = @id", cancellationToken, ("owner", owner), ("id", id)) == 1;
    }

    /// <inheritdoc />
    public async Task PinAsync(string batchId, string playbookId, string yaml, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await Execute(connection, null, "INSERT INTO batch_playbooks (batch_id, playbook_id, yaml) VALUES (@b, @id, @yaml)", cancellationToken,
            ("b", batchId), ("id", playbookId), ("yaml", yaml));
    }

    /// <inheritdoc />
    public async Task<string?> PinnedAsync(string batchId, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand("SELECT yaml FROM batch_playbooks WHERE batch_id = @b");
        command.Parameters.AddWithValue("b", batchId);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <inheritdoc />
    public async Task UnpinAsync(string batchId, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await Execute(connection, null, "DELETE FROM batch_playbooks WHERE batch_id = @b", cancellationToken, ("b", batchId));
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private static async Task<int> Execute(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static StoredPlaybook Read(NpgsqlDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)));
}
