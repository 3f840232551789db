using System.Data;
using System.Data.Common;

namespace ClauseLens.Server.Storage;

/// <summary>
/// What the SQLite file (<see cref="SqliteDatabase"/>) and the PostgreSQL database
/// (<see cref="PostgresDatabase"/>) have in common: an open connection, and the command helpers every
/// store uses. SQL that both run names its parameters <c>@name</c> (Npgsql and Microsoft.Data.Sqlite both
/// read it, the parameter itself named without the <c>@</c>), so a query the two databases answer alike is
/// written once (<see cref="Batches.SqlBatchStore"/>, <see cref="Playbooks.SqlPlaybookStore"/>); only what
/// truly differs — claims, bulk inserts, locks, migrations — is written per database.
/// </summary>
public abstract class StoreDatabase
{
    /// <summary>An open connection (from the pool, for PostgreSQL).</summary>
    public abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>A command with named parameters; <c>null</c> is stored as a text NULL.</summary>
    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            if (value is null)
            {
                // Null values are text in every table here (reason, report, analysis); PostgreSQL needs a
                // type for them, SQLite stores NULL either way.
                parameter.DbType = DbType.String;
            }

            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>Sets the values of a prepared command's parameters, for reuse in a loop.</summary>
    public static void Set(DbCommand command, params (string Name, object? Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            command.Parameters[name].Value = value ?? DBNull.Value;
        }
    }

    /// <summary>Runs a statement; the number of rows it changed.</summary>
    public static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The first column of the first row, or null.</summary>
    public static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>A text column that may be NULL.</summary>
    public static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
