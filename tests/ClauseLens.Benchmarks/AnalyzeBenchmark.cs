using System.Diagnostics;
using ClauseLens.Analysis;
using ClauseLens.Analysis.Classification;
using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Segmentation;
using ClauseLens.TestSupport;
using static ClauseLens.Benchmarks.BenchArgs;
using static ClauseLens.Benchmarks.ContractPages;

namespace ClauseLens.Benchmarks;

/// <summary>
/// End-to-end analysis cost (text ingest → findings) for contracts of 10, 50 and 100 pages made by
/// concatenating the real contracts in shared/data/contracts. A page is taken as 3,000 characters
/// (about 500 words, a dense single-spaced contract page).
/// </summary>
internal static class AnalyzeBenchmark
{
    public static int Run(string[] args)
    {
        var runs = BenchArgs.Number(args, 0, 30);
        var loadClock = Stopwatch.StartNew();
        var classifier = ModelClauseClassifier.Load(ModelClauseClassifier.DefaultPath);
        var detectors = ContractAnalyzer.ShippedDetectors();
        var evidence = ContractAnalyzer.ShippedLabelEvidence();
        var loadMs = loadClock.ElapsedMilliseconds;
        var analyzer = ContractAnalyzer.For(classifier, detectors, evidence);
        var ingestor = new ContractIngestor();
        var playbook = BuiltInPlaybooks.All[BuiltInPlaybooks.DefaultId];
        var corpus = Corpus();

        Console.WriteLine($"model {classifier.ModelVersion} and {(detectors is null ? "no element detectors" : $"{detectors.Manifest.Detectors.Count} element detectors ({detectors.Manifest.Date})")} loaded in {loadMs} ms; {Environment.ProcessorCount} cores; {runs} runs per size (after {WarmUp} warm-up runs, so tiered JIT has settled)");
        Console.WriteLine("pages | chars   | clauses | p50 ms | p95 ms | max ms | clauses/s | ms/page | alloc MB/run");
        foreach (var pages in new[] { 10, 50, 100 })
        {
            var text = Take(corpus, pages);
            var timings = new List<double>();
            var clauses = 0;
            for (var i = 0; i < runs + WarmUp; i++)
            {
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var clock = Stopwatch.StartNew();
                var result = analyzer.Analyze(ingestor.FromText(text), playbook);
                clock.Stop();
                if (i >= WarmUp)
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

        Stages(classifier, evidence, ingestor, Take(corpus, 10), runs);
        Stages(classifier, evidence, ingestor, Take(corpus, 50), runs, "50-page");
        if (evidence is not null)
        {
            // The reader runs only when a required label is not found (never on this corpus with the
            // default playbook), so the stage times above do not show it: its cost on 50 pages alone.
            var fifty = Take(corpus, 50);
            var reads = new List<double>();
            for (var i = 0; i < runs + WarmUp; i++)
            {
                var clock = Stopwatch.StartNew();
                evidence.Read(fifty);
                if (i >= WarmUp)
                {
                    reads.Add(clock.Elapsed.TotalMilliseconds);
                }
            }

            reads.Sort();
            Console.WriteLine($"label evidence read of 50 pages (added when a required label is not found), median ms: {Percentile(reads, 0.50):F1}, p95 {Percentile(reads, 0.95):F1}");
        }

        using var self = Process.GetCurrentProcess();
        Console.WriteLine($"peak working set {self.PeakWorkingSet64 / (1024 * 1024)} MB (whole process: runtime, model and corpus)");
        return 0;
    }

    private static long _lastAlloc;

    // Where the time of one 10-page analysis goes, stage by stage (median of the runs).
    private static void Stages(IClauseClassifier classifier, LabelEvidence? evidence, ContractIngestor ingestor, string text, int runs, string what = "10-page")
    {
        var segmenter = new ClauseSegmenter();
        var extractor = new FactExtractor();
        var evaluator = new PlaybookEvaluator(evidence);
        var drafting = new ClauseLens.Analysis.Drafting.DraftingChecker();
        var playbook = BuiltInPlaybooks.All[BuiltInPlaybooks.DefaultId];
        var stages = new Dictionary<string, List<double>> { ["ingest"] = [], ["segment"] = [], ["classify"] = [], ["extract"] = [], ["evaluate"] = [], ["drafting"] = [] };
        for (var i = 0; i < runs + WarmUp; i++)
        {
            var clock = Stopwatch.StartNew();
            var document = ingestor.FromText(text);
            var ingest = clock.Elapsed.TotalMilliseconds;
            var clauses = segmenter.Segment(document);
            var segment = clock.Elapsed.TotalMilliseconds;
            var labels = classifier.Classify([.. clauses.Select(c => new ClauseInput(document.Slice(c.Start, c.End), c.Heading))]);
            var classify = clock.Elapsed.TotalMilliseconds;
            var analysed = clauses.Select((c, j) => new AnalyzedClause(c.Id, c.Number, c.Heading, c.Kind, c.ParagraphStart, c.ParagraphEnd, c.Start, c.End,
                labels[j].Labels, labels[j].Uncertain, extractor.Extract(document.Slice(c.Start, c.End), c.Start))).ToList();
            var extract = clock.Elapsed.TotalMilliseconds;
            evaluator.Evaluate(playbook, document, analysed);
            var evaluate = clock.Elapsed.TotalMilliseconds;
            drafting.Check(document, clauses, reportMissingPrevailingLanguage: false);
            var draft = clock.Elapsed.TotalMilliseconds;
            if (i >= WarmUp)
            {
                stages["ingest"].Add(ingest);
                stages["segment"].Add(segment - ingest);
                stages["classify"].Add(classify - segment);
                stages["extract"].Add(extract - classify);
                stages["evaluate"].Add(evaluate - extract);
                stages["drafting"].Add(draft - evaluate);
            }
        }

        Console.WriteLine($"{what} stages, median ms: " + string.Join(", ", stages.Select(kv =>
        {
            kv.Value.Sort();
            return $"{kv.Key} {Percentile(kv.Value, 0.5):F1}";
        })));
    }
}
