using System.Diagnostics;
using ClauseLens.TestSupport.Hostile;

namespace ClauseLens.Benchmarks;

/// <summary>
/// <c>health-under-load [seconds] [clients]</c>: the Release server as its own process on loopback;
/// N clients (16 by default) each send slow hostile inputs one after another for the given time
/// (20 s by default), while one more asks <c>/health/live</c> every 50 ms. Prints the health
/// latencies (p50, p99, max) and what the clients got.
/// </summary>
internal static class HealthUnderLoadBenchmark
{
    // The families that cost the most CPU per request and still end in a 200 or a 4xx.
    private static readonly string[] SlowFamilies = ["long-run-words", "long-run", "html-list-items", "docx-numbering", "pdf-many-lines", "html-nesting"];

    public static async Task<int> Run(string[] args)
    {
        if (BenchServer.Dll() is not { } dll)
        {
            return 2;
        }

        var seconds = BenchArgs.Number(args, 0, 20);
        var clients = BenchArgs.Number(args, 1, 16);
        var slow = HostileCorpus.Generate().Where(h => SlowFamilies.Contains(h.Family)).ToList();
        var folder = Directory.CreateTempSubdirectory("clauselens-health-");
        try
        {
            using var server = await BenchServer.StartAsync(dll, $"Data Source={Path.Combine(folder.FullName, "health.db")}");
            using var http = new HttpClient { BaseAddress = server.Http.BaseAddress, Timeout = TimeSpan.FromSeconds(120) };
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
            var statuses = new System.Collections.Concurrent.ConcurrentDictionary<int, int>();

            var load = Enumerable.Range(0, clients).Select(i => Task.Run(async () =>
            {
                for (var n = i; !stop.IsCancellationRequested; n += clients)
                {
                    using var request = slow[n % slow.Count].ToMessage();
                    try
                    {
                        using var response = await http.SendAsync(request, stop.Token);
                        statuses.AddOrUpdate((int)response.StatusCode, 1, (_, v) => v + 1);
                    }
                    catch (OperationCanceledException) when (stop.IsCancellationRequested)
                    {
                    }
                    catch (HttpRequestException)
                    {
                        statuses.AddOrUpdate(0, 1, (_, v) => v + 1);
                    }
                }
            })).ToArray();

            var latencies = new List<double>();
            var failures = 0;
            while (!stop.IsCancellationRequested)
            {
                var clock = Stopwatch.StartNew();
                try
                {
                    using var response = await http.GetAsync("health/live");
                    if (!response.IsSuccessStatusCode)
                    {
                        failures++;
                    }
                }
                catch (HttpRequestException)
                {
                    failures++;
                }

                latencies.Add(clock.Elapsed.TotalMilliseconds);
                await Task.Delay(50);
            }

            await Task.WhenAll(load);
            latencies.Sort();
            double P(double q) => ContractPages.Percentile(latencies, q);
            Console.WriteLine($"load       : {clients} clients for {seconds} s sending {slow.Count} slow hostile inputs in turn; answers {string.Join(", ", statuses.OrderBy(kv => kv.Key).Select(kv => $"{kv.Value}×{(kv.Key == 0 ? "no answer" : kv.Key)}"))}");
            Console.WriteLine($"health     : {latencies.Count} probes of /health/live, {failures} failed; p50 {P(0.5):F1} ms, p99 {P(0.99):F1} ms, max {latencies[^1]:F1} ms");
            Console.WriteLine($"server     : peak RSS {server.PeakRss()}, running: {server.IsRunning}");
            return 0;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
