using System.IO.Compression;
using System.Text.Json;

namespace ClauseLens.Data;

/// <summary>A ContractNLI hypothesis judgement: the annotators' choice and evidence spans.</summary>
/// <param name="Choice">Entailment, Contradiction or NotMentioned.</param>
/// <param name="Spans">Evidence spans (document offsets, end exclusive).</param>
public sealed record NliJudgement(string Choice, IReadOnlyList<(int Start, int End)> Spans)
{
    /// <summary>True when the NDA says what the hypothesis says.</summary>
    public bool Entailed => Choice == "Entailment";
}

/// <summary>A CUAD excerpt located in the text.</summary>
public sealed record CuadSpan(int Start, int End, string Category, string? Label);

/// <summary>
/// One whole contract of <c>documents/{split}.jsonl.gz</c> with its document-level gold (see that
/// folder's README). CUAD documents carry <see cref="Present"/>, <see cref="Answers"/> and
/// <see cref="Spans"/>; ContractNLI NDAs carry <see cref="Nli"/>.
/// </summary>
public sealed record GoldDocument(
    string DocId,
    string Source,
    string Text,
    IReadOnlyDictionary<string, bool> Present,
    IReadOnlyDictionary<string, string> Answers,
    IReadOnlyList<CuadSpan> Spans,
    IReadOnlyDictionary<string, NliJudgement> Nli)
{
    /// <summary>True for a ContractNLI NDA.</summary>
    public bool IsNda => Source == "contractnli";

    /// <summary>The contract's name, CUAD's "Document Name" answer; null for ContractNLI NDAs, which have none.</summary>
    public string? DocumentName => Answers.GetValueOrDefault("Document Name");

    /// <summary>Reads <c>documents/{split}.jsonl.gz</c> ("train" or "dev") of <paramref name="dataDirectory"/> in file order.</summary>
    public static IEnumerable<GoldDocument> Read(string dataDirectory, string split)
    {
        var path = Path.Combine(dataDirectory, "documents", $"{split}.jsonl.gz");
        using var file = File.OpenRead(path);
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
        var present = new Dictionary<string, bool>(StringComparer.Ordinal);
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        var spans = new List<CuadSpan>();
        var nli = new Dictionary<string, NliJudgement>(StringComparer.Ordinal);
        if (root.TryGetProperty("present", out var p))
        {
            foreach (var c in p.EnumerateObject())
            {
                present[c.Name] = c.Value.GetBoolean();
            }
        }

        if (root.TryGetProperty("answers", out var a))
        {
            foreach (var c in a.EnumerateObject())
            {
                answers[c.Name] = c.Value.ValueKind == JsonValueKind.String ? c.Value.GetString()! : c.Value.ToString();
            }
        }

        if (root.TryGetProperty("spans", out var s) && s.ValueKind == JsonValueKind.Array)
        {
            spans.AddRange(s.EnumerateArray().Select(x => new CuadSpan(
                x.GetProperty("start").GetInt32(), x.GetProperty("end").GetInt32(), x.GetProperty("category").GetString()!,
                x.GetProperty("label").ValueKind == JsonValueKind.String ? x.GetProperty("label").GetString() : null)));
        }

        if (root.TryGetProperty("nli", out var n))
        {
            foreach (var h in n.EnumerateObject())
            {
                var evidence = h.Value.GetProperty("spans").EnumerateArray().Select(x => (x[0].GetInt32(), x[1].GetInt32())).ToList();
                nli[h.Name] = new NliJudgement(h.Value.GetProperty("choice").GetString()!, evidence);
            }
        }

        return new GoldDocument(
            root.GetProperty("doc_id").GetString()!, root.GetProperty("source").GetString()!, root.GetProperty("text").GetString()!,
            present, answers, spans, nli);
    }
}
