using System.Diagnostics;
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
/// Analyses queued documents with bounded parallelism: each of N loops claims one document with a
/// lease, reads and analyses it, and writes its result (or failure) only while it still holds the
/// claim. A document that fails fails alone; the loop goes on.
/// </summary>
public sealed class BatchWorker(
    IBatchStore store,
    IBatchAnalysis analysis,
    ContractIngestor ingestor,
    BatchQueueSignal signal,
    IOptions<BatchesOptions> options,
    ILogger<BatchWorker> logger) : BackgroundService
{
    private readonly string _worker = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var parallelism = options.Value.EffectiveParallelism;
        logger.LogInformation("Batch worker {Worker} started with {Parallelism} parallel analyses", _worker, parallelism);
        await Task.WhenAll(Enumerable.Range(0, parallelism).Select(_ => Task.Run(() => LoopAsync(stoppingToken), stoppingToken)));
    }

    private async Task LoopAsync(CancellationToken stoppingToken)
    {
        var lease = TimeSpan.FromSeconds(options.Value.LeaseSeconds);
        var idle = TimeSpan.FromMilliseconds(options.Value.PollMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await store.ClaimAsync(_worker, lease, stoppingToken) is { } document)
                {
                    await ProcessAsync(document, lease, stoppingToken);
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
                logger.LogError("Batch worker loop failed with {ExceptionType}; retrying", e.GetType().FullName);
                await Task.Delay(idle, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task ProcessAsync(ClaimedDocument document, TimeSpan lease, CancellationToken stoppingToken)
    {
        var clock = Stopwatch.StartNew();
        using var renewal = new CancellationTokenSource();
        var renewing = RenewWhileAnalysingAsync(document.Key, lease, renewal.Token);
        (DocumentReport? Report, string? AnalysisJson, string? Failure) outcome;
        try
        {
            outcome = await AnalyseAsync(document, stoppingToken);
        }
        finally
        {
            // Also when the server stops mid-analysis: the lease then runs out and another worker takes the document.
            await renewal.CancelAsync();
            await renewing;
        }

        var (report, analysisJson, failure) = outcome;

        var written = failure is null
            ? await store.CompleteAsync(document.Key, _worker, new StoredResult(report!, analysisJson), stoppingToken)
            : await store.FailAsync(document.Key, _worker, failure, stoppingToken);
        logger.LogInformation(
            "Batch document {Index} {Outcome} in {ElapsedMs} ms (attempt {Attempt}){Lost}",
            document.Key.Index, failure is null ? "done" : "failed", clock.ElapsedMilliseconds, document.Attempt,
            written ? "" : "; the claim was lost or the batch deleted, so nothing was written");
    }

    // The analysis is CPU work on this thread; the lease is kept alive beside it so a long document
    // is not taken over by another worker while this one is still on it.
    private async Task RenewWhileAnalysingAsync(DocumentKey key, TimeSpan lease, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(lease / 3, cancellationToken);
                await store.RenewAsync(key, _worker, lease, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task<(DocumentReport? Report, string? AnalysisJson, string? Failure)> AnalyseAsync(ClaimedDocument document, CancellationToken stoppingToken)
    {
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

        try
        {
            var result = await analysis.AnalyzeAsync(contract, document.Key.BatchId, document.PlaybookId, stoppingToken);
            return (DocumentReport.Analysed(document.Key.Index, document.Name, result, contract),
                JsonSerializer.Serialize(result, BatchReport.Json), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException && !stoppingToken.IsCancellationRequested)
        {
            // Type only: messages from deep inside the analysis could quote the contract.
            logger.LogError("Analysis of batch document {Index} failed with {ExceptionType}", document.Key.Index, e.GetType().FullName);
            return (null, null, $"The analysis failed ({e.GetType().Name}).");
        }
    }
}
