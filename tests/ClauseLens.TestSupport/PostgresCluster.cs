using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ClauseLens.TestSupport;

/// <summary>
/// A throwaway PostgreSQL cluster: <c>initdb</c> in a temp folder, <c>pg_ctl start</c> on a free
/// loopback port (no Unix socket), trust authentication for one superuser, stopped and deleted on
/// dispose. PostgreSQL refuses to run as root, so under root the server runs as the <c>postgres</c>
/// user (Debian's package creates it) or else <c>nobody</c>, through <c>runuser</c>.
/// Missing binaries are an error with the fix in the message, never a silent skip.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable, IDisposable
{
    private const string Superuser = "clauselens";
    private readonly string _folder;
    private readonly string _bin;
    private readonly string? _runAs;
    private readonly HashSet<string> _databases = [];
    private bool _stopped;

    private PostgresCluster(string folder, string bin, string? runAs, int port)
    {
        _folder = folder;
        _bin = bin;
        _runAs = runAs;
        Port = port;
    }

    /// <summary>The loopback port the server listens on.</summary>
    public int Port { get; }

    private string DataDirectory => Path.Combine(_folder, "data");

    /// <summary>
    /// Creates and starts a cluster. <paramref name="durable"/> false (tests) turns off fsync and
    /// synchronous commit, which a throwaway cluster does not need; true keeps PostgreSQL's defaults
    /// (benchmarks, so the numbers are those of a real deployment).
    /// </summary>
    public static async Task<PostgresCluster> StartAsync(bool durable = false)
    {
        var bin = FindBinaries();
        var runAs = Environment.UserName == "root" ? UnprivilegedUser() : null;
        var folder = Directory.CreateTempSubdirectory("clauselens-pg-").FullName;
        if (runAs is not null && !OperatingSystem.IsWindows())
        {
            // initdb creates data/ as that user; the parent only has to let it in.
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
                UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
                UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute);
        }

        var cluster = new PostgresCluster(folder, bin, runAs, FreePort());
        try
        {
            await cluster.RunAsync("initdb", "-D", cluster.DataDirectory, "-U", Superuser, "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-instructions");
            var settings = new List<string>
            {
                "listen_addresses = '127.0.0.1'", $"port = {cluster.Port}", "unix_socket_directories = ''",
                "max_connections = 200", "shared_buffers = 64MB", "logging_collector = off",
            };
            if (!durable)
            {
                settings.AddRange(["fsync = off", "synchronous_commit = off", "full_page_writes = off"]);
            }

            // Written by this process (root can; the file stays world-readable), read by the server at start.
            await File.AppendAllTextAsync(Path.Combine(cluster.DataDirectory, "postgresql.auto.conf"), string.Join('\n', settings) + "\n");
            await cluster.RunAsync("pg_ctl", "-D", cluster.DataDirectory, "-l", Path.Combine(cluster.DataDirectory, "server.log"), "-w", "-t", "60", "start");
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>A connection string (Npgsql keywords) for <paramref name="database"/> on this cluster.</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = Superuser, Database = database, Pooling = true }.ConnectionString;

    /// <summary>The same as a <c>postgres://</c> URI, the other form the server accepts.</summary>
    public string ConnectionUri(string database) => $"postgres://{Superuser}@127.0.0.1:{Port}/{database}";

    /// <summary>Creates <paramref name="database"/> once (later calls for the same name do nothing) and returns its connection string.</summary>
    public async Task<string> DatabaseAsync(string database)
    {
        lock (_databases)
        {
            if (_databases.Contains(database))
            {
                return ConnectionString(database);
            }
        }

        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "", StringComparison.Ordinal)}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        lock (_databases)
        {
            _databases.Add(database);
        }

        return ConnectionString(database);
    }

    /// <summary>One value from a query, converted to <typeparamref name="T"/> (COUNT(*) is bigint, and so on).</summary>
    public async Task<T> ScalarAsync<T>(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs statements that return nothing.</summary>
    public async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Stops the server at once (no checkpoint: the data is thrown away) and deletes the folder.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        NpgsqlConnection.ClearAllPools();
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            try
            {
                await RunAsync("pg_ctl", "-D", DataDirectory, "-m", "immediate", "-w", "stop");
            }
            catch (InvalidOperationException)
            {
                // Already gone; the folder goes anyway.
            }
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <inheritdoc />
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task RunAsync(string tool, params string[] args)
    {
        var executable = Path.Combine(_bin, tool);
        var start = new ProcessStartInfo(_runAs is null ? executable : "runuser")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _folder,
        };
        if (_runAs is not null)
        {
            foreach (var a in new[] { "-u", _runAs, "--", executable })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            var log = Path.Combine(DataDirectory, "server.log");
            var tail = File.Exists(log) ? string.Join('\n', File.ReadLines(log).TakeLast(20)) : "";
            throw new InvalidOperationException($"{tool} {string.Join(' ', args)} exited with {process.ExitCode}{(_runAs is null ? "" : $" (as {_runAs})")}:\n{await output}\n{await error}\n{tail}");
        }
    }

    // $CLAUSELENS_PG_BIN, else the newest /usr/lib/postgresql/<version>/bin (Debian), else initdb on PATH.
    private static string FindBinaries()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("CLAUSELENS_PG_BIN") is { Length: > 0 } configured)
        {
            candidates.Add(configured);
        }

        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")));
        }

        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries));
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
            ?? throw new InvalidOperationException(
                "PostgreSQL's server binaries (initdb, pg_ctl) were not found in $CLAUSELENS_PG_BIN, /usr/lib/postgresql/*/bin or PATH. " +
                "The PostgreSQL store tests need them: install Debian's package (apt-get install postgresql; bash .ci/test does when run as root) or set CLAUSELENS_PG_BIN.");
    }

    private static string UnprivilegedUser()
    {
        var users = File.Exists("/etc/passwd") ? File.ReadLines("/etc/passwd").Select(l => l.Split(':')[0]).ToHashSet() : [];
        return users.Contains("postgres") ? "postgres"
            : users.Contains("nobody") ? "nobody"
            : throw new InvalidOperationException("Running as root and neither a 'postgres' nor a 'nobody' user exists to run PostgreSQL as.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
