using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ClauseLens.TestSupport;

/// <summary>
/// The real server in memory: the real model, real playbooks, every log line captured at Trace
/// level so tests can check that no contract text is ever written. Its database is a fresh SQLite
/// file in a temp folder (removed with the app) unless a test names one, so no test writes to the
/// user's own ClauseLens database.
/// </summary>
public class ClauseLensApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new();
    private readonly TempFolder _folder = new();

    public ClauseLensApp()
    {
        _settings["ConnectionStrings:ClauseLens"] = $"Data Source={Path.Combine(_folder.Path, "clauselens.db")}";
        // Ready at once: the warm-up's 40 analyses would cost every test server seconds of CPU for
        // nothing (its own tests turn it back on).
        _settings["ClauseLens:WarmUp:Iterations"] = "0";
        // The per-minute limit is a production guard; a shared test server serving many test classes
        // would hit 120 a minute sooner the faster the machine runs them (429s that depend on speed).
        // The limiter's own tests set a small limit on their server.
        _settings["ClauseLens:Access:PermitsPerMinute"] = "1000000";
    }

    /// <summary>Overrides a configuration value (e.g. a limit) for this instance.</summary>
    public ClauseLensApp With(string key, string value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Every log record written since the server started.</summary>
    public FakeLogCollector Logs => Services.GetRequiredService<FakeLogCollector>();

    /// <summary>
    /// Everything logged so far as one text, a line per record (its message, exception and
    /// structured values): where a test looks for contract text that must never be logged.
    /// </summary>
    public string LoggedText() => string.Join('\n', Logs.GetSnapshot().Select(r =>
        $"{r.Message} {r.Exception} {string.Join(' ', r.StructuredState?.Select(kv => kv.Value) ?? [])}"));

    protected override IHost CreateHost(IHostBuilder builder)
    {
        builder.ConfigureHostConfiguration(c => c.AddInMemoryCollection(_settings));
        builder.ConfigureLogging(logging => logging.ClearProviders().SetMinimumLevel(LogLevel.Trace));
        builder.ConfigureServices(services => services.AddFakeLogging(o => o.CollectRecordsForDisabledLogLevels = true));
        return base.CreateHost(builder);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseEnvironment("Testing");

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _folder.Dispose();
        }
    }
}
