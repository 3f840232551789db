using ClauseLens.Analysis.Classification;
using ClauseLens.Analysis.Drafting;
using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Segmentation;

namespace ClauseLens.Analysis;

/// <summary>
/// The analysis flow of DESIGN.md: segmentation, classification (one batch per document),
/// extraction, drafting checks, playbook evaluation. Stateless and thread-safe when its parts are.
/// </summary>
public sealed class ContractAnalyzer(
    IClauseClassifier classifier,
    ClauseSegmenter segmenter,
    FactExtractor extractor,
    PlaybookEvaluator evaluator,
    DraftingChecker? drafting = null)
{
    private readonly DraftingChecker _drafting = drafting ?? new DraftingChecker();

    /// <summary>The standard flow around <paramref name="classifier"/>: every stage as shipped.</summary>
    public static ContractAnalyzer For(IClauseClassifier classifier) =>
        new(classifier, new ClauseSegmenter(), new FactExtractor(), new PlaybookEvaluator());

    /// <summary>The standard flow with the model shipped next to the binaries (CLI, tools).</summary>
    public static ContractAnalyzer WithShippedModel() => For(ModelClauseClassifier.Load(ModelClauseClassifier.DefaultPath));

    /// <summary>The model version reported in every result.</summary>
    public string ModelVersion => classifier.ModelVersion;

    /// <summary>Analyses <paramref name="document"/> against <paramref name="playbook"/>.</summary>
    public AnalysisResult Analyze(ContractDocument document, Playbook playbook)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(playbook);

        var clauses = segmenter.Segment(document);
        var labellings = classifier.Classify(
            [.. clauses.Select(c => new ClauseInput(document.Slice(c.Start, c.End), c.Heading))]);

        var analyzed = new AnalyzedClause[clauses.Count];
        for (var i = 0; i < clauses.Count; i++)
        {
            var c = clauses[i];
            analyzed[i] = new AnalyzedClause(
                c.Id, c.Number, c.Heading, c.Kind, c.ParagraphStart, c.ParagraphEnd, c.Start, c.End,
                labellings[i].Labels, labellings[i].Uncertain,
                extractor.Extract(document.Slice(c.Start, c.End), c.Start));
        }

        // The playbook's own prevailing-language rule reports a missing one; the drafting checks then
        // only report two versions that name different languages, so no finding appears twice.
        var playbookCoversPrevailing = playbook.Rules.Any(r => r.Kind == RuleKind.Consistency && r.Consistency == ConsistencyCheck.PrevailingLanguage);
        IReadOnlyList<Finding> findings =
        [
            .. evaluator.Evaluate(playbook, document, analyzed),
            .. _drafting.Check(document, clauses, reportMissingPrevailingLanguage: !playbookCoversPrevailing),
        ];
        return new AnalysisResult(
            classifier.ModelVersion,
            new PlaybookReference(playbook.Id, playbook.Version, playbook.Name),
            analyzed,
            findings,
            Summarise(document, analyzed, findings));
    }

    private static AnalysisSummary Summarise(ContractDocument document, IReadOnlyList<AnalyzedClause> clauses, IReadOnlyList<Finding> findings)
    {
        var present = ClauseLabels.All.Where(label => clauses.Any(c => c.Has(label))).ToList();
        var missing = findings.Where(f => f.Kind == FindingKind.Missing).Select(f => f.Label).Distinct().ToList();
        var bySeverity = Enum.GetValues<Severity>().ToDictionary(
            s => PlaybookParser.Wire(s), s => findings.Count(f => f.Kind != FindingKind.Ok && f.Severity == s));
        var byKind = Enum.GetValues<FindingKind>().ToDictionary(k => PlaybookParser.Wire(k), k => findings.Count(f => f.Kind == k));
        return new AnalysisSummary(document.Paragraphs.Count, clauses.Count, present, missing, bySeverity, byKind);
    }
}
