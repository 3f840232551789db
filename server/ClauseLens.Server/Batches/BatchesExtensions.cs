using ClauseLens.Analysis.Ingest;
using ClauseLens.Server.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ClauseLens.Server.Batches;

/// <summary>DI for batch checking: the SQLite job store (in the shared ClauseLens database), the worker, the retention purge and the batch page.</summary>
public static class BatchesExtensions
{
    /// <summary>The connection string name (<c>ConnectionStrings:ClauseLens</c>).</summary>
    public const string ConnectionName = StorageExtensions.ConnectionName;

    /// <summary>Registers the store (schema migrated at start-up), the background worker and the analysis seam.</summary>
    public static IHostApplicationBuilder AddBatches(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BatchesOptions>().BindConfiguration("ClauseLens:Batches").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddClauseLensDatabase();
        builder.Services.AddSingleton<IBatchStore>(sp => new SqliteBatchStore(
            sp.GetRequiredService<SqliteDatabase>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<BatchesOptions>>().Value.MaxAttempts));
        builder.Services.AddSingleton<IBatchAnalysis, ReviewBatchAnalysis>();
        builder.Services.AddSingleton<BatchQueueSignal>();
        // Migration runs before the worker starts (hosted services start in registration order).
        builder.Services.AddHostedService<BatchStoreMigration>();
        builder.Services.AddHostedService<BatchWorker>();
        builder.Services.AddHostedService<BatchRetention>();
        return builder;
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
