using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
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
        var analyzer = new ContractAnalyzer(ModelClauseClassifier.Load(ModelClauseClassifier.DefaultPath), new ClauseSegmenter(), new FactExtractor(), new PlaybookEvaluator());
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
        var dll = Path.Combine(RepositoryRoot(), "server", "ClauseLens.Server", "bin", "Release", "net10.0", "ClauseLens.Server.dll");
        if (!File.Exists(dll))
        {
            Console.WriteLine($"server     : skipped, build it first: dotnet build -c Release server/ClauseLens.Server ({dll} missing)");
            return;
        }

        var folder = Directory.CreateTempSubdirectory("clauselens-bench-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { dll, "--urls", $"http://127.0.0.1:{port}", $"--ConnectionStrings:ClauseLens=Data Source={Path.Combine(folder, "bench.db")}",
                     "--ClauseLens:Access:PermitsPerMinute=1000000", "--Logging:LogLevel:Default=Warning" })
        {
            start.ArgumentList.Add(arg);
        }

        using var server = Process.Start(start)!;
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromMinutes(10) };
            await WaitHealthy(http);
            await RunBatch(http, documents.Take(4).ToList()); // warm-up
            var clock = Stopwatch.StartNew();
            var status = await RunBatch(http, documents);
            clock.Stop();
            var peak = File.ReadLines($"/proc/{server.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "?";
            Console.WriteLine($"server     : {documents.Count / clock.Elapsed.TotalSeconds,6:F1} docs/s  ({clock.Elapsed.TotalSeconds:F1} s upload to last result, {status}, server peak RSS {peak})");
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string> RunBatch(HttpClient http, IReadOnlyList<(string Name, string Text)> documents)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, text) in documents)
        {
            var part = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
            part.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            form.Add(part, "files", name);
        }

        var response = await http.PostAsync("api/batches", form);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"upload refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var location = response.Headers.Location!.OriginalString.TrimStart('/');
        while (true)
        {
            var status = await http.GetFromJsonAsync<JsonElement>(location);
            if (status.GetProperty("status").GetString() == "complete")
            {
                var counts = status.GetProperty("counts");
                await http.DeleteAsync(location);
                return $"{counts.GetProperty("done").GetInt32()} done, {counts.GetProperty("failed").GetInt32()} failed";
            }

            await Task.Delay(100);
        }
    }

    // Ten-page documents cut from the real contracts at paragraph breaks, each starting somewhere else.
    private static List<(string Name, string Text)> Make(int count, int characters)
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

    private static async Task WaitHealthy(HttpClient http)
    {
        for (var i = 0; i < 600; i++)
        {
            try
            {
                if ((await http.GetAsync("health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the server did not start");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClauseLens.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("ClauseLens.sln not found above the benchmark binaries.");
    }
}
