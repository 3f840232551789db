using System.Net;
using ClauseLens.Server.Batches;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using static ClauseLens.Server.Tests.Batches.BatchClient;

namespace ClauseLens.Server.Tests.Batches;

/// <summary>The background purge, driven by a fake clock through the real server and database.</summary>
public sealed class BatchRetentionTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task BatchesOlderThanTheRetentionAreDeletedAndNewerOnesKept()
    {
        var clock = new FakeTimeProvider(Start);
        using var app = new BatchApp(new ClauseLensApp().With("ClauseLens:Batches:RetentionDays", "30"), clock);
        var client = app.Client();
        var old = await client.Submit(Files(Text("a.txt", "1. Governing Law. This Agreement is governed by the laws of Japan.")));
        await client.WaitForCompletion(old);

        clock.Advance(TimeSpan.FromDays(20));
        var recent = await client.Submit(Files(Text("b.txt", "1. Governing Law. This Agreement is governed by the laws of Japan.")));
        await client.WaitForCompletion(recent);
        clock.Advance(TimeSpan.FromDays(11)); // the old batch is now 31 days old, the recent one 11

        await WaitUntilGone(client, old);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(recent)).StatusCode);
        Assert.Equal(1L, await app.Scalar("SELECT COUNT(*) FROM batches"));
        Assert.Equal(0L, await app.Scalar($"SELECT COUNT(*) FROM document_results WHERE batch_id = '{old.Split('/')[^1]}'"));
    }

    [Fact]
    public async Task ZeroRetentionKeepsBatchesUntilDeleted()
    {
        var clock = new FakeTimeProvider(Start);
        using var app = new BatchApp(new ClauseLensApp().With("ClauseLens:Batches:RetentionDays", "0"), clock);
        var client = app.Client();
        var location = await client.Submit(Files(Text("a.txt", "1. Governing Law. This Agreement is governed by the laws of Japan.")));
        await client.WaitForCompletion(location);

        clock.Advance(TimeSpan.FromDays(3650));

        // The purge never started (it says so at start-up), so the batch stays however far the clock moves.
        Assert.Contains(app.Factory.Services.GetRequiredService<FakeLogCollector>().GetSnapshot(),
            r => r.Category == typeof(BatchRetention).FullName && r.Message.Contains("kept until deleted"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(location)).StatusCode);
    }

    [Fact]
    public void RetentionIsValidatedAtStartUp()
    {
        var error = ServerStartUp.Of(
            () => new BatchApp(new ClauseLensApp().With("ClauseLens:Batches:RetentionDays", "-1")), app => app.Client());
        Assert.Contains("RetentionDays", error.ToString());
    }

    private static async Task WaitUntilGone(HttpClient client, string location)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while ((await client.GetAsync(location)).StatusCode != HttpStatusCode.NotFound)
        {
            Assert.True(DateTime.UtcNow < deadline, "the old batch was not purged");
            await Task.Delay(50);
        }
    }
}
