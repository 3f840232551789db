using System.Data.Common;
using System.Globalization;
using ClauseLens.Server.Storage;
using static ClauseLens.Server.Storage.StoreDatabase;

namespace ClauseLens.Server.Playbooks;

/// <summary>
/// <see cref="IPlaybookStore"/> written once for both databases: the tables (<c>playbooks</c>,
/// <c>batch_playbooks</c>) and every query are the same in SQLite and PostgreSQL. A database's store
/// (<see cref="SqlitePlaybookStore"/>, <see cref="PostgresPlaybookStore"/>) adds only its migrations and,
/// where its transactions do not already serialise writers, the lock taken before a save counts.
/// </summary>
public abstract class SqlPlaybookStore(StoreDatabase database) : IPlaybookStore
{
    private const string Columns = "id, name, version, description, yaml, updated_at";

    /// <inheritdoc />
    public abstract Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Makes the owner's other saves wait until <paramref name="transaction"/> ends, so the count and the
    /// write of a save see the same rows. Nothing to do where a write transaction already holds the
    /// database's write lock from its start (SQLite).
    /// </summary>
    protected virtual Task LockOwnerAsync(DbConnection connection, DbTransaction transaction, string owner, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredPlaybook>> ListAsync(string owner, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
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
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, null, $"SELECT {Columns} FROM playbooks WHERE owner = @owner AND id = @id", ("owner", owner), ("id", id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <inheritdoc />
    public async Task<SaveOutcome> SaveAsync(string owner, StoredPlaybook playbook, int maxPerOwner, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockOwnerAsync(connection, transaction, owner, cancellationToken);
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

        var count = Convert.ToInt64(await ScalarAsync(connection, transaction, "SELECT COUNT(*) FROM playbooks WHERE owner = @owner", cancellationToken, ("owner", owner)),
            CultureInfo.InvariantCulture);
        if (count >= maxPerOwner)
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
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await ExecuteAsync(connection, null, "DELETE FROM playbooks WHERE owner = @owner AND id = @id", cancellationToken, ("owner", owner), ("id", id)) == 1;
    }

    /// <inheritdoc />
    public async Task PinAsync(string batchId, string playbookId, string yaml, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, null, "INSERT INTO batch_playbooks (batch_id, playbook_id, yaml) VALUES (@b, @id, @yaml)", cancellationToken,
            ("b", batchId), ("id", playbookId), ("yaml", yaml));
    }

    /// <inheritdoc />
    public async Task<string?> PinnedAsync(string batchId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await ScalarAsync(connection, null, "SELECT yaml FROM batch_playbooks WHERE batch_id = @b", cancellationToken, ("b", batchId)) as string;
    }

    /// <inheritdoc />
    public async Task UnpinAsync(string batchId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, null, "DELETE FROM batch_playbooks WHERE batch_id = @b", cancellationToken, ("b", batchId));
    }

    private static StoredPlaybook Read(DbDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)));
}
