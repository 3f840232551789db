using ClauseLens.Analysis.Compare;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.TestSupport;

namespace ClauseLens.Analysis.Tests.Compare;

/// <summary>Two drafts of one contract through the real pipeline, compared.</summary>
public sealed class DraftComparerTests
{
    private static readonly Lazy<DraftComparer> Comparer = new(() => new DraftComparer(ContractAnalyzer.WithShippedModel()));

    private static DraftComparison CompareWith(Func<string, string> redline)
    {
        var text = Redlines.Contract;
        var ingestor = new ContractIngestor();
        return Comparer.Value.Compare(ingestor.FromText(text), ingestor.FromText(redline(text)), BuiltInPlaybooks.All[BuiltInPlaybooks.DefaultId]);
    }

    private static string Number(AnalysisResult result, string? clauseId) =>
        result.Clauses.Single(c => c.Id == clauseId).Number ?? "";

    [Fact]
    public void IdenticalDraftsReportNoChange()
    {
        var comparison = CompareWith(text => text);

        Assert.Empty(comparison.Changes);
        Assert.Empty(comparison.Findings.New);
        Assert.Empty(comparison.Findings.Resolved);
        Assert.Equal(comparison.After.Findings.Count(f => f.Kind != FindingKind.Ok), comparison.Findings.Unchanged.Count);
    }

    [Fact]
    public void RedlineOfTwoClausesReportsExactlyThoseTwoAsChanged()
    {
        var comparison = CompareWith(Redlines.TwoClausesChanged);

        Assert.All(comparison.Changes, c => Assert.Equal(ClauseChangeKind.Changed, c.Kind));
        Assert.Equal(["4.3", "5"], comparison.Changes.Select(c => Number(comparison.After, c.AfterClauseId)));
        Assert.Equal(["4.3", "5"], comparison.Changes.Select(c => Number(comparison.Before, c.BeforeClauseId)));
        Assert.Contains("non_compete", comparison.Changes[1].Labels);
    }

    [Fact]
    public void NewFindingsOfARedlineAreOnTheChangedClauses()
    {
        var comparison = CompareWith(Redlines.TwoClausesChanged);

        var changed = comparison.Changes.Select(c => c.AfterClauseId).ToHashSet();
        Assert.NotEmpty(comparison.Findings.New);
        // A drafting finding a change brings may sit elsewhere (a definition the changed clause no longer
        // uses); the playbook's findings are about the changed clauses themselves.
        var fromRules = comparison.Findings.New.Where(f => f.Kind != FindingKind.Drafting).ToList();
        Assert.All(fromRules, f => Assert.Contains(f.ClauseId, changed));
        var rules = comparison.Findings.New.Select(f => f.RuleId).ToList();
        Assert.Contains("nda-exclusions", rules);
        Assert.Contains("non-compete-duration", rules);
        Assert.Contains("non-compete-territory", rules);
        // Each change names the findings it brought.
        Assert.Equal(fromRules.Select(f => f.Id).Order(), comparison.Changes.SelectMany(c => c.NewFindingIds).Where(id => !id.StartsWith("drafting/", StringComparison.Ordinal)).Order());
    }

    [Fact]
    public void MovingAClauseIsAMoveNotARemovalAndAnAddition()
    {
        var comparison = CompareWith(Redlines.DisputeResolutionMovedDown);

        var move = Assert.Single(comparison.Changes);
        Assert.Equal(ClauseChangeKind.Moved, move.Kind);
        Assert.False(move.TextChanged);
        Assert.Contains("dispute_resolution", move.Labels);
        Assert.Equal("Dispute Resolution", comparison.After.Clauses.Single(c => c.Id == move.AfterClauseId).Heading);
        Assert.Empty(comparison.Findings.New);
        Assert.Empty(comparison.Findings.Resolved);
    }

    [Fact]
    public void ARemovedClauseIsRemovedAndItsFindingsResolved()
    {
        var comparison = CompareWith(text => Redlines.Replace(text, "5. Exclusivity\n\n" + Redlines.Exclusivity + "\n\n", ""));

        var removed = Assert.Single(comparison.Changes);
        Assert.Equal(ClauseChangeKind.Removed, removed.Kind);
        Assert.Null(removed.AfterClauseId);
        Assert.Equal("5", Number(comparison.Before, removed.BeforeClauseId));
    }

    [Fact]
    public void AClauseAddedAtTheTopIsAddedAndTheRenumberedRestIsNotChanged()
    {
        const string Added = "1. Background\n\nThe Parties have met twice in Osaka to discuss the sensor module and wish to record their plan.\n\n";
        var comparison = CompareWith(text => Redlines.Replace(Redlines.Renumbered(text, by: 1), "2. Purpose", Added + "2. Purpose"));

        var added = Assert.Single(comparison.Changes);
        Assert.Equal(ClauseChangeKind.Added, added.Kind);
        Assert.Equal("Background", comparison.After.Clauses.Single(c => c.Id == added.AfterClauseId).Heading);
    }
}

/// <summary>Japanese drafts: no spaces between words, article numbers written 第N条.</summary>
public sealed class JapaneseDraftComparerTests
{
    private static readonly Lazy<DraftComparer> Comparer = new(() => new DraftComparer(ContractAnalyzer.WithShippedModel()));

    private static DraftComparison CompareWith(Func<string, string> redline)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "Playbooks", "Contracts", "jda-japanese.txt"));
        var ingestor = new ContractIngestor();
        return Comparer.Value.Compare(ingestor.FromText(text), ingestor.FromText(redline(text)), BuiltInPlaybooks.All[BuiltInPlaybooks.DefaultId]);
    }

    [Fact]
    public void AnEditedJapaneseArticleIsChangedAndTheRestIsNot()
    {
        var comparison = CompareWith(text => Redlines.Replace(text, "その持分は均等とする。", "その持分は甲が七割、乙が三割とする。"));

        var change = Assert.Single(comparison.Changes);
        Assert.Equal(ClauseChangeKind.Changed, change.Kind);
        Assert.Equal("第2条", comparison.After.Clauses.Single(c => c.Id == change.AfterClauseId).Number);
        Assert.InRange(change.Similarity, 0.5, 0.99);
    }
}
