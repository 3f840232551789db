using System.Data.Common;
using System.Text.Json;
using ClauseLens.Analysis.Context;
using ClauseLens.Analysis.Reports;
using ClauseLens.Server.Storage;
using static ClauseLens.Server.Storage.StoreDatabase;

namespace ClauseLens.Server.Batches;

/// <summary>
/// The part of <see cref="IBatchStore"/> that SQLite and PostgreSQL answer with the same SQL over the
/// same tables: reading a batch's progress and results, and writing a batch's own row. What the two
/// databases do differently — claiming work (an index walk under SQLite's one writer, <c>SKIP LOCKED</c>
/// among PostgreSQL's many), inserting many documents at once, finishing a document, deleting with or
/// without cascades, migrations — each store (<see cref="SqliteBatchStore"/>, <see cref="PostgresBatchStore"/>)
/// writes for itself.
/// </summary>
public abstract class SqlBatchStore(StoreDatabase database) : IBatchStore
{
    /// <inheritdoc />
    public abstract Task MigrateAsync(CancellationToken cancellationToken);

    /// <inheritdoc />
    public abstract Task<StoreProbe> ProbeAsync(CancellationToken cancellationToken);

    /// <inheritdoc />
    public abstract Task CreateAsync(NewBatch batch, CancellationToken cancellationToken);

    /// <inheritdoc />
    public abstract Task<ClaimedDocument?> ClaimAsync(string worker, TimeSpan lease, CancellationToken cancellationToken);

    /// <inheritdoc />
    public abstract Task<bool> RenewAsync(DocumentKey key, string worker, TimeSpan lease, CancellationToken cancellationToken);

    /// <inheritdoc />
    public abstract Task<bool> DeleteAsync(string batchId, string owner, CancellationToken cancellationToken);

    /// <inheritdoc />
    public abstract Task<int> PurgeAsync(DateTimeOffset createdBefore, CancellationToken cancellationToken);

    /// <inheritdoc />
    public abstract Task<long> CountQueuedAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Marks the document <paramref name="status"/> with its result, drops its file, and stores the result,
    /// all only if <paramref name="worker"/> still holds the claim; false when it does not.
    /// </summary>
    protected abstract Task<bool> FinishAsync(DocumentKey key, string worker, string status, string? reason, StoredResult? result, CancellationToken cancellationToken);

    /// <inheritdoc />
    public Task<bool> CompleteAsync(DocumentKey key, string worker, StoredResult result, CancellationToken cancellationToken) =>
        FinishAsync(key, worker, "done", null, result, cancellationToken);

    /// <inheritdoc />
    public Task<bool> FailAsync(DocumentKey key, string worker, string reason, CancellationToken cancellationToken) =>
        FinishAsync(key, worker, "failed", reason, null, cancellationToken);

    /// <inheritdoc />
    public async Task<BatchState?> GetAsync(string batchId, string owner, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        if (await FindBatchAsync(connection, batchId, owner, cancellationToken) is not { } batch)
        {
            return null;
        }

        var documents = new List<DocumentState>();
        await using var command = Command(connection, null,
            "SELECT idx, name, status, reason, contract_type, applied_playbook, high, medium, low, drafting FROM documents WHERE batch_id = @b ORDER BY idx", ("b", batchId));
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
    public async Task<IReadOnlyList<StoredResult>?> ResultsAsync(string batchId, string owner, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        if (await FindBatchAsync(connection, batchId, owner, cancellationToken) is null)
        {
            return null;
        }

        var results = new List<StoredResult>();
        await using var command = Command(connection, null,
            """
            SELECT d.idx, d.name, d.status, d.reason, r.report, r.analysis
            FROM documents d LEFT JOIN document_results r ON r.batch_id = d.batch_id AND r.idx = d.idx
            WHERE d.batch_id = @b ORDER BY d.idx
            """, ("b", batchId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var report = reader.IsDBNull(4)
                ? DocumentReport.Pending(reader.GetInt32(0), reader.GetString(1), BatchStatuses.Parse(reader.GetString(2)), Text(reader, 3))
                : JsonSerializer.Deserialize<DocumentReport>(reader.GetString(4), BatchReport.Json)!;
            results.Add(new StoredResult(report, Text(reader, 5)));
        }

        return results;
    }

    /// <summary>Writes the batch's own row (its documents are the caller's); returns the playbook as stored.</summary>
    protected static async Task<string> InsertBatchAsync(DbConnection connection, DbTransaction transaction, NewBatch batch, CancellationToken cancellationToken)
    {
        var playbook = BatchStatuses.StoredPlaybook(batch.PlaybookId);
        await ExecuteAsync(connection, transaction,
            "INSERT INTO batches (id, owner, playbook, created_at, contract_type, side, language) VALUES (@id, @owner, @playbook, @created, @type, @side, @language)", cancellationToken,
            ("id", batch.Id), ("owner", batch.Owner), ("playbook", playbook), ("created", batch.CreatedAt.ToUnixTimeMilliseconds()),
            ("type", batch.Options?.ContractType), ("side", batch.Options?.Side), ("language", batch.Options?.Language));
        return playbook;
    }

    private static async Task<(string Playbook, DateTimeOffset CreatedAt, AnalysisOptions? Options)?> FindBatchAsync(DbConnection connection, string batchId, string owner, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, null, "SELECT playbook, created_at, contract_type, side, language FROM batches WHERE id = @b AND owner = @owner",
            ("b", batchId), ("owner", owner));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? (reader.GetString(0), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)), BatchStatuses.Options(Text(reader, 2), Text(reader, 3), Text(reader, 4)))
            : null;
    }
}
