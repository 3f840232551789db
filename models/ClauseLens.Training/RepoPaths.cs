namespace ClauseLens.Training;

/// <summary>Finds the shared data folder and the repository's models folder.</summary>
internal static class RepoPaths
{
    /// <summary>Environment variable that overrides where the data lives.</summary>
    public const string DataVariable = "CLAUSELENS_DATA";

    /// <summary>
    /// The shared data folder: $CLAUSELENS_DATA when set, else the first <c>shared/data</c> found
    /// walking up from the binaries (CI puts shared/ beside the repo clone). Throws when absent so
    /// nothing trains or tests silently on nothing.
    /// </summary>
    public static string DataDirectory()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(DataVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment)
                ? fromEnvironment
                : throw new DirectoryNotFoundException($"{DataVariable} points to a folder that does not exist: {fromEnvironment}");
        }

        return WalkUp(dir => Path.Combine(dir, "shared", "data"))
            ?? throw new DirectoryNotFoundException(
                $"shared/data was not found beside the repository (walked up from {AppContext.BaseDirectory}); set {DataVariable}.");
    }

    /// <summary>The repository's models folder (holding ClauseLens.Training), found walking up from the binaries.</summary>
    public static string ModelsDirectory() =>
        WalkUp(dir => Path.Combine(dir, "models"), candidate => Directory.Exists(Path.Combine(candidate, "ClauseLens.Training")))
        ?? throw new DirectoryNotFoundException("The repository's models/ folder was not found above the binaries.");

    private static string? WalkUp(Func<string, string> candidateOf, Func<string, bool>? accept = null)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = candidateOf(dir.FullName);
            if (Directory.Exists(candidate) && (accept?.Invoke(candidate) ?? true))
            {
                return candidate;
            }
        }

        return null;
    }
}
