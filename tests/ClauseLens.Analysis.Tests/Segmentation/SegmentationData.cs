using ClauseLens.Analysis;

namespace ClauseLens.Analysis.Tests.Segmentation;

/// <summary>
/// The real contracts in ../shared/data (never copied into the repo): found through
/// $CLAUSELENS_DATA or by walking up from the test binaries. Missing data fails the test loudly.
/// </summary>
internal static class SegmentationData
{
    private static readonly Lazy<string> Folder = new(Find);

    public static string Root => Folder.Value;

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

    private static string Find()
    {
        var fromEnv = Environment.GetEnvironmentVariable("CLAUSELENS_DATA");
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return Directory.Exists(fromEnv)
                ? fromEnv
                : throw new DirectoryNotFoundException($"CLAUSELENS_DATA is set to '{fromEnv}', which does not exist.");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(Path.Combine(candidate, "contracts")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            "Segmentation tests need the contracts in ../shared/data (next to the repository) or $CLAUSELENS_DATA; neither was found.");
    }
}
