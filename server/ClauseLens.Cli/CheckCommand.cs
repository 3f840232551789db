using System.Text;
using ClauseLens.Analysis.Context;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Reports;
using Spectre.Console;

namespace ClauseLens.Cli;

/// <summary><c>clauselens check</c>: a batch of contracts in, a results table (or CSV, JSON, HTML) out.</summary>
internal static class CheckCommand
{
    public static async Task<int> RunAsync(string[] args, CliIo io, Func<HttpMessageHandler>? serverHandler = null, ServerClientTuning? tuning = null)
    {
        if (args.Any(a => a is "--help" or "-h"))
        {
            io.Ui.WriteLine(CheckOptions.Help);
            return ExitCodes.Clean;
        }

        var (options, usage) = CheckOptions.Parse(args);
        if (options is null)
        {
            io.Ui.WriteLine(CheckOptions.Help);
            return io.Fail(usage!);
        }

        var (files, missing) = ContractFiles.Find(options.Paths);
        if (missing is not null)
        {
            return io.Fail(missing);
        }

        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; cancel.Cancel(); };
        Console.CancelKeyPress += onCancel;
        try
        {
            var (results, error) = await CheckAsync(options, files, io, serverHandler, tuning ?? ServerClientTuning.Default, cancel.Token);
            if (results is null)
            {
                return io.Fail(error!);
            }

            return await WriteAsync(options, results, io);
        }
        catch (HttpRequestException e)
        {
            return io.Fail($"could not reach the server at {options.Server} ({e.HttpRequestError}).");
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException or Polly.CircuitBreaker.BrokenCircuitException)
        {
            return io.Fail($"the check was stopped ({e.GetType().Name}).");
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static async Task<(CheckResults?, string?)> CheckAsync(
        CheckOptions options, IReadOnlyList<ContractFile> files, CliIo io, Func<HttpMessageHandler>? handler, ServerClientTuning tuning, CancellationToken cancellationToken)
    {
        if (options.Server is null)
        {
            return await LocalChecker.RunAsync(files, options.Playbook, new AnalysisOptions(options.ContractType, options.Side, options.Language), io.Ui, cancellationToken);
        }

        await using var services = ServerChecker.Services(options.Server, options.Token, tuning, handler);
        var http = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<IHttpClientFactory>(services).CreateClient(ServerChecker.ClientName);
        return await new ServerChecker(http, io.Ui, tuning).RunAsync(
            files, options.Playbook, new AnalysisOptions(options.ContractType, options.Side, options.Language), options.KeepOnServer, cancellationToken);
    }

    private static async Task<int> WriteAsync(CheckOptions options, CheckResults results, CliIo io)
    {
        var report = results.Report;
        string? text = options.Format switch
        {
            OutputFormat.Csv => BatchCsv.Write(report),
            OutputFormat.Html => BatchHtml.Render(report),
            OutputFormat.Json => Encoding.UTF8.GetString(results.Json ?? BatchJson.Write(report, results.Analyses)),
            _ => null,
        };

        if (text is null)
        {
            var target = options.Output is null ? io.Results : new StringWriter();
            ConsoleOver(target).Write(Summary(report));
            text = options.Output is null ? null : target.ToString();
        }
        else
        {
            io.Ui.Write(Summary(report));
        }

        if (text is not null)
        {
            if (options.Output is null)
            {
                // The byte-order mark is for Excel opening a file; a terminal or a pipe wants none.
                await io.Results.WriteAsync(text.TrimStart('\uFEFF'));
            }
            else
            {
                try
                {
                    await File.WriteAllTextAsync(options.Output, text);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return io.Fail($"could not write '{options.Output}' ({e.GetType().Name}).");
                }
            }
        }

        var failed = report.Documents.Count(d => d.Status != DocumentStatus.Done);
        var high = report.Documents.Count(d => d.HasHighSeverity);
        var drafting = report.Documents.Sum(d => d.DraftingCount);
        io.Ui.MarkupLine($"{report.Documents.Count - failed} of {report.Documents.Count} documents analysed; {failed} failed; {high} with a high-severity finding; {drafting} drafting findings.");
        return failed > 0 ? ExitCodes.UsageOrIo : high > 0 ? ExitCodes.HighSeverity : ExitCodes.Clean;
    }

    private static Table Summary(BatchReport report)
    {
        var table = new Table().Title($"ClauseLens: {report.Documents.Count} documents, playbook {Markup.Escape(report.PlaybookId ?? LocalChecker.ByContractType)}")
            .AddColumns("Document", "Status", "IP", "Confid.", "Non-compete", "Gov. law", "High", "Medium", "Low", "Drafting", "Worst finding");
        foreach (var d in report.Documents)
        {
            var done = d.Status == DocumentStatus.Done;
            var worst = d.Worst;
            table.AddRow(
            [
                Markup.Escape(d.Name),
                done ? "[green]done[/]" : $"[red]{Markup.Escape(BatchReport.Name(d.Status))}[/]: {Markup.Escape(d.Reason ?? "")}",
                .. DocumentReport.CoreLabels.Select(l => !done ? "" : d.Has(l) ? "✓" : "[yellow]✗ missing[/]"),
                done ? d.Count(Severity.High).ToString() : "",
                done ? d.Count(Severity.Medium).ToString() : "",
                done ? d.Count(Severity.Low).ToString() : "",
                done ? d.DraftingCount.ToString(System.Globalization.CultureInfo.InvariantCulture) : "",
                worst is null ? "" : $"{(worst.Severity == Severity.High ? "[red]HIGH[/]" : BatchReport.Name(worst.Severity))} {Markup.Escape(worst.Title)}",
            ]);
        }

        return table;
    }

    // Colour only on a terminal; a file or a pipe gets plain text.
    private static IAnsiConsole ConsoleOver(TextWriter writer)
    {
        var terminal = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!terminal)
        {
            console.Profile.Width = 240; // no terminal to fit: keep rows on one line for readers and diff tools
        }

        return console;
    }
}
