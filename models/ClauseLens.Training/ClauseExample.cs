using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClauseLens.Training;

/// <summary>One labelled clause of the shared data (clauses.*.jsonl).</summary>
internal sealed record ClauseExample(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("doc_id")] string DocId,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("labels")] IReadOnlyList<string> Labels,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("lang")] string? Lang)
{
    /// <summary>True when the clause carries <paramref name="label"/>.</summary>
    public bool Has(string label) => Labels.Contains(label, StringComparer.Ordinal);

    /// <summary>True for an example labelled only "other".</summary>
    public bool IsOther => Labels.All(l => l == Analysis.ClauseLabels.Other);

    /// <summary>Reads a JSONL file of examples.</summary>
    public static IReadOnlyList<ClauseExample> ReadJsonl(string path) =>
        [.. File.ReadLines(path)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize<ClauseExample>(line)
                ?? throw new InvalidDataException($"An empty record in {Path.GetFileName(path)}."))];

    /// <summary>
    /// Splits by document so no document feeds both sides: a document goes to the held-out side
    /// when the first bytes of SHA-256(doc_id) fall under <paramref name="heldOutShare"/>.
    /// Hash-based, so the split never depends on file order or the seed.
    /// </summary>
    /// <param name="examples">The examples to split.</param>
    /// <param name="heldOutShare">Share of documents (by hash) that go to the held-out side.</param>
    /// <param name="salt">
    /// Prefixed to doc_id before hashing; a different salt gives an independent split, so a split
    /// nested inside another one (tuning inside training) does not come out empty.
    /// </param>
    public static (IReadOnlyList<ClauseExample> Fit, IReadOnlyList<ClauseExample> HeldOut) SplitByDocument(
        IReadOnlyList<ClauseExample> examples, double heldOutShare, string salt = "")
    {
        var fit = new List<ClauseExample>();
        var held = new List<ClauseExample>();
        foreach (var example in examples)
        {
            (DocumentBucket(salt + example.DocId) < heldOutShare ? held : fit).Add(example);
        }

        return (fit, held);
    }

    private static double DocumentBucket(string docId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(docId));
        return BitConverter.ToUInt32(hash, 0) / (double)uint.MaxValue;
    }
}
