using ClauseLens.TestSupport;
using System.Text.Json;

namespace ClauseLens.Analysis.Tests.Classification;

/// <summary>One labelled clause of shared/data/clauses.dev.jsonl.</summary>
internal sealed record DevClause(string Id, IReadOnlyList<string> Labels, string Text);

/// <summary>
/// Reads the shared dev split (never copied into the repo): $CLAUSELENS_DATA, else the first
/// shared/data found walking up from the test binaries. Missing data fails the test loudly.
/// </summary>
internal static class DevClauses
{
    private static readonly Lazy<IReadOnlyList<DevClause>> All = new(Load);

    public static IReadOnlyList<DevClause> Read() => All.Value;

    private static IReadOnlyList<DevClause> Load()
    {
        var path = SharedData.PathOf("clauses.dev.jsonl");
        return [.. File.ReadLines(path).Where(l => l.Length > 0).Select(Parse)];
    }

    private static DevClause Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        return new DevClause(
            root.GetProperty("id").GetString()!,
            [.. root.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!)],
            root.GetProperty("text").GetString()!);
    }
}
