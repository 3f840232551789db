using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ClauseLens.Analysis;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Reports;
using ClauseLens.Server.Batches;
using ClauseLens.TestSupport;

namespace ClauseLens.Benchmarks;

/// <summary>
/// Scale-out on one machine: the same batch of ten-page documents through one server on SQLite, then
/// through one, two and three servers sharing a PostgreSQL database (a throwaway cluster with
/// PostgreSQL's default, durable settings), submitted through the first and followed to completion.
/// Then the store alone, without analysis: milliseconds per document to store a batch, and to claim
/// and complete each document (one worker, then four at once), on SQLite and on PostgreSQL.
/// </summary>
internal static class ScaleOutBenchmark
{
    public static async Task<int> Run(string[] args)
    {
        var count = BenchArgs.Number(args, 0, 200);
        var storeOnly = args.Contains("--store-only");
        var documents = BatchBenchmark.Make(count, 30_000);
        Console.WriteLine($"{count} documents of ~30,000 characters (10 pages); {Environment.ProcessorCount} cores; each server analyses {Environment.ProcessorCount} at once");
        await using var cluster = await PostgresCluster.StartAsync(durable: true);
        var folder = Directory.CreateTempSubdirectory("clauselens-bench-").FullName;
        try
        {
            if (!storeOnly)
            {
                await Servers(cluster, folder, documents);
            }

            await StoreOverhead(cluster, folder, documents);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        return 0;
    }

    private static async Task Servers(PostgresCluster cluster, string folder, IReadOnlyList<(string Name, string Text)> documents)
    {
        if (BenchServer.Dll() is not { } dll)
        {
            return;
        }

        await Through(dll, "SQLite     x1", [$"Data Source={Path.Combine(folder, "servers.db")}"], documents);
        for (var instances = 1; instances <= 3; instances++)
        {
            var database = await cluster.DatabaseAsync($"servers_{instances}");
            await Through(dll, $"PostgreSQL x{instances}", [.. Enumerable.Repeat(database, instances)], documents);
        }
    }

    private static async Task Through(string dll, string label, string[] connections, IReadOnlyList<(string Name, string Text)> documents)
    {
        var servers = new List<BenchServer>();
        try
        {
            foreach (var connection in connections)
            {
                // One at a time: the first creates the schema, and start-up is not what is measured.
                servers.Add(await BenchServer.StartAsync(dll, connection));
            }

            await servers[0].RunBatchAsync(documents.Take(4 * servers.Count).ToList()); // warm-up, likely spread over every instance
            var clock = Stopwatch.StartNew();
            var status = await servers[0].RunBatchAsync(documents);
            clock.Stop();
            Console.WriteLine($"server {label}: {documents.Count / clock.Elapsed.TotalSeconds,6:F1} docs/s  ({clock.Elapsed.TotalSeconds:F1} s upload to last result, {status}; peak RSS {string.Join(", ", servers.Select(s => s.PeakRss()))})");
        }
        finally
        {
            servers.ForEach(s => s.Dispose());
        }
    }

    // The store's own cost per document, with a real analysis result as the payload.
    private static async Task StoreOverhead(PostgresCluster cluster, string folder, IReadOnlyList<(string Name, string Text)> documents)
    {
        var analyzer = ContractAnalyzer.WithShippedModel();
        var contract = new ContractIngestor().Read(new MemoryStream(Encoding.UTF8.GetBytes(documents[0].Text)), ContractFormat.Text);
        var analysis = analyzer.Analyze(contract, BuiltInPlaybooks.All[BuiltInPlaybooks.DefaultId]);
        var result = new StoredResult(DocumentReport.Analysed(0, documents[0].Name, analysis, contract), JsonSerializer.Serialize(analysis, BatchReport.Json));
        Console.WriteLine($"store alone, {documents.Count} documents, {result.AnalysisJson!.Length / 1024} KB of analysis JSON each:");

        var sqlite = new SqliteBatchStore($"Data Source={Path.Combine(folder, "store.db")}", TimeProvider.System);
        await Measure("SQLite    ", sqlite, documents, result);
        await using var postgres = new PostgresBatchStore(await cluster.DatabaseAsync("store"), TimeProvider.System);
        await Measure("PostgreSQL", postgres, documents, result);
    }

    private static async Task Measure(string label, IBatchStore store, IReadOnlyList<(string Name, string Text)> documents, StoredResult result)
    {
        await store.MigrateAsync(default);
        var lease = TimeSpan.FromMinutes(5);
        var line = new StringBuilder($"  {label}:");
        for (var round = 0; round < 2; round++)
        {
            var workers = round == 0 ? 1 : 4;
            var batch = new NewBatch($"bench-{round}", "bench", BuiltInPlaybooks.DefaultId, DateTimeOffset.UtcNow,
                [.. documents.Select(d => new NewDocument(d.Name, ".txt", Encoding.UTF8.GetBytes(d.Text), null))]);
            var clock = Stopwatch.StartNew();
            await store.CreateAsync(batch, default);
            var create = clock.Elapsed;
            clock.Restart();
            await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
            {
                while (await store.ClaimAsync($"w{w}", lease, default) is { } claimed)
                {
                    await store.CompleteAsync(claimed.Key, $"w{w}", result, default);
                }
            })));
            var cycle = clock.Elapsed;
            await store.DeleteAsync(batch.Id, "bench", default);
            if (round == 0)
            {
                line.Append($" store batch {create.TotalMilliseconds / documents.Count:F2} ms/doc,");
            }

            line.Append($" claim+complete x{workers} {cycle.TotalMilliseconds / documents.Count:F2} ms/doc");
            line.Append(round == 0 ? "," : "");
        }

        Console.WriteLine(line);
    }
}
