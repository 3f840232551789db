using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ClauseLens.Server.Tests.Hosting;

/// <summary>The server analyses its built-in sample before it says it is ready.</summary>
public sealed class WarmUpTests
{
    [Fact]
    public async Task ReadinessWaitsForTheWarmUpThenNamesIt()
    {
        using var app = new ClauseLensApp().With("ClauseLens:WarmUp:Iterations", "4");
        using var client = app.CreateClient();

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        HttpResponseMessage ready;
        while ((ready = await client.GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            var waiting = await ready.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("warming up", waiting.GetProperty("checks").GetProperty("warm-up").GetProperty("description").GetString());
            Assert.True(DateTime.UtcNow < deadline, "the server was not ready after 90 s");
            await Task.Delay(50);
        }

        // By the first 200 the four analyses have run (the log line is written before the check turns healthy).
        Assert.Contains(app.Logs.GetSnapshot(), r => r.Message.StartsWith("Warm-up: 4 analyses of the built-in sample", StringComparison.Ordinal));
        var report = await ready.Content.ReadFromJsonAsync<JsonElement>();
        var warmUp = report.GetProperty("checks").GetProperty("warm-up");
        Assert.Equal("Healthy", warmUp.GetProperty("status").GetString());
        Assert.StartsWith("warmed up in ", warmUp.GetProperty("description").GetString());
        // Quietly: the sample's analyses are not logged one by one like a user's.
        Assert.DoesNotContain(app.Logs.GetSnapshot(), r => r.Message.StartsWith("Analysed ", StringComparison.Ordinal));
    }
}
