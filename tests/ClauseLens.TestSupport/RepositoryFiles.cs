namespace ClauseLens.TestSupport;

/// <summary>Files of this repository (not the shared data), found from the test binaries upwards.</summary>
public static class RepositoryFiles
{
    private static readonly Lazy<string> RootPath = new(Locate);

    /// <summary>The folder holding <c>ClauseLens.sln</c>.</summary>
    public static string Root => RootPath.Value;

    /// <summary>A path inside the repository.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClauseLens.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (ClauseLens.sln) was not found above the test binaries.");
    }
}
