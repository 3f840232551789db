using System.Data.Common;
using System.Text.Json;
using ClauseLens.Analysis.Reports;
using ClauseLens.Server.Storage;
using Microsoft.Data.Sqlite;
using static ClauseLens.Server.Storage.StoreDatabase;

namespace ClauseLens.Server.Batches;

/// <summary>
/// <see cref="IBatchStore"/> on one SQLite file (WAL mode). Uploaded files are BLOBs in the same
/// database as their rows: one transaction stores a batch with its files, one statement drops a
/// file when its result is written, and one transaction deletes a batch with everything it holds,
/// so a crash can leave neither a file without its row nor a row without its file.
/// <c>secure_delete</c> overwrites freed pages, so deleted contract text does not linger in the file.
/// Files and results sit in tables of their own beside the small, often-updated document rows.
/// </summary>
public sealed class SqliteBatchStore(SqliteDatabase database, TimeProvider clock, int maxAttempts = 3) : SqlBatchStore(database)
{
    /// <summary>A store on the database at <paramref name="connectionString"/>.</summary>
    public SqliteBatchStore(string connectionString, TimeProvider clock, int maxAttempts = 3)
        : this(new SqliteDatabase(connectionString), clock, maxAttempts)
    {
    }

    /// <summary>The schema version this code writes (one version for the whole database).</summary>
    public static int SchemaVersion => SqliteDatabase.SchemaVersion;

    /// <inheritdoc />
    public override Task MigrateAsync(CancellationToken cancellationToken) => database.MigrateAsync(cancellationToken);

    /// <inheritdoc />
    public override async Task<StoreProbe> ProbeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var version = await ScalarAsync(connection, null, "SELECT COALESCE(MAX(version), 0) FROM schema_version", cancellationToken);
        return new StoreProbe("sqlite", new SqliteConnectionStringBuilder(database.ConnectionString).DataSource,
            Convert.ToInt32(version, System.Globalization.CultureInfo.InvariantCulture), SchemaVersion);
    }

    /// <inheritdoc />
    public override async Task CreateAsync(NewBatch batch, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var playbook = await InsertBatchAsync(connection, transaction, batch, cancellationToken);

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
    public override async Task<ClaimedDocument?> ClaimAsync(string worker, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

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
    public override async Task<bool> RenewAsync(DocumentKey key, string worker, TimeSpan lease, CancellationToken cancellationToken)
    {
        var until = clock.GetUtcNow().ToUnixTimeMilliseconds() + (long)lease.TotalMilliseconds;
        await using var connection = await OpenAsync(cancellationToken);
        return await ExecuteAsync(connection, null,
            "UPDATE documents SET lease_until = $until WHERE batch_id = $b AND idx = $i AND status = 'analysing' AND claimed_by = $worker",
            cancellationToken, ("$until", until), ("$b", key.BatchId), ("$i", key.Index), ("$worker", worker)) == 1;
    }

    /// <inheritdoc />
    public override async Task<bool> DeleteAsync(string batchId, string owner, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
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
    public override async Task<long> CountQueuedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return Convert.ToInt64(await ScalarAsync(connection, null, "SELECT COUNT(*) FROM documents WHERE status = 'queued'", cancellationToken),
            System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public override async Task<int> PurgeAsync(DateTimeOffset createdBefore, CancellationToken cancellationToken)
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
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await ExecuteAsync(connection, transaction, "DELETE FROM batches WHERE id = $b", cancellationToken, ("$b", batchId));
            await DeleteContentsAsync(connection, transaction, batchId, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return old.Count;
    }

    private static async Task DeleteContentsAsync(DbConnection connection, DbTransaction transaction, string batchId, CancellationToken cancellationToken)
    {
        foreach (var table in new[] { "documents", "document_files", "document_results" })
        {
            await ExecuteAsync(connection, transaction, $"DELETE FROM {table} WHERE batch_id = $b", cancellationToken, ("$b", batchId));
        }
    }

    /// <inheritdoc />
    protected override async Task<bool> FinishAsync(DocumentKey key, string worker, string status, string? reason, StoredResult? result, CancellationToken cancellationToken)
    {
        var counts = result is null ? null : DocumentFindingCounts.Of(result.Report);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
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

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => database.OpenAsync(cancellationToken);
}
