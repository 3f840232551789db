using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace ClauseLens.Benchmarks;

/// <summary>
/// The real server from its Release build as a separate process on a loopback port and a store the
/// benchmark chooses, logging warnings only; killed on dispose. Also runs a batch through it.
/// </summary>
internal sealed class BenchServer : IDisposable
{
    private readonly Process _process;

    private BenchServer(Process process, HttpClient http)
    {
        _process = process;
        Http = http;
    }

    public HttpClient Http { get; }

    public int Id => _process.Id;

    /// <summary>The Release build of the server, or null (with the command to build it printed) when it is missing.</summary>
    public static string? Dll()
    {
        var dll = Path.Combine(RepositoryRoot(), "server", "ClauseLens.Server", "bin", "Release", "net10.0", "ClauseLens.Server.dll");
        if (File.Exists(dll))
        {
            return dll;
        }

        Console.WriteLine($"server     : skipped, build it first: dotnet build -c Release server/ClauseLens.Server ({dll} missing)");
        return null;
    }

    public static async Task<BenchServer> StartAsync(string dll, string connectionString, params string[] settings)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { dll, "--urls", $"http://127.0.0.1:{port}", $"--ConnectionStrings:ClauseLens={connectionString}",
                     "--ClauseLens:Access:PermitsPerMinute=1000000", "--Logging:LogLevel:Default=Warning" }.Concat(settings))
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new BenchServer(process, new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromMinutes(10) });
        for (var i = 0; i < 900; i++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the server exited with {process.ExitCode} at start-up");
            }

            try
            {
                if ((await server.Http.GetAsync("health")).IsSuccessStatusCode)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        server.Dispose();
        throw new TimeoutException("the server did not start");
    }

    /// <summary>True while the server process runs.</summary>
    public bool IsRunning => !_process.HasExited;

    /// <summary>Resident memory of the server process now, in bytes.</summary>
    public long Rss() =>
        long.Parse(File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal)).Split(':')[1].Trim().Split(' ')[0],
            System.Globalization.CultureInfo.InvariantCulture) * 1024;

    /// <summary>Peak resident memory of the server process so far.</summary>
    public string PeakRss() =>
        File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "?";

    /// <summary>Uploads the documents as one batch, follows it to completion, deletes it; returns "N done, M failed".</summary>
    public async Task<string> RunBatchAsync(IReadOnlyList<(string Name, string Text)> documents)
    {
        using var form = BatchUpload.Form(documents);
        var location = await BatchUpload.SubmitAsync(Http, form);
        var outcome = BatchUpload.Outcome(await BatchUpload.CompletedAsync(Http, location));
        await Http.DeleteAsync(location);
        return outcome;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        Http.Dispose();
    }

    public static string RepositoryRoot() => ClauseLens.TestSupport.RepositoryFiles.Root;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
