using ClauseLens.Server.Storage;
using Microsoft.Data.Sqlite;
using static ClauseLens.Server.Storage.SqliteDatabase;

namespace ClauseLens.Server.Playbooks;

/// <summary><see cref="IPlaybookStore"/> in the same SQLite file as the batches (tables <c>playbooks</c>, <c>batch_playbooks</c>).</summary>
public sealed class SqlitePlaybookStore(SqliteDatabase database) : IPlaybookStore
{
    private const string Columns = "id, name, version, description, yaml, updated_at";

    /// <inheritdoc />
    public Task MigrateAsync(CancellationToken cancellationToken) => database.MigrateAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredPlaybook>> ListAsync(string owner, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Command(connection, null, $"SELECT {Columns} FROM playbooks WHERE owner = $owner ORDER BY id", ("$owner", owner));
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
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Command(connection, null, $"SELECT {Columns} FROM playbooks WHERE owner = $owner AND id = $id", ("$owner", owner), ("$id", id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <inheritdoc />
    public async Task<SaveOutcome> SaveAsync(string owner, StoredPlaybook playbook, int maxPerOwner, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // An immediate transaction: the count and the write see the same rows.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var parameters = new (string, object?)[]
        {
            ("$owner", owner), ("$id", playbook.Id), ("$name", playbook.Name), ("$version", playbook.Version),
            ("$description", playbook.Description), ("$yaml", playbook.Yaml), ("$updated", playbook.UpdatedAt.ToUnixTimeMilliseconds()),
        };
        if (await ExecuteAsync(connection, transaction,
                "UPDATE playbooks SET name = $name, version = $version, description = $description, yaml = $yaml, updated_at = $updated WHERE owner = $owner AND id = $id",
                cancellationToken, parameters) == 1)
        {
            await transaction.CommitAsync(cancellationToken);
            return SaveOutcome.Replaced;
        }

        var count = Convert.ToInt32(await ScalarAsync(connection, transaction, "SELECT COUNT(*) FROM playbooks WHERE owner = $owner", cancellationToken, ("$owner", owner)),
            System.Globalization.CultureInfo.InvariantCulture);
        if (count >= maxPerOwner)
        {
            return SaveOutcome.LimitReached;
        }

        await ExecuteAsync(connection, transaction,
            "INSERT INTO playbooks (owner, id, name, version, description, yaml, updated_at) VALUES ($owner, $id, $name, $version, $description, $yaml, $updated)",
            cancellationToken, parameters);
        await transaction.CommitAsync(cancellationToken);
        return SaveOutcome.Created;
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string owner, string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ExecuteAsync(connection, null, "DELETE FROM playbooks WHERE owner = $owner AND id = $id", cancellationToken, ("$owner", owner), ("$id", id)) == 1;
    }

    /// <inheritdoc />
    public async Task PinAsync(string batchId, string playbookId, string yaml, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, "INSERT INTO batch_playbooks (batch_id, playbook_id, yaml) VALUES ($b, $id, $yaml)", cancellationToken,
            ("$b", batchId), ("$id", playbookId), ("$yaml", yaml));
    }

    /// <inheritdoc />
    public async Task<string?> PinnedAsync(string batchId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ScalarAsync(connection, null, "SELECT yaml FROM batch_playbooks WHERE batch_id = $b", cancellationToken, ("$b", batchId)) as string;
    }

    /// <inheritdoc />
    public async Task UnpinAsync(string batchId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, "DELETE FROM batch_playbooks WHERE batch_id = $b", cancellationToken, ("$b", batchId));
    }

    private static StoredPlaybook Read(SqliteDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)));
}
