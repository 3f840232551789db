using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ClauseLens.Server.Storage;

/// <summary>
/// The one SQLite file that holds batches and custom playbooks: how to open it, and its schema.
/// Every store on this file shares one migration list and one <c>schema_version</c>, so a database
/// has a single version whichever store touched it last.
/// </summary>
public sealed class SqliteDatabase(string connectionString) : StoreDatabase
{
    // Each entry brings the schema from version i to i + 1. Never edit one that has shipped (databases
    // in the field already ran it); append another. A test pins each entry's hash.
    internal static readonly string[] Migrations =
    [
        // 1: batches and their documents.
        """
        CREATE TABLE batches (
            id TEXT PRIMARY KEY,
            owner TEXT NOT NULL,
            playbook TEXT NOT NULL,
            created_at INTEGER NOT NULL);
        CREATE TABLE documents (
            batch_id TEXT NOT NULL,
            idx INTEGER NOT NULL,
            name TEXT NOT NULL,
            extension TEXT,
            playbook TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('queued', 'analysing', 'done', 'failed')),
            reason TEXT,
            content BLOB,
            claimed_by TEXT,
            lease_until INTEGER,
            attempts INTEGER NOT NULL DEFAULT 0,
            report TEXT,
            analysis TEXT,
            PRIMARY KEY (batch_id, idx));
        CREATE INDEX documents_work ON documents (status, lease_until);
        """,
        // 2: custom playbooks per owner, and the copy of one that a batch was submitted with.
        """
        CREATE TABLE playbooks (
            owner TEXT NOT NULL,
            id TEXT NOT NULL,
            name TEXT NOT NULL,
            version TEXT NOT NULL,
            description TEXT NOT NULL,
            yaml TEXT NOT NULL,
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (owner, id));
        CREATE TABLE batch_playbooks (
            batch_id TEXT PRIMARY KEY,
            playbook_id TEXT NOT NULL,
            yaml TEXT NOT NULL);
        """,
        // 3: uploaded files and results move out of the documents row: SQLite rewrites a whole row on
        // every UPDATE, so each claim, renewal and completion rewrote (and, with secure_delete,
        // zeroed) the 30 KB file beside a few changed columns. Now a status change touches one small
        // row, a file is written once and deleted once, and a result is inserted once.
        """
        CREATE TABLE document_files (
            batch_id TEXT NOT NULL,
            idx INTEGER NOT NULL,
            content BLOB NOT NULL,
            PRIMARY KEY (batch_id, idx));
        INSERT INTO document_files (batch_id, idx, content) SELECT batch_id, idx, content FROM documents WHERE content IS NOT NULL;
        CREATE TABLE document_results (
            batch_id TEXT NOT NULL,
            idx INTEGER NOT NULL,
            report TEXT NOT NULL,
            analysis TEXT,
            PRIMARY KEY (batch_id, idx));
        INSERT INTO document_results (batch_id, idx, report, analysis) SELECT batch_id, idx, report, analysis FROM documents WHERE report IS NOT NULL;
        ALTER TABLE documents DROP COLUMN content;
        ALTER TABLE documents DROP COLUMN report;
        ALTER TABLE documents DROP COLUMN analysis;
        CREATE INDEX documents_queued ON documents (status);
        CREATE INDEX batches_created ON batches (created_at);
        """,
        // 4: what a batch was submitted with (contract type, side, language; an empty playbook now
        // means "the one for each document's type"), and what each finished document turned out to be
        // (its type, the playbook applied, its findings counted) so progress shows them without reading
        // the results. Documents finished before this version get theirs from their stored reports.
        """
        ALTER TABLE batches ADD COLUMN contract_type TEXT;
        ALTER TABLE batches ADD COLUMN side TEXT;
        ALTER TABLE batches ADD COLUMN language TEXT;
        ALTER TABLE documents ADD COLUMN contract_type TEXT;
        ALTER TABLE documents ADD COLUMN applied_playbook TEXT;
        ALTER TABLE documents ADD COLUMN high INTEGER;
        ALTER TABLE documents ADD COLUMN medium INTEGER;
        ALTER TABLE documents ADD COLUMN low INTEGER;
        ALTER TABLE documents ADD COLUMN drafting INTEGER;
        UPDATE documents SET
            contract_type = (SELECT json_extract(r.report, '$.contractType') FROM document_results r WHERE r.batch_id = documents.batch_id AND r.idx = documents.idx),
            applied_playbook = COALESCE((SELECT json_extract(r.report, '$.playbook') FROM document_results r WHERE r.batch_id = documents.batch_id AND r.idx = documents.idx), playbook),
            high = (SELECT COUNT(*) FROM document_results r, json_each(r.report, '$.findings') f WHERE r.batch_id = documents.batch_id AND r.idx = documents.idx
                AND json_extract(f.value, '$.kind') <> 'drafting' AND json_extract(f.value, '$.severity') = 'high'),
            medium = (SELECT COUNT(*) FROM document_results r, json_each(r.report, '$.findings') f WHERE r.batch_id = documents.batch_id AND r.idx = documents.idx
                AND json_extract(f.value, '$.kind') <> 'drafting' AND json_extract(f.value, '$.severity') = 'medium'),
            low = (SELECT COUNT(*) FROM document_results r, json_each(r.report, '$.findings') f WHERE r.batch_id = documents.batch_id AND r.idx = documents.idx
                AND json_extract(f.value, '$.kind') <> 'drafting' AND json_extract(f.value, '$.severity') = 'low'),
            drafting = (SELECT COUNT(*) FROM document_results r, json_each(r.report, '$.findings') f WHERE r.batch_id = documents.batch_id AND r.idx = documents.idx
                AND json_extract(f.value, '$.kind') = 'drafting')
        WHERE status = 'done';
        """,
    ];

    /// <summary>The schema version this code writes.</summary>
    public static int SchemaVersion => Migrations.Length;

    /// <summary>The connection string, as configured.</summary>
    public string ConnectionString { get; } = connectionString;

    /// <summary>
    /// Creates the file (and its folder) or brings its schema up to date, in one transaction. Safe to
    /// call more than once and from several stores: the write lock is taken before the version is read,
    /// so a second caller finds the work done.
    /// </summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var dataSource = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
        if (Path.GetDirectoryName(Path.GetFullPath(dataSource)) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL; CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);", cancellationToken);
        // Microsoft.Data.Sqlite begins IMMEDIATE transactions: the write lock is held from here.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var current = Convert.ToInt32(await ScalarAsync(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version", cancellationToken) ?? 0L,
            CultureInfo.InvariantCulture);
        if (current > Migrations.Length)
        {
            throw new InvalidOperationException($"The ClauseLens database has schema version {current}; this server knows up to {Migrations.Length}. Upgrade the server.");
        }

        for (var version = current; version < Migrations.Length; version++)
        {
            await ExecuteAsync(connection, transaction, Migrations[version], cancellationToken);
            await ExecuteAsync(connection, transaction, "DELETE FROM schema_version; INSERT INTO schema_version (version) VALUES ($v)", cancellationToken, ("$v", version + 1));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// An open connection. <c>secure_delete</c> overwrites freed pages, so deleted contract text and
    /// playbooks do not linger in the file.
    /// </summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, "PRAGMA secure_delete = ON; PRAGMA synchronous = NORMAL;", cancellationToken);
        return connection;
    }

    /// <inheritdoc />
    public override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) => await OpenAsync(cancellationToken);
}
