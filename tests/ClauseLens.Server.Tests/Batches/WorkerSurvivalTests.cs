using Microsoft.Extensions.DependencyInjection;
using static ClauseLens.Server.Tests.Batches.BatchClient;

namespace ClauseLens.Server.Tests.Batches;

/// <summary>A batch analyser thread outlives whatever one document does to it.</summary>
public sealed class WorkerSurvivalTests
{
    [Fact]
    public async Task AnOutOfMemoryDocumentFailsAloneAndTheOnlyAnalyserGoesOnToTheNext()
    {
        using var app = new BatchApp(new ClauseLensApp().With("ClauseLens:Batches:Parallelism", "1"));
        var client = app.Client();

        var first = await client.Submit(Files(Text("hungry.txt", "OUT-OF-MEMORY secret clause"), Text("after.txt", "This Agreement is governed by the laws of Japan.")));
        var status = await client.WaitForCompletion(first);
        // A second batch, later: the one analyser thread is still there to take it.
        var second = await client.WaitForCompletion(await client.Submit(Files(Text("later.txt", "Each party shall keep the information confidential."))));

        var documents = status.GetProperty("documents").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!);
        Assert.Equal("failed", documents["hungry.txt"].GetProperty("status").GetString());
        Assert.Contains("memory", documents["hungry.txt"].GetProperty("reason").GetString());
        Assert.Equal("done", documents["after.txt"].GetProperty("status").GetString());
        Assert.Equal("done", second.GetProperty("documents")[0].GetProperty("status").GetString());
        var logs = app.Factory.Services.GetRequiredService<Microsoft.Extensions.Logging.Testing.FakeLogCollector>().GetSnapshot();
        Assert.Contains(logs, r => r.Message.Contains("OutOfMemoryException", StringComparison.Ordinal) && r.Message.Contains("KeywordAnalysis", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, r => r.Message.Contains("secret clause", StringComparison.Ordinal));
    }
}
