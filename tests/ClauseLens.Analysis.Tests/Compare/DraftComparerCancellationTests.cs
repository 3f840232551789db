using ClauseLens.Analysis.Classification;
using ClauseLens.Analysis.Compare;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis.Tests.Compare;

/// <summary>
/// A comparison runs two analyses under one token: cancelling it stops both, and when one analysis
/// fails the other is stopped and the caller sees the failure, not the cancellation it caused.
/// </summary>
public sealed class DraftComparerCancellationTests
{
    private static readonly ContractIngestor Ingestor = new();

    private static readonly ContractDocument Before = Ingestor.FromText("1. Governing Law. This Agreement is governed by the laws of Japan.");

    private static readonly ContractDocument After = Ingestor.FromText("1. Governing Law. This Agreement is governed by the laws of England.\n\n2. Term. Two years.");

    [Fact]
    public void ACancelledComparisonStopsWithOperationCanceled()
    {
        var classifier = new Classifier(failOn: null);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            new DraftComparer(ContractAnalyzer.For(classifier)).Compare(Before, After, BuiltInPlaybooks.Default, cancel.Token));
        Assert.Equal(0, classifier.Calls);
    }

    [Theory]
    [InlineData("Japan")]
    [InlineData("England")]
    public void WhenOneDraftsAnalysisFailsTheCallerSeesThatFailure(string failOn)
    {
        var comparer = new DraftComparer(ContractAnalyzer.For(new Classifier(failOn)));

        var error = Assert.ThrowsAny<Exception>(() => comparer.Compare(Before, After, BuiltInPlaybooks.Default, CancellationToken.None));

        Assert.IsType<InvalidOperationException>(error);
    }

    [Fact]
    public void AnUncancelledComparisonStillComparesTheDrafts()
    {
        var comparison = new DraftComparer(ContractAnalyzer.For(new Classifier(failOn: null))).Compare(Before, After, BuiltInPlaybooks.Default, CancellationToken.None);

        Assert.NotEmpty(comparison.Changes);
    }

    /// <summary>Labels nothing; throws for a document with <c>failOn</c> in a clause.</summary>
    private sealed class Classifier(string? failOn) : IClauseClassifier
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public string ModelVersion => "test";

        public IReadOnlyList<ClauseLabelling> Classify(IReadOnlyList<ClauseInput> clauses)
        {
            Interlocked.Increment(ref _calls);
            if (failOn is not null && clauses.Any(c => c.Text.Contains(failOn, StringComparison.Ordinal)))
            {
                throw new InvalidOperationException("classifier failed");
            }

            return [.. clauses.Select(_ => new ClauseLabelling([], []))];
        }
    }
}
