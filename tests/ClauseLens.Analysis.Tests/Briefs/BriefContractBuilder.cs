using ClauseLens.Analysis.Briefs;
using ClauseLens.Analysis.Classification;
using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Segmentation;

namespace ClauseLens.Analysis.Tests.Briefs;

/// <summary>
/// Builds a contract and a hand-made analysis of it (clauses, facts, findings with real offsets),
/// so brief tests do not depend on the model or the segmenter.
/// </summary>
internal sealed class BriefContractBuilder
{
    private readonly List<string> _paragraphs = [];
    private readonly List<(string Id, string? Number, string? Heading, ClauseKind Kind, int First, int Last, string[] Labels, Func<Locator, ClauseFacts>? Facts)> _clauses = [];
    private readonly List<Func<ContractDocument, IReadOnlyDictionary<string, AnalyzedClause>, Finding>> _findings = [];

    public string PlaybookId { get; init; } = "japan-sme-collaboration";

    public string ModelVersion { get; init; } = "clause-classifier-test";

    public BriefContractBuilder Preamble(params string[] paragraphs)
    {
        var first = _paragraphs.Count;
        _paragraphs.AddRange(paragraphs);
        _clauses.Add(($"c{_clauses.Count + 1}", null, null, ClauseKind.Preamble, first, _paragraphs.Count - 1, [], null));
        return this;
    }

    /// <summary>A one-paragraph clause "number. heading. text"; returns its id through <paramref name="id"/>.</summary>
    public BriefContractBuilder Clause(string number, string heading, string text, string[] labels, out string id, Func<Locator, ClauseFacts>? facts = null)
    {
        id = $"c{_clauses.Count + 1}";
        _paragraphs.Add($"{number}. {heading}. {text}");
        _clauses.Add((id, number, heading, ClauseKind.Section, _paragraphs.Count - 1, _paragraphs.Count - 1, labels, facts));
        return this;
    }

    public BriefContractBuilder Clause(string number, string heading, string text, params string[] labels) =>
        Clause(number, heading, text, labels, out _);

    /// <summary>A finding; <paramref name="evidence"/> is a phrase of the clause it points at.</summary>
    public BriefContractBuilder Finding(
        string ruleId, FindingKind kind, Severity severity, string label,
        string? clauseId = null, string? evidence = null, string? topic = null, string? talkingPoint = "Default talking point.",
        string? title = null, string? detail = null)
    {
        _findings.Add((document, clauses) =>
        {
            Evidence? span = null;
            if (clauseId is not null && evidence is not null)
            {
                var clause = clauses[clauseId];
                var at = document.Text.IndexOf(evidence, clause.Start, clause.End - clause.Start, StringComparison.Ordinal);
                Assert.True(at >= 0, $"test set-up: '{evidence}' is not in {clauseId}");
                span = new Evidence(at, at + evidence.Length);
            }

            return new Finding(
                $"{ruleId}/{clauseId ?? "doc"}", ruleId, kind, severity, label, clauseId, span,
                title ?? $"Title of {ruleId}", $"Explanation of {ruleId}.", $"Ask of {ruleId}.", $"Fallback of {ruleId}.",
                talkingPoint, "Test source", topic, null, detail);
        });
        return this;
    }

    public (ContractDocument Document, AnalysisResult Analysis) Build()
    {
        var document = ContractDocument.FromParagraphs(_paragraphs);
        var clauses = _clauses.Select(c =>
        {
            var start = document.Paragraphs[c.First].Start;
            var end = document.Paragraphs[c.Last].End;
            var facts = c.Facts?.Invoke(new Locator(document, start, end)) ?? ClauseFacts.Empty;
            return new AnalyzedClause(c.Id, c.Number, c.Heading, c.Kind, c.First, c.Last, start, end,
                [.. c.Labels.Select(l => new LabelScore(l, 0.9))], [], facts);
        }).ToList();
        var byId = clauses.ToDictionary(c => c.Id);
        var findings = _findings.Select(f => f(document, byId)).ToList();
        var summary = new AnalysisSummary(document.Paragraphs.Count, clauses.Count, [], [], new Dictionary<string, int>(), new Dictionary<string, int>());
        return (document, new AnalysisResult(ModelVersion, new PlaybookReference(PlaybookId, "1.0", "Test playbook"), clauses, findings, summary));
    }

    public NegotiationBrief Brief()
    {
        var (document, analysis) = Build();
        return new BriefBuilder().Build(document, analysis);
    }

    /// <summary>Finds phrases of one clause in the document, for facts with real offsets.</summary>
    internal sealed class Locator(ContractDocument document, int start, int end)
    {
        public (int Start, int End) Span(string phrase)
        {
            var at = document.Text.IndexOf(phrase, start, end - start, StringComparison.Ordinal);
            Assert.True(at >= 0, $"test set-up: '{phrase}' is not in the clause");
            return (at, at + phrase.Length);
        }

        public DurationFact Duration(string phrase, int? months, DurationAnchor from, bool indefinite = false)
        {
            var (s, e) = Span(phrase);
            return new DurationFact(s, e, months, indefinite, from);
        }

        public ElementFact Element(string phrase, string element)
        {
            var (s, e) = Span(phrase);
            return new ElementFact(s, e, element);
        }
    }
}
