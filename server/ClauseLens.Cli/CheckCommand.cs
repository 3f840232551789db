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
            WriteTable(ConsoleOver(target), report, options.Wide);
            text = options.Output is null ? null : target.ToString();
        }
        else
        {
            WriteTable(io.Ui, report, options.Wide);
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

                // The reader asked for a file: say where it went, so it can be opened without guessing.
                io.Ui.MarkupLine($"wrote report to {Markup.Escape(Path.GetFullPath(options.Output))}");
            }
        }

        var failed = report.Documents.Count(d => d.Status != DocumentStatus.Done);
        var high = report.Documents.Count(d => d.HasHighSeverity);
        var drafting = report.Documents.Sum(d => d.DraftingCount);
        io.Ui.MarkupLine($"{report.Documents.Count - failed} of {report.Documents.Count} documents analysed; {failed} failed; {high} with a high-severity finding; {drafting} drafting {(drafting == 1 ? "finding" : "findings")}.");
        return failed > 0 ? ExitCodes.UsageOrIo : high > 0 ? ExitCodes.HighSeverity : ExitCodes.Clean;
    }

    /// <summary>The table sized to the console (or in full with --wide), then why any document failed.</summary>
    private static void WriteTable(IAnsiConsole console, BatchReport report, bool wide)
    {
        var width = console.Profile.Width;
        if (wide)
        {
            // Every column in full: lines longer than the terminal rather than cells wrapped.
            console.Profile.Width = Math.Max(width, 1000);
        }

        console.Write(CheckTable.Render(report, width, wide));
        foreach (var failure in CheckTable.Failures(report))
        {
            console.MarkupLine(failure);
        }

        console.Profile.Width = width;
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
