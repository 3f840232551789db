using System.IO.Compression;
using System.Text;
using System.Text.Json;
using ClauseLens.Analysis.Context;

namespace ClauseLens.TestSupport;

/// <summary>A whole contract of <c>documents/</c> with the type its name says (null: none, or ambiguous).</summary>
public sealed record TypedDocument(string DocId, string Source, string? Name, string? Label, string Text)
{
    /// <summary>Reads <c>documents/{split}.jsonl.gz</c> (train or dev).</summary>
    public static IReadOnlyList<TypedDocument> Read(string split)
    {
        using var file = File.OpenRead(SharedData.PathOf("documents", split + ".jsonl.gz"));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var documents = new List<TypedDocument>();
        while (reader.ReadLine() is { } line)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var source = root.GetProperty("source").GetString()!;
            string? name = null;
            if (root.TryGetProperty("answers", out var answers) && answers.ValueKind == JsonValueKind.Object
                && answers.TryGetProperty("Document Name", out var n) && n.ValueKind == JsonValueKind.String)
            {
                name = n.GetString();
            }

            documents.Add(new TypedDocument(root.GetProperty("doc_id").GetString()!, source, name,
                ContractTypeNames.WeakLabel(source, name), root.GetProperty("text").GetString()!));
        }

        return documents;
    }
}
