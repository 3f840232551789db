using ClauseLens.Cli;
using Spectre.Console;

namespace ClauseLens.Cli.Tests;

/// <summary>One run of <c>clauselens check</c> in this process, with its output captured.</summary>
internal sealed record CliRun(int ExitCode, string Results, string Ui)
{
    private static readonly ServerClientTuning Quick = new(TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(20));

    public static async Task<CliRun> CheckAsync(string[] args, Func<HttpMessageHandler>? server = null)
    {
        var ui = new StringWriter();
        var results = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(ui), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 240;
        var code = await CheckCommand.RunAsync(args, new CliIo(console, results), server, Quick);
        return new CliRun(code, results.ToString(), ui.ToString());
    }
}
