using ClauseLens.Data;

namespace ClauseLens.TestSupport;

/// <summary>
/// Finds the project's data (../shared/data beside the repository, or CLAUSELENS_DATA). The data is
/// never copied into the repository; a test that needs it fails loudly when it is not there.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string> RootPath = new(Locate);

    /// <summary>The data folder (holds clauses.*.jsonl, contracts/, ja/).</summary>
    public static string Root => RootPath.Value;

    /// <summary>A path inside the data folder.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The whole contracts of <c>documents/{split}.jsonl.gz</c> ("train" or "dev") with their gold, in file order.</summary>
    public static IEnumerable<GoldDocument> Documents(string split) => GoldDocument.Read(Root, split);

    /// <summary>The full contract texts of <c>contracts/</c>, by file name.</summary>
    public static IReadOnlyList<string> ContractFiles() =>
        [.. Directory.GetFiles(PathOf("contracts"), "*.txt").OrderBy(f => f, StringComparer.Ordinal)];

    private static string Locate()
    {
        var configured = Environment.GetEnvironmentVariable("CLAUSELENS_DATA");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Directory.Exists(configured)
                ? configured
                : throw new DirectoryNotFoundException($"CLAUSELENS_DATA points at '{configured}', which does not exist.");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (File.Exists(Path.Combine(candidate, "clauses.train.jsonl")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            "The ClauseLens data was not found: expected ../shared/data beside the repository (or set CLAUSELENS_DATA).");
    }
}
