using System.Diagnostics;
using ClauseLens.Analysis;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Server.Playbooks;

namespace ClauseLens.Server.Analyze;

/// <summary>
/// Runs one analysis for the API: resolves the playbook, analyses, and logs counts and timings
/// (never the text). Shared by every endpoint that accepts a contract.
/// </summary>
public sealed class ContractReview(ContractAnalyzer analyzer, PlaybookCatalog playbooks, ILogger<ContractReview> logger)
{
    /// <summary>The playbook for <paramref name="id"/> (the default when empty), or null when unknown.</summary>
    public Playbook? FindPlaybook(string? id) =>
        playbooks.Find(string.IsNullOrWhiteSpace(id) ? BuiltInPlaybooks.DefaultId : id.Trim());

    /// <summary>Analyses the document; the caller has checked it is not blank.</summary>
    public AnalysisResult Analyze(ContractDocument document, Playbook playbook)
    {
        var clock = Stopwatch.StartNew();
        var result = analyzer.Analyze(document, playbook);
        logger.LogInformation(
            "Analysed {ParagraphCount} paragraphs into {ClauseCount} clauses with {FindingCount} findings against {PlaybookId} in {ElapsedMs} ms",
            document.Paragraphs.Count, result.Clauses.Count, result.Findings.Count, playbook.Id, clock.ElapsedMilliseconds);
        return result;
    }
}
