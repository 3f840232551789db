using ClauseLens.Cli;
using ClauseLens.TestSupport;
using DocumentFormat.OpenXml.Packaging;
using Spectre.Console;

namespace ClauseLens.Cli.Tests;

/// <summary><c>clauselens brief</c> in this process, with the shipped model.</summary>
public sealed class BriefCommandTests : IDisposable
{
    private static readonly string[] Planted =
    [
        "JOINT DEVELOPMENT AGREEMENT",
        "This Joint Development Agreement is made by and between Northwind Robotics Inc., a Delaware corporation (\"Northwind\"), and Sakura Seiki Co., Ltd., a company organised under the laws of Japan (\"Sakura\").",
        "1. Ownership. All Background IP and know-how that Sakura discloses in the Project shall be assigned to and owned exclusively by Northwind.",
        "2. Non-Competition. For five (5) years after termination, Sakura shall not engage in any business anywhere in the world that competes with Northwind.",
        "3. Governing Law. This Agreement shall be governed by the laws of the State of New York.",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("clauselens-cli-brief-").FullName;

    [Fact]
    public async Task AMarkdownBriefGoesToStdoutAndAHighGapExitsOne()
    {
        var contract = Write("contract.docx", TestDocuments.Docx(Planted));

        var (code, results, _) = await RunAsync(["brief", contract, "--format", "md"]);

        Assert.Equal(ExitCodes.HighSeverity, code);
        Assert.StartsWith("# Negotiation brief: JOINT DEVELOPMENT AGREEMENT", results);
        Assert.Contains("(High)", results);
    }

    [Fact]
    public async Task ADocxBriefIsWrittenToTheOutputFile()
    {
        var contract = Write("contract.txt", System.Text.Encoding.UTF8.GetBytes(string.Join("\n", Planted)));
        var output = Path.Combine(_folder, "brief.docx");

        var (_, results, ui) = await RunAsync(["brief", contract, "--format", "docx", "--paper", "letter", "--output", output]);

        Assert.Equal("", results);
        Assert.Contains("Brief written to", ui);
        using var package = WordprocessingDocument.Open(output, false);
        Assert.Contains("The deal at a glance", package.MainDocumentPart!.Document!.Body!.InnerText);
    }

    [Fact]
    public async Task LangJaWritesTheBriefInJapanese()
    {
        var contract = Write("contract.docx", TestDocuments.Docx(Planted));

        var (code, results, _) = await RunAsync(["brief", contract, "--format", "md", "--lang", "ja"]);

        Assert.Equal(ExitCodes.HighSeverity, code);
        Assert.StartsWith("# 交渉メモ：JOINT DEVELOPMENT AGREEMENT", results, StringComparison.Ordinal);
        Assert.Contains("## 取引の概要", results, StringComparison.Ordinal);
        Assert.Contains("（重要度：高）", results, StringComparison.Ordinal);
        Assert.DoesNotContain("The deal at a glance", results, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format docx", "--format docx needs --output FILE.")]
    [InlineData("--format pdf", "unknown format 'pdf'")]
    [InlineData("--playbook nope", "there is no built-in playbook 'nope'")]
    [InlineData("--paper a3", "unknown paper 'a3'")]
    [InlineData("--colour red", "unknown option '--colour'")]
    [InlineData("--lang fr", "--lang must be en or ja.")]
    public async Task BadArgumentsExitTwoWithAReason(string extra, string reason)
    {
        var contract = Write("contract.txt", System.Text.Encoding.UTF8.GetBytes(string.Join("\n", Planted)));

        var (code, _, ui) = await RunAsync(["brief", contract, .. extra.Split(' ')]);

        Assert.Equal(ExitCodes.UsageOrIo, code);
        Assert.Contains(reason, ui.Replace("\n", ""));
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static async Task<(int Code, string Results, string Ui)> RunAsync(string[] args)
    {
        var ui = new StringWriter();
        var results = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(ui), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 240;
        var code = await BriefCommand.RunAsync(args[1..], new CliIo(console, results));
        return (code, results.ToString(), ui.ToString());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
