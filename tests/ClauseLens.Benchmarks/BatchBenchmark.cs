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
/// server (started once from its Release build on a temp database) and followed to completion.
/// The two alternate for a few rounds, so a change in the machine's load hits both alike, and each
/// round reports documents per second and CPU milliseconds per document (user + system of the
/// process doing the work): the CPU cost barely moves with other load, wall-clock throughput does.
/// </summary>
internal static class BatchBenchmark
{
    public static async Task<int> Run(string[] args)
    {
        var count = BenchArgs.Number(args, 0, 300);
        var rounds = args.SkipWhile(a => a != "--rounds").Skip(1).Select(int.Parse).FirstOrDefault(3);
        var documents = Make(count, 10 * ContractPages.CharactersPerPage);
        Console.WriteLine($"{count} documents of ~{10 * ContractPages.CharactersPerPage:N0} characters (10 pages); {Environment.ProcessorCount} cores; {rounds} rounds; load average {LoadAverage()}");

        var url = args.SkipWhile(a => a != "--server").Skip(1).FirstOrDefault();
        var inProcess = new InProcessRunner();
        await using var server = url is null ? await ServerRunner.Start() : await ServerRunner.Attach(new Uri(url));
        inProcess.Run(documents.Take(40).ToList()); // warm-up: JIT and model caches
        if (server is not null)
        {
            await server.RunBatch(documents.Take(40).ToList());
        }

        var local = new List<Measurement>();
        var remote = new List<Measurement>();
        for (var round = 1; round <= rounds; round++)
        {
            local.Add(inProcess.Run(documents));
            Console.WriteLine($"round {round} in-process : {local[^1]}");
            if (server is not null)
            {
                remote.Add(await server.RunBatch(documents));
                Console.WriteLine($"round {round} server     : {remote[^1]}");
            }
        }

        Console.WriteLine($"median   in-process : {Median(local)}; peak working set {PeakMegabytes(Environment.ProcessId)} MB");
        if (server is not null)
        {
            Console.WriteLine($"median   server     : {Median(remote)}; server peak RSS {PeakMegabytes(server.ProcessId)} MB; load average {LoadAverage()}");
        }

        return 0;
    }

    private sealed record Measurement(int Documents, TimeSpan Elapsed, TimeSpan Cpu, string Outcome)
    {
        public double PerSecond => Documents / Elapsed.TotalSeconds;

        public double CpuMsPerDocument => Cpu.TotalMilliseconds / Documents;

        public override string ToString() =>
            $"{PerSecond,6:F1} docs/s  {CpuMsPerDocument,6:F1} CPU ms/doc  ({Elapsed.TotalSeconds:F1} s, {Outcome})";
    }

    private static Measurement Median(List<Measurement> runs) => runs.OrderBy(m => m.PerSecond).ElementAt(runs.Count / 2);

    private sealed class InProcessRunner
    {
        private readonly ContractAnalyzer _analyzer = ContractAnalyzer.WithShippedModel();
        private readonly Playbook _playbook = BuiltInPlaybooks.All[BuiltInPlaybooks.DefaultId];
        private readonly ContractIngestor _ingestor = new();

        public Measurement Run(IReadOnlyList<(string Name, string Text)> batch)
        {
            using var self = Process.GetCurrentProcess();
            var cpu = self.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var findings = 0;
            Parallel.ForEach(batch, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, d =>
            {
                var document = _ingestor.Read(new MemoryStream(Encoding.UTF8.GetBytes(d.Text)), ContractFormat.Text);
                var row = DocumentReport.Analysed(0, d.Name, _analyzer.Analyze(document, _playbook), document);
                Interlocked.Add(ref findings, row.Findings.Count);
            });
            clock.Stop();
            self.Refresh();
            return new Measurement(batch.Count, clock.Elapsed, self.TotalProcessorTime - cpu, $"{findings} findings");
        }
    }

    /// <summary>The real server as a separate process on a free port and a temp database.</summary>
    /// <remarks>
    /// With <c>--server URL</c> it uses a server already running on this machine instead (started by
    /// hand with other settings, or under <c>dotnet-trace</c>), found by its port, and leaves it running.
    /// </remarks>
    private sealed class ServerRunner(Process process, HttpClient http, Action? stop) : IAsyncDisposable
    {
        public int ProcessId => process.Id;

        public static async Task<ServerRunner> Attach(Uri url)
        {
            var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromMinutes(10) };
            await WaitHealthy(http);
            var listening = Process.Start(new ProcessStartInfo("ss", $"-Hltnp sport = :{url.Port}") { RedirectStandardOutput = true })!;
            var line = await listening.StandardOutput.ReadToEndAsync();
            var pid = int.Parse(System.Text.RegularExpressions.Regex.Match(line, @"pid=(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            return new ServerRunner(Process.GetProcessById(pid), http, null);
        }

        public static async Task<ServerRunner?> Start()
        {
            if (BenchServer.Dll() is not { } dll)
            {
                return null;
            }

            var folder = Directory.CreateTempSubdirectory("clauselens-bench-").FullName;
            var server = await BenchServer.StartAsync(dll, $"Data Source={Path.Combine(folder, "bench.db")}");
            return new ServerRunner(Process.GetProcessById(server.Id), server.Http, () =>
            {
                server.Dispose();
                Directory.Delete(folder, recursive: true);
            });
        }

        /// <summary>Uploads the documents as one batch and follows it until the last result is stored; deletes it after the clock stops.</summary>
        public async Task<Measurement> RunBatch(IReadOnlyList<(string Name, string Text)> documents)
        {
            using var form = BatchUpload.Form(documents);
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var location = await BatchUpload.SubmitAsync(http, form);
            var uploaded = clock.Elapsed;
            var status = await BatchUpload.CompletedAsync(http, location);
            clock.Stop();
            process.Refresh();
            var outcome = $"{BatchUpload.Outcome(status)}, upload {uploaded.TotalSeconds:F1} s";
            await http.DeleteAsync(location);
            return new Measurement(documents.Count, clock.Elapsed, process.TotalProcessorTime - cpu, outcome);
        }

        public ValueTask DisposeAsync()
        {
            http.Dispose();
            stop?.Invoke(); // only a server this benchmark started; an attached one keeps running
            process.Dispose();
            return ValueTask.CompletedTask;
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static long PeakMegabytes(int processId) =>
        File.ReadLines($"/proc/{processId}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) is { } line
            ? long.Parse(line.Split(':')[1].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024
            : -1;

    // Ten-page documents cut from the real contracts at paragraph breaks, each starting somewhere else.
    internal static List<(string Name, string Text)> Make(int count, int characters)
    {
        var corpus = ContractPages.Corpus();
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
}
