using Spectre.Console;

namespace ClauseLens.Cli;

/// <summary>
/// Where a command writes: <see cref="Results"/> is the command's output (a table, CSV, JSON or HTML,
/// on stdout so it can be piped); <see cref="Ui"/> is progress, summaries and errors (stderr).
/// </summary>
internal sealed record CliIo(IAnsiConsole Ui, TextWriter Results)
{
    public static CliIo FromConsole()
    {
        var ui = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (Console.IsErrorRedirected)
        {
            ui.Profile.Width = 240; // a log file, not a terminal: keep table rows on one line
        }

        return new(ui, Console.Out);
    }

    /// <summary>Writes an error line (markup-escaped) and returns the usage/I-O exit code.</summary>
    public int Fail(string message)
    {
        Ui.MarkupLine($"[red]error:[/] {Markup.Escape(message)}");
        return ExitCodes.UsageOrIo;
    }
}

/// <summary>The exit codes of every command.</summary>
internal static class ExitCodes
{
    /// <summary>Every document was analysed and none has a high-severity finding.</summary>
    public const int Clean = 0;
    /// <summary>At least one document has a high-severity finding.</summary>
    public const int HighSeverity = 1;
    /// <summary>Bad arguments, unreadable files or documents, or the server could not be used.</summary>
    public const int UsageOrIo = 2;
}

internal static class Usage
{
    public static int Show(CliIo io, string? command)
    {
        if (command is not null and not "--help" and not "-h" and not "help")
        {
            io.Ui.MarkupLine($"[red]error:[/] unknown command '{Markup.Escape(command)}'");
        }

        io.Ui.WriteLine("usage: clauselens <command> [options]");
        io.Ui.WriteLine();
        io.Ui.WriteLine("commands:");
        io.Ui.WriteLine("  check <files or folders…>   analyse contracts and print a results table (clauselens check --help)");
        io.Ui.WriteLine("  brief <file>                a negotiation brief as HTML, Markdown or .docx (clauselens brief --help)");
        io.Ui.WriteLine("  compare <before> <after>    what a later draft changed and the findings it brings (clauselens compare --help)");
        return command is "--help" or "-h" or "help" ? ExitCodes.Clean : ExitCodes.UsageOrIo;
    }
}
