using ClauseLens.Analysis.Ingest;
using ClauseLens.Server.Hosting;
using ClauseLens.Server.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ClauseLens.Server.Batches;

/// <summary>
/// DI for batch checking: the worker, the retention purge, the batch page and the store's health check.
/// The job store itself is registered with the rest of storage (<see cref="StorageExtensions.AddClauseLensStorage"/>).
/// </summary>
public static class BatchesExtensions
{
    /// <summary>The connection string name (<c>ConnectionStrings:ClauseLens</c>).</summary>
    public const string ConnectionName = StorageExtensions.ConnectionName;

    /// <summary>Registers storage (schema migrated at start-up), the background worker and the analysis seam.</summary>
    public static IHostApplicationBuilder AddBatches(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BatchesOptions>().BindConfiguration("ClauseLens:Batches").ValidateDataAnnotations().ValidateOnStart();
        // The store and its start-up migration (registered before the worker below, so it runs first).
        builder.AddClauseLensStorage();
        builder.Services.AddHealthChecks().AddCheck<BatchStoreHealthCheck>("batch-store", tags: [HostingExtensions.ReadyTag]);
        builder.Services.AddSingleton<IBatchAnalysis, ReviewBatchAnalysis>();
        builder.Services.AddSingleton<BatchQueueSignal>();
        builder.Services.AddSingleton<BatchMetrics>();
        builder.Services.AddHostedService<BatchWorker>();
        builder.Services.AddHostedService<BatchRetention>();
        return builder;
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
