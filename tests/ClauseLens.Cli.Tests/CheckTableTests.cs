using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Reports;
using ClauseLens.TestSupport;
using Spectre.Console;

namespace ClauseLens.Cli.Tests;

/// <summary>The <c>check</c> table fits the terminal (one line per document) unless --wide asks for every column in full.</summary>
public sealed class CheckTableTests : IDisposable
{
    private const string LongName = "cuad_AMERICASSHOPPINGMALLINC_12_10_1999-EX-10.2-SITE_DEVELOPMENT_AND_HOSTING_AGREEMENT.txt";
    private readonly string _folder = Directory.CreateTempSubdirectory("clauselens-cli-table-").FullName;

    private static BatchReport Report() => new("b1", DateTimeOffset.UnixEpoch, "japan-sme-collaboration",
    [
        new DocumentReport(0, LongName, DocumentStatus.Done, null, ["confidentiality"],
            [new BatchFinding(Severity.High, FindingKind.Missing, "ip_ownership", "No clause says who owns the results of the joint work, so each side may claim them", null, null, null)]),
        new DocumentReport(1, "short.txt", DocumentStatus.Done, null, ["ip_ownership", "confidentiality", "non_compete", "governing_law"], []),
        new DocumentReport(2, "broken.pdf", DocumentStatus.Failed, "The PDF could not be read.", [], []),
    ]);

    private static string[] Lines(int width, bool wide) => Lines(Report(), width, wide);

    private static string[] Lines(BatchReport report, int width, bool wide)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = wide ? 1000 : width;
        console.Write(CheckTable.Render(report, width, wide));
        return writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public void AnNdaIsNotToldItLacksAnIpOwnershipOrNonCompeteClause()
    {
        var report = new BatchReport("b2", DateTimeOffset.UnixEpoch, null,
        [
            new DocumentReport(0, "nda.txt", DocumentStatus.Done, null, ["confidentiality", "governing_law"], [], "nda", "commercial-nda"),
            new DocumentReport(1, "jda.txt", DocumentStatus.Done, null, ["confidentiality", "governing_law"], [], "collaboration", "japan-sme-collaboration"),
        ]);

        var lines = Lines(report, 200, wide: true);

        var nda = Assert.Single(lines, l => l.Contains("nda.txt", StringComparison.Ordinal));
        Assert.DoesNotContain("missing", nda, StringComparison.Ordinal);
        Assert.Equal(2, nda.Split("n/a").Length - 1);
        Assert.Contains("missing", Assert.Single(lines, l => l.Contains("jda.txt", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("does not ask for that clause", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(80)]
    [InlineData(120)]
    [InlineData(200)]
    public void AtAnyTerminalWidthEachDocumentIsOneLineThatFits(int width)
    {
        var lines = Lines(width, wide: false);

        Assert.All(lines, l => Assert.True(l.TrimEnd().Length <= width, $"{l.TrimEnd().Length} > {width}: {l}"));
        Assert.Single(lines, l => l.Contains("cuad_", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains("short.txt", StringComparison.Ordinal));
        // The end of a file name tells documents apart: it is kept.
        Assert.Contains(lines, l => l.Contains("NT.txt", StringComparison.Ordinal));
        // Severity named as on every other surface, before the worst finding's title.
        Assert.Single(lines, l => l.Contains("High No clause says", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Done", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Failed", StringComparison.Ordinal));
    }

    [Fact]
    public void WideKeepsEveryNameAndTitleInFull()
    {
        var lines = Lines(120, wide: true);

        Assert.Contains(lines, l => l.Contains(LongName, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("each side may claim them", StringComparison.Ordinal));
        // Full names for the clause columns, as the pane and reports name them.
        var header = Assert.Single(lines, l => l.Contains("Document", StringComparison.Ordinal));
        Assert.Contains("Governing law", header, StringComparison.Ordinal);
        Assert.Contains("Confidentiality", header, StringComparison.Ordinal);
        Assert.Contains("IP ownership", header, StringComparison.Ordinal);
    }

    [Fact]
    public void ANarrowTerminalGetsOneMissingColumnInsteadOfFour()
    {
        var lines = Lines(100, wide: false);

        Assert.Contains(lines, l => l.Contains("Missing", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("IP, NC, law", StringComparison.Ordinal));
        var header = Assert.Single(lines, l => l.Contains("Document", StringComparison.Ordinal));
        Assert.DoesNotContain("Governing law", header, StringComparison.Ordinal);
        // The abbreviations are spelt out under the table.
        var legend = string.Join(" ", lines.SkipWhile(l => !l.Contains("Med = ", StringComparison.Ordinal)).Select(l => l.Trim()));
        Assert.Contains("Med = Medium", legend, StringComparison.Ordinal);
        Assert.Contains("NC = Non-compete", legend, StringComparison.Ordinal);
        Assert.Contains("law = Governing law", legend, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(80)]
    [InlineData(120)]
    public void AJapaneseTitleAndFileNameAreCutToTheColumnNotWrapped(int width)
    {
        // A Japanese character takes two terminal cells: counted as one, the title overflowed its
        // column and squeezed the others into one letter per line.
        var report = new BatchReport("b2", DateTimeOffset.UnixEpoch, null,
        [
            new DocumentReport(0, "秘密保持契約書（新素材）_最終版_甲乙確認済み.docx", DocumentStatus.Done, null, ["confidentiality"],
                [new BatchFinding(Severity.High, FindingKind.OverlyBroad, "confidentiality", "除外事由のうち「独自に開発した情報」と「第三者から適法に取得した情報」がない（他の4項目は第2条にある）", null, null, null)]),
        ]);
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = width;
        console.Write(CheckTable.Render(report, width, wide: false));
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Single(lines, l => l.Contains("High 除外事由", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains("秘密保", StringComparison.Ordinal) && l.Contains(".docx", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Done", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.True(CheckTable.Cells(l.TrimEnd()) <= width, $"{CheckTable.Cells(l.TrimEnd())} > {width}: {l}"));
    }

    [Fact]
    public async Task CheckSaysWhereItWroteTheReport()
    {
        File.Copy(SharedData.ContractFiles()[0], Path.Combine(_folder, "real.txt"));
        var output = Path.Combine(_folder, "report.html");

        var run = await CliRun.CheckAsync([Path.Combine(_folder, "real.txt"), "--format", "html", "--output", output]);

        Assert.True(File.Exists(output));
        Assert.Contains($"wrote report to {Path.GetFullPath(output)}", run.Ui.Replace("\n", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LangJaWritesTheReportInJapanese()
    {
        File.Copy(SharedData.ContractFiles()[0], Path.Combine(_folder, "real.txt"));
        var output = Path.Combine(_folder, "report.html");

        await CliRun.CheckAsync([Path.Combine(_folder, "real.txt"), "--lang", "ja", "--format", "html", "--output", output]);

        var html = await File.ReadAllTextAsync(output);
        Assert.Contains("<h2>ヒートマップ</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h2>Heat map</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WideIsAcceptedAndNamedInTheHelp()
    {
        var help = await CliRun.CheckAsync(["--help"]);
        Assert.Contains("--wide", help.Ui);

        Assert.Null(CheckOptions.Parse(["a.txt", "--wide"]).Error);
        Assert.True(CheckOptions.Parse(["a.txt", "--wide"]).Options!.Wide);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
