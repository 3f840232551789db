using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis.Compare;

/// <summary>
/// Compares two drafts of a contract: analyses both against the same playbook, aligns their
/// clauses by wording, heading and number (not by position), and sorts the findings into new,
/// resolved and unchanged. Stateless and thread-safe when the analyzer is.
/// </summary>
public sealed class DraftComparer(ContractAnalyzer analyzer)
{
    /// <summary>Analyses both drafts (side by side, on two threads) and compares them.</summary>
    public DraftComparison Compare(ContractDocument before, ContractDocument after, Playbook playbook) =>
        Compare(before, after, playbook, CancellationToken.None);

    /// <summary>
    /// Analyses both drafts (side by side, on two threads) and compares them, stopping both analyses
    /// with an <see cref="OperationCanceledException"/> once <paramref name="cancellationToken"/> is
    /// cancelled (one time budget for the whole comparison, a client that went away). When one
    /// analysis fails the other is stopped too, and the first failure is what the caller sees.
    /// </summary>
    public DraftComparison Compare(ContractDocument before, ContractDocument after, Playbook playbook, CancellationToken cancellationToken) =>
        Compare(before, after, playbook, Context.AnalysisOptions.None, cancellationToken);

    /// <summary>
    /// As above, for the deal in <paramref name="options"/> (the reviewer's side, the type, the
    /// language), so "new" and "resolved" are read from the same side as the pane's results.
    /// </summary>
    public DraftComparison Compare(ContractDocument before, ContractDocument after, Playbook playbook, Context.AnalysisOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(playbook);
        ArgumentNullException.ThrowIfNull(options);

        // The later draft on the calling thread (the server's gate gives it a thread of its own), the
        // earlier one beside it.
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var earlier = Task.Run(() => Analyze(before, playbook, options, either), CancellationToken.None);
        AnalysisResult later;
        try
        {
            later = Analyze(after, playbook, options, either);
        }
        catch (Exception e)
        {
            // The earlier analysis was told to stop; wait for it so nothing runs on after the answer.
            ((IAsyncResult)earlier).AsyncWaitHandle.WaitOne();
            if (e is OperationCanceledException && earlier.Exception?.InnerException is { } first and not OperationCanceledException)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
            }

            throw;
        }

        return Compare(before, earlier.GetAwaiter().GetResult(), after, later);
    }

    private AnalysisResult Analyze(ContractDocument draft, Playbook playbook, Context.AnalysisOptions options, CancellationTokenSource either)
    {
        try
        {
            return analyzer.Analyze(draft, playbook, options, either.Token);
        }
        catch
        {
            either.Cancel();
            throw;
        }
    }

    /// <summary>Compares two drafts already analysed against the same playbook.</summary>
    public static DraftComparison Compare(ContractDocument before, AnalysisResult beforeResult, ContractDocument after, AnalysisResult afterResult)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(beforeResult);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(afterResult);

        var beforeWording = beforeResult.Clauses.Select(c => ClauseWording.Of(before.Text, c)).ToList();
        var afterWording = afterResult.Clauses.Select(c => ClauseWording.Of(after.Text, c)).ToList();
        var pairs = ClauseAligner.Align(beforeResult.Clauses, beforeWording, afterResult.Clauses, afterWording);

        var afterIdOf = pairs.ToDictionary(p => beforeResult.Clauses[p.Before].Id, p => afterResult.Clauses[p.After].Id, StringComparer.Ordinal);
        var findings = FindingsBetween(beforeResult.Findings, afterResult.Findings, afterIdOf);
        var changes = Changes(beforeResult.Clauses, afterResult.Clauses, pairs, findings);
        return new DraftComparison(afterResult.ModelVersion, afterResult.Playbook, beforeResult, afterResult, changes, findings);
    }

    /// <summary>
    /// A finding's identity across drafts: its rule and its clause, the earlier draft's clause
    /// named by the later draft's id it aligns with. A rule that fires twice on one clause pairs in order.
    /// </summary>
    private static FindingChanges FindingsBetween(IReadOnlyList<Finding> before, IReadOnlyList<Finding> after, IReadOnlyDictionary<string, string> afterIdOf)
    {
        static string Where(string? clauseId, string side) => clauseId is null ? "document" : side + clauseId;
        var waiting = new Dictionary<string, Queue<Finding>>(StringComparer.Ordinal);
        foreach (var finding in before.Where(f => f.Kind != FindingKind.Ok))
        {
            var key = finding.RuleId + "@" + (finding.ClauseId is { } id && afterIdOf.TryGetValue(id, out var aligned)
                ? Where(aligned, "after:") : Where(finding.ClauseId, "before:"));
            if (!waiting.TryGetValue(key, out var queue))
            {
                waiting[key] = queue = new Queue<Finding>();
            }

            queue.Enqueue(finding);
        }

        var added = new List<Finding>();
        var unchanged = new List<Finding>();
        foreach (var finding in after.Where(f => f.Kind != FindingKind.Ok))
        {
            var key = finding.RuleId + "@" + Where(finding.ClauseId, "after:");
            if (waiting.TryGetValue(key, out var queue) && queue.TryDequeue(out _))
            {
                unchanged.Add(finding);
            }
            else
            {
                added.Add(finding);
            }
        }

        // What is left waiting was in the earlier draft only, reported in its own order.
        var left = waiting.Values.SelectMany(q => q).ToHashSet();
        var resolved = before.Where(left.Contains).ToList();
        return new FindingChanges(added, resolved, unchanged);
    }

    private static List<ClauseChange> Changes(
        IReadOnlyList<AnalyzedClause> before, IReadOnlyList<AnalyzedClause> after, IReadOnlyList<ClausePair> pairs, FindingChanges findings)
    {
        List<string> NewOn(string? clauseId) => [.. findings.New.Where(f => clauseId is not null && f.ClauseId == clauseId).Select(f => f.Id)];
        List<string> ResolvedOn(string? clauseId) => [.. findings.Resolved.Where(f => clauseId is not null && f.ClauseId == clauseId).Select(f => f.Id)];

        // Ordered by place in the later draft; a removed clause sits after the later clause its predecessor became.
        var changes = new List<(double Order, ClauseChange Change)>();
        var pairByBefore = pairs.ToDictionary(p => p.Before);
        var lastAfter = -1.0;
        for (var i = 0; i < before.Count; i++)
        {
            if (pairByBefore.TryGetValue(i, out var pair))
            {
                lastAfter = pair.Moved ? lastAfter : pair.After;
                continue;
            }

            var c = before[i];
            changes.Add((lastAfter + 0.5 + i * 1e-6, new ClauseChange(
                ClauseChangeKind.Removed, c.Id, null, LabelsOf(c, null), true, 0, [], ResolvedOn(c.Id))));
        }

        var pairByAfter = pairs.ToDictionary(p => p.After);
        for (var j = 0; j < after.Count; j++)
        {
            var c = after[j];
            if (!pairByAfter.TryGetValue(j, out var pair))
            {
                changes.Add((j, new ClauseChange(ClauseChangeKind.Added, null, c.Id, LabelsOf(null, c), true, 0, NewOn(c.Id), [])));
                continue;
            }

            if (pair.SameWords && !pair.Moved)
            {
                continue;
            }

            var b = before[pair.Before];
            changes.Add((j, new ClauseChange(
                pair.Moved ? ClauseChangeKind.Moved : ClauseChangeKind.Changed, b.Id, c.Id, LabelsOf(b, c),
                !pair.SameWords, Math.Round(pair.Similarity, 3), NewOn(c.Id), ResolvedOn(b.Id))));
        }

        return [.. changes.OrderBy(c => c.Order).Select(c => c.Change)];
    }

    private static List<string> LabelsOf(AnalyzedClause? before, AnalyzedClause? after) =>
        [.. ClauseLabels.All.Where(label => (before?.Has(label) ?? false) || (after?.Has(label) ?? false))];
}
