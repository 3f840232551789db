using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ClauseLens.Server.Batches;

/// <summary>
/// The batch worker's metrics (meter <see cref="MeterName"/>): documents claimed, claims lost (a lease
/// that could not be renewed, a result refused because another worker took the document over) and the
/// queue depth across every server, read from the store only when a collector asks and at most every
/// few seconds. Spans of <see cref="Source"/> wrap each batch document's analysis.
/// </summary>
public sealed class BatchMetrics
{
    /// <summary>The meter's and the activity source's name.</summary>
    public const string MeterName = "ClauseLens.Server.Batches";

    /// <summary>Spans: <c>clauselens.batch.document</c> per document analysed by this server.</summary>
    public static ActivitySource Source { get; } = new(MeterName);

    private static readonly TimeSpan DepthMaxAge = TimeSpan.FromSeconds(5);

    private readonly IBatchStore _store;
    private readonly TimeProvider _clock;
    private readonly ILogger<BatchMetrics> _logger;
    private readonly Counter<long> _claims;
    private readonly Counter<long> _leaseLosses;
    private long _depth = -1;
    private long _depthReadAt;
    private int _reading;

    /// <summary>Creates the instruments on the host's meter factory.</summary>
    public BatchMetrics(IMeterFactory meters, IBatchStore store, TimeProvider clock, ILogger<BatchMetrics> logger)
    {
        _store = store;
        _clock = clock;
        _logger = logger;
        var meter = meters.Create(MeterName);
        _claims = meter.CreateCounter<long>("clauselens.batch.claims", "{document}", "Documents this server claimed for analysis.");
        _leaseLosses = meter.CreateCounter<long>("clauselens.batch.lease_losses", "{document}",
            "Claims this server lost before writing a result (clauselens.when: renewal or write).");
        meter.CreateObservableGauge("clauselens.batch.queue_depth", ObserveDepth, "{document}",
            "Documents waiting to be claimed, across every batch and every server sharing the store.");
    }

    /// <summary>A document was claimed.</summary>
    public void Claimed() => _claims.Add(1);

    /// <summary>A claim was lost: at a lease renewal, or when the result was to be written.</summary>
    public void LeaseLost(string when) => _leaseLosses.Add(1, new KeyValuePair<string, object?>("clauselens.when", when));

    // Gauges are read synchronously by the collector: answer the last reading and refresh it in the
    // background when it is stale, so a slow database never holds up a metrics export.
    private IEnumerable<Measurement<long>> ObserveDepth()
    {
        var now = _clock.GetTimestamp();
        var stale = Interlocked.Read(ref _depth) < 0 || _clock.GetElapsedTime(Interlocked.Read(ref _depthReadAt), now) > DepthMaxAge;
        if (stale && Interlocked.Exchange(ref _reading, 1) == 0)
        {
            _ = RefreshDepthAsync();
        }

        var depth = Interlocked.Read(ref _depth);
        return depth < 0 ? [] : [new Measurement<long>(depth)];
    }

    /// <summary>Reads the queue depth now (the gauge's background refresh; also for tests).</summary>
    public async Task RefreshDepthAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            Interlocked.Exchange(ref _depth, await _store.CountQueuedAsync(timeout.Token));
            Interlocked.Exchange(ref _depthReadAt, _clock.GetTimestamp());
        }
        catch (Exception e)
        {
            _logger.LogWarning("Reading the batch queue depth failed with {ExceptionType}", e.GetType().FullName);
        }
        finally
        {
            Interlocked.Exchange(ref _reading, 0);
        }
    }
}
