using ClauseLens.Analysis.Classification;
using ClauseLens.Analysis.Context;
using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Segmentation;

namespace ClauseLens.Analysis;

/// <summary>
/// The analysis flow of DESIGN.md: segmentation, classification (one batch per document),
/// extraction, context (type, language), playbook evaluation. Stateless and thread-safe when its parts are.
/// </summary>
public sealed class ContractAnalyzer(
    IClauseClassifier classifier,
    ClauseSegmenter segmenter,
    FactExtractor extractor,
    PlaybookEvaluator evaluator,
    ContractContextReader? contextReader = null)
{
    private readonly ContractContextReader context = contextReader ?? ContractContextReader.Shipped;

    /// <summary>The standard flow around <paramref name="classifier"/>: every stage as shipped.</summary>
    public static ContractAnalyzer For(IClauseClassifier classifier) =>
        new(classifier, new ClauseSegmenter(), new FactExtractor(), new PlaybookEvaluator());

    /// <summary>The standard flow with the model shipped next to the binaries (CLI, tools).</summary>
    public static ContractAnalyzer WithShippedModel() => For(ModelClauseClassifier.Load(ModelClauseClassifier.DefaultPath));

    /// <summary>The model version reported in every result.</summary>
    public string ModelVersion => classifier.ModelVersion;

    /// <summary>Analyses <paramref name="document"/> against <paramref name="playbook"/>, detecting the contract's type and language.</summary>
    public AnalysisResult Analyze(ContractDocument document, Playbook playbook)
    {
        ArgumentNullException.ThrowIfNull(playbook);
        return Analyze(document, playbook, AnalysisOptions.None);
    }

    /// <summary>
    /// Analyses <paramref name="document"/> for the deal <paramref name="options"/> describes. With no
    /// <paramref name="playbook"/>, applies the built-in one for the contract's type
    /// (<see cref="PlaybookSelection"/>). A side the applied playbook does not declare is not used
    /// (the result's side is then null).
    /// </summary>
    public AnalysisResult Analyze(ContractDocument document, Playbook? playbook, AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        var deal = context.Read(document, options.ContractType);
        string? scope = deal.ContractType.Id;
        PlaybookReference reference;
        if (playbook is null)
        {
            (playbook, var reason) = PlaybookSelection.For(deal.ContractType);
            reference = new PlaybookReference(playbook.Id, playbook.Version, playbook.Name, PlaybookSelection.ByContractType, reason);
        }
        else if (options.ContractType is null && playbook.ContractTypes.Count > 0 && !playbook.ContractTypes.Contains(deal.ContractType.Id, StringComparer.Ordinal))
        {
            // Naming a playbook for another type than the one detected says what the deal is better
            // than the detector can: every rule applies, as it did before contract types existed.
            scope = null;
            reference = new PlaybookReference(playbook.Id, playbook.Version, playbook.Name, PlaybookSelection.ByRequest,
                $"Named in the request. The contract was detected as {deal.ContractType.Id}, which this playbook does not serve, so all its rules apply.");
        }
        else
        {
            reference = new PlaybookReference(playbook.Id, playbook.Version, playbook.Name, PlaybookSelection.ByRequest, "Named in the request.");
        }

        var side = playbook.Role(options.Side)?.Id;
        reference = reference with
        {
            Roles = [.. playbook.Roles.Where(r => scope is null || r.ContractTypes.Count == 0 || r.ContractTypes.Contains(scope, StringComparer.Ordinal))],
        };
        var textLanguage = options.Language ?? (deal.Language == ContractLanguages.Japanese ? ContractLanguages.Japanese : ContractLanguages.English);
        var fallbackLanguage = deal.Language switch
        {
            ContractLanguages.Japanese => ContractLanguages.Japanese,
            ContractLanguages.English => ContractLanguages.English,
            _ => textLanguage,
        };
        var review = new ReviewContext(scope, side, textLanguage, fallbackLanguage);

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

        var findings = evaluator.Evaluate(playbook, document, analyzed, review);
        return new AnalysisResult(
            classifier.ModelVersion,
            reference,
            analyzed,
            findings,
            Summarise(document, analyzed, findings),
            deal.ContractType,
            side,
            deal.Language,
            textLanguage);
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
