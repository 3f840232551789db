using ClauseLens.Analysis.Classification;
using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Segmentation;

namespace ClauseLens.Analysis.Tests.Playbooks;

/// <summary>Builds analysed clauses for evaluator tests without running the model.</summary>
internal sealed class ClauseBuilder
{
    private readonly List<AnalyzedClause> _clauses = [];

    public ClauseBuilder Clause(string? heading, string[] labels, ClauseFacts? facts = null, string[]? uncertain = null)
    {
        var n = _clauses.Count;
        _clauses.Add(new AnalyzedClause(
            $"c{n + 1}", (n + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), heading, ClauseKind.Section,
            n, n, n * 100, n * 100 + 90,
            [.. labels.Select(l => new LabelScore(l, 0.9))],
            [.. (uncertain ?? []).Select(l => new LabelScore(l, 0.4))],
            facts ?? ClauseFacts.Empty));
        return this;
    }

    public IReadOnlyList<AnalyzedClause> Build() => _clauses;

    /// <summary>A document whose paragraphs line up with the built clauses' offsets.</summary>
    public ContractDocument Document() =>
        ContractDocument.FromParagraphs(Enumerable.Range(0, Math.Max(1, _clauses.Count)).Select(_ => new string('x', 99)));
}
