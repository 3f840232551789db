using ClauseLens.Analysis.Classification;
using ClauseLens.Analysis.Context;
using ClauseLens.Analysis.Drafting;
using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Segmentation;

namespace ClauseLens.Analysis;

/// <summary>
/// The analysis flow of DESIGN.md: segmentation, classification (one batch per document),
/// extraction (patterns, then the element detectors over the document's sentences and list items
/// in one batch, when given), context (type, language), drafting checks, playbook evaluation.
/// Stateless and thread-safe when its parts are.
/// </summary>
public sealed class ContractAnalyzer(
    IClauseClassifier classifier,
    ClauseSegmenter segmenter,
    FactExtractor extractor,
    PlaybookEvaluator evaluator,
    ElementDetectors? detectors = null,
    ContractContextReader? contextReader = null,
    DraftingChecker? drafting = null)
{
    private readonly ContractContextReader context = contextReader ?? ContractContextReader.Shipped;
    private readonly DraftingChecker _drafting = drafting ?? new DraftingChecker();

    /// <summary>The standard flow around <paramref name="classifier"/>: every stage as shipped.</summary>
    /// <param name="classifier">The clause classifier.</param>
    /// <param name="detectors">The element detectors beside the patterns, or null for the patterns alone.</param>
    /// <param name="evidence">The reader that checks "missing &lt;label&gt;" claims against the whole text, or null.</param>
    public static ContractAnalyzer For(IClauseClassifier classifier, ElementDetectors? detectors = null, LabelEvidence? evidence = null) =>
        new(classifier, new ClauseSegmenter(), new FactExtractor(), new PlaybookEvaluator(evidence), detectors);

    /// <summary>
    /// The standard flow with the models shipped next to the binaries (CLI, tools, server): the clause
    /// classifier and, when models/element-detectors.zip is there, the element detectors beside the
    /// patterns (models/ELEMENTS.md).
    /// </summary>
    public static ContractAnalyzer WithShippedModel() =>
        For(ModelClauseClassifier.Load(ModelClauseClassifier.DefaultPath), ShippedDetectors(), ShippedLabelEvidence());

    /// <summary>The shipped classifier and the shipped element detectors: the same flow as <see cref="WithShippedModel"/>.</summary>
    public static ContractAnalyzer WithShippedModelAndDetectors() => WithShippedModel();

    /// <summary>The shipped classifier with elements found by the patterns alone (to measure what the detectors add).</summary>
    public static ContractAnalyzer WithShippedModelPatternsOnly() => For(ModelClauseClassifier.Load(ModelClauseClassifier.DefaultPath));

    /// <summary>The shipped element detectors, or null when the file is not there (patterns only).</summary>
    public static ElementDetectors? ShippedDetectors() =>
        File.Exists(ElementDetectors.DefaultPath) ? ElementDetectors.Load(ElementDetectors.DefaultPath) : null;

    /// <summary>
    /// The shipped label evidence reader (models/label-evidence.zip), which checks a required rule's
    /// "missing &lt;label&gt;" claim against the whole text, or null when the file is not there.
    /// </summary>
    public static LabelEvidence? ShippedLabelEvidence() =>
        File.Exists(LabelEvidence.DefaultPath) ? LabelEvidence.Load(LabelEvidence.DefaultPath) : null;

    /// <summary>The model version reported in every result.</summary>
    public string ModelVersion => classifier.ModelVersion;

    /// <summary>Analyses <paramref name="document"/> against <paramref name="playbook"/>, detecting the contract's type and language.</summary>
    public AnalysisResult Analyze(ContractDocument document, Playbook playbook) => Analyze(document, playbook, CancellationToken.None);

    /// <summary>
    /// Analyses <paramref name="document"/> against <paramref name="playbook"/>, stopping with an
    /// <see cref="OperationCanceledException"/> between stages and between clauses once
    /// <paramref name="cancellationToken"/> is cancelled (a time budget, a client that went away).
    /// </summary>
    public AnalysisResult Analyze(ContractDocument document, Playbook playbook, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(playbook);
        return Analyze(document, playbook, AnalysisOptions.None, cancellationToken);
    }

    /// <summary>
    /// Analyses <paramref name="document"/> for the deal <paramref name="options"/> describes. With no
    /// <paramref name="playbook"/>, applies the built-in one for the contract's type
    /// (<see cref="PlaybookSelection"/>). A side the applied playbook does not declare is not used
    /// (the result's side is then null).
    /// </summary>
    public AnalysisResult Analyze(ContractDocument document, Playbook? playbook, AnalysisOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        var deal = context.Read(document, options.ContractType);
        // A type given by the caller says the text is a contract; otherwise an e-mail gets no findings.
        var nature = options.ContractType is null ? ContractNature.Read(document.Text) : null;
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
            NameJa = playbook.NameJa,
        };
        var textLanguage = options.Language ?? (deal.Language == ContractLanguages.Japanese ? ContractLanguages.Japanese : ContractLanguages.English);
        var fallbackLanguage = deal.Language switch
        {
            ContractLanguages.Japanese => ContractLanguages.Japanese,
            ContractLanguages.English => ContractLanguages.English,
            _ => textLanguage,
        };
        var review = new ReviewContext(scope, side, textLanguage, fallbackLanguage);

        using var analysis = AnalysisTelemetry.Source.StartActivity("clauselens.analyze");
        analysis?.SetTag("clauselens.playbook.id", playbook.Id);
        analysis?.SetTag("clauselens.model.version", classifier.ModelVersion);
        analysis?.SetTag("clauselens.paragraphs", document.Paragraphs.Count);

        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<Clause> clauses;
        using (var stage = AnalysisTelemetry.Stage(AnalysisTelemetry.Stages.Segmentation))
        {
            clauses = segmenter.Segment(document, cancellationToken);
            stage.Tag("clauselens.clauses", clauses.Count);
        }

        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<ClauseLabelling> labellings;
        using (AnalysisTelemetry.Stage(AnalysisTelemetry.Stages.Classification))
        {
            labellings = classifier.Classify(
                [.. clauses.Select(c => new ClauseInput(document.Slice(c.Start, c.End), c.Heading))]);
        }

        var analyzed = new AnalyzedClause[clauses.Count];
        using (AnalysisTelemetry.Stage(AnalysisTelemetry.Stages.Extraction))
        {
            var facts = new ClauseFacts[clauses.Count];
            for (var i = 0; i < clauses.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                facts[i] = extractor.Extract(document.Slice(clauses[i].Start, clauses[i].End), clauses[i].Start);
            }

            if (detectors is not null)
            {
                var aboutConfidentiality = labellings
                    .Select((l, i) => l.Labels.Concat(l.Uncertain).Any(s => s.Label == ClauseLabels.Confidentiality) || facts[i].Has(FactNames.ConfidentialDefinition))
                    .ToArray();
                facts = DetectedElements.Apply(detectors, document.Text, [.. clauses.Select(c => (c.Start, c.End))], aboutConfidentiality, facts);
            }

            facts = ReturnHeadings.Apply(document.Text, clauses, facts);

            for (var i = 0; i < clauses.Count; i++)
            {
                var c = clauses[i];
                analyzed[i] = new AnalyzedClause(
                    c.Id, c.Number, c.Heading, c.Kind, c.ParagraphStart, c.ParagraphEnd, c.Start, c.End,
                    labellings[i].Labels, labellings[i].Uncertain, facts[i]);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<Finding> findings;
        using (var stage = AnalysisTelemetry.Stage(AnalysisTelemetry.Stages.Playbook))
        {
            // The playbook's own prevailing-language rule reports a missing one; the drafting checks then
            // only report two versions that name different languages, so no finding appears twice.
            var playbookCoversPrevailing = playbook.Rules.Any(r => r.Kind == RuleKind.Consistency && r.Consistency == ConsistencyCheck.PrevailingLanguage);
            findings = nature is { IsContract: false }
                ? []
                :
                [
                    .. evaluator.Evaluate(playbook, document, analyzed, review),
                    .. DraftingWording.InLanguage(_drafting.Check(document, clauses, reportMissingPrevailingLanguage: !playbookCoversPrevailing), textLanguage),
                ];
            stage.Tag("clauselens.findings", findings.Count(f => f.Kind != FindingKind.Ok));
        }

        var result = new AnalysisResult(
            classifier.ModelVersion,
            reference,
            analyzed,
            findings,
            Summarise(document, analyzed, findings),
            deal.ContractType,
            side,
            deal.Language,
            textLanguage,
            PassedChecks.For(playbook, findings, analyzed, textLanguage),
            nature);
        analysis?.SetTag("clauselens.clauses", clauses.Count);
        AnalysisTelemetry.Analysed(result);
        return result;
    }

    private static AnalysisSummary Summarise(ContractDocument document, IReadOnlyList<AnalyzedClause> clauses, IReadOnlyList<Finding> findings)
    {
        var present = ClauseLabels.All.Where(label => clauses.Any(c => c.Has(label))).ToList();
        var missing = findings.Where(f => f.Kind == FindingKind.Missing).Select(f => f.Label).Distinct().ToList();
        var bySeverity = Enum.GetValues<Severity>().ToDictionary(
            s => WireName.Of(s), s => findings.Count(f => f.Kind != FindingKind.Ok && f.Severity == s));
        var byKind = Enum.GetValues<FindingKind>().ToDictionary(k => WireName.Of(k), k => findings.Count(f => f.Kind == k));
        return new AnalysisSummary(document.Paragraphs.Count, clauses.Count, present, missing, bySeverity, byKind);
    }
}
