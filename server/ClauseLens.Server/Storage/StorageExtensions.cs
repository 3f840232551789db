using ClauseLens.Server.Batches;
using ClauseLens.Server.Playbooks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ClauseLens.Server.Storage;

/// <summary>
/// DI for the one database that batches and custom playbooks share: a SQLite file by default, PostgreSQL
/// when <c>ConnectionStrings:ClauseLens</c> names one. The choice is made here, once; both stores, the
/// database (one connection pool) and the one start-up migration are registered together.
/// </summary>
public static class StorageExtensions
{
    /// <summary>The connection string name (<c>ConnectionStrings:ClauseLens</c>).</summary>
    public const string ConnectionName = "ClauseLens";

    /// <summary>
    /// Registers the database, <see cref="IBatchStore"/>, <see cref="IPlaybookStore"/> and the migration that
    /// runs at start-up (before the batch worker, which is registered after it). Safe to call from every
    /// area that needs storage: only the first call registers anything.
    /// </summary>
    public static IHostApplicationBuilder AddClauseLensStorage(this IHostApplicationBuilder builder)
    {
        if (builder.Services.Any(s => s.ServiceType == typeof(StorageChoice)))
        {
            return builder;
        }

        builder.Services.TryAddSingleton(TimeProvider.System);
        var connectionString = ConnectionString(builder);
        var postgres = PostgresConnection.IsPostgres(connectionString);
        builder.Services.AddSingleton(new StorageChoice(postgres));
        if (postgres)
        {
            builder.Services.AddSingleton(_ => new PostgresDatabase(connectionString));
            builder.Services.AddSingleton<IBatchStore>(sp => new PostgresBatchStore(
                sp.GetRequiredService<PostgresDatabase>(), sp.GetRequiredService<TimeProvider>(), MaxAttempts(sp)));
            builder.Services.AddSingleton<IPlaybookStore>(sp => new PostgresPlaybookStore(sp.GetRequiredService<PostgresDatabase>()));
        }
        else
        {
            builder.Services.AddSingleton(new SqliteDatabase(connectionString));
            builder.Services.AddSingleton<IBatchStore>(sp => new SqliteBatchStore(
                sp.GetRequiredService<SqliteDatabase>(), sp.GetRequiredService<TimeProvider>(), MaxAttempts(sp)));
            builder.Services.AddSingleton<IPlaybookStore, SqlitePlaybookStore>();
        }

        builder.Services.AddHostedService<StorageMigration>();
        return builder;
    }

    /// <summary><c>ConnectionStrings:ClauseLens</c>, or a file in the user's application data folder.</summary>
    public static string ConnectionString(IHostApplicationBuilder builder) =>
        builder.Configuration.GetConnectionString(ConnectionName) is { Length: > 0 } configured
            ? configured
            : $"Data Source={DefaultDatabasePath(builder.Environment)}";

    // The batch options are bound by AddBatches; without them (a host without batches) the default holds.
    private static int MaxAttempts(IServiceProvider services) =>
        services.GetService<IOptions<BatchesOptions>>()?.Value.MaxAttempts ?? new BatchesOptions().MaxAttempts;

    // The per-user application data folder, so `dotnet run` needs no configuration and the database
    // never lands in the source tree; the content root only when there is no such folder.
    private static string DefaultDatabasePath(IHostEnvironment environment)
    {
        var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        return Path.Combine(string.IsNullOrEmpty(root) ? environment.ContentRootPath : root, "clauselens", "clauselens.db");
    }

    /// <summary>Which database was chosen (registered once; also marks that storage is registered).</summary>
    internal sealed record StorageChoice(bool IsPostgres);

    // Fails start-up, with a message that says what is configured and what went wrong, when the database
    // cannot be reached or migrated: better than a server that answers but loses every batch.
    private sealed class StorageMigration(IBatchStore batches, IPlaybookStore playbooks, ILogger<StorageMigration> logger) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            try
            {
                await batches.MigrateAsync(cancellationToken);
                await playbooks.MigrateAsync(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogCritical("The batch store could not be opened; the server stops. {Reason}", e.Message);
                throw;
            }

            var probe = await batches.ProbeAsync(cancellationToken);
            logger.LogInformation("Batch store ready: {Kind} at {Location} (schema version {SchemaVersion})", probe.Kind, probe.Location, probe.SchemaVersion);
            logger.LogInformation("Playbook store ready");
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
