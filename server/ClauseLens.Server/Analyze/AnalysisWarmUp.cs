using System.Diagnostics;
using System.Text.Json;
using ClauseLens.Analysis;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ClauseLens.Server.Analyze;

/// <summary>How many times the server analyses its built-in sample before it reports ready.</summary>
public sealed class WarmUpOptions
{
    /// <summary>
    /// Analyses of the sample at start-up (text, paragraphs, HTML, a ten-page text and .docx in turn, against each
    /// built-in playbook, each result serialised as the API does). Enough for the JIT to compile the hot
    /// paths beyond their first, unoptimised form; 0 turns the warm-up off.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(0, 1000)]
    public int Iterations { get; set; } = 40;
}

/// <summary>
/// Runs the model and the whole pipeline on <see cref="WarmUpSample"/> after start-up, so the first
/// user's analysis is not the one that pays for loading code, the JIT's first compilation and the
/// model's first use. <c>/health/ready</c> answers 503 ("warming up") until it has finished.
/// </summary>
public sealed class AnalysisWarmUp(
    ContractIngestor ingestor,
    ContractAnalyzer analyzer,
    IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json,
    IOptions<WarmUpOptions> options,
    ILogger<AnalysisWarmUp> logger) : BackgroundService
{
    private readonly TaskCompletionSource<TimeSpan> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the warm-up's duration when it has finished (failed when it failed).</summary>
    public Task<TimeSpan> Done => _done.Task;

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        // Off the start-up path: the server listens (and answers /health/live) while this runs.
        Task.Run(() => Run(stoppingToken), CancellationToken.None);

    private void Run(CancellationToken stoppingToken)
    {
        var clock = Stopwatch.StartNew();
        var iterations = options.Value.Iterations;
        try
        {
            var paragraphs = WarmUpSample.Text.Split('\n');
            var html = "<h1>" + paragraphs[0] + "</h1><p>" + string.Join("</p><p>", paragraphs.Skip(1)) + "</p>";
            var docx = Docx(paragraphs);
            var playbooks = BuiltInPlaybooks.All.Values.ToList();
            var longer = WarmUpSample.FromPlaybooks(playbooks);
            for (var i = 0; i < iterations && !stoppingToken.IsCancellationRequested; i++)
            {
                var document = (i % 5) switch
                {
                    0 => ingestor.FromText(WarmUpSample.Text),
                    1 => ingestor.FromParagraphs(paragraphs),
                    2 => ingestor.FromHtml(html),
                    3 => ingestor.FromText(longer),
                    _ => ingestor.Read(new MemoryStream(docx, writable: false), ContractFormat.Docx),
                };
                var result = analyzer.Analyze(document, playbooks[i % playbooks.Count]);
                JsonSerializer.SerializeToUtf8Bytes(result, json.Value.SerializerOptions);
            }

            logger.LogInformation("Warm-up: {Iterations} analyses of the built-in sample in {ElapsedMs} ms; ready", iterations, clock.ElapsedMilliseconds);
            _done.TrySetResult(clock.Elapsed);
        }
        catch (Exception e)
        {
            // Type only, as everywhere in the analysis path; the sample is ours, but the habit holds.
            logger.LogError("Warm-up failed with {ExceptionType}; the server will not report ready", e.GetType().FullName);
            _done.TrySetException(e);
        }
    }

    private static byte[] Docx(IEnumerable<string> paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(paragraphs.Select(text =>
                new W.Paragraph(new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve })))));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>Ready once the warm-up has finished; names how long it took.</summary>
    internal sealed class HealthCheck(AnalysisWarmUp warmUp) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(warmUp.Done.Status switch
            {
                TaskStatus.RanToCompletion => HealthCheckResult.Healthy($"warmed up in {warmUp.Done.Result.TotalMilliseconds:F0} ms"),
                TaskStatus.Faulted => HealthCheckResult.Unhealthy($"the warm-up failed ({warmUp.Done.Exception?.InnerException?.GetType().Name})"),
                _ => HealthCheckResult.Unhealthy("warming up"),
            });
    }
}
