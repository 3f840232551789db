using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClauseLens.Server.Tests.Batches;

namespace ClauseLens.Server.Tests.Postgres;

/// <summary>The server on PostgreSQL: readiness follows the database, and start-up refuses a database it cannot reach.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresHostTests(PostgresFixture postgres)
{
    [Fact]
    public async Task ReadinessReportsThePostgresStoreAndFollowsTheDatabase()
    {
        const string database = "health_ready";
        var connection = await postgres.Cluster.DatabaseAsync(database);
        using var app = new ClauseLensApp().With("ConnectionStrings:ClauseLens", connection);
        using var client = app.CreateClient();

        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var report = await ready.Content.ReadFromJsonAsync<JsonElement>();
        var store = report.GetProperty("checks").GetProperty("batch-store");
        Assert.Equal("Healthy", store.GetProperty("status").GetString());
        Assert.Equal("postgresql", store.GetProperty("data").GetProperty("store").GetString());
        Assert.Equal("Healthy", report.GetProperty("checks").GetProperty("model").GetProperty("status").GetString());

        // The database goes away under the running server: not ready, still alive.
        await postgres.Cluster.ExecuteAsync("postgres", $"DROP DATABASE {database} WITH (FORCE)");
        var gone = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, gone.StatusCode);
        var unready = await gone.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Unhealthy", unready.GetProperty("checks").GetProperty("batch-store").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task StartupFailsFastWhenPostgresIsUnreachable()
    {
        var closedPort = postgres.Cluster.Port == 1 ? 2 : 1; // nothing listens on port 1 on loopback

        var (exitCode, output) = await ServerProcess.RunUntilExitAsync(
            $"Host=127.0.0.1;Port={closedPort};Database=clauselens;Username=clauselens;Password=hunter2-secret;Timeout=5", TimeSpan.FromSeconds(90));

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"PostgreSQL is configured (ConnectionStrings:ClauseLens → 127.0.0.1:{closedPort}/clauselens) but could not be used", output);
        Assert.DoesNotContain("hunter2-secret", output);
    }
}
