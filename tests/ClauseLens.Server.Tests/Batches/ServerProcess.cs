using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ClauseLens.Server.Tests.Batches;

/// <summary>
/// The real server as a separate process (<c>dotnet ClauseLens.Server.dll --urls …</c>), built next to
/// these tests, on a database the test chooses, so a test can kill it the hard way and start it again.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int Id => _process.Id;

    /// <summary>True once the process has ended (killed, or died).</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the server wrote (logs carry counts, never contract text), for failure messages.</summary>
    public string Tail
    {
        get
        {
            lock (_lastLines)
            {
                return string.Join('\n', _lastLines);
            }
        }
    }

    /// <summary>The server on a SQLite file.</summary>
    public static Task<ServerProcess> StartAsync(string databasePath, params string[] settings) =>
        StartOnAsync($"Data Source={databasePath}", settings);

    /// <summary>The server on any store (<c>ConnectionStrings:ClauseLens</c>), once it answers <c>/health</c>.</summary>
    public static async Task<ServerProcess> StartOnAsync(string connectionString, params string[] settings)
    {
        var server = Launch(connectionString, settings);
        await server.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90));
        return server;
    }

    /// <summary>The server started on a store it is expected to refuse: waits for it to exit and returns its exit code.</summary>
    public static async Task<(int ExitCode, string Output)> RunUntilExitAsync(string connectionString, TimeSpan timeout, params string[] settings)
    {
        using var server = Launch(connectionString, settings);
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await server._process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"the server was still running after {timeout}:\n{server.Tail}");
        }

        server._process.WaitForExit(); // drains the redirected output
        return (server._process.ExitCode, server.Tail);
    }

    private static ServerProcess Launch(string connectionString, string[] settings)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var dll = ServerDll();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // No start-up warm-up: several servers warming up at once on a busy machine only delay the test (WarmUpTests covers it).
        foreach (var arg in new[] { dll, "--urls", address.ToString().TrimEnd('/'), $"--ConnectionStrings:ClauseLens={connectionString}", "--ClauseLens:WarmUp:Iterations=0" }.Concat(settings))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var server = new ServerProcess(process, address);
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>SIGSTOP: the process is frozen where it is (its claims stay as they are) until <see cref="Resume"/> or <see cref="Kill"/>.</summary>
    public void Pause() => Signal("STOP");

    /// <summary>SIGCONT after <see cref="Pause"/>.</summary>
    public void Resume() => Signal("CONT");

    /// <summary>SIGKILL: no shutdown hooks, no flushing, in-flight work simply stops.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    private void Signal(string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    private Task WaitUntilHealthyAsync(TimeSpan timeout) =>
        ServerPolling.WaitUntilOkAsync(_process, Address, "health", timeout, () => Tail, "the server did not become healthy");

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            while (_lastLines.Count > 200)
            {
                _lastLines.Dequeue();
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // The server's own build output (same configuration as these tests), found from the repository root.
    private static string ServerDll()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory);
        var framework = testBin.Name;
        var configuration = testBin.Parent!.Name;
        for (var dir = testBin; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClauseLens.sln")))
            {
                var dll = Path.Combine(dir.FullName, "server", "ClauseLens.Server", "bin", configuration, framework, "ClauseLens.Server.dll");
                return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the server first: {dll} is missing.");
            }
        }

        throw new DirectoryNotFoundException("The repository root (ClauseLens.sln) was not found above the test binaries.");
    }
}
