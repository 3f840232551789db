using ClauseLens.Analysis.Ingest;

namespace ClauseLens.Cli;

/// <summary>A file to check and the name it is reported under (its path inside the folder named, or its file name).</summary>
internal sealed record ContractFile(string Path, string Name);

/// <summary>The contract files named on the command line: files as given, folders searched recursively.</summary>
internal static class ContractFiles
{
    /// <summary>The files to check, in a stable order, or an error naming the first path that does not exist.</summary>
    public static (IReadOnlyList<ContractFile> Files, string? Error) Find(IEnumerable<string> paths)
    {
        var files = new List<ContractFile>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(new ContractFile(path, System.IO.Path.GetFileName(path)));
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !IsHidden(System.IO.Path.GetRelativePath(path, f)) && ContractIngestor.FormatOf(f) is not null)
                    .Order(StringComparer.Ordinal)
                    .Select(f => new ContractFile(f, System.IO.Path.GetRelativePath(path, f).Replace('\\', '/'))));
            }
            else
            {
                return ([], $"'{path}' is neither a file nor a folder.");
            }
        }

        return files.Count == 0 ? ([], "no .docx, .pdf, .html or .txt files were found.") : (files, null);
    }

    private static bool IsHidden(string relative) =>
        relative.Split(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar).Any(p => p.StartsWith('.'));
}
