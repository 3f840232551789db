using ClauseLens.Analysis;
using ClauseLens.Analysis.Classification;
using ClauseLens.Analysis.Context;
using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Segmentation;
using ClauseLens.Server.Batches;

namespace ClauseLens.TestSupport;

/// <summary>
/// A predictable stand-in for the analysis core, so batch plumbing is tested on its own: labels from
/// keywords, a <c>missing</c> finding for each absent core clause (high for IP ownership), an
/// <c>overly_broad</c> finding on "worldwide", and a crash on "EXPLODE" (and an
/// OutOfMemoryException on "OUT-OF-MEMORY") to show a failure stays alone.
/// </summary>
public sealed class KeywordAnalysis : IBatchAnalysis
{
    private static readonly (string Keyword, string Label)[] Keywords =
    [
        ("intellectual property", ClauseLabels.IpOwnership), ("confidential", ClauseLabels.Confidentiality),
        ("compete", ClauseLabels.NonCompete), ("governed by", ClauseLabels.GoverningLaw),
    ];

    public Task<string?> ResolvePlaybookAsync(string id, string owner, CancellationToken cancellationToken) =>
        Task.FromResult(id is "default" or "strict" ? id : null);

    // "strict" serves one side only, so a test can see the sides follow the playbook named.
    public Task<IReadOnlyList<string>> SidesAsync(string? playbookId, string? contractType, string owner, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(playbookId == "strict" ? ["recipient"] : ["discloser", "recipient", "mutual"]);

    // The keyword playbooks are fixed, like built-in ones: nothing to keep per batch.
    public Task<bool> PinPlaybookAsync(string batchId, string playbookId, string owner, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task ReleaseAsync(string batchId, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// No playbook named: "nda" for a text that says "non-disclosure" (else "collaboration") is the
    /// detected type, and the playbook is "&lt;type&gt;-keywords"; a given type wins over the text.
    /// </summary>
    public Task<AnalysisResult> AnalyzeAsync(ContractDocument document, string batchId, string? playbookId, AnalysisOptions options, CancellationToken cancellationToken)
    {
        var type = options.ContractType ?? (document.Text.Contains("non-disclosure", StringComparison.OrdinalIgnoreCase) ? "nda" : "collaboration");
        return Task.FromResult(Analyze(document, playbookId ?? $"{type}-keywords") with
        {
            ContractType = new ContractTypeResult(type, options.ContractType is null ? ContractTypeSources.Detected : ContractTypeSources.Given, 0.9),
            Side = options.Side,
        });
    }

    private static AnalysisResult Analyze(ContractDocument document, string playbookId)
    {
        var text = document.Text;
        if (text.Contains("OUT-OF-MEMORY", StringComparison.Ordinal))
        {
            throw new OutOfMemoryException();
        }

        if (text.Contains("EXPLODE", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("simulated crash inside the analysis: " + text);
        }

        var present = Keywords.Where(k => text.Contains(k.Keyword, StringComparison.OrdinalIgnoreCase)).Select(k => k.Label).Distinct().ToList();
        var findings = new List<Finding>();
        foreach (var label in new[] { ClauseLabels.IpOwnership, ClauseLabels.Confidentiality, ClauseLabels.NonCompete, ClauseLabels.GoverningLaw }.Except(present))
        {
            findings.Add(new Finding($"f{findings.Count + 1}", $"required-{label}", FindingKind.Missing,
                label == ClauseLabels.IpOwnership ? Severity.High : Severity.Medium, label, null, null,
                $"No {label} clause", "explanation", $"Ask for a {label} clause", $"The {label} fallback.", null, "test"));
        }

        var worldwide = text.IndexOf("worldwide", StringComparison.OrdinalIgnoreCase);
        if (worldwide >= 0)
        {
            var paragraph = document.Paragraphs.Last(p => p.Start <= worldwide);
            findings.Add(new Finding($"f{findings.Count + 1}", "limit-territory", FindingKind.OverlyBroad, Severity.Medium,
                ClauseLabels.NonCompete, "c1", new Evidence(paragraph.Start, paragraph.End), "Worldwide restraint", "explanation", "Limit it to Japan", null, null, "test"));
        }

        findings.Add(new Finding($"f{findings.Count + 1}", "ok-rule", FindingKind.Ok, Severity.Info, ClauseLabels.Liability, null, null, "Fine", "", "", null, null, "test"));
        var clause = new AnalyzedClause("c1", "1", null, ClauseKind.Section, 0, document.Paragraphs.Count - 1, 0, text.Length,
            [.. present.Select(l => new LabelScore(l, 0.9))], [], ClauseFacts.Empty);
        var summary = new AnalysisSummary(document.Paragraphs.Count, 1, present, [.. findings.Where(f => f.Kind == FindingKind.Missing).Select(f => f.Label)],
            new Dictionary<string, int>(), new Dictionary<string, int>());
        return new AnalysisResult("keyword-test", new PlaybookReference(playbookId, "1", playbookId), [clause], findings, summary);
    }
}

/// <summary>Lets the host start without the shipped model; the batch tests never call it.</summary>
public sealed class UnusedClassifier : IClauseClassifier
{
    public string ModelVersion => "unused";

    public IReadOnlyList<ClauseLabelling> Classify(IReadOnlyList<ClauseInput> clauses) => throw new NotSupportedException();
}
