using System.Text.Json;
using ClauseLens.Analysis;
using ClauseLens.Analysis.Classification;
using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Reports;
using ClauseLens.Analysis.Segmentation;
using Spectre.Console;

namespace ClauseLens.Cli;

/// <summary>What a check produced: the table rows and each document's full analysis as JSON.</summary>
internal sealed record CheckResults(BatchReport Report, IReadOnlyList<string?> Analyses, byte[]? Json = null);

/// <summary>
/// <c>clauselens check</c> without a server: the same core as the server (ingest, segmentation, the
/// shipped model next to this program, the playbook), one document per processor at a time.
/// </summary>
internal static class LocalChecker
{
    public static async Task<(CheckResults? Results, string? Error)> RunAsync(
        IReadOnlyList<ContractFile> files, string? playbookId, IAnsiConsole ui, CancellationToken cancellationToken)
    {
        var id = playbookId ?? BuiltInPlaybooks.DefaultId;
        if (BuiltInPlaybooks.All.GetValueOrDefault(id) is not { } playbook)
        {
            return (null, $"there is no built-in playbook '{id}'. Known: {string.Join(", ", BuiltInPlaybooks.All.Keys.Order())}.");
        }

        if (!File.Exists(ModelClauseClassifier.DefaultPath))
        {
            return (null, $"the clause classifier was not found at '{ModelClauseClassifier.DefaultPath}'; rebuild clauselens or use --server.");
        }

        var analyzer = new ContractAnalyzer(ModelClauseClassifier.Load(ModelClauseClassifier.DefaultPath), new ClauseSegmenter(), new FactExtractor(), new PlaybookEvaluator());
        var ingestor = new ContractIngestor();
        var rows = new DocumentReport[files.Count];
        var analyses = new string?[files.Count];
        await ui.Progress().AutoClear(false).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask($"Analysing {files.Count} documents", maxValue: files.Count);
                await Parallel.ForEachAsync(Enumerable.Range(0, files.Count),
                    new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
                    (i, _) =>
                    {
                        (rows[i], analyses[i]) = Analyse(i, files[i], analyzer, ingestor, playbook);
                        task.Increment(1);
                        return ValueTask.CompletedTask;
                    });
            });

        return (new CheckResults(new BatchReport($"local-{DateTimeOffset.UtcNow:yyyyMMddHHmmss}", DateTimeOffset.UtcNow, playbook.Id, rows), analyses), null);
    }

    private static (DocumentReport, string?) Analyse(int index, ContractFile file, ContractAnalyzer analyzer, ContractIngestor ingestor, Playbook playbook)
    {
        if (ContractIngestor.FormatOf(file.Path) is not { } format)
        {
            return (Failed(index, file, $"Files of type '{Path.GetExtension(file.Path)}' cannot be analysed."), null);
        }

        ContractDocument document;
        try
        {
            using var stream = File.OpenRead(file.Path);
            document = ingestor.Read(stream, format);
        }
        catch (IngestException e)
        {
            return (Failed(index, file, e.Message), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (Failed(index, file, $"The file could not be read from disk ({e.GetType().Name})."), null);
        }

        if (document.IsBlank)
        {
            return (Failed(index, file, "The document has no text to analyse."), null);
        }

        try
        {
            var result = analyzer.Analyze(document, playbook);
            return (DocumentReport.Analysed(index, file.Name, result, document), JsonSerializer.Serialize(result, BatchReport.Json));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Type only: a message from inside the analysis could quote the contract.
            return (Failed(index, file, $"The analysis failed ({e.GetType().Name})."), null);
        }
    }

    private static DocumentReport Failed(int index, ContractFile file, string reason) =>
        DocumentReport.Pending(index, file.Name, DocumentStatus.Failed, reason);
}
