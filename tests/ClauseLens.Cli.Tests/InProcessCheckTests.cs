using System.Text.Json;
using ClauseLens.TestSupport;

namespace ClauseLens.Cli.Tests;

/// <summary><c>clauselens check</c> without a server: the shipped model and playbooks on real contracts.</summary>
public sealed class InProcessCheckTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("clauselens-cli-local-").FullName;

    [Fact]
    public async Task RealContractsAreAnalysedInProcessWithTheExitCodeTheirFindingsCall()
    {
        var contracts = SharedData.ContractFiles().Take(3).ToArray();

        var run = await CliRun.CheckAsync([.. contracts, "--format", "json"]);

        var documents = JsonDocument.Parse(run.Results).RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(contracts.Select(Path.GetFileName), documents.Select(d => d.GetProperty("report").GetProperty("name").GetString()));
        Assert.All(documents, d =>
        {
            Assert.Equal("done", d.GetProperty("report").GetProperty("status").GetString());
            Assert.True(d.GetProperty("analysis").GetProperty("clauses").GetArrayLength() >= 5);
        });
        var anyHigh = documents.Any(d => d.GetProperty("report").GetProperty("findings").EnumerateArray()
            .Any(f => f.GetProperty("severity").GetString() == "high"));
        Assert.Equal(anyHigh ? 1 : 0, run.ExitCode);
        Assert.Contains("3 of 3 documents analysed", run.Ui);
    }

    [Fact]
    public async Task AnUnreadableFileFailsAloneInProcess()
    {
        File.Copy(SharedData.ContractFiles()[0], Path.Combine(_folder, "real.txt"));
        await File.WriteAllTextAsync(Path.Combine(_folder, "broken.pdf"), "not a pdf at all");
        var output = Path.Combine(_folder, "out.csv");

        var run = await CliRun.CheckAsync([_folder, "--format", "csv", "--output", output]);

        Assert.Equal(2, run.ExitCode);
        var lines = (await File.ReadAllTextAsync(output)).Split("\r\n");
        Assert.StartsWith("1,broken.pdf,failed,The .pdf file could not be read", lines[1]);
        Assert.StartsWith("2,real.txt,done,,", lines[2]);
    }

    [Fact]
    public async Task AnUnknownPlaybookExitsWithTwo()
    {
        var run = await CliRun.CheckAsync([SharedData.ContractFiles()[0], "--playbook", "no-such-playbook"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no built-in playbook 'no-such-playbook'", run.Ui);
    }

    [Fact]
    public async Task ASideNoPlaybookForTheTypeDeclaresExitsWithTwoNamingTheSides()
    {
        var run = await CliRun.CheckAsync([SharedData.ContractFiles()[0], "--type", "nda", "--side", "licensee"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Allowed: discloser, recipient, mutual", run.Ui);
    }

    [Fact]
    public async Task EachDocumentGetsThePlaybookForItsTypeAndTheReportSaysWhich()
    {
        var nda = SharedData.ContractFiles().First(f => Path.GetFileName(f).StartsWith("contractnli_", StringComparison.Ordinal));
        var output = Path.Combine(_folder, "typed.csv");

        var run = await CliRun.CheckAsync([nda, "--format", "csv", "--output", output]);

        Assert.NotEqual(2, run.ExitCode);
        var lines = (await File.ReadAllTextAsync(output)).Split("\r\n");
        var header = lines[0].Split(',');
        var row = lines[1].Split(',');
        // Counted from the end: earlier columns (the worst finding) may hold quoted commas.
        Assert.Equal("nda", row[^(header.Length - Array.IndexOf(header, "contract_type"))]);
        Assert.Equal("commercial-nda", row[^(header.Length - Array.IndexOf(header, "playbook"))]);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
