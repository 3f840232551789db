using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ClauseLens.TestSupport;

namespace ClauseLens.Benchmarks;

/// <summary>
/// What the first user after a start waits: the Release server is started cold, and as soon as
/// <c>/health/ready</c> answers 200 the first analysis (a ten-page contract from shared/data, as text)
/// is timed, then the same request warm. With the start-up warm-up (the default) and without it
/// (<c>ClauseLens:WarmUp:Iterations=0</c>), alternating, each server started afresh. Target: the
/// first analysis within 2x of the warm p50.
/// </summary>
internal static class FirstRequestBenchmark
{
    private const int CharactersPerPage = 3_000;
    private const int WarmRequests = 20;

    public static async Task<int> Run(string[] args)
    {
        var rounds = BenchArgs.Number(args, 0, 3);
        if (BenchServer.Dll() is not { } dll)
        {
            return 2;
        }

        var corpus = string.Join("\n\n", SharedData.ContractFiles().Select(File.ReadAllText));
        var text = corpus[..(10 * CharactersPerPage)];
        var docx = TestDocuments.Docx(text.Split('\n'));
        Console.WriteLine($"{rounds} rounds; each: start the server, wait for /health/ready, time the first request, then {WarmRequests} warm ones (ten pages, {text.Length} characters)");
        Console.WriteLine("warm-up | ready s | first text ms | first .docx ms | warm p50 ms | first/p50");
        var results = new Dictionary<string, List<double>>();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (label, settings) in new[] { ("on", Array.Empty<string>()), ("off", ["--ClauseLens:WarmUp:Iterations=0"]) })
            {
                using var folder = new TempFolder();
                var clock = Stopwatch.StartNew();
                using var server = await BenchServer.StartAsync(dll, $"Data Source={Path.Combine(folder.Path, "bench.db")}", settings);
                await WaitReadyAsync(server.Http);
                var ready = clock.Elapsed.TotalSeconds;

                var first = await TimeAsync(() => server.Http.PostAsJsonAsync("api/analyze", new { text }));
                var firstDocx = await TimeAsync(() => server.Http.PostAsync("api/analyze/file", Upload(docx)));
                var warm = new List<double>();
                for (var i = 0; i < WarmRequests; i++)
                {
                    warm.Add(await TimeAsync(() => server.Http.PostAsJsonAsync("api/analyze", new { text })));
                }

                warm.Sort();
                var p50 = warm[warm.Count / 2];
                Console.WriteLine($"{label,7} | {ready,7:F1} | {first,13:F0} | {firstDocx,14:F0} | {p50,11:F0} | {first / p50,9:F1}");
                (results.TryGetValue(label, out var list) ? list : results[label] = []).Add(first / p50);
            }
        }

        foreach (var (label, ratios) in results)
        {
            ratios.Sort();
            Console.WriteLine($"warm-up {label}: median first/p50 {ratios[ratios.Count / 2]:F1}");
        }

        return 0;
    }

    private static async Task WaitReadyAsync(HttpClient http)
    {
        for (var i = 0; i < 1200; i++)
        {
            if ((await http.GetAsync("health/ready")).IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("the server did not become ready");
    }

    private static async Task<double> TimeAsync(Func<Task<HttpResponseMessage>> request)
    {
        var clock = Stopwatch.StartNew();
        using var response = await request();
        await response.Content.ReadAsByteArrayAsync();
        response.EnsureSuccessStatusCode();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static MultipartFormDataContent Upload(byte[] docx)
    {
        var content = new ByteArrayContent(docx);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        return new MultipartFormDataContent { { content, "file", "contract.docx" } };
    }
}
