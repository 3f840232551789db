using ClauseLens.Analysis.Ingest;
using ClauseLens.Server.Hosting;
using ClauseLens.Server.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ClauseLens.Server.Batches;

/// <summary>
/// DI for batch checking: the job store (SQLite in the shared ClauseLens database by default, PostgreSQL
/// when the connection string names one), the worker, the retention purge and the batch page.
/// </summary>
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
        var connectionString = StorageExtensions.ConnectionString(builder);
        builder.Services.AddSingleton<IBatchStore>(sp =>
        {
            var clock = sp.GetRequiredService<TimeProvider>();
            var maxAttempts = sp.GetRequiredService<IOptions<BatchesOptions>>().Value.MaxAttempts;
            return PostgresConnection.IsPostgres(connectionString)
                ? new PostgresBatchStore(connectionString, clock, maxAttempts)
                : new SqliteBatchStore(sp.GetRequiredService<SqliteDatabase>(), clock, maxAttempts);
        });
        builder.Services.AddHealthChecks().AddCheck<BatchStoreHealthCheck>("batch-store", tags: [HostingExtensions.ReadyTag]);
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
        // Fails start-up, with a message that says what is configured and what went wrong, when the store
        // cannot be reached or migrated: better than a server that answers but loses every batch.
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            try
            {
                await store.MigrateAsync(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogCritical("The batch store could not be opened; the server stops. {Reason}", e.Message);
                throw;
            }

            var probe = await store.ProbeAsync(cancellationToken);
            logger.LogInformation("Batch store ready: {Kind} at {Location} (schema version {SchemaVersion})", probe.Kind, probe.Location, probe.SchemaVersion);
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>Ready when the store answers and has this code's schema; names the kind of store, not where it is.</summary>
    private sealed class BatchStoreHealthCheck(IBatchStore store) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            try
            {
                var probe = await store.ProbeAsync(timeout.Token);
                var data = new Dictionary<string, object> { ["store"] = probe.Kind, ["schemaVersion"] = probe.SchemaVersion };
                return probe.IsCurrent
                    ? HealthCheckResult.Healthy($"{probe.Kind} batch store, schema version {probe.SchemaVersion}", data)
                    : HealthCheckResult.Unhealthy($"{probe.Kind} batch store has schema version {probe.SchemaVersion}; this server writes {probe.ExpectedSchemaVersion}", data: data);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return HealthCheckResult.Unhealthy($"the batch store cannot be reached ({e.GetType().Name})");
            }
        }
    }
}
