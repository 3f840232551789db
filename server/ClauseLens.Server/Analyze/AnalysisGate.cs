using ClauseLens.Server.Hosting;
using Microsoft.Extensions.Options;

namespace ClauseLens.Server.Analyze;

/// <summary>The server has as many analyses waiting as it takes: try again after <see cref="RetryAfterSeconds"/>.</summary>
public sealed class ServerBusyException(int retryAfterSeconds)
    : Exception("Every analysis slot is taken and the queue is full.")
{
    /// <summary>What the 503 answer's Retry-After says.</summary>
    public int RetryAfterSeconds { get; } = retryAfterSeconds;
}

/// <summary>An analysis ran past its time budget, or a pattern past its match timeout (422).</summary>
public sealed class AnalysisTooComplexException(string detail, Exception? inner = null) : Exception(detail, inner);

/// <summary>
/// Bounds the CPU work requests may start: at most <see cref="LimitsOptions.EffectiveConcurrentAnalyses"/>
/// run at once, each on a thread of its own (not the thread pool, so health checks and I/O keep
/// their threads however slow the analyses are); up to <see cref="LimitsOptions.MaxQueuedAnalyses"/>
/// more wait, in order, for at most <see cref="LimitsOptions.QueueSeconds"/>; beyond that a request is
/// refused with 503 and Retry-After. A waiting request whose client goes away leaves the queue.
/// </summary>
public sealed class AnalysisGate
{
    private readonly SemaphoreSlim _slots;
    private readonly int _capacity;
    private readonly TimeSpan _wait;
    private int _inside;

    /// <summary>A gate sized by <c>ClauseLens:Limits</c>.</summary>
    public AnalysisGate(IOptions<LimitsOptions> options)
    {
        var limits = options.Value;
        var concurrent = limits.EffectiveConcurrentAnalyses;
        _slots = new SemaphoreSlim(concurrent, concurrent);
        _capacity = concurrent + limits.MaxQueuedAnalyses;
        _wait = TimeSpan.FromSeconds(limits.QueueSeconds);
    }

    /// <summary>Runs <paramref name="work"/> when a slot is free, on a dedicated thread.</summary>
    /// <exception cref="ServerBusyException">The queue is full, or no slot came free in time.</exception>
    public async Task<T> RunAsync<T>(Func<T> work, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _inside) > _capacity)
        {
            Interlocked.Decrement(ref _inside);
            throw new ServerBusyException(RetryAfterSeconds());
        }

        try
        {
            if (!await _slots.WaitAsync(_wait, cancellationToken))
            {
                throw new ServerBusyException(RetryAfterSeconds());
            }

            try
            {
                return await Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            }
            finally
            {
                _slots.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _inside);
        }
    }

    // Roughly how long the queue ahead takes to drain: a second per analysis waiting per slot, at least one.
    private int RetryAfterSeconds() => Math.Clamp(Volatile.Read(ref _inside) / Math.Max(1, _slots.CurrentCount + 1), 1, 60);
}
