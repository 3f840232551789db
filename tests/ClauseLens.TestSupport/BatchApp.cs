using ClauseLens.Analysis.Classification;
using ClauseLens.Server.Batches;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ClauseLens.TestSupport;

/// <summary>
/// The real server in memory with a batch database (a SQLite file in a temp folder, or a PostgreSQL
/// database given by the caller) and <see cref="KeywordAnalysis"/> in place of the model, so batch
/// behaviour is tested on its own.
/// </summary>
public sealed class BatchApp : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ClauseLensApp _app;
    private readonly Func<string, Task<long>> _scalar;

    public BatchApp() : this(new ClauseLensApp()) { }

    /// <param name="app">The server with any further settings.</param>
    /// <param name="clock">A clock to use instead of the system's (leases, creation times, the retention purge).</param>
    internal BatchApp(ClauseLensApp app, TimeProvider? clock = null) : this(app, null, null, clock) { }

    /// <summary>On another store: its connection string and how to read a count from it.</summary>
    internal BatchApp(string connectionString, Func<string, Task<long>> scalar, TimeProvider? clock = null)
        : this(new ClauseLensApp(), connectionString, scalar, clock) { }

    private BatchApp(ClauseLensApp app, string? connectionString, Func<string, Task<long>>? scalar, TimeProvider? clock)
    {
        _scalar = scalar ?? SqliteScalar;
        _app = app.With("ConnectionStrings:ClauseLens", connectionString ?? $"Data Source={DatabasePath}")
            .With("ClauseLens:Batches:PollMilliseconds", "50");
        Factory = _app.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            services.AddSingleton<IBatchAnalysis, KeywordAnalysis>();
            services.AddSingleton<IClauseClassifier, UnusedClassifier>();
            if (clock is not null)
            {
                services.AddSingleton(clock);
            }
        }));
    }

    public string DatabasePath => Path.Combine(_folder.Path, "clauselens.db");

    public WebApplicationFactory<Program> Factory { get; }

    public HttpClient Client() => Factory.CreateClient();

    /// <summary>A count read straight from the batch database (the SQL is the same on both stores).</summary>
    public Task<long> Scalar(string sql) => _scalar(sql);

    private async Task<long> SqliteScalar(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose()
    {
        Factory.Dispose();
        _app.Dispose();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
