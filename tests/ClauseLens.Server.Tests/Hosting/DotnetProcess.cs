using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ClauseLens.Server.Tests.Hosting;

/// <summary>
/// <c>dotnet ClauseLens.Server.dll</c> as a process with exactly the arguments and environment a test
/// gives it (none of the listen settings of the test's own environment leak in), its output kept for
/// assertions. Its database is a SQLite file in a temp folder, so it never touches the user's own.
/// </summary>
public sealed class DotnetProcess : IDisposable
{
    private static readonly string[] ListenVariables =
        ["ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_URLS", "DOTNET_HTTP_PORTS", "DOTNET_HTTPS_PORTS"];

    private readonly Process _process;
    private readonly string _data = Directory.CreateTempSubdirectory("clauselens-test-").FullName;
    private readonly List<string> _lines = [];

    public DotnetProcess(string dll, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments.Append($"--ConnectionStrings:ClauseLens=Data Source={Path.Combine(_data, "clauselens.db")}"))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in ListenVariables)
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Everything the process wrote so far.</summary>
    public string Output
    {
        get
        {
            lock (_lines)
            {
                return string.Join('\n', _lines);
            }
        }
    }

    /// <summary>A loopback port nothing listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The server's build output beside these tests (same configuration), found from the repository root.</summary>
    public static string BuiltServerDll()
    {
        var dll = Path.Combine(RepositoryRoot(), "server", "ClauseLens.Server", "bin", Configuration, "net10.0", "ClauseLens.Server.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the server first: {dll} is missing.");
    }

    /// <summary>Release or Debug: the configuration these tests were built in.</summary>
    public static string Configuration => new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    public static string RepositoryRoot() => ClauseLens.TestSupport.RepositoryFiles.Root;

    /// <summary>Waits until <paramref name="address"/> answers <c>/health/live</c> with 200; fails with the output if the process exits first.</summary>
    public Task WaitUntilLiveAsync(Uri address, TimeSpan timeout) =>
        ServerPolling.WaitUntilOkAsync(_process, address, "health/live", timeout, () => Output, $"the server did not answer on {address}");

    /// <summary>Waits until a line containing any of <paramref name="texts"/> is written (or the process exits); returns that line or null.</summary>
    public async Task<string?> WaitForLineAsync(TimeSpan timeout, params string[] texts)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            lock (_lines)
            {
                if (_lines.FirstOrDefault(l => texts.Any(t => l.Contains(t, StringComparison.Ordinal))) is { } line)
                {
                    return line;
                }
            }

            if (_process.HasExited)
            {
                _process.WaitForExit(); // drains the redirected output
                lock (_lines)
                {
                    return _lines.FirstOrDefault(l => texts.Any(t => l.Contains(t, StringComparison.Ordinal)));
                }
            }

            await Task.Delay(100);
        }

        return null;
    }

    /// <summary>Waits for the process to exit on its own; its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"the server was still running after {timeout}:\n{Output}");
        }

        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { } // the OS cleans temp folders
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lock (_lines)
            {
                _lines.Add(line);
            }
        }
    }
}
