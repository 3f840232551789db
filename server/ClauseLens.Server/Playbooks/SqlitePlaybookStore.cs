using ClauseLens.Server.Storage;

namespace ClauseLens.Server.Playbooks;

/// <summary>
/// <see cref="IPlaybookStore"/> in the same SQLite file as the batches (tables <c>playbooks</c>, <c>batch_playbooks</c>,
/// created by the file's one migration list). The queries are <see cref="SqlPlaybookStore"/>'s; a save needs no
/// lock of its own, as Microsoft.Data.Sqlite begins IMMEDIATE transactions (the write lock is held from the start).
/// </summary>
public sealed class SqlitePlaybookStore(SqliteDatabase database) : SqlPlaybookStore(database)
{
    /// <inheritdoc />
    public override Task MigrateAsync(CancellationToken cancellationToken) => database.MigrateAsync(cancellationToken);
}
