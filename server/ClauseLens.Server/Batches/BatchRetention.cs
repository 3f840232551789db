using Microsoft.Extensions.Options;

namespace ClauseLens.Server.Batches;

/// <summary>
/// Deletes batches older than <see cref="BatchesOptions.RetentionDays"/> (counted from their creation),
/// with their files and results: once at start-up, then every hour. Off when the setting is 0.
/// </summary>
public sealed class BatchRetention(IBatchStore store, TimeProvider clock, IOptions<BatchesOptions> options, ILogger<BatchRetention> logger) : BackgroundService
{
    /// <summary>How often the purge runs.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var days = options.Value.RetentionDays;
        if (days == 0)
        {
            logger.LogInformation("Batches are kept until deleted (ClauseLens:Batches:RetentionDays is 0)");
            return;
        }

        var retention = TimeSpan.FromDays(days);
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            do
            {
                await PurgeAsync(retention, stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task PurgeAsync(TimeSpan retention, CancellationToken stoppingToken)
    {
        var cutoff = clock.GetUtcNow() - retention;
        try
        {
            var purged = await store.PurgeAsync(cutoff, stoppingToken);
            if (purged > 0)
            {
                logger.LogInformation("Purged {BatchCount} batches created before {Cutoff:O} ({RetentionDays} days retention)", purged, cutoff, retention.TotalDays);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The next run tries again; a store that keeps failing shows in the worker's logs too.
            logger.LogError("Purging old batches failed with {ExceptionType}", e.GetType().FullName);
        }
    }
}
