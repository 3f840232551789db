using System.Text.Json;
using ClauseLens.Analysis.Reports;
using ClauseLens.Server.Storage;
using Microsoft.Data.Sqlite;
using static ClauseLens.Server.Storage.SqliteDatabase;

namespace ClauseLens.Server.Batches;

/// <summary>
/// <see cref="IBatchStore"/> on one SQLite file (WAL mode). Uploaded files are BLOBs in the same
/// database as their rows: one transaction stores a batch with its files, one statement drops a
/// file when its result is written, and one transaction deletes a batch with everything it holds,
/// so a crash can leave neither a file without its row nor a row without its file.
/// <c>secure_delete</c> overwrites freed pages, so deleted contract text does not linger in the file.
/// </summary>
public sealed class SqliteBatchStore(SqliteDatabase database, TimeProvider clock, int maxAttempts = 3) : IBatchStore
{
    /// <summary>A store on the database at <paramref name="connectionString"/>.</summary>
    public SqliteBatchStore(string connectionString, TimeProvider clock, int maxAttempts = 3)
        : this(new SqliteDatabase(connectionString), clock, maxAttempts)
    {
    }

    /// <summary>The schema version this code writes (one version for the whole database).</summary>
    public static int SchemaVersion => SqliteDatabase.SchemaVersion;

    /// <inheritdoc />
    public Task MigrateAsync(CancellationToken cancellationToken) => database.MigrateAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<StoreProbe> ProbeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var version = await ScalarAsync(connection, null, "SELECT COALESCE(MAX(version), 0) FROM schema_version", cancellationToken);
        return new StoreProbe("sqlite", new SqliteConnectionStringBuilder(database.ConnectionString).DataSource,
            Convert.ToInt32(version, System.Globalization.CultureInfo.InvariantCulture), SchemaVersion);
    }

    /// <inheritdoc />
    public async Task CreateAsync(NewBatch batch, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, "INSERT INTO batches (id, owner, playbook, created_at) VALUES ($id, $owner, $playbook, $created)", cancellationToken,
            ("$id", batch.Id), ("$owner", batch.Owner), ("$playbook", batch.PlaybookId), ("$created", batch.CreatedAt.ToUnixTimeMilliseconds()));
        for (var i = 0; i < batch.Documents.Count; i++)
        {
            var d = batch.Documents[i];
            var failed = d.FailedReason is not null;
            await ExecuteAsync(connection, transaction,
                "INSERT INTO documents (batch_id, idx, name, extension, playbook, status, reason, content) VALUES ($b, $i, $name, $ext, $playbook, $status, $reason, $content)",
                cancellationToken, ("$b", batch.Id), ("$i", i), ("$name", d.Name), ("$ext", d.Extension), ("$playbook", batch.PlaybookId),
                ("$status", failed ? "failed" : "queued"), ("$reason", d.FailedReason), ("$content", failed ? null : d.Content));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<BatchState?> GetAsync(string batchId, string owner, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        if (await FindBatchAsync(connection, batchId, owner, cancellationToken) is not { } batch)
        {
            return null;
        }

        var documents = new List<DocumentState>();
        await using var command = Command(connection, null, "SELECT idx, name, status, reason FROM documents WHERE batch_id = $b ORDER BY idx", ("$b", batchId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            documents.Add(new DocumentState(reader.GetInt32(0), reader.GetString(1), BatchStatuses.Parse(reader.GetString(2)), reader.IsDBNull(3) ? null : reader.GetString(3)));
        }

        return new BatchState(batchId, batch.Playbook, batch.CreatedAt, documents);
    }

    /// <inheritdoc />
    public async Task<ClaimedDocument?> ClaimAsync(string worker, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);

        // A document whose worker died mid-analysis maxAttempts times would take every next worker down
        // with it: give up on it instead of claiming it again.
        await ExecuteAsync(connection, transaction,
            """
            UPDATE documents SET status = 'failed', content = NULL, claimed_by = NULL, lease_until = NULL,
                reason = 'The analysis did not finish after ' || attempts || ' attempts.'
            WHERE status = 'analysing' AND lease_until < $now AND attempts >= $max
            """, cancellationToken, ("$now", now), ("$max", maxAttempts));

        await using var command = Command(connection, transaction,
            """
            UPDATE documents SET status = 'analysing', claimed_by = $worker, lease_until = $until, attempts = attempts + 1
            WHERE rowid = (SELECT rowid FROM documents
                           WHERE status = 'queued' OR (status = 'analysing' AND lease_until < $now)
                           ORDER BY rowid LIMIT 1)
            RETURNING batch_id, idx, name, extension, playbook, content, attempts
            """, ("$worker", worker), ("$until", now + (long)lease.TotalMilliseconds), ("$now", now));
        ClaimedDocument? claimed = null;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                claimed = new ClaimedDocument(new DocumentKey(reader.GetString(0), reader.GetInt32(1)), reader.GetString(2),
                    reader.IsDBNull(3) ? "" : reader.GetString(3), reader.GetString(4),
                    reader.IsDBNull(5) ? [] : (byte[])reader.GetValue(5), reader.GetInt32(6));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return claimed;
    }

    /// <inheritdoc />
    public async Task<bool> RenewAsync(DocumentKey key, string worker, TimeSpan lease, CancellationToken cancellationToken)
    {
        var until = clock.GetUtcNow().ToUnixTimeMilliseconds() + (long)lease.TotalMilliseconds;
        await using var connection = await OpenAsync(cancellationToken);
        return await ExecuteAsync(connection, null,
            "UPDATE documents SET lease_until = $until WHERE batch_id = $b AND idx = $i AND status = 'analysing' AND claimed_by = $worker",
            cancellationToken, ("$until", until), ("$b", key.BatchId), ("$i", key.Index), ("$worker", worker)) == 1;
    }

    /// <inheritdoc />
    public Task<bool> CompleteAsync(DocumentKey key, string worker, StoredResult result, CancellationToken cancellationToken) =>
        FinishAsync(key, worker, "done", null, JsonSerializer.Serialize(result.Report, BatchReport.Json), result.AnalysisJson, cancellationToken);

    /// <inheritdoc />
    public Task<bool> FailAsync(DocumentKey key, string worker, string reason, CancellationToken cancellationToken) =>
        FinishAsync(key, worker, "failed", reason, null, null, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredResult>?> ResultsAsync(string batchId, string owner, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        if (await FindBatchAsync(connection, batchId, owner, cancellationToken) is null)
        {
            return null;
        }

        var results = new List<StoredResult>();
        await using var command = Command(connection, null, "SELECT idx, name, status, reason, report, analysis FROM documents WHERE batch_id = $b ORDER BY idx", ("$b", batchId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var report = reader.IsDBNull(4)
                ? DocumentReport.Pending(reader.GetInt32(0), reader.GetString(1), BatchStatuses.Parse(reader.GetString(2)), reader.IsDBNull(3) ? null : reader.GetString(3))
                : JsonSerializer.Deserialize<DocumentReport>(reader.GetString(4), BatchReport.Json)!;
            results.Add(new StoredResult(report, reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return results;
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string batchId, string owner, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var deleted = await ExecuteAsync(connection, transaction, "DELETE FROM batches WHERE id = $b AND owner = $owner", cancellationToken, ("$b", batchId), ("$owner", owner));
        if (deleted == 0)
        {
            return false;
        }

        await ExecuteAsync(connection, transaction, "DELETE FROM documents WHERE batch_id = $b", cancellationToken, ("$b", batchId));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private async Task<bool> FinishAsync(DocumentKey key, string worker, string status, string? reason, string? report, string? analysis, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // Conditional on the claim: a worker whose lease ran out and was taken over writes nothing.
        return await ExecuteAsync(connection, null,
            """
            UPDATE documents SET status = $status, reason = $reason, report = $report, analysis = $analysis,
                content = NULL, claimed_by = NULL, lease_until = NULL
            WHERE batch_id = $b AND idx = $i AND status = 'analysing' AND claimed_by = $worker
            """, cancellationToken, ("$status", status), ("$reason", reason), ("$report", report), ("$analysis", analysis),
            ("$b", key.BatchId), ("$i", key.Index), ("$worker", worker)) == 1;
    }

    private static async Task<(string Playbook, DateTimeOffset CreatedAt)?> FindBatchAsync(SqliteConnection connection, string batchId, string owner, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, null, "SELECT playbook, created_at FROM batches WHERE id = $b AND owner = $owner", ("$b", batchId), ("$owner", owner));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? (reader.GetString(0), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)))
            : null;
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => database.OpenAsync(cancellationToken);
}
