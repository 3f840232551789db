using System.Net;
using System.Net.Http.Json;
using ClauseLens.Analysis.Classification;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ClauseLens.Server.Tests.Analyze;

/// <summary>
/// What one server lets analyses cost: a time budget per analysis (422), a bounded number at once
/// with a bounded queue (503 with Retry-After), health answered while they run.
/// </summary>
public sealed class AnalysisBoundsTests
{
    private const string Contract = "1. Governing Law. This Agreement is governed by the laws of Japan.";

    [Fact]
    public async Task AnAnalysisPastItsBudgetIsRefusedAsTooComplexNamingTheLimit()
    {
        using var app = new ClauseLensApp().With("ClauseLens:Limits:AnalysisSeconds", "1");
        var classifier = new GatedClassifier();
        using var factory = WithClassifier(app, classifier);
        classifier.Release.Cancel(); // not blocked: it just takes longer than the budget
        classifier.Delay = TimeSpan.FromSeconds(2.5);

        var response = await factory.CreateClient().PostAsJsonAsync("/api/analyze", new { text = Contract });

        var problem = await response.AssertProblem(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("ClauseLens:Limits:AnalysisSeconds", problem.Detail());
        Assert.DoesNotContain("Japan", problem.Detail());
    }

    [Fact]
    public async Task WhenEverySlotIsTakenAndTheQueueIsFullTheServerAnswers503WithRetryAfterAndHealthStillAnswers()
    {
        using var app = new ClauseLensApp().With("ClauseLens:Limits:MaxConcurrentAnalyses", "1").With("ClauseLens:Limits:MaxQueuedAnalyses", "0");
        var classifier = new GatedClassifier();
        using var factory = WithClassifier(app, classifier);
        var client = factory.CreateClient();

        var first = client.PostAsJsonAsync("/api/analyze", new { text = Contract });
        await classifier.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var second = await client.PostAsJsonAsync("/api/analyze", new { text = Contract });
        var live = await client.GetAsync("/health/live");
        classifier.Release.Cancel();

        await second.AssertProblem(HttpStatusCode.ServiceUnavailable);
        Assert.True(int.Parse(second.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/analyze", new { text = Contract })).StatusCode);
    }

    [Fact]
    public async Task AWaitingRequestIsServedWhenTheSlotFrees()
    {
        using var app = new ClauseLensApp().With("ClauseLens:Limits:MaxConcurrentAnalyses", "1").With("ClauseLens:Limits:MaxQueuedAnalyses", "4");
        var classifier = new GatedClassifier();
        using var factory = WithClassifier(app, classifier);
        var client = factory.CreateClient();

        var first = client.PostAsJsonAsync("/api/analyze", new { text = Contract });
        await classifier.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var queued = client.PostAsJsonAsync("/api/analyze", new { text = Contract });
        classifier.Release.Cancel();

        Assert.Equal(HttpStatusCode.OK, (await first).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await queued).StatusCode);
    }

    [Fact]
    public async Task AComparisonPastItsBudgetIsRefusedAsTooComplexNamingTheLimit()
    {
        using var app = new ClauseLensApp().With("ClauseLens:Limits:AnalysisSeconds", "1");
        var classifier = new GatedClassifier();
        using var factory = WithClassifier(app, classifier);
        classifier.Release.Cancel();
        classifier.Delay = TimeSpan.FromSeconds(2.5);

        var response = await factory.CreateClient().PostAsJsonAsync("/api/compare", new { before = new { text = Contract }, after = new { text = Contract + " Amended." } });

        var problem = await response.AssertProblem(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("ClauseLens:Limits:AnalysisSeconds", problem.Detail());
        Assert.DoesNotContain("Japan", problem.Detail());
    }

    [Fact]
    public async Task AComparisonWhenEverySlotIsTakenIsAnswered503WithRetryAfterAndRunsOnceASlotIsFree()
    {
        using var app = new ClauseLensApp().With("ClauseLens:Limits:MaxConcurrentAnalyses", "1").With("ClauseLens:Limits:MaxQueuedAnalyses", "0");
        var classifier = new GatedClassifier();
        using var factory = WithClassifier(app, classifier);
        var client = factory.CreateClient();
        var drafts = new { before = new { text = Contract }, after = new { text = Contract + " Amended." } };

        var first = client.PostAsJsonAsync("/api/analyze", new { text = Contract });
        await classifier.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var refused = await client.PostAsJsonAsync("/api/compare", drafts);
        classifier.Release.Cancel();

        var problem = await refused.AssertProblem(HttpStatusCode.ServiceUnavailable);
        Assert.Contains("MaxConcurrentAnalyses", problem.Detail());
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Equal(HttpStatusCode.OK, (await first).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/compare", drafts)).StatusCode);
    }

    private static WebApplicationFactory<Program> WithClassifier(ClauseLensApp app, GatedClassifier classifier) =>
        app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IClauseClassifier>(classifier)));

    /// <summary>Labels nothing; blocks each call until released, then waits <see cref="Delay"/>.</summary>
    private sealed class GatedClassifier : IClauseClassifier
    {
        public CancellationTokenSource Release { get; } = new();

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TimeSpan Delay { get; set; }

        public string ModelVersion => "gated";

        public IReadOnlyList<ClauseLabelling> Classify(IReadOnlyList<ClauseInput> clauses)
        {
            Entered.TrySetResult();
            Release.Token.WaitHandle.WaitOne(TimeSpan.FromSeconds(60));
            Thread.Sleep(Delay);
            return [.. clauses.Select(_ => new ClauseLabelling([], []))];
        }
    }
}
