using System.Net;
using ClauseLens.Server.Tests.Batches;
using ClauseLens.TestSupport.Hostile;
using Xunit.Abstractions;

namespace ClauseLens.Server.Tests.Analyze;

/// <summary>
/// The generated hostile corpus against the real server as a process of its own, so a case that
/// kills the process (a stack overflow cannot be caught) fails this test instead of the test run.
/// Counts are asserted; times and memory are the benchmark's to report (<c>fuzz</c>, which also sends
/// the heaviest few hundred cases left out here to keep the suite fast).
/// </summary>
public sealed class HostileCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public async Task NoHostileInputGetsA5xxOrKillsTheServer()
    {
        var corpus = HostileCorpus.GenerateLight();
        Assert.True(corpus.Count + BadInputCorpus.All().Count >= 2_000, $"{corpus.Count} generated cases");
        using var folder = new TempFolder();
        using var server = await ServerProcess.StartAsync(Path.Combine(folder.Path, "fuzz.db"),
            "--ClauseLens:Access:PermitsPerMinute=1000000", "--Logging:LogLevel:Default=Warning");
        using var client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(60) };

        var outcomes = await FuzzRun.RunAsync(client, server.Id, corpus, () => !server.HasExited);

        var statuses = outcomes.GroupBy(o => o.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()}×{g.Key}");
        output.WriteLine($"{outcomes.Count} of {corpus.Count} hostile inputs: {string.Join(", ", statuses)}");
        Assert.False(server.HasExited, $"the server died after {outcomes.LastOrDefault()?.Name}:\n{server.Tail}");
        Assert.Equal(corpus.Count, outcomes.Count);
        Assert.Empty(outcomes.Where(o => o.Status is 0 or >= 500).Select(o => $"{o.Name}: {(o.Status == 0 ? o.Error : o.Status)}"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("health")).StatusCode);
    }
}
