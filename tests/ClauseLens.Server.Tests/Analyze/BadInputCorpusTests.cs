using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

using ClauseLens.TestSupport.Hostile;

namespace ClauseLens.Server.Tests.Analyze;

public sealed class BadInputCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public async Task NoBadInputGetsA500AndTheServerStillAnswersAfterwards()
    {
        using var app = new ClauseLensApp();
        var client = app.CreateClient();
        var corpus = BadInputCorpus.All();
        Assert.True(corpus.Count >= 500, $"corpus has {corpus.Count} inputs");

        var byStatus = new SortedDictionary<int, int>();
        var failures = new List<string>();
        foreach (var bad in corpus)
        {
            using var request = new HttpRequestMessage(bad.Method, bad.Path) { Content = bad.Content() };
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            byStatus[status] = byStatus.GetValueOrDefault(status) + 1;
            if (status >= 500)
            {
                failures.Add($"{bad.Name}: {status}");
            }
            else if (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Add($"{bad.Name}: {status} without problem details");
            }
        }

        output.WriteLine($"{corpus.Count} bad inputs: " + string.Join(", ", byStatus.Select(kv => $"{kv.Value}×{kv.Key}")));
        Assert.Empty(failures);

        var good = await client.PostAsJsonAsync("/api/analyze", new { text = "1. Governing Law. This Agreement is governed by the laws of Japan." });
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);

        // No broken playbook was stored, and the built-in ones are whole.
        var playbooks = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/playbooks");
        Assert.All(playbooks.EnumerateArray(), p => Assert.True(p.GetProperty("builtIn").GetBoolean()));
        Assert.Equal(ClauseLens.Analysis.Playbooks.BuiltInPlaybooks.All.Count, playbooks.GetArrayLength());

        // Nothing the corpus sent that looks like contract language was logged.
        var logged = Regex.Replace(string.Join('\n', app.Logs.GetSnapshot().Select(r => $"{r.Message} {r.Exception}")), @"\s+", " ");
        Assert.DoesNotContain("Confidential Information to any third party", logged);
        Assert.DoesNotContain("日本法に準拠", logged);
    }
}
