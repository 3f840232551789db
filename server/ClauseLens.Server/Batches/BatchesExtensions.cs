using ClauseLens.Analysis.Ingest;
using Microsoft.Extensions.Options;

namespace ClauseLens.Server.Batches;

/// <summary>DI for batch checking: the SQLite job store, the worker, the retention purge and the batch page.</summary>
public static class BatchesExtensions
{
    /// <summary>The connection string name (<c>ConnectionStrings:ClauseLens</c>).</summary>
    public const string ConnectionName = "ClauseLens";

    /// <summary>Registers the store (schema migrated at start-up), the background worker and the analysis seam.</summary>
    public static IHostApplicationBuilder AddBatches(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BatchesOptions>().BindConfiguration("ClauseLens:Batches").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName) is { Length: > 0 } configured
            ? configured
            : $"Data Source={DefaultDatabasePath(builder.Environment)}";
        builder.Services.AddSingleton<IBatchStore>(sp => new SqliteBatchStore(
            connectionString, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<BatchesOptions>>().Value.MaxAttempts));
        builder.Services.AddSingleton<IBatchAnalysis, ReviewBatchAnalysis>();
        builder.Services.AddSingleton<BatchQueueSignal>();
        // Migration runs before the worker starts (hosted services start in registration order).
        builder.Services.AddHostedService<BatchStoreMigration>();
        builder.Services.AddHostedService<BatchWorker>();
        builder.Services.AddHostedService<BatchRetention>();
        return builder;
    }

    // The per-user application data folder, so `dotnet run` needs no configuration and the database
    // never lands in the source tree; the content root only when there is no such folder.
    private static string DefaultDatabasePath(IHostEnvironment environment)
    {
        var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        return Path.Combine(string.IsNullOrEmpty(root) ? environment.ContentRootPath : root, "clauselens", "clauselens.db");
    }

    private sealed class BatchStoreMigration(IBatchStore store, ILogger<BatchStoreMigration> logger) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            await store.MigrateAsync(cancellationToken);
            logger.LogInformation("Batch store ready (schema version {SchemaVersion})", SqliteBatchStore.SchemaVersion);
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
