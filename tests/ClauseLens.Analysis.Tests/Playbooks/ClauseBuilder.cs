using ClauseLens.Analysis.Classification;
using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Segmentation;

namespace ClauseLens.Analysis.Tests.Playbooks;

/// <summary>
/// Builds a document of one paragraph per clause, with labels chosen by the test instead of the
/// model and facts from the real extractor (or given), for evaluator tests.
/// </summary>
internal sealed class ClauseBuilder
{
    private static readonly FactExtractor Extractor = new();
    private readonly List<(string? Heading, string[] Labels, string Text, ClauseFacts? Facts, string[] Uncertain)> _clauses = [];

    public ClauseBuilder Clause(string? heading, string[] labels, string text = "", string[]? uncertain = null)
    {
        _clauses.Add((heading, labels, text.Length == 0 ? $"Clause {_clauses.Count + 1}." : text, null, uncertain ?? []));
        return this;
    }

    public ClauseBuilder Clause(string? heading, string[] labels, ClauseFacts facts)
    {
        _clauses.Add((heading, labels, $"Clause {_clauses.Count + 1}.", facts, []));
        return this;
    }

    public ContractDocument Document() => ContractDocument.FromParagraphs(_clauses.Select(c => c.Text));

    public IReadOnlyList<AnalyzedClause> Build()
    {
        var document = Document();
        return [.. _clauses.Select((c, i) =>
        {
            var p = document.Paragraphs[i];
            return new AnalyzedClause(
                $"c{i + 1}", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), c.Heading, ClauseKind.Section,
                i, i, p.Start, p.End,
                [.. c.Labels.Select(l => new LabelScore(l, 0.9))],
                [.. c.Uncertain.Select(l => new LabelScore(l, 0.4))],
                c.Facts ?? Extractor.Extract(p.Text, p.Start));
        })];
    }

    public IReadOnlyList<Finding> Evaluate(Playbook playbook) => new PlaybookEvaluator().Evaluate(playbook, Document(), Build());
}
