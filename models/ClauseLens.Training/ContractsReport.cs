using System.Text.Json;
using System.Text.RegularExpressions;
using ClauseLens.Analysis;
using ClauseLens.Analysis.Classification;

namespace ClauseLens.Training;

/// <summary>
/// Generalisation check on whole contracts (shared/data/contracts, train-side documents with gold
/// character spans): split each text into clause-sized segments, classify them as the server
/// would, and compare with the gold spans clause by clause.
/// </summary>
internal sealed partial record ContractsReport(int Contracts, int Segments, LabelMetrics Metrics)
{
    // Same rule the data was built with: a segment takes a label when the overlap covers at least
    // half of the segment or half of the gold span.
    private const double OverlapShare = 0.5;
    private const int MaxSegment = 1500;
    private const int MinSegment = 60;

    public static ContractsReport Measure(IClauseClassifier classifier, string dataDirectory)
    {
        var folder = Path.Combine(dataDirectory, "contracts");
        using var index = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "index.json")));
        var gold = new List<IReadOnlySet<string>>();
        var predicted = new List<IReadOnlySet<string>>();
        var contracts = 0;
        foreach (var entry in index.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var text = File.ReadAllText(Path.Combine(folder, entry.Value.GetProperty("file").GetString()!));
            var spans = entry.Value.GetProperty("spans").EnumerateArray()
                .Select(s => (Label: s.GetProperty("label").GetString()!, Start: s.GetProperty("start").GetInt32(), End: s.GetProperty("end").GetInt32()))
                .Where(s => ClauseLabels.IsKnown(s.Label))
                .ToList();
            var segments = Segment(text);
            var labellings = classifier.Classify([.. segments.Select(s => new ClauseInput(text[s.Start..s.End], null))]);
            for (var i = 0; i < segments.Count; i++)
            {
                var (start, end) = segments[i];
                gold.Add(spans.Where(s => Covers(start, end, s.Start, s.End)).Select(s => s.Label).ToHashSet(StringComparer.Ordinal));
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
    /// A deliberately simple segmentation for this report: lines (CUAD's PDF text marks them with
    /// runs of spaces), short lines such as headings joined to what follows, long ones cut at
    /// sentence ends. The real segmenter lives in Segmentation/.
    /// </summary>
    internal static IReadOnlyList<(int Start, int End)> Segment(string text)
    {
        var pieces = new List<(int Start, int End)>();
        var cursor = 0;
        foreach (var m in LineBreak().Matches(text).Cast<Match?>().Append(null))
        {
            var end = m?.Index ?? text.Length;
            if (end > cursor && !string.IsNullOrWhiteSpace(text[cursor..end]))
            {
                pieces.Add((cursor, end));
            }

            cursor = m is null ? text.Length : m.Index + m.Length;
        }

        var merged = new List<(int Start, int End)>();
        (int Start, int End)? pending = null;
        foreach (var piece in pieces)
        {
            var current = pending is { } p ? (p.Start, piece.End) : piece;
            if (current.End - current.Start < MinSegment)
            {
                pending = current;
                continue;
            }

            pending = null;
            merged.AddRange(SplitLong(text, current));
        }

        if (pending is { } last)
        {
            merged.Add(last);
        }

        return merged;
    }

    private static IEnumerable<(int Start, int End)> SplitLong(string text, (int Start, int End) piece)
    {
        var start = piece.Start;
        while (piece.End - start > MaxSegment)
        {
            var window = text[start..(start + MaxSegment)];
            var cut = window.LastIndexOf(". ", StringComparison.Ordinal);
            var end = cut > MaxSegment / 3 ? start + cut + 1 : start + MaxSegment;
            yield return (start, end);
            start = end;
            while (start < piece.End && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }

        if (piece.End > start)
        {
            yield return (start, piece.End);
        }
    }

    public object ToJson() => new
    {
        contracts = Contracts,
        segments = Segments,
        segmentation = "lines (newlines or runs of 3+ spaces), lines under 60 chars joined to the next, cut at sentence ends above 1500 chars; gold label when the overlap covers >= 50% of the segment or of the gold span",
        metrics = TrainingReport.MetricsJson(Metrics),
    };

    [GeneratedRegex(@"\n|\s{3,}")]
    private static partial Regex LineBreak();
}
