using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ClauseLens.Server.Tests.Batches;

internal static class BatchClient
{
    public static MultipartFormDataContent Files(params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }

        return form;
    }

    public static (string, byte[]) Text(string name, string text) => (name, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>Polls the batch until no document is queued or being analysed (generous timeout, no fixed sleeps as assertions).</summary>
    public static async Task<JsonElement> WaitForCompletion(this HttpClient client, string location, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var response = await client.GetAsync(location);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var status = await response.Content.ReadFromJsonAsync<JsonElement>();
            if (status.GetProperty("status").GetString() == "complete")
            {
                return status;
            }

            Assert.True(DateTime.UtcNow < deadline, $"the batch did not complete in time: {status}");
            await Task.Delay(50);
        }
    }

    /// <summary>
    /// <paramref name="count"/> documents made of the first two to four pages of the real contracts
    /// (cut at a line break): enough clauses for a real analysis, small enough that a few hundred keep
    /// a test with real servers well inside its time budget. Named "NNN-contract.txt", in order.
    /// </summary>
    public static (string Name, byte[] Content)[] ContractOpenings(int count)
    {
        var contracts = ClauseLens.TestSupport.SharedData.ContractFiles();
        Assert.True(contracts.Count >= 10, "expected the real contracts in shared/data/contracts");
        var texts = contracts.Select(File.ReadAllText).ToList();
        return [.. Enumerable.Range(0, count).Select(i => Text($"{i:D3}-{Path.GetFileName(contracts[i % contracts.Count])}", Opening(texts[i % texts.Count], i)))];

        static string Opening(string contract, int i)
        {
            var length = 6_000 + (i % 3) * 3_000;
            if (contract.Length <= length)
            {
                return contract;
            }

            var cut = contract.LastIndexOf('\n', length);
            return contract[..(cut > length / 2 ? cut : length)];
        }
    }

    /// <summary>Polls until at least <paramref name="atLeast"/> documents of the batch are done; returns how many are.</summary>
    public static async Task<int> WaitForDone(this HttpClient client, string location, int atLeast, ServerProcess server)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            var status = await client.GetFromJsonAsync<JsonElement>(location);
            var done = status.GetProperty("counts").GetProperty("done").GetInt32();
            if (done >= atLeast)
            {
                return done;
            }

            await Task.Delay(20);
        }

        Assert.Fail($"fewer than {atLeast} documents were analysed in time:\n{server.Tail}");
        return 0;
    }

    public static async Task<string> Submit(this HttpClient client, MultipartFormDataContent form)
    {
        var response = await client.PostAsync("/api/batches", form);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }
}
