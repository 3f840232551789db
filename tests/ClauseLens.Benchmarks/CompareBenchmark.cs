using System.Diagnostics;
using ClauseLens.Analysis;
using ClauseLens.Analysis.Classification;
using ClauseLens.Analysis.Compare;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.TestSupport;
using static ClauseLens.Benchmarks.BenchArgs;
using static ClauseLens.Benchmarks.ContractPages;

namespace ClauseLens.Benchmarks;

/// <summary>
/// Cost of comparing two 50-page drafts (the real contracts of shared/data/contracts concatenated,
/// as the analyze benchmark does): the whole comparison (both analyses, run side by side, then
/// alignment) and the alignment alone on drafts already analysed. The later draft is a redline:
/// every 25th paragraph edited, one in 60 deleted, one block moved.
/// </summary>
internal static class CompareBenchmark
{
    public static int Run(string[] args)
    {
        var runs = BenchArgs.Number(args, 0, 30);
        var pages = BenchArgs.Number(args, 1, 50);
        var analyzer = ContractAnalyzer.For(ModelClauseClassifier.Load(ModelClauseClassifier.DefaultPath));
        var comparer = new DraftComparer(analyzer);
        var ingestor = new ContractIngestor();
        var playbook = BuiltInPlaybooks.All[BuiltInPlaybooks.DefaultId];
        var corpus = Corpus();
        var beforeText = Take(corpus, pages);
        var afterText = Redline(beforeText);
        var before = ingestor.FromText(beforeText);
        var after = ingestor.FromText(afterText);

        var whole = new List<double>();
        var align = new List<double>();
        var cpu = new List<double>();
        using var self = Process.GetCurrentProcess();
        DraftComparison? last = null;
        var beforeResult = analyzer.Analyze(before, playbook);
        var afterResult = analyzer.Analyze(after, playbook);
        for (var i = 0; i < runs + WarmUp; i++)
        {
            self.Refresh();
            var cpuBefore = self.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            last = comparer.Compare(before, after, playbook);
            var wholeMs = clock.Elapsed.TotalMilliseconds;
            self.Refresh();
            var cpuMs = (self.TotalProcessorTime - cpuBefore).TotalMilliseconds;
            clock.Restart();
            DraftComparer.Compare(before, beforeResult, after, afterResult);
            var alignMs = clock.Elapsed.TotalMilliseconds;
            if (i >= WarmUp)
            {
                whole.Add(wholeMs);
                align.Add(alignMs);
                cpu.Add(cpuMs);
            }
        }

        whole.Sort();
        align.Sort();
        cpu.Sort();
        Console.WriteLine($"{pages}-page drafts: {beforeText.Length} and {afterText.Length} chars, {last!.Before.Clauses.Count} and {last.After.Clauses.Count} clauses; {Environment.ProcessorCount} cores; {runs} runs after {WarmUp} warm-up runs");
        Console.WriteLine($"changes: {string.Join(", ", last.Changes.GroupBy(c => c.Kind).Select(g => $"{g.Count()} {WireName.Of(g.Key)}"))}; findings {last.Findings.New.Count} new, {last.Findings.Resolved.Count} resolved, {last.Findings.Unchanged.Count} unchanged");
        Console.WriteLine("what                         | p50 ms | p95 ms | max ms");
        Console.WriteLine($"compare (analyse both+align) | {Percentile(whole, 0.5),6:F1} | {Percentile(whole, 0.95),6:F1} | {whole[^1],6:F1}");
        Console.WriteLine($"align only (analysed drafts) | {Percentile(align, 0.5),6:F1} | {Percentile(align, 0.95),6:F1} | {align[^1],6:F1}");
        // CPU time barely moves with other load on the machine; wall time does.
        Console.WriteLine($"CPU ms per compare (whole process, both threads): p50 {Percentile(cpu, 0.5):F1}; load average {LoadAverage()}");
        return 0;
    }

    // Edits a reviewer would see in a counterparty's redline, spread over the whole draft.
    private static string Redline(string text)
    {
        var paragraphs = text.Split('\n').ToList();
        for (var i = 10; i < paragraphs.Count; i += 25)
        {
            paragraphs[i] = paragraphs[i].Replace(" shall ", " may ", StringComparison.Ordinal).Replace(" days", " business days", StringComparison.Ordinal) + " Subject to the Schedule.";
        }

        for (var i = paragraphs.Count - 30; i > 30; i -= 60)
        {
            paragraphs.RemoveAt(i);
        }

        var block = paragraphs.GetRange(paragraphs.Count / 3, 6);
        paragraphs.RemoveRange(paragraphs.Count / 3, 6);
        paragraphs.InsertRange(paragraphs.Count * 2 / 3, block);
        return string.Join('\n', paragraphs);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
