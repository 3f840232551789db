using System.Diagnostics;
using System.Text;
using ClauseLens.Analysis;
using ClauseLens.Analysis.Classification;
using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Reports;
using ClauseLens.Analysis.Segmentation;
using ClauseLens.TestSupport;

namespace ClauseLens.Benchmarks;

/// <summary>
/// Batch throughput: N ten-page documents cut from the real contracts (default 300), analysed
/// in-process as `clauselens check` does (one per core), then uploaded as one batch to the real
/// server (started from its Release build on a temp database) and followed to completion.
/// Reports documents per second and peak memory for each.
/// </summary>
internal static class BatchBenchmark
{
    private const int CharactersPerPage = 3_000;

    public static async Task<int> Run(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 300;
        var documents = Make(count, 10 * CharactersPerPage);
        Console.WriteLine($"{count} documents of ~{10 * CharactersPerPage:N0} characters (10 pages); {Environment.ProcessorCount} cores");
        InProcess(documents);
        await ThroughServer(documents);
        return 0;
    }

    private static void InProcess(IReadOnlyList<(string Name, string Text)> documents)
    {
        var analyzer = ContractAnalyzer.WithShippedModel();
        var playbook = BuiltInPlaybooks.All[BuiltInPlaybooks.DefaultId];
        var ingestor = new ContractIngestor();
        Analyse(documents.Take(4).ToList()); // warm-up: JIT and model caches
        var clock = Stopwatch.StartNew();
        var findings = Analyse(documents);
        clock.Stop();
        using var self = Process.GetCurrentProcess();
        Console.WriteLine($"in-process : {documents.Count / clock.Elapsed.TotalSeconds,6:F1} docs/s  ({clock.Elapsed.TotalSeconds:F1} s, {findings} findings, peak working set {self.PeakWorkingSet64 / (1024 * 1024)} MB)");

        int Analyse(IReadOnlyList<(string Name, string Text)> batch)
        {
            var total = 0;
            Parallel.ForEach(batch, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, d =>
            {
                var document = ingestor.Read(new MemoryStream(Encoding.UTF8.GetBytes(d.Text)), ContractFormat.Text);
                var row = DocumentReport.Analysed(0, d.Name, analyzer.Analyze(document, playbook), document);
                Interlocked.Add(ref total, row.Findings.Count);
            });
            return total;
        }
    }

    private static async Task ThroughServer(IReadOnlyList<(string Name, string Text)> documents)
    {
        if (BenchServer.Dll() is not { } dll)
        {
            return;
        }

        var folder = Directory.CreateTempSubdirectory("clauselens-bench-").FullName;
        try
        {
            using var server = await BenchServer.StartAsync(dll, $"Data Source={Path.Combine(folder, "bench.db")}");
            await server.RunBatchAsync(documents.Take(4).ToList()); // warm-up
            var clock = Stopwatch.StartNew();
            var status = await server.RunBatchAsync(documents);
            clock.Stop();
            Console.WriteLine($"server     : {documents.Count / clock.Elapsed.TotalSeconds,6:F1} docs/s  ({clock.Elapsed.TotalSeconds:F1} s upload to last result, {status}, server peak RSS {server.PeakRss()})");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // Ten-page documents cut from the real contracts at paragraph breaks, each starting somewhere else.
    internal static List<(string Name, string Text)> Make(int count, int characters)
    {
        var corpus = string.Join("\n\n", SharedData.ContractFiles().Select(File.ReadAllText));
        var documents = new List<(string, string)>(count);
        for (var i = 0; i < count; i++)
        {
            var start = corpus.IndexOf('\n', (int)((long)i * 7919 * 13 % corpus.Length)) + 1;
            var text = corpus[start..Math.Min(corpus.Length, start + characters + 2_000)];
            if (text.Length < characters + 2_000)
            {
                text += "\n\n" + corpus[..(characters + 2_000 - text.Length)];
            }

            var cut = text.LastIndexOf('\n', characters);
            documents.Add(($"contract-{i:D3}.txt", text[..(cut > characters / 2 ? cut : characters)]));
        }

        return documents;
    }
}
