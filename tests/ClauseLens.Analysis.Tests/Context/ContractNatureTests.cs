using ClauseLens.Analysis.Context;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.TestSupport;
using Xunit.Abstractions;

namespace ClauseLens.Analysis.Tests.Context;

public sealed class ContractNatureTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("Hi Tom,\nAre we still on for lunch on Friday? The Italian place at 12:30 works for me.\nThanks, Ken")]
    [InlineData("Team lunch note: sandwiches are in the kitchen. Please take one and let me know if you need a vegetarian option.")]
    [InlineData("Hi all, just a reminder that the agreement draft is due next week. Thanks!")]
    [InlineData("お疲れさまです。金曜日のランチは12時半からでお願いします。よろしくお願いします。")]
    public void AnEmailOrNoteIsNotAContract(string text)
    {
        var check = ContractNature.Read(text);

        Assert.False(check.IsContract);
        Assert.False(string.IsNullOrWhiteSpace(check.Reason));
    }

    [Theory]
    [InlineData("1. Confidentiality. The Recipient shall keep the Confidential Information of the Discloser in confidence.")]
    [InlineData("This Agreement shall be governed by the laws of Japan.")]
    [InlineData("第1条（目的）本契約は、甲及び乙が共同して研究開発を行うことを目的とする。")]
    public void AOneClauseContractReadsAsAContract(string text) =>
        Assert.True(ContractNature.Read(text).IsContract);

    [Fact]
    public void NoDevDocumentIsCalledNotAContract()
    {
        var documents = SharedData.Documents("dev").ToList();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var checks = documents.Select(d => (d.DocId, Check: ContractNature.Read(d.Text))).ToList();
        var elapsed = clock.Elapsed;
        var rejected = checks.Where(c => !c.Check.IsContract).Select(c => c.DocId).ToList();
        // Reported, never asserted (timing is noisy on a shared machine).
        output.WriteLine($"dev documents: {documents.Count}; called not a contract: {rejected.Count}; " +
            $"{documents.Sum(d => (long)d.Text.Length) / documents.Count} characters on average, read in {elapsed.TotalMilliseconds / documents.Count:F2} ms each");

        Assert.NotEmpty(documents);
        Assert.Empty(rejected);
    }

    [Fact]
    public void NoSharedContractIsCalledNotAContract()
    {
        var files = SharedData.ContractFiles().Concat(Directory.GetFiles(SharedData.PathOf("ja", "contracts"), "*.txt")).ToList();

        var rejected = files.Where(f => !ContractNature.Read(File.ReadAllText(f)).IsContract).Select(Path.GetFileName).ToList();

        Assert.True(files.Count > 30);
        Assert.Empty(rejected);
    }

    [Fact]
    public void ALunchEmailGetsNoFindingsAndSaysWhy()
    {
        var document = new ContractIngestor().FromText("Hi Tom,\nAre we still on for lunch on Friday?\nThe Italian place at 12:30 works for me.\nThanks, Ken");

        var result = ContractAnalyzer.WithShippedModel().Analyze(document, null, AnalysisOptions.None);

        Assert.Empty(result.Findings);
        Assert.Equal(0, result.Summary.FindingsBySeverity.Values.Sum());
        Assert.False(result.ContractCheck!.IsContract);
    }

    [Fact]
    public void ATypeGivenByTheReviewerIsTrusted()
    {
        var document = new ContractIngestor().FromText("Hi Tom,\nAre we still on for lunch on Friday?\nThanks, Ken");

        var result = ContractAnalyzer.WithShippedModel().Analyze(document, BuiltInPlaybooks.All[BuiltInPlaybooks.DefaultId], new AnalysisOptions { ContractType = ContractTypes.Other });

        Assert.Null(result.ContractCheck);
        Assert.Contains(result.Findings, f => f.Kind == FindingKind.Missing);
    }
}
