using System.Diagnostics;
using ClauseLens.Analysis;
using ClauseLens.Analysis.Classification;
using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Segmentation;
using ClauseLens.TestSupport;

namespace ClauseLens.Benchmarks;

/// <summary>
/// End-to-end analysis cost (text ingest → findings) for contracts of 10, 50 and 100 pages made by
/// concatenating the real contracts in shared/data/contracts. A page is taken as 3,000 characters
/// (about 500 words, a dense single-spaced contract page).
/// </summary>
internal static class AnalyzeBenchmark
{
    private const int CharactersPerPage = 3_000;

    public static int Run(string[] args)
    {
        var runs = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 30;
        var loadClock = Stopwatch.StartNew();
        var classifier = ModelClauseClassifier.Load(ModelClauseClassifier.DefaultPath);
        var loadMs = loadClock.ElapsedMilliseconds;
        var analyzer = ContractAnalyzer.For(classifier);
        var ingestor = new ContractIngestor();
        var playbook = BuiltInPlaybooks.All[BuiltInPlaybooks.DefaultId];
        var corpus = string.Join("\n\n", SharedData.ContractFiles().Select(File.ReadAllText));

        Console.WriteLine($"model {classifier.ModelVersion} loaded in {loadMs} ms; {Environment.ProcessorCount} cores; {runs} runs per size (after 3 warm-up runs)");
        Console.WriteLine("pages | chars   | clauses | p50 ms | p95 ms | max ms | clauses/s | ms/page | alloc MB/run");
        foreach (var pages in new[] { 10, 50, 100 })
        {
            var text = Take(corpus, pages * CharactersPerPage);
            var timings = new List<double>();
            var clauses = 0;
            for (var i = 0; i < runs + 3; i++)
            {
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var clock = Stopwatch.StartNew();
                var result = analyzer.Analyze(ingestor.FromText(text), playbook);
                clock.Stop();
                if (i >= 3)
                {
                    timings.Add(clock.Elapsed.TotalMilliseconds);
                    clauses = result.Clauses.Count;
                    _lastAlloc = GC.GetAllocatedBytesForCurrentThread() - allocated;
                }
            }

            timings.Sort();
            var p50 = Percentile(timings, 0.50);
            Console.WriteLine($"{pages,5} | {text.Length,7} | {clauses,7} | {p50,6:F1} | {Percentile(timings, 0.95),6:F1} | {timings[^1],6:F1} | {clauses / (p50 / 1000),9:F0} | {p50 / pages,7:F2} | {_lastAlloc / 1e6,8:F1}");
        }

        using var self = Process.GetCurrentProcess();
        Console.WriteLine($"peak working set {self.PeakWorkingSet64 / (1024 * 1024)} MB (whole process: runtime, model and corpus)");
        return 0;
    }

    private static long _lastAlloc;

    // Cut at a paragraph break so the last clause is whole; repeat the corpus if it is too short.
    private static string Take(string corpus, int characters)
    {
        var source = corpus;
        while (source.Length < characters)
        {
            source += "\n\n" + corpus;
        }

        var cut = source.LastIndexOf('\n', characters);
        return source[..(cut > characters / 2 ? cut : characters)];
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
