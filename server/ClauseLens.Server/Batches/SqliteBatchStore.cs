using System.Text.Json;
using ClauseLens.Analysis.Context;
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
/// Files and results sit in tables of their own beside the small, often-updated document rows.
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
        var playbook = BatchStatuses.StoredPlaybook(batch.PlaybookId);
        await ExecuteAsync(connection, transaction,
            "INSERT INTO batches (id, owner, playbook, created_at, contract_type, side, language) VALUES ($id, $owner, $playbook, $created, $type, $side, $language)", cancellationToken,
            ("$id", batch.Id), ("$owner", batch.Owner), ("$playbook", playbook), ("$created", batch.CreatedAt.ToUnixTimeMilliseconds()),
            ("$type", batch.Options?.ContractType), ("$side", batch.Options?.Side), ("$language", batch.Options?.Language));

        // One prepared statement per table for all the batch's documents.
        await using var document = Command(connection, transaction,
            "INSERT INTO documents (batch_id, idx, name, extension, playbook, status, reason) VALUES ($b, $i, $name, $ext, $playbook, $status, $reason)",
            ("$b", batch.Id), ("$i", 0), ("$name", ""), ("$ext", null), ("$playbook", playbook), ("$status", ""), ("$reason", null));
        await using var file = Command(connection, transaction, "INSERT INTO document_files (batch_id, idx, content) VALUES ($b, $i, $content)",
            ("$b", batch.Id), ("$i", 0), ("$content", Array.Empty<byte>()));
        for (var i = 0; i < batch.Documents.Count; i++)
        {
            var d = batch.Documents[i];
            var failed = d.FailedReason is not null;
            Set(document, ("$i", i), ("$name", d.Name), ("$ext", d.Extension), ("$status", failed ? "failed" : "queued"), ("$reason", d.FailedReason));
            await document.ExecuteNonQueryAsync(cancellationToken);
            if (!failed)
            {
                Set(file, ("$i", i), ("$content", d.Content ?? []));
                await file.ExecuteNonQueryAsync(cancellationToken);
            }
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
        await using var command = Command(connection, null,
            "SELECT idx, name, status, reason, contract_type, applied_playbook, high, medium, low, drafting FROM documents WHERE batch_id = $b ORDER BY idx", ("$b", batchId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            documents.Add(new DocumentState(reader.GetInt32(0), reader.GetString(1), BatchStatuses.Parse(reader.GetString(2)), Text(reader, 3),
                Text(reader, 4), Text(reader, 5),
                reader.IsDBNull(6) ? null : new DocumentFindingCounts(reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8), reader.GetInt32(9))));
        }

        return new BatchState(batchId, BatchStatuses.PlaybookFromStore(batch.Playbook), batch.CreatedAt, documents, batch.Options);
    }

    /// <inheritdoc />
    public async Task<ClaimedDocument?> ClaimAsync(string worker, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);

        // A document whose worker died mid-analysis maxAttempts times would take every next worker down
        // with it: give up on it instead of claiming it again.
        if (await ExecuteAsync(connection, transaction,
            """
            UPDATE documents SET status = 'failed', claimed_by = NULL, lease_until = NULL,
                reason = 'The analysis did not finish after ' || attempts || ' attempts.'
            WHERE status = 'analysing' AND lease_until < $now AND attempts >= $max
            """, cancellationToken, ("$now", now), ("$max", maxAttempts)) > 0)
        {
            await ExecuteAsync(connection, transaction,
                """
                DELETE FROM document_files WHERE EXISTS (SELECT 1 FROM documents d
                    WHERE d.batch_id = document_files.batch_id AND d.idx = document_files.idx AND d.status = 'failed')
                """, cancellationToken);
        }

        // The oldest queued document or expired lease, each found through an index (an OR of the two
        // would sort every queued row on each claim).
        await using var command = Command(connection, transaction,
            """
            UPDATE documents SET status = 'analysing', claimed_by = $worker, lease_until = $until, attempts = attempts + 1
            WHERE rowid = (SELECT MIN(candidate) FROM (
                SELECT (SELECT rowid FROM documents INDEXED BY documents_queued WHERE status = 'queued' ORDER BY rowid LIMIT 1) AS candidate
                UNION ALL
                SELECT MIN(rowid) FROM documents WHERE status = 'analysing' AND lease_until < $now))
            RETURNING batch_id, idx, name, extension, playbook, attempts
            """, ("$worker", worker), ("$until", now + (long)lease.TotalMilliseconds), ("$now", now));
        ClaimedDocument? claimed = null;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                claimed = new ClaimedDocument(new DocumentKey(reader.GetString(0), reader.GetInt32(1)), reader.GetString(2),
                    reader.IsDBNull(3) ? "" : reader.GetString(3), BatchStatuses.PlaybookFromStore(reader.GetString(4)), [], reader.GetInt32(5));
            }
        }

        if (claimed is not null)
        {
            await using var file = Command(connection, transaction, "SELECT content FROM document_files WHERE batch_id = $b AND idx = $i",
                ("$b", claimed.Key.BatchId), ("$i", claimed.Key.Index));
            claimed = claimed with { Content = await file.ExecuteScalarAsync(cancellationToken) as byte[] ?? [] };
            await using var deal = Command(connection, transaction, "SELECT contract_type, side, language FROM batches WHERE id = $b", ("$b", claimed.Key.BatchId));
            await using var reader = await deal.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                claimed = claimed with { Options = BatchStatuses.Options(Text(reader, 0), Text(reader, 1), Text(reader, 2)) };
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
        FinishAsync(key, worker, "done", null, result, cancellationToken);

    /// <inheritdoc />
    public Task<bool> FailAsync(DocumentKey key, string worker, string reason, CancellationToken cancellationToken) =>
        FinishAsync(key, worker, "failed", reason, null, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredResult>?> ResultsAsync(string batchId, string owner, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        if (await FindBatchAsync(connection, batchId, owner, cancellationToken) is null)
        {
            return null;
        }

        var results = new List<StoredResult>();
        await using var command = Command(connection, null,
            """
            SELECT d.idx, d.name, d.status, d.reason, r.report, r.analysis
            FROM documents d LEFT JOIN document_results r ON r.batch_id = d.batch_id AND r.idx = d.idx
            WHERE d.batch_id = $b ORDER BY d.idx
            """, ("$b", batchId));
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

        await DeleteContentsAsync(connection, transaction, batchId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <inheritdoc />
    public async Task<long> CountQueuedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return Convert.ToInt64(await ScalarAsync(connection, null, "SELECT COUNT(*) FROM documents WHERE status = 'queued'", cancellationToken),
            System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public async Task<int> PurgeAsync(DateTimeOffset createdBefore, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var old = new List<string>();
        await using (var command = Command(connection, null, "SELECT id FROM batches WHERE created_at < $before", ("$before", createdBefore.ToUnixTimeMilliseconds())))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                old.Add(reader.GetString(0));
            }
        }

        // One short transaction per batch, so uploads and workers are never held up for the whole purge.
        foreach (var batchId in old)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await ExecuteAsync(connection, transaction, "DELETE FROM batches WHERE id = $b", cancellationToken, ("$b", batchId));
            await DeleteContentsAsync(connection, transaction, batchId, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return old.Count;
    }

    private static async Task DeleteContentsAsync(SqliteConnection connection, SqliteTransaction transaction, string batchId, CancellationToken cancellationToken)
    {
        foreach (var table in new[] { "documents", "document_files", "document_results" })
        {
            await ExecuteAsync(connection, transaction, $"DELETE FROM {table} WHERE batch_id = $b", cancellationToken, ("$b", batchId));
        }
    }

    private async Task<bool> FinishAsync(DocumentKey key, string worker, string status, string? reason, StoredResult? result, CancellationToken cancellationToken)
    {
        var counts = result is null ? null : DocumentFindingCounts.Of(result.Report);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        // Conditional on the claim: a worker whose lease ran out and was taken over writes nothing.
        if (await ExecuteAsync(connection, transaction,
            """
            UPDATE documents SET status = $status, reason = $reason, claimed_by = NULL, lease_until = NULL,
                contract_type = $type, applied_playbook = $applied, high = $high, medium = $medium, low = $low, drafting = $drafting
            WHERE batch_id = $b AND idx = $i AND status = 'analysing' AND claimed_by = $worker
            """, cancellationToken, ("$status", status), ("$reason", reason), ("$b", key.BatchId), ("$i", key.Index), ("$worker", worker),
            ("$type", result?.Report.ContractType), ("$applied", result?.Report.Playbook),
            ("$high", counts?.High), ("$medium", counts?.Medium), ("$low", counts?.Low), ("$drafting", counts?.Drafting)) != 1)
        {
            return false;
        }

        if (result is not null)
        {
            await ExecuteAsync(connection, transaction, "INSERT INTO document_results (batch_id, idx, report, analysis) VALUES ($b, $i, $report, $analysis)",
                cancellationToken, ("$b", key.BatchId), ("$i", key.Index), ("$report", JsonSerializer.Serialize(result.Report, BatchReport.Json)), ("$analysis", result.AnalysisJson));
        }

        await ExecuteAsync(connection, transaction, "DELETE FROM document_files WHERE batch_id = $b AND idx = $i", cancellationToken, ("$b", key.BatchId), ("$i", key.Index));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static async Task<(string Playbook, DateTimeOffset CreatedAt, AnalysisOptions? Options)?> FindBatchAsync(SqliteConnection connection, string batchId, string owner, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, null, "SELECT playbook, created_at, contract_type, side, language FROM batches WHERE id = $b AND owner = $owner",
            ("$b", batchId), ("$owner", owner));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? (reader.GetString(0), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)), BatchStatuses.Options(Text(reader, 2), Text(reader, 3), Text(reader, 4)))
            : null;
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => database.OpenAsync(cancellationToken);
}
