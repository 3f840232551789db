using ClauseLens.TestSupport;
using ClauseLens.Analysis;

namespace ClauseLens.Analysis.Tests.Segmentation;

/// <summary>
/// The real contracts in ../shared/data (never copied into the repo): found through
/// $CLAUSELENS_DATA or by walking up from the test binaries. Missing data fails the test loudly.
/// </summary>
internal static class SegmentationData
{
        public static string Root => SharedData.Root;

    public static IEnumerable<string> EnglishContracts() =>
        Directory.GetFiles(Path.Combine(Root, "contracts"), "*.txt").Order(StringComparer.Ordinal);

    public static IEnumerable<string> JapaneseContracts() =>
        Directory.GetFiles(Path.Combine(Root, "ja", "contracts"), "*.txt").Order(StringComparer.Ordinal);

    /// <summary>What text ingest will produce from a .txt: its non-empty lines as paragraphs.</summary>
    public static ContractDocument Load(string path) =>
        ContractDocument.FromParagraphs(File.ReadAllText(path).Split('\n').Where(l => !string.IsNullOrWhiteSpace(l)));

    public static TheoryData<string> AllContractNames()
    {
        var data = new TheoryData<string>();
        foreach (var file in EnglishContracts().Concat(JapaneseContracts()))
        {
            data.Add(Path.GetRelativePath(Root, file));
        }

        return data;
    }
}
