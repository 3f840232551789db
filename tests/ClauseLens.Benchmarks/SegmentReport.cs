using ClauseLens.TestSupport;
using System.Diagnostics;
using ClauseLens.Analysis;
using ClauseLens.Analysis.Segmentation;

namespace ClauseLens.Benchmarks;

/// <summary>
/// `segment-report`: segments every contract in shared/data and prints, per contract, its
/// paragraphs, clauses, clauses by kind, top-level numbered sections found and the time taken.
/// Prints counts and numbers only, never contract text.
/// </summary>
internal static class SegmentReport
{
    private const int TimingRuns = 20;

    public static int Run(string[] args)
    {
        var data = SharedData.Root;
        var files = Directory.GetFiles(Path.Combine(data, "contracts"), "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(data, "ja", "contracts"), "*.txt"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var verbose = args.Contains("--clauses");
        var segmenter = new ClauseSegmenter();

        Console.WriteLine($"{"contract",-60} {"chars",7} {"paras",5} {"clauses",7} {"pre",3} {"rec",3} {"def",3} {"sec",4} {"sig",3} {"sch",3} {"top",3} {"max",5} {"bestms",6}  top-level numbers");
        var totalChars = 0L;
        var totalMs = 0.0;
        foreach (var file in files)
        {
            var document = ContractDocument.FromParagraphs(File.ReadAllText(file).Split('\n').Where(l => !string.IsNullOrWhiteSpace(l)));
            var clauses = segmenter.Segment(document);
            var ms = Time(segmenter, document);
            totalChars += document.Text.Length;
            totalMs += ms;
            var top = TopLevelNumbers(clauses);
            int Count(ClauseKind k) => clauses.Count(c => c.Kind == k);
            var name = Path.GetFileNameWithoutExtension(file);
            Console.WriteLine(
                $"{(name.Length > 60 ? name[..60] : name),-60} {document.Text.Length,7} {document.Paragraphs.Count,5} {clauses.Count,7} " +
                $"{Count(ClauseKind.Preamble),3} {Count(ClauseKind.Recitals),3} {Count(ClauseKind.Definitions),3} {Count(ClauseKind.Section),4} " +
                $"{Count(ClauseKind.Signature),3} {Count(ClauseKind.Schedule),3} {top.Count,3} {clauses.Max(c => c.End - c.Start),5} {ms,6:F2}  {string.Join(",", top)}");
            if (verbose)
            {
                foreach (var c in clauses)
                {
                    // Structure only (number, heading, kind, sizes): the report is safe to paste.
                    Console.WriteLine($"    {c.Id,-5} {c.Kind,-11} p{c.ParagraphStart}-{c.ParagraphEnd} @{c.Start}-{c.End} {c.End - c.Start,5}  [{c.Number}] {c.Heading}");
                }
            }
        }

        // Linearity check: every English contract back to back as one long document (hundreds of pages).
        var all = ContractDocument.FromParagraphs(files.Where(f => !f.Contains($"{Path.DirectorySeparatorChar}ja{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadAllText(f).Split('\n').Where(l => !string.IsNullOrWhiteSpace(l))));
        var allMs = Time(segmenter, all);
        if (args.Contains("--scaling"))
        {
            foreach (var k in new[] { 1, 2, 4 })
            {
                var big = ContractDocument.FromParagraphs(Enumerable.Repeat(all.Paragraphs.Select(p => p.Text), k).SelectMany(x => x));
                Console.WriteLine($"x{k}: {big.Text.Length} chars {Time(segmenter, big):F1} ms");
            }
        }

        Console.WriteLine($"one document of all English contracts: {all.Text.Length} chars (~{all.Text.Length / 3000} pages of 3000 chars), {segmenter.Segment(all).Count} clauses, {allMs:F1} ms best-of-{TimingRuns}; per 100 pages: {allMs * 300_000 / all.Text.Length:F1} ms");
        Console.WriteLine($"total: {files.Count} contracts, {totalChars} chars, {totalMs:F1} ms best-of-{TimingRuns} ({totalChars / Math.Max(totalMs, 0.001) / 1000:F1} M chars/s)");
        return 0;
    }

    /// <summary>Distinct top-level section numbers ("1", "V", "第5条") among the operative clauses, in order.</summary>
    private static List<string> TopLevelNumbers(IReadOnlyList<Clause> clauses) =>
        clauses.Where(c => c.Kind is ClauseKind.Section or ClauseKind.Definitions && c.Number is { } n && IsTopLevel(n))
            .Select(c => c.Number!)
            .Distinct()
            .ToList();

    private static bool IsTopLevel(string number) =>
        number.All(char.IsAsciiDigit) || number.All(c => "IVXLC".Contains(c)) || number.StartsWith('第') && number.EndsWith('条');

    /// <summary>
    /// Best of several runs after a warm-up: JIT and first-touch costs do not count, and on a shared
    /// machine the fastest run is the one least disturbed by other work.
    /// </summary>
    private static double Time(ClauseSegmenter segmenter, ContractDocument document)
    {
        segmenter.Segment(document);
        var samples = new double[TimingRuns];
        for (var i = 0; i < TimingRuns; i++)
        {
            var sw = Stopwatch.StartNew();
            segmenter.Segment(document);
            samples[i] = sw.Elapsed.TotalMilliseconds;
        }

        return samples.Min();
    }
}
