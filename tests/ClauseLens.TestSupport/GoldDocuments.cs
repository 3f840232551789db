using System.IO.Compression;
using System.Text.Json;

namespace ClauseLens.TestSupport;

/// <summary>
/// A whole contract of <c>documents/{split}.jsonl.gz</c> with its document-level gold: CUAD's short
/// answers (governing law, renewal term, ...) and category presence, or ContractNLI's choices.
/// </summary>
/// <param name="Id">The corpus's document id.</param>
/// <param name="Source"><c>cuad</c> or <c>contractnli</c>.</param>
/// <param name="Text">The contract as one string.</param>
/// <param name="Answers">CUAD's short answers by category (empty for ContractNLI).</param>
/// <param name="Present">CUAD's category presence (empty for ContractNLI).</param>
/// <param name="Nli">ContractNLI hypothesis id → choice (empty for CUAD).</param>
public sealed record GoldDocument(
    string Id,
    string Source,
    string Text,
    IReadOnlyDictionary<string, string> Answers,
    IReadOnlyDictionary<string, bool> Present,
    IReadOnlyDictionary<string, string> Nli);

/// <summary>Reads the whole-contract gold of <c>../shared/data/documents</c> (read-only, never copied).</summary>
public static class GoldDocuments
{
    /// <summary>The documents of <paramref name="split"/> (<c>train</c> or <c>dev</c>), in file order.</summary>
    public static IEnumerable<GoldDocument> Read(string split)
    {
        using var file = File.OpenRead(SharedData.PathOf("documents", $"{split}.jsonl.gz"));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return Parse(line);
            }
        }
    }

    private static GoldDocument Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("answers", out var a) && a.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in a.EnumerateObject())
            {
                answers[p.Name] = p.Value.ValueKind switch
                {
                    JsonValueKind.String => p.Value.GetString() ?? "",
                    JsonValueKind.Array => string.Join(" | ", p.Value.EnumerateArray().Select(v => v.ToString())),
                    _ => p.Value.ToString(),
                };
            }
        }

        var present = new Dictionary<string, bool>(StringComparer.Ordinal);
        if (root.TryGetProperty("present", out var pr) && pr.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in pr.EnumerateObject())
            {
                present[p.Name] = p.Value.ValueKind == JsonValueKind.True;
            }
        }

        var nli = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("nli", out var n) && n.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in n.EnumerateObject())
            {
                nli[p.Name] = p.Value.GetProperty("choice").GetString() ?? "";
            }
        }

        return new GoldDocument(
            root.GetProperty("doc_id").GetString() ?? "",
            root.GetProperty("source").GetString() ?? "",
            root.GetProperty("text").GetString() ?? "",
            answers, present, nli);
    }
}
