using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using System.Text.Json;
using ClauseLens.Analysis;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Reports;
using Microsoft.Extensions.Options;

namespace ClauseLens.Server.Batches;

/// <summary>Wakes idle workers when a batch is queued on this server (other instances find it by polling).</summary>
public sealed class BatchQueueSignal
{
    private readonly SemaphoreSlim _work = new(0);

    /// <summary>Tells up to <paramref name="documents"/> idle workers there is work.</summary>
    public void Notify(int documents) => _work.Release(Math.Clamp(documents, 1, 64));

    /// <summary>Waits for work or for <paramref name="timeout"/>, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _work.WaitAsync(timeout, cancellationToken);
}

/// <summary>
/// Analyses queued documents with bounded parallelism, as a pipeline so the analysing threads never
/// wait for the database: one loop claims documents (each with a lease) a few ahead of need, N loops
/// analyse them (N = the degree of parallelism, one per core by default), and one loop writes each
/// result (or failure) only while this worker still holds the claim. One more loop keeps the leases
/// of every document held here alive until its result is written. A document that fails fails alone.
/// </summary>
public sealed class BatchWorker(
    IBatchStore store,
    IBatchAnalysis analysis,
    ContractIngestor ingestor,
    BatchQueueSignal signal,
    BatchMetrics metrics,
    IOptions<BatchesOptions> options,
    ILogger<BatchWorker> logger) : BackgroundService
{
    private readonly string _worker = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    // Claimed and not yet written: the documents whose leases this worker renews.
    private readonly ConcurrentDictionary<DocumentKey, byte> _held = new();

    private sealed record Outcome(ClaimedDocument Document, DocumentReport? Report, string? AnalysisJson, string? Failure, Stopwatch Clock);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var parallelism = options.Value.EffectiveParallelism;
        var lease = TimeSpan.FromSeconds(options.Value.LeaseSeconds);
        logger.LogInformation("Batch worker {Worker} started with {Parallelism} parallel analyses", _worker, parallelism);

        // Bounded: at most N documents wait claimed beside the N being analysed, and a few results per
        // analyser wait to be written, enough to ride out a WAL checkpoint; a disk slower than that
        // holds the analysers back rather than filling memory.
        var claimed = Channel.CreateBounded<ClaimedDocument>(new BoundedChannelOptions(parallelism) { SingleWriter = true });
        var finished = Channel.CreateBounded<Outcome>(new BoundedChannelOptions(4 * parallelism) { SingleReader = true });
        using var renewal = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var renewing = RenewLeasesAsync(lease, renewal.Token);
        var writing = Task.Run(() => WriteAsync(finished.Reader), CancellationToken.None);
        // Threads of their own: the analysis is CPU work, and on the thread pool it would hold back the
        // claims, writes and HTTP requests that keep it fed (the pool starts with one thread per core).
        var analysing = Enumerable.Range(0, parallelism)
            .Select(_ => Task.Factory.StartNew(() => AnalyseAll(claimed.Reader, finished.Writer, stoppingToken),
                CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();

        await ClaimAsync(claimed.Writer, lease, stoppingToken);

        // Stopping: the analyses under way finish and their results are still written; documents
        // claimed but not started go back to the queue when their leases run out.
        claimed.Writer.Complete();
        await Task.WhenAll(analysing);
        finished.Writer.Complete();
        await writing;
        await renewal.CancelAsync();
        await renewing;
    }

    private async Task ClaimAsync(ChannelWriter<ClaimedDocument> claimed, TimeSpan lease, CancellationToken stoppingToken)
    {
        var idle = TimeSpan.FromMilliseconds(options.Value.PollMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Claim only when there is room, so a claim's lease is not spent waiting.
                if (!await claimed.WaitToWriteAsync(stoppingToken))
                {
                    return;
                }

                if (await store.ClaimAsync(_worker, lease, stoppingToken) is { } document)
                {
                    _held[document.Key] = 0;
                    metrics.Claimed();
                    await claimed.WriteAsync(document, stoppingToken);
                }
                else
                {
                    await signal.WaitAsync(idle, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The store itself failed (disk full, locked file): wait and try again rather than end the loop.
                logger.LogError("Batch worker claim failed with {ExceptionType}; retrying", e.GetType().FullName);
                await Task.Delay(idle, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    // Runs on a dedicated thread, so it blocks while waiting rather than awaiting (which would move it
    // onto the thread pool).
    private void AnalyseAll(ChannelReader<ClaimedDocument> claimed, ChannelWriter<Outcome> finished, CancellationToken stoppingToken)
    {
        try
        {
            while (claimed.WaitToReadAsync(stoppingToken).AsTask().GetAwaiter().GetResult())
            {
                while (claimed.TryRead(out var document))
                {
                    if (!_held.ContainsKey(document.Key))
                    {
                        continue; // the claim was lost while it waited (lease taken over, batch deleted)
                    }

                    var clock = Stopwatch.StartNew();
                    var (report, analysisJson, failure) = AnalyseGuarded(document);
                    var outcome = new Outcome(document, report, analysisJson, failure, clock);
                    if (!finished.TryWrite(outcome))
                    {
                        finished.WriteAsync(outcome, CancellationToken.None).AsTask().GetAwaiter().GetResult();
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task WriteAsync(ChannelReader<Outcome> finished)
    {
        // Not cancelled by stopping: results already computed are worth writing on the way out.
        await foreach (var outcome in finished.ReadAllAsync())
        {
            var key = outcome.Document.Key;
            try
            {
                var written = outcome.Failure is null
                    ? await store.CompleteAsync(key, _worker, new StoredResult(outcome.Report!, outcome.AnalysisJson), CancellationToken.None)
                    : await store.FailAsync(key, _worker, outcome.Failure, CancellationToken.None);
                if (!written)
                {
                    metrics.LeaseLost("write");
                }

                logger.LogInformation(
                    "Batch document {Index} {Outcome} in {ElapsedMs} ms (attempt {Attempt}){Lost}",
                    key.Index, outcome.Failure is null ? "done" : "failed", outcome.Clock.ElapsedMilliseconds, outcome.Document.Attempt,
                    written ? "" : "; the claim was lost or the batch deleted, so nothing was written");
            }
            catch (Exception e)
            {
                // The document keeps its claim until the lease runs out, then is analysed again.
                logger.LogError("Writing batch document {Index} failed with {ExceptionType}", key.Index, e.GetType().FullName);
            }
            finally
            {
                _held.TryRemove(key, out _);
            }
        }
    }

    // The analysis is CPU work; the leases are kept alive beside it so a long document (or one waiting
    // its turn) is not taken over by another worker while this one still has it.
    private async Task RenewLeasesAsync(TimeSpan lease, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(lease / 3);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                foreach (var key in _held.Keys)
                {
                    try
                    {
                        if (!await store.RenewAsync(key, _worker, lease, cancellationToken) && _held.TryRemove(key, out _))
                        {
                            metrics.LeaseLost("renewal");
                        }
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        logger.LogError("Renewing the lease on batch document {Index} failed with {ExceptionType}", key.Index, e.GetType().FullName);
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    // Whatever one document does to its analyser (an OutOfMemoryException on a hostile file, a bug),
    // it fails alone: the document is marked failed and this thread goes on to the next one.
    private (DocumentReport? Report, string? AnalysisJson, string? Failure) AnalyseGuarded(ClaimedDocument document)
    {
        try
        {
            return Analyse(document);
        }
        catch (Exception e)
        {
            // Type and place only: messages from deep inside the analysis could quote the contract.
            logger.LogError("Analysis of batch document {Index} failed with {ExceptionType} at {Origin}",
                document.Key.Index, e.GetType().FullName, Hosting.ExceptionOrigin.Of(e));
            return (null, null, e switch
            {
                OutOfMemoryException => "The document needed more memory than the server could give it.",
                Analyze.AnalysisTooComplexException => e.Message,
                _ => $"The analysis failed ({e.GetType().Name}).",
            });
        }
    }

    private (DocumentReport? Report, string? AnalysisJson, string? Failure) Analyse(ClaimedDocument document)
    {
        // Ids and counts only: the file name is the user's and may say what the contract is.
        using var activity = BatchMetrics.Source.StartActivity("clauselens.batch.document");
        activity?.SetTag("clauselens.batch.id", document.Key.BatchId);
        activity?.SetTag("clauselens.batch.index", document.Key.Index);
        activity?.SetTag("clauselens.batch.attempt", document.Attempt);
        if (ContractIngestor.FormatOf("x" + document.Extension) is not { } format)
        {
            return (null, null, $"Files of type '{document.Extension}' cannot be analysed. Supported types: {string.Join(", ", ContractIngestor.SupportedExtensions)}.");
        }

        ContractDocument contract;
        try
        {
            contract = ingestor.Read(new MemoryStream(document.Content, writable: false), format);
        }
        catch (IngestException e)
        {
            return (null, null, e.Message);
        }

        if (contract.IsBlank)
        {
            return (null, null, "The document has no text to analyse.");
        }

        // A dedicated analyser thread: blocking here keeps the CPU work off the thread pool.
        var result = analysis.AnalyzeAsync(contract, document.Key.BatchId, document.PlaybookId, document.Options ?? Analysis.Context.AnalysisOptions.None, CancellationToken.None).GetAwaiter().GetResult();
        return (DocumentReport.Analysed(document.Key.Index, document.Name, result, contract),
            JsonSerializer.Serialize(result, BatchReport.Json), null);
    }
}
