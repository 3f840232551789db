using System.Diagnostics;
using System.Security.Claims;
using ClauseLens.Analysis;
using ClauseLens.Analysis.Context;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Server.Hosting;
using ClauseLens.Server.Playbooks;

namespace ClauseLens.Server.Analyze;

/// <summary>
/// Runs one analysis for the API: resolves the playbook, analyses, and logs counts and timings
/// (never the text). Shared by every endpoint that accepts a contract.
/// </summary>
public sealed class ContractReview(ContractAnalyzer analyzer, PlaybookCatalog playbooks, ILogger<ContractReview> logger)
{
    /// <summary>
    /// The playbook for <paramref name="id"/> (the default when empty) as <paramref name="user"/> sees it:
    /// built-in or their own. Null when unknown, or when it is another user's.
    /// </summary>
    public Task<Playbook?> FindPlaybookAsync(string? id, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        playbooks.FindAsync(id, user.OwnerId(), cancellationToken);

    /// <summary>Analyses the document; the caller has checked it is not blank.</summary>
    public AnalysisResult Analyze(ContractDocument document, Playbook playbook) => Analyze(document, playbook, AnalysisOptions.None);

    /// <summary>Analyses a submission: its playbook (or the one for its type), side and language.</summary>
    public AnalysisResult Analyze(ContractSubmission submission) => Analyze(submission.Document, submission.Playbook, submission.Options);

    /// <summary>Analyses the document for the deal <paramref name="options"/> describes; a null playbook is chosen by type.</summary>
    public AnalysisResult Analyze(ContractDocument document, Playbook? playbook, AnalysisOptions options)
    {
        var clock = Stopwatch.StartNew();
        var result = analyzer.Analyze(document, playbook, options);
        logger.LogInformation(
            "Analysed {ParagraphCount} paragraphs into {ClauseCount} clauses with {FindingCount} findings against {PlaybookId} ({SelectedBy}; type {ContractType}, {TypeSource}) in {ElapsedMs} ms",
            document.Paragraphs.Count, result.Clauses.Count, result.Findings.Count, result.Playbook.Id, result.Playbook.SelectedBy,
            result.ContractType?.Id, result.ContractType?.Source, clock.ElapsedMilliseconds);
        return result;
    }
}
