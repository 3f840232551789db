using System.Text.Json;
using ClauseLens.Analysis;
using ClauseLens.Analysis.Classification;
using ClauseLens.Analysis.Context;
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
        IReadOnlyList<ContractFile> files, string? playbookId, AnalysisOptions deal, IAnsiConsole ui, CancellationToken cancellationToken)
    {
        Playbook? playbook = null;
        if (playbookId is not null && BuiltInPlaybooks.All.GetValueOrDefault(playbookId) is not { } named)
        {
            return (null, $"there is no built-in playbook '{playbookId}'. Known: {string.Join(", ", BuiltInPlaybooks.All.Keys.Order())}.");
        }
        else if (playbookId is not null)
        {
            playbook = BuiltInPlaybooks.All[playbookId];
        }

        if (deal.Side is { } side && !AllowedSides(playbook, deal.ContractType).Contains(side, StringComparer.Ordinal))
        {
            return (null, $"'{side}' is not a side here. Allowed: {string.Join(", ", AllowedSides(playbook, deal.ContractType))}.");
        }

        if (!File.Exists(ModelClauseClassifier.DefaultPath))
        {
            return (null, $"the clause classifier was not found at '{ModelClauseClassifier.DefaultPath}'; rebuild clauselens or use --server.");
        }

        var analyzer = ContractAnalyzer.WithShippedModel();
        var ingestor = new ContractIngestor();
        var rows = new DocumentReport[files.Count];
        var analyses = new string?[files.Count];
        await ui.Progress().AutoClear(false).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask($"Analysing {CheckTable.Documents(files.Count)}", maxValue: files.Count);
                await Parallel.ForEachAsync(Enumerable.Range(0, files.Count),
                    new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
                    (i, _) =>
                    {
                        (rows[i], analyses[i]) = Analyse(i, files[i], analyzer, ingestor, playbook, deal);
                        task.Increment(1);
                        return ValueTask.CompletedTask;
                    });
            });

        return (new CheckResults(new BatchReport($"local-{DateTimeOffset.UtcNow:yyyyMMddHHmmss}", DateTimeOffset.UtcNow, playbook?.Id ?? ByContractType, rows)
        {
            // --lang ja: the report's headings in Japanese, as the findings' texts are.
            Language = deal.Language,
        }, analyses), null);
    }

    /// <summary>The report's playbook when each document got the playbook for its type.</summary>
    public const string ByContractType = "by contract type";

    private static IReadOnlyList<string> AllowedSides(Playbook? named, string? contractType)
    {
        var playbooks = named is not null ? [named]
            : contractType is not null ? [PlaybookSelection.For(new ContractTypeResult(contractType, ContractTypeSources.Given, 1)).Playbook]
            : BuiltInPlaybooks.All.Values.ToList();
        return [.. playbooks.SelectMany(p => p.Roles).Select(r => r.Id).Distinct(StringComparer.Ordinal)];
    }

    private static (DocumentReport, string?) Analyse(int index, ContractFile file, ContractAnalyzer analyzer, ContractIngestor ingestor, Playbook? playbook, AnalysisOptions deal)
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
            var result = analyzer.Analyze(document, playbook, deal);
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
