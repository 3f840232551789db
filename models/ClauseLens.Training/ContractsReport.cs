using System.Text.Json;
using ClauseLens.Analysis;
using ClauseLens.Analysis.Classification;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Segmentation;

namespace ClauseLens.Training;

/// <summary>
/// Generalisation check on whole contracts (shared/data/contracts, train-side documents with gold
/// character spans): each text goes through the server's own ingest and <see cref="ClauseSegmenter"/>,
/// every clause is classified as the server would (text plus the segmenter's heading), and each
/// clause is compared with the gold spans that cover it.
/// </summary>
internal sealed record ContractsReport(int Contracts, int Segments, LabelMetrics Metrics)
{
    // Same rule the data was built with: a clause takes a label when the overlap covers at least
    // half of the clause or half of the gold span.
    private const double OverlapShare = 0.5;

    public static ContractsReport Measure(IClauseClassifier classifier, string dataDirectory)
    {
        var folder = Path.Combine(dataDirectory, "contracts");
        using var index = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "index.json")));
        var ingestor = new ContractIngestor();
        var segmenter = new ClauseSegmenter();
        var gold = new List<IReadOnlySet<string>>();
        var predicted = new List<IReadOnlySet<string>>();
        var contracts = 0;
        foreach (var entry in index.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var raw = File.ReadAllText(Path.Combine(folder, entry.Value.GetProperty("file").GetString()!));
            var document = ingestor.FromText(raw);
            var toDocument = OffsetMap(raw, document.Text);
            var spans = entry.Value.GetProperty("spans").EnumerateArray()
                .Select(s => (Label: s.GetProperty("label").GetString()!, Start: s.GetProperty("start").GetInt32(), End: s.GetProperty("end").GetInt32()))
                .Where(s => ClauseLabels.IsKnown(s.Label) && s.End > s.Start)
                .Select(s => (s.Label, Start: toDocument[s.Start], End: EndOffset(toDocument, raw, s.Start, s.End)))
                .ToList();
            var clauses = segmenter.Segment(document);
            var labellings = classifier.Classify([.. clauses.Select(c => new ClauseInput(document.Slice(c.Start, c.End), c.Heading))]);
            for (var i = 0; i < clauses.Count; i++)
            {
                var clause = clauses[i];
                gold.Add(spans.Where(s => Covers(clause.Start, clause.End, s.Start, s.End)).Select(s => s.Label).ToHashSet(StringComparer.Ordinal));
                predicted.Add(labellings[i].Labels.Select(l => l.Label).ToHashSet(StringComparer.Ordinal));
            }

            contracts++;
        }

        return new ContractsReport(contracts, gold.Count, LabelMetrics.Compute(gold, predicted, ClauseLabels.All));
    }

    private static bool Covers(int start, int end, int spanStart, int spanEnd)
    {
        var overlap = Math.Min(end, spanEnd) - Math.Max(start, spanStart);
        return overlap > 0 && (overlap >= OverlapShare * (end - start) || overlap >= OverlapShare * (spanEnd - spanStart));
    }

    /// <summary>
    /// Maps every offset of <paramref name="raw"/> (0..Length inclusive) to an offset of
    /// <paramref name="document"/>, the text ingest rebuilt from it. Ingest only changes white space
    /// (joins wrapped lines, trims) and drops invisible characters, so the non-white-space
    /// characters are aligned in order; a raw offset maps to where its next kept character landed.
    /// </summary>
    internal static int[] OffsetMap(string raw, string document)
    {
        var map = new int[raw.Length + 1];
        var j = 0;
        var next = new List<int>();
        for (var i = 0; i < raw.Length; i++)
        {
            if (char.IsWhiteSpace(raw[i]))
            {
                next.Add(i);
                continue;
            }

            while (j < document.Length && char.IsWhiteSpace(document[j]))
            {
                j++;
            }

            var matched = j < document.Length && document[j] == raw[i];
            foreach (var pending in next)
            {
                map[pending] = j;
            }

            next.Clear();
            map[i] = j;
            if (matched)
            {
                j++;
            }
        }

        foreach (var pending in next)
        {
            map[pending] = document.Length;
        }

        map[raw.Length] = document.Length;
        return map;
    }

    /// <summary>
    /// Where a span ending at raw offset <paramref name="end"/> ends in the ingested text: one past
    /// its last non-white-space character, so trailing white space is not carried over.
    /// </summary>
    internal static int EndOffset(int[] map, string raw, int start, int end)
    {
        var last = end - 1;
        while (last >= start && char.IsWhiteSpace(raw[last]))
        {
            last--;
        }

        return last < start ? map[start] : map[last] + 1;
    }

    public object ToJson() => new
    {
        contracts = Contracts,
        segments = Segments,
        segmentation = "the server's own path: ContractIngestor.FromText, ClauseSegmenter, classify each clause with its segmenter heading; gold span offsets mapped onto the ingested text; a clause has a gold label when the overlap covers >= 50% of the clause or of the gold span",
        metrics = TrainingReport.MetricsJson(Metrics),
    };
}
