using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClauseLens.Server.Storage;

/// <summary>DI for the ClauseLens SQLite database that batches and custom playbooks share.</summary>
public static class StorageExtensions
{
    /// <summary>The connection string name (<c>ConnectionStrings:ClauseLens</c>).</summary>
    public const string ConnectionName = "ClauseLens";

    /// <summary>Registers the database once, however many areas ask for it.</summary>
    public static IHostApplicationBuilder AddClauseLensDatabase(this IHostApplicationBuilder builder)
    {
        // With PostgreSQL configured, batches and custom playbooks live there and nothing uses this file;
        // it is registered on the default path only so nothing resolves the PostgreSQL string as SQLite.
        var connectionString = ConnectionString(builder);
        builder.Services.TryAddSingleton(new SqliteDatabase(PostgresConnection.IsPostgres(connectionString)
            ? $"Data Source={DefaultDatabasePath(builder.Environment)}"
            : connectionString));
        return builder;
    }

    /// <summary><c>ConnectionStrings:ClauseLens</c>, or a file in the user's application data folder.</summary>
    public static string ConnectionString(IHostApplicationBuilder builder) =>
        builder.Configuration.GetConnectionString(ConnectionName) is { Length: > 0 } configured
            ? configured
            : $"Data Source={DefaultDatabasePath(builder.Environment)}";

    // The per-user application data folder, so `dotnet run` needs no configuration and the database
    // never lands in the source tree; the content root only when there is no such folder.
    private static string DefaultDatabasePath(IHostEnvironment environment)
    {
        var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        return Path.Combine(string.IsNullOrEmpty(root) ? environment.ContentRootPath : root, "clauselens", "clauselens.db");
    }
}
