using ClauseLens.TestSupport;
using System.Text.RegularExpressions;
using ClauseLens.Analysis.Ingest;

namespace ClauseLens.Analysis.Tests.Ingest;

/// <summary>Reads the real contracts in shared/data (never copied into the repo).</summary>
public sealed partial class RealContractTests
{
    private static readonly ContractIngestor Ingestor = new();

    public static TheoryData<string> ContractFiles() => new(ContractFileNames());

    private static List<string> ContractFileNames()
    {
        var files = Directory.GetFiles(SharedData.PathOf("contracts"), "*.txt").Select(f => Path.GetFileName(f)).Order().ToList();
        Assert.True(files.Count >= 30, $"expected the 30 shared contracts, found {files.Count}");
        return files;
    }

    public static TheoryData<string> NliContractFiles() =>
        new(ContractFileNames().Where(f => f.StartsWith("contractnli_", StringComparison.Ordinal)));

    public static TheoryData<string> JapaneseModels() => new(["meti-jpo-model-1", "meti-jpo-model-2", "meti-jpo-model-3", "meti-jpo-model-4"]);

    [Theory]
    [MemberData(nameof(ContractFiles))]
    public void EachSharedContractReadsIntoPlausibleParagraphs(string file)
    {
        var bytes = File.ReadAllBytes(SharedData.PathOf("contracts", file));
        var lines = File.ReadAllLines(SharedData.PathOf("contracts", file)).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

        var document = Ingestor.Read(new MemoryStream(bytes), ContractFormat.Text);

        Assert.DoesNotContain(document.Paragraphs, p => string.IsNullOrWhiteSpace(p.Text));
        // CUAD extractions put several paragraphs on one line but never one paragraph on three lines.
        Assert.InRange(document.Paragraphs.Count, Math.Max(1, lines.Count / 3), lines.Count);
        // Nothing is lost or reordered: every non-blank line is somewhere in the text, in order.
        var position = 0;
        foreach (var line in lines)
        {
            var found = document.Text.IndexOf(line, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"line {lines.IndexOf(line)} of {file} is missing or out of order");
            position = found + line.Length;
        }
    }

    [Theory]
    [MemberData(nameof(NliContractFiles))]
    public void NliContractsKeepOneParagraphPerLine(string file)
    {
        var lines = File.ReadAllLines(SharedData.PathOf("contracts", file)).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

        var document = Ingestor.FromText(File.ReadAllText(SharedData.PathOf("contracts", file)));

        Assert.Equal(lines, document.Paragraphs.Select(p => p.Text));
    }

    [Theory]
    [MemberData(nameof(JapaneseModels))]
    public void JapaneseModelContractDocxHasEveryArticleAsAParagraph(string model)
    {
        var expected = ArticleNumbers(File.ReadAllLines(SharedData.PathOf("ja", "contracts", model + ".txt")));
        Assert.NotEmpty(expected);

        using var docx = File.OpenRead(SharedData.PathOf("ja", "contracts", model + ".docx"));
        var document = Ingestor.Read(docx, ContractFormat.Docx);

        var found = ArticleNumbers(document.Paragraphs.Select(p => p.Text));
        Assert.Empty(expected.Except(found));
        Assert.DoesNotContain(document.Paragraphs, p => string.IsNullOrWhiteSpace(p.Text));
    }

    [Theory]
    [MemberData(nameof(JapaneseModels))]
    public void JapaneseModelContractTextKeepsArticlesApart(string model)
    {
        var text = File.ReadAllText(SharedData.PathOf("ja", "contracts", model + ".txt"));

        var document = Ingestor.FromText(text);

        var articleParagraphs = document.Paragraphs.Count(p => ArticleStart().IsMatch(p.Text));
        Assert.Equal(text.Split('\n').Count(l => ArticleStart().IsMatch(l.Trim())), articleParagraphs);
    }

    private static HashSet<string> ArticleNumbers(IEnumerable<string> paragraphs) =>
        paragraphs.Select(p => ArticleStart().Match(p.Trim())).Where(m => m.Success).Select(m => m.Groups[1].Value).ToHashSet();

    [GeneratedRegex(@"^第\s*([0-9]+)\s*条")]
    private static partial Regex ArticleStart();
}
