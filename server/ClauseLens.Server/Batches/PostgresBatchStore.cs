using System.Text.Json;
using ClauseLens.Analysis.Reports;
using ClauseLens.Server.Storage;
using Npgsql;
using NpgsqlTypes;
using static ClauseLens.Server.Storage.PostgresDatabase;
using static ClauseLens.Server.Storage.StoreDatabase;

namespace ClauseLens.Server.Batches;

/// <summary>
/// <see cref="IBatchStore"/> on a PostgreSQL database that any number of server instances share.
/// A claim takes the oldest free document with <c>FOR UPDATE SKIP LOCKED</c>, so instances never wait
/// on each other's rows and never take the same one; the lease, the attempt limit and the conditional
/// writes are the same as <see cref="SqliteBatchStore"/>'s, so each document ends done exactly once
/// whichever instance analyses it. The tables are SQLite's: uploaded files (<c>bytea</c>, readable by
/// every instance) in <c>document_files</c>, deleted in the statement that stores the result, and
/// results in <c>document_results</c>, beside small document rows that claims and renewals update.
/// Claims, renewals and results are committed without waiting for the WAL flush
/// (<c>synchronous_commit = off</c> for those statements only; see <see cref="PostgresDatabase.Relaxed"/>): if PostgreSQL itself crashes, the last
/// few of them may be lost, which only means a document is claimed and analysed again, never that it is
/// done twice or lost. Creating and deleting a batch wait for the flush as usual, so an upload answered
/// 202 and a delete answered 204 survive a database crash.
/// Lease times come from each instance's clock: instances must keep their clocks in step (NTP), well
/// inside the lease length.
/// </summary>
public sealed class PostgresBatchStore : SqlBatchStore, IAsyncDisposable
{
    /// <summary>This component's name in <c>schema_version</c>.</summary>
    public const string Component = "batches";

    // Append-only: entry i brings the schema from version i to i + 1.
    internal static readonly string[] Migrations =
    [
        """
        CREATE TABLE batches (
            id text PRIMARY KEY,
            owner text NOT NULL,
            playbook text NOT NULL,
            created_at bigint NOT NULL);
        CREATE TABLE documents (
            seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
            batch_id text NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
            idx integer NOT NULL,
            name text NOT NULL,
            extension text,
            playbook text NOT NULL,
            status text NOT NULL CHECK (status IN ('queued', 'analysing', 'done', 'failed')),
            reason text,
            claimed_by text,
            lease_until bigint,
            attempts integer NOT NULL DEFAULT 0,
            PRIMARY KEY (batch_id, idx));
        -- Only unfinished documents are in the work index, so a claim stays cheap however many finished ones there are.
        CREATE INDEX documents_work ON documents (seq) WHERE status IN ('queued', 'analysing');
        CREATE INDEX batches_created ON batches (created_at);
        CREATE TABLE document_files (
            batch_id text NOT NULL,
            idx integer NOT NULL,
            content bytea NOT NULL,
            PRIMARY KEY (batch_id, idx),
            FOREIGN KEY (batch_id, idx) REFERENCES documents (batch_id, idx) ON DELETE CASCADE);
        CREATE TABLE document_results (
            batch_id text NOT NULL,
            idx integer NOT NULL,
            report text NOT NULL,
            analysis text,
            PRIMARY KEY (batch_id, idx),
            FOREIGN KEY (batch_id, idx) REFERENCES documents (batch_id, idx) ON DELETE CASCADE);
        """,
        // 2: as SQLite's 4: what a batch was submitted with (an empty playbook means "the one for each
        // document's type") and what each finished document turned out to be, filled in for documents
        // finished before from their stored reports.
        """
        ALTER TABLE batches ADD COLUMN contract_type text, ADD COLUMN side text, ADD COLUMN language text;
        ALTER TABLE documents ADD COLUMN contract_type text, ADD COLUMN applied_playbook text,
            ADD COLUMN high integer, ADD COLUMN medium integer, ADD COLUMN low integer, ADD COLUMN drafting integer;
        UPDATE documents d SET
            contract_type = r.report::jsonb ->> 'contractType',
            applied_playbook = COALESCE(r.report::jsonb ->> 'playbook', d.playbook),
            high = (SELECT COUNT(*) FROM jsonb_array_elements(COALESCE(r.report::jsonb -> 'findings', '[]'::jsonb)) f WHERE f ->> 'kind' <> 'drafting' AND f ->> 'severity' = 'high'),
            medium = (SELECT COUNT(*) FROM jsonb_array_elements(COALESCE(r.report::jsonb -> 'findings', '[]'::jsonb)) f WHERE f ->> 'kind' <> 'drafting' AND f ->> 'severity' = 'medium'),
            low = (SELECT COUNT(*) FROM jsonb_array_elements(COALESCE(r.report::jsonb -> 'findings', '[]'::jsonb)) f WHERE f ->> 'kind' <> 'drafting' AND f ->> 'severity' = 'low'),
            drafting = (SELECT COUNT(*) FROM jsonb_array_elements(COALESCE(r.report::jsonb -> 'findings', '[]'::jsonb)) f WHERE f ->> 'kind' = 'drafting')
        FROM document_results r
        WHERE r.batch_id = d.batch_id AND r.idx = d.idx AND d.status = 'done';
        """,
    ];

    private readonly PostgresDatabase _database;
    private readonly bool _ownsDatabase;
    private readonly TimeProvider _clock;
    private readonly int _maxAttempts;

    /// <summary>A store on the database named by <paramref name="connectionString"/> (URI or Npgsql keywords), with a pool of its own.</summary>
    public PostgresBatchStore(string connectionString, TimeProvider clock, int maxAttempts = 3)
        : this(new PostgresDatabase(connectionString), clock, maxAttempts) => _ownsDatabase = true;

    /// <summary>A store on <paramref name="database"/>, whose pool it shares with the process's other stores.</summary>
    public PostgresBatchStore(PostgresDatabase database, TimeProvider clock, int maxAttempts = 3)
        : base(database)
    {
        _database = database;
        _clock = clock;
        _maxAttempts = maxAttempts;
    }

    /// <summary>The schema version this code writes.</summary>
    public static int SchemaVersion => Migrations.Length;

    /// <summary>The parsed connection settings.</summary>
    public NpgsqlConnectionStringBuilder Connection => _database.Connection;

    /// <inheritdoc />
    public override Task MigrateAsync(CancellationToken cancellationToken) =>
        _database.MigrateAsync(Component, Migrations, cancellationToken);

    /// <inheritdoc />
    public override async Task<StoreProbe> ProbeAsync(CancellationToken cancellationToken) =>
        new("postgresql", _database.Location, await _database.SchemaVersionAsync(Component, cancellationToken), SchemaVersion);

    /// <inheritdoc />
    public override async Task CreateAsync(NewBatch batch, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var playbook = await InsertBatchAsync(connection, transaction, batch, cancellationToken);

        // One round trip for all documents; the order of the batch is the order of seq, hence of claims.
        await using var insert = new NpgsqlBatch(connection, transaction);
        for (var i = 0; i < batch.Documents.Count; i++)
        {
            var d = batch.Documents[i];
            var failed = d.FailedReason is not null;
            var command = new NpgsqlBatchCommand(
                "INSERT INTO documents (batch_id, idx, name, extension, playbook, status, reason) VALUES ($1, $2, $3, $4, $5, $6, $7)");
            command.Parameters.Add(new NpgsqlParameter<string>{ TypedValue = batch.Id });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = i });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = d.Name });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)d.Extension ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = playbook });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = failed ? "failed" : "queued" });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)d.FailedReason ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            insert.BatchCommands.Add(command);
            if (!failed)
            {
                var file = new NpgsqlBatchCommand("INSERT INTO document_files (batch_id, idx, content) VALUES ($1, $2, $3)");
                file.Parameters.Add(new NpgsqlParameter<string> { TypedValue = batch.Id });
                file.Parameters.Add(new NpgsqlParameter<int> { TypedValue = i });
                file.Parameters.Add(new NpgsqlParameter { Value = d.Content ?? [], NpgsqlDbType = NpgsqlDbType.Bytea });
                insert.BatchCommands.Add(file);
            }
        }

        if (insert.BatchCommands.Count > 0)
        {
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public override async Task<ClaimedDocument?> ClaimAsync(string worker, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow().ToUnixTimeMilliseconds();
        return await _database.RelaxedAsync(async (connection, transaction) =>
        {
        // A document whose worker died mid-analysis maxAttempts times would take every next worker down
        // with it: give up on it instead of claiming it again. Rows another instance is touching are skipped.
        await ExecuteAsync(connection, transaction,
            Relaxed("""
            WITH given_up AS (
                UPDATE documents SET status = 'failed', claimed_by = NULL, lease_until = NULL,
                    reason = 'The analysis did not finish after ' || attempts || ' attempts.'
                WHERE seq IN (SELECT seq FROM documents
                              WHERE status = 'analysing' AND lease_until < @now AND attempts >= @max
                              FOR UPDATE SKIP LOCKED)
                RETURNING batch_id, idx)
            DELETE FROM document_files f USING given_up g WHERE f.batch_id = g.batch_id AND f.idx = g.idx
            """), cancellationToken, ("now", now), ("max", _maxAttempts));

        // One statement, so the row lock taken by the sub-select is held until the claim is written.
        await using var command = Command(connection, transaction,
            """
            WITH claimed AS (
                UPDATE documents SET status = 'analysing', claimed_by = @worker, lease_until = @until, attempts = attempts + 1
                WHERE seq = (SELECT seq FROM documents
                             WHERE status = 'queued' OR (status = 'analysing' AND lease_until < @now AND attempts < @max)
                             ORDER BY seq LIMIT 1
                             FOR UPDATE SKIP LOCKED)
                RETURNING batch_id, idx, name, extension, playbook, attempts)
            SELECT c.batch_id, c.idx, c.name, c.extension, c.playbook, f.content, c.attempts, b.contract_type, b.side, b.language
            FROM claimed c LEFT JOIN document_files f ON f.batch_id = c.batch_id AND f.idx = c.idx
                LEFT JOIN batches b ON b.id = c.batch_id
            """, ("worker", worker), ("until", now + (long)lease.TotalMilliseconds), ("now", now), ("max", _maxAttempts));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new ClaimedDocument(new DocumentKey(reader.GetString(0), reader.GetInt32(1)), reader.GetString(2),
                reader.IsDBNull(3) ? "" : reader.GetString(3), BatchStatuses.PlaybookFromStore(reader.GetString(4)),
                reader.IsDBNull(5) ? [] : reader.GetFieldValue<byte[]>(5), reader.GetInt32(6),
                BatchStatuses.Options(Text(reader, 7), Text(reader, 8), Text(reader, 9)))
            : null;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public override async Task<bool> RenewAsync(DocumentKey key, string worker, TimeSpan lease, CancellationToken cancellationToken)
    {
        var until = _clock.GetUtcNow().ToUnixTimeMilliseconds() + (long)lease.TotalMilliseconds;
        return await _database.RelaxedAsync((connection, transaction) => ExecuteAsync(connection, transaction,
            Relaxed("UPDATE documents SET lease_until = @until WHERE batch_id = @b AND idx = @i AND status = 'analysing' AND claimed_by = @worker"),
            cancellationToken, ("until", until), ("b", key.BatchId), ("i", key.Index), ("worker", worker)), cancellationToken) == 1;
    }

    /// <inheritdoc />
    public override async Task<bool> DeleteAsync(string batchId, string owner, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        // The documents, their files and results go with the batch (ON DELETE CASCADE), in the same statement.
        return await ExecuteAsync(connection, null, "DELETE FROM batches WHERE id = @b AND owner = @owner", cancellationToken, ("b", batchId), ("owner", owner)) > 0;
    }

    /// <inheritdoc />
    public override async Task<long> CountQueuedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        // The partial work index holds only unfinished rows, so this stays cheap however many are done.
        return (long)(await ScalarAsync(connection, null, "SELECT COUNT(*) FROM documents WHERE status IN ('queued', 'analysing') AND status = 'queued'", cancellationToken))!;
    }

    /// <inheritdoc />
    public override async Task<int> PurgeAsync(DateTimeOffset createdBefore, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        return await ExecuteAsync(connection, null, "DELETE FROM batches WHERE created_at < @before", cancellationToken,
            ("before", createdBefore.ToUnixTimeMilliseconds()));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_ownsDatabase)
        {
            await _database.DisposeAsync();
        }
    }

    /// <inheritdoc />
    protected override async Task<bool> FinishAsync(DocumentKey key, string worker, string status, string? reason, StoredResult? result, CancellationToken cancellationToken)
    {
        var report = result is null ? null : JsonSerializer.Serialize(result.Report, BatchReport.Json);
        var analysis = result?.AnalysisJson;
        var counts = result is null ? null : DocumentFindingCounts.Of(result.Report);
        // Conditional on the claim: a worker whose lease ran out and was taken over writes nothing.
        return await _database.RelaxedAsync(async (connection, transaction) =>
        {
        await using var command = Command(connection, transaction,
            Relaxed("""
            WITH finished AS (
                UPDATE documents SET status = @status, reason = @reason, claimed_by = NULL, lease_until = NULL,
                    contract_type = @type, applied_playbook = @applied,
                    high = @high::integer, medium = @medium::integer, low = @low::integer, drafting = @drafting::integer
                WHERE batch_id = @b AND idx = @i AND status = 'analysing' AND claimed_by = @worker
                RETURNING batch_id, idx),
            stored AS (
                INSERT INTO document_results (batch_id, idx, report, analysis)
                SELECT batch_id, idx, @report, @analysis FROM finished WHERE @report IS NOT NULL),
            dropped AS (
                DELETE FROM document_files f USING finished d WHERE f.batch_id = d.batch_id AND f.idx = d.idx)
            SELECT COUNT(*) FROM finished
            """), ("status", status), ("reason", reason), ("report", report), ("analysis", analysis),
            ("b", key.BatchId), ("i", key.Index), ("worker", worker),
            ("type", result?.Report.ContractType), ("applied", result?.Report.Playbook),
            ("high", counts?.High), ("medium", counts?.Medium), ("low", counts?.Low), ("drafting", counts?.Drafting));
        // One row finished (the claim was held) or none.
        return await command.ExecuteScalarAsync(cancellationToken) is long finished && finished == 1;
        }, cancellationToken);
    }
}
