using System.Text.Json;
using ClauseLens.Cli;
using ClauseLens.TestSupport;
using Spectre.Console;

namespace ClauseLens.Cli.Tests;

/// <summary><c>clauselens compare</c> in this process, with the shipped model.</summary>
public sealed class CompareCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("clauselens-cli-compare-").FullName;

    [Fact]
    public void ARedlineListsTheTwoChangedClausesAndExitsOneForItsNewHighFinding()
    {
        var before = Write("v1.docx", TestDocuments.Docx(Redlines.Contract.Split('\n')));
        var after = Write("v2.docx", TestDocuments.Docx(Redlines.TwoClausesChanged(Redlines.Contract).Split('\n')));

        var (code, results, _) = Run(["compare", before, after]);

        Assert.Equal(ExitCodes.HighSeverity, code);
        Assert.Contains("5 Exclusivity", results);
        Assert.Contains("4.3", results);
        Assert.Contains("2 changed clauses", results);
    }

    [Fact]
    public void JsonIsTheApiShape()
    {
        var before = Write("v1.txt", System.Text.Encoding.UTF8.GetBytes(Redlines.Contract));
        var after = Write("v2.txt", System.Text.Encoding.UTF8.GetBytes(Redlines.DisputeResolutionMovedDown(Redlines.Contract)));

        var (code, results, _) = Run(["compare", before, after, "--format", "json"]);

        Assert.Equal(ExitCodes.Clean, code);
        var json = JsonDocument.Parse(results).RootElement;
        Assert.Equal("moved", Assert.Single(json.GetProperty("changes").EnumerateArray()).GetProperty("kind").GetString());
    }

    [Fact]
    public void AMissingDraftIsAUsageErrorNamingIt()
    {
        var before = Write("v1.txt", System.Text.Encoding.UTF8.GetBytes(Redlines.Contract));

        var (code, _, ui) = Run(["compare", before, Path.Combine(_folder, "nope.docx")]);

        Assert.Equal(ExitCodes.UsageOrIo, code);
        Assert.Contains("the after draft", ui);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static (int Code, string Results, string Ui) Run(string[] args)
    {
        var ui = new StringWriter();
        var results = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(ui), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 240;
        var code = CompareCommand.Run(args[1..], new CliIo(console, results));
        return (code, results.ToString(), ui.ToString());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
