using System.Diagnostics;
using System.Security.Claims;
using System.Text.RegularExpressions;
using ClauseLens.Analysis;
using ClauseLens.Analysis.Compare;
using ClauseLens.Analysis.Context;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Server.Hosting;
using ClauseLens.Server.Playbooks;
using Microsoft.Extensions.Options;

namespace ClauseLens.Server.Analyze;

/// <summary>
/// Runs one analysis for the API: resolves the playbook, analyses within the time budget, and logs
/// counts and timings (never the text). Shared by every endpoint that accepts a contract and by the
/// batch worker.
/// </summary>
public sealed class ContractReview(
    ContractAnalyzer analyzer, PlaybookCatalog playbooks, AnalysisGate gate, IOptions<LimitsOptions> limits, ILogger<ContractReview> logger)
{
    /// <summary>
    /// The playbook for <paramref name="id"/> (the default when empty) as <paramref name="user"/> sees it:
    /// built-in or their own. Null when unknown, or when it is another user's.
    /// </summary>
    public Task<Playbook?> FindPlaybookAsync(string? id, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        playbooks.FindAsync(id, user.OwnerId(), cancellationToken);

    /// <summary>
    /// Reads a document (CPU work: parsing) through the gate, like an analysis, within the time budget
    /// of an analysis: <paramref name="read"/> gets a token cancelled when the budget runs out or the
    /// client goes away, and the parsers stop at their next page, element or line.
    /// </summary>
    /// <exception cref="AnalysisTooComplexException">The budget ran out, or a pattern timed out.</exception>
    public Task<ContractDocument> ReadAsync(Func<CancellationToken, ContractDocument> read, CancellationToken cancellationToken) =>
        gate.RunAsync(() => WithinBudget(read, limits.Value.AnalysisSeconds, "Reading a document", cancellationToken), cancellationToken);

    /// <summary>
    /// Compares two drafts through the gate (one slot: the comparer analyses the drafts side by side)
    /// within one time budget for the whole comparison, cancelled when the client goes away.
    /// </summary>
    /// <exception cref="AnalysisTooComplexException">The budget ran out, or a pattern timed out.</exception>
    public Task<DraftComparison> CompareAsync(DraftComparer comparer, ContractDocument before, ContractDocument after, Playbook playbook, AnalysisOptions options, CancellationToken cancellationToken) =>
        gate.RunAsync(() => WithinBudget(budget => comparer.Compare(before, after, playbook, options, budget), limits.Value.AnalysisSeconds, "Comparing drafts", cancellationToken), cancellationToken);

    /// <summary>Analyses a submission (its playbook, or the one for its type; side; language) through the gate, within the time budget.</summary>
    public Task<AnalysisResult> AnalyzeAsync(ContractSubmission submission, CancellationToken cancellationToken) =>
        gate.RunAsync(() => Analyze(submission.Document, submission.Playbook, submission.Options, limits.Value.AnalysisSeconds, cancellationToken), cancellationToken);

    /// <summary>Analyses through the gate, within the time budget, cancelled when <paramref name="cancellationToken"/> is (the client left).</summary>
    public Task<AnalysisResult> AnalyzeAsync(ContractDocument document, Playbook playbook, CancellationToken cancellationToken) =>
        gate.RunAsync(() => Analyze(document, playbook, cancellationToken), cancellationToken);

    /// <summary>Analyses a submission on the calling thread within the time budget.</summary>
    /// <exception cref="AnalysisTooComplexException">The budget ran out, or a pattern timed out.</exception>
    public AnalysisResult Analyze(ContractSubmission submission, CancellationToken cancellationToken = default) =>
        Analyze(submission.Document, submission.Playbook, submission.Options, limits.Value.AnalysisSeconds, cancellationToken);

    /// <summary>Analyses on the calling thread within the time budget. The caller has checked the document is not blank.</summary>
    /// <exception cref="AnalysisTooComplexException">The budget ran out, or a pattern timed out.</exception>
    public AnalysisResult Analyze(ContractDocument document, Playbook playbook, CancellationToken cancellationToken = default) =>
        Analyze(document, playbook, AnalysisOptions.None, limits.Value.AnalysisSeconds, cancellationToken);

    /// <summary>Analyses the document for the deal <paramref name="options"/> describes; a null playbook is chosen by type.</summary>
    /// <exception cref="AnalysisTooComplexException">The budget ran out, or a pattern timed out.</exception>
    public AnalysisResult Analyze(ContractDocument document, Playbook? playbook, AnalysisOptions options, CancellationToken cancellationToken = default) =>
        Analyze(document, playbook, options, limits.Value.AnalysisSeconds, cancellationToken);

    /// <summary>
    /// Analyses on the calling thread with no time budget: the batch worker, which has threads,
    /// parallelism and a crash policy of its own, and whose results must not depend on how busy the
    /// machine is (the budget is wall-clock time; a cold server on a loaded machine would fail real
    /// documents). Each pattern's match timeout still applies.
    /// </summary>
    /// <exception cref="AnalysisTooComplexException">A pattern timed out.</exception>
    public AnalysisResult AnalyzeWithoutBudget(ContractDocument document, Playbook? playbook, AnalysisOptions? options = null) =>
        Analyze(document, playbook, options ?? AnalysisOptions.None, 0, CancellationToken.None);

    private AnalysisResult Analyze(ContractDocument document, Playbook? playbook, AnalysisOptions options, int seconds, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var result = WithinBudget(budget => analyzer.Analyze(document, playbook, options, budget), seconds, "Analysis", cancellationToken);
        logger.LogInformation(
            "Analysed {ParagraphCount} paragraphs into {ClauseCount} clauses with {FindingCount} findings against {PlaybookId} ({SelectedBy}; type {ContractType}, {TypeSource}) in {ElapsedMs} ms",
            document.Paragraphs.Count, result.Clauses.Count, result.Findings.Count, result.Playbook.Id, result.Playbook.SelectedBy,
            result.ContractType?.Id, result.ContractType?.Source, clock.ElapsedMilliseconds);
        return result;
    }

    /// <summary>
    /// Runs <paramref name="work"/> with a token cancelled after <paramref name="seconds"/> (none when 0)
    /// or when <paramref name="cancellationToken"/> is. The budget running out, or a pattern's match
    /// timeout, is the contract's complexity (422); the caller's own cancellation stays an
    /// <see cref="OperationCanceledException"/> (the client went away: nobody to answer).
    /// </summary>
    private T WithinBudget<T>(Func<CancellationToken, T> work, int seconds, string what, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (seconds > 0)
        {
            budget.CancelAfter(TimeSpan.FromSeconds(seconds));
        }

        try
        {
            return work(budget.Token);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested && budget.IsCancellationRequested)
        {
            logger.LogWarning("{Work} stopped at its budget of {Seconds} s", what, seconds);
            throw new AnalysisTooComplexException(
                $"The contract is too complex to analyse within {seconds} seconds (limit ClauseLens:Limits:AnalysisSeconds).", e);
        }
        catch (RegexMatchTimeoutException e)
        {
            logger.LogWarning("{Work} stopped: a pattern ran past its match timeout", what);
            throw TooComplex(e);
        }
    }

    private static AnalysisTooComplexException TooComplex(Exception inner) =>
        new("The contract is too complex to analyse: a text pattern ran past its time limit.", inner);
}
