using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Security.Cryptography;
using ClauseLens.TestSupport;

namespace ClauseLens.Benchmarks;

/// <summary>
/// <c>load [seconds] [clients]</c>: the Release server as its own process on loopback; each real
/// contract of shared/data/contracts is analysed once, one after another, for a baseline; then N
/// clients (16 by default) send the same contracts to <c>/api/analyze</c> in turn for the given time
/// (120 s by default). Prints the requests, every answer that was not a 200, every answer whose
/// body differs from the baseline (the analysis must not depend on what else runs), throughput,
/// latency, and the server's resident memory sampled once a second (after the first pass, then at
/// the end: flat means no growth under sustained load). Nothing of the contracts is printed.
/// </summary>
internal static class LoadBenchmark
{
    public static async Task<int> Run(string[] args)
    {
        if (BenchServer.Dll() is not { } dll)
        {
            return 2;
        }

        var seconds = BenchArgs.Number(args, 0, 120);
        var clients = BenchArgs.Number(args, 1, 16);
        var contracts = SharedData.ContractFiles().Select(File.ReadAllText).ToList();
        var folder = Directory.CreateTempSubdirectory("clauselens-load-");
        try
        {
            // Default limits: the analysis cap (one per core) queues up to 64 waiting requests, so
            // 16 clients wait their turn rather than get a 503.
            using var server = await BenchServer.StartAsync(dll, $"Data Source={Path.Combine(folder.FullName, "load.db")}");
            using var http = new HttpClient { BaseAddress = server.Http.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };

            var baseline = new string[contracts.Count];
            for (var i = 0; i < contracts.Count; i++)
            {
                var (status, digest, _) = await AnalyzeAsync(http, contracts[i], CancellationToken.None);
                if (status != 200)
                {
                    Console.WriteLine($"baseline   : contract {i + 1} answered {status}; stopping");
                    return 1;
                }

                baseline[i] = digest;
            }

            var rssAfterBaseline = server.Rss();
            var statuses = new ConcurrentDictionary<int, int>();
            var different = 0;
            var latencies = new ConcurrentBag<double>();
            var rss = new List<long>();
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
            var clock = Stopwatch.StartNew();
            var load = Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
            {
                for (var n = client; !stop.IsCancellationRequested; n += clients)
                {
                    var index = n % contracts.Count;
                    try
                    {
                        var (status, digest, elapsed) = await AnalyzeAsync(http, contracts[index], stop.Token);
                        statuses.AddOrUpdate(status, 1, (_, v) => v + 1);
                        latencies.Add(elapsed);
                        if (status == 200 && digest != baseline[index])
                        {
                            Interlocked.Increment(ref different);
                        }
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

            while (!stop.IsCancellationRequested)
            {
                rss.Add(server.Rss());
                await Task.Delay(1000);
            }

            await Task.WhenAll(load);
            var elapsedSeconds = clock.Elapsed.TotalSeconds;
            var sorted = latencies.Order().ToList();
            double P(double q) => sorted.Count == 0 ? 0 : ContractPages.Percentile(sorted, q);
            var total = statuses.Values.Sum();
            var tenth = Math.Max(1, rss.Count / 10);
            static string Mb(long bytes) => $"{bytes / 1024 / 1024} MB";
            Console.WriteLine($"contracts  : {contracts.Count} real contracts, baseline analysed one by one");
            Console.WriteLine($"load       : {clients} clients for {seconds} s: {total} requests ({total / elapsedSeconds:F1}/s); answers {string.Join(", ", statuses.OrderBy(kv => kv.Key).Select(kv => $"{kv.Value}×{(kv.Key == 0 ? "no answer" : kv.Key)}"))}");
            Console.WriteLine($"results    : {different} of {statuses.GetValueOrDefault(200)} answers differ from the one-by-one baseline");
            Console.WriteLine($"latency    : p50 {P(0.5):F0} ms, p95 {P(0.95):F0} ms, max {(sorted.Count == 0 ? 0 : sorted[^1]):F0} ms (per request, {clients} in flight)");
            Console.WriteLine($"memory     : RSS after the baseline {Mb(rssAfterBaseline)}; under load, mean of the first tenth {Mb((long)rss.Take(tenth).Average())}, of the last tenth {Mb((long)rss.TakeLast(tenth).Average())}, max {Mb(rss.Max())}; peak {server.PeakRss()}");
            Console.WriteLine($"server     : running: {server.IsRunning}");
            return different == 0 && statuses.Keys.All(k => k == 200) && server.IsRunning ? 0 : 1;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<(int Status, string Digest, double Milliseconds)> AnalyzeAsync(HttpClient http, string text, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        using var response = await http.PostAsJsonAsync("api/analyze", new { text }, cancellation);
        var body = await response.Content.ReadAsByteArrayAsync(cancellation);
        return ((int)response.StatusCode, Convert.ToHexString(SHA256.HashData(body)), clock.Elapsed.TotalMilliseconds);
    }
}
