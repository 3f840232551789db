using ClauseLens.TestSupport.Hostile;

namespace ClauseLens.Benchmarks;

/// <summary>
/// <c>fuzz [--light] [--only FAMILY] [--slowest N]</c> (--light: without the heaviest cases, as the test): every case of the hostile corpus against the Release server as its own
/// process, one at a time. Prints the cases, the statuses, any 5xx or lost answer, the slowest cases
/// and the largest peak memory growth of the server for one request.
/// </summary>
internal static class FuzzBenchmark
{
    public static async Task<int> Run(string[] args)
    {
        if (BenchServer.Dll() is not { } dll)
        {
            return 2;
        }

        var only = Option(args, "--only");
        var slowestCount = int.TryParse(Option(args, "--slowest"), out var n) ? n : 10;
        var source = args.Contains("--light") ? [.. BadInputCorpus.All(), .. HostileCorpus.GenerateLight()] : HostileCorpus.All();
        var corpus = source.Where(c => only is null || c.Family.StartsWith(only, StringComparison.Ordinal)).ToList();
        using var folder = new TempDirectory();
        using var server = await BenchServer.StartAsync(dll, $"Data Source={Path.Combine(folder.Path, "fuzz.db")}");
        using var client = new HttpClient { BaseAddress = server.Http.BaseAddress, Timeout = TimeSpan.FromSeconds(120) };
        var startRss = server.Rss();
        Console.WriteLine($"fuzz       : {corpus.Count} cases against server pid {server.Id} (RSS at start {startRss / 1048576} MB)");

        var sent = 0;
        var outcomes = await FuzzRun.RunAsync(client, server.Id, corpus, () => server.IsRunning, o =>
        {
            if (++sent % 250 == 0 || o.Elapsed > TimeSpan.FromSeconds(5) || o.Status is 0 or >= 500)
            {
                Console.WriteLine($"  [{sent}] {o.Status} {o.Elapsed.TotalMilliseconds:F0} ms (server CPU {o.ServerCpu?.TotalMilliseconds:F0} ms) {o.PeakRssGrowthBytes / 1048576} MB  {o.Name}");
            }
        });
        var died = !server.IsRunning;

        var statuses = outcomes.GroupBy(o => o.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()}×{(g.Key == 0 ? "no answer" : g.Key)}");
        Console.WriteLine($"cases      : {outcomes.Count} of {corpus.Count} sent; statuses {string.Join(", ", statuses)}");
        foreach (var bad in outcomes.Where(o => o.Status is 0 or >= 500))
        {
            Console.WriteLine($"  FAILED   {bad.Name}: {(bad.Status == 0 ? bad.Error : bad.Status)} after {bad.Elapsed.TotalMilliseconds:F0} ms");
        }

        Console.WriteLine($"deaths     : {(died ? 1 : 0)}{(died ? " (the server process exited)" : "")}");
        Console.WriteLine($"slowest    : {slowestCount} cases");
        foreach (var o in outcomes.OrderByDescending(o => o.Elapsed).Take(slowestCount))
        {
            Console.WriteLine($"  {o.Elapsed.TotalMilliseconds,8:F0} ms  (server CPU {o.ServerCpu?.TotalMilliseconds,6:F0} ms)  {o.Status}  {o.Name}");
        }

        // Wall time under load measures the machine as much as the server: the server's own CPU per
        // request ranks the cases by the work they cost.
        Console.WriteLine($"most CPU   : {slowestCount} cases (server processor time, all threads)");
        foreach (var o in outcomes.Where(o => o.ServerCpu is not null).OrderByDescending(o => o.ServerCpu).Take(slowestCount))
        {
            Console.WriteLine($"  {o.ServerCpu!.Value.TotalMilliseconds,8:F0} ms CPU  ({o.Elapsed.TotalMilliseconds,6:F0} ms wall)  {o.Status}  {o.Name}");
        }

        Console.WriteLine($"over 5 s   : {outcomes.Count(o => o.Elapsed > TimeSpan.FromSeconds(5))} wall; {outcomes.Count(o => o.ServerCpu > TimeSpan.FromSeconds(5))} with over 5 s of server CPU");
        var measured = outcomes.Where(o => o.PeakRssGrowthBytes >= 0).ToList();
        if (measured.Count > 0)
        {
            var top = measured.OrderByDescending(o => o.PeakRssGrowthBytes).First();
            var underMb = measured.Where(o => o.RequestBytes < 1024 * 1024).OrderByDescending(o => o.PeakRssGrowthBytes).First();
            Console.WriteLine($"peak RSS   : largest growth in one request {top.PeakRssGrowthBytes / 1048576} MB ({top.Name}, {top.RequestBytes / 1024} KB sent); " +
                $"for requests under 1 MB {underMb.PeakRssGrowthBytes / 1048576} MB ({underMb.Name}); server peak {server.PeakRss()}, now {server.Rss() / 1048576} MB");
        }

        return died || outcomes.Any(o => o.Status is 0 or >= 500) ? 1 : 0;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private sealed class TempDirectory : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("clauselens-fuzz-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
