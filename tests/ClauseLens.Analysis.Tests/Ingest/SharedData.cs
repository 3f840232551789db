namespace ClauseLens.Analysis.Tests.Ingest;

/// <summary>
/// Finds the read-only data folder: <c>CLAUSELENS_DATA</c> if set, else the first <c>shared/data</c>
/// found walking up from the test binaries (CI puts <c>shared/</c> next to the repo clone).
/// Tests that need it fail with a clear message when it is missing; they never skip.
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string> Root = new(Locate);

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root.Value, .. parts]);

    private static string Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("CLAUSELENS_DATA");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment)
                ? fromEnvironment
                : throw new DirectoryNotFoundException($"CLAUSELENS_DATA points to '{fromEnvironment}', which does not exist.");
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = System.IO.Path.Combine(folder.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            "shared/data was not found above " + AppContext.BaseDirectory + "; set CLAUSELENS_DATA or put shared/ next to the repository.");
    }
}
