using System.Diagnostics;
using System.Security.Claims;
using System.Text.RegularExpressions;
using ClauseLens.Analysis;
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

    /// <summary>Reads a document (CPU work: parsing) through the gate, like an analysis.</summary>
    public Task<ContractDocument> ReadAsync(Func<ContractDocument> read, CancellationToken cancellationToken) =>
        gate.RunAsync(() => Bounded(read), cancellationToken);

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
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (seconds > 0)
        {
            budget.CancelAfter(TimeSpan.FromSeconds(seconds));
        }

        var clock = Stopwatch.StartNew();
        AnalysisResult result;
        try
        {
            result = analyzer.Analyze(document, playbook, options, budget.Token);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Analysis of {ParagraphCount} paragraphs stopped at its budget of {Seconds} s", document.Paragraphs.Count, seconds);
            throw new AnalysisTooComplexException(
                $"The contract is too complex to analyse within {seconds} seconds (limit ClauseLens:Limits:AnalysisSeconds).", e);
        }
        catch (RegexMatchTimeoutException e)
        {
            logger.LogWarning("Analysis of {ParagraphCount} paragraphs stopped: a pattern ran past its match timeout", document.Paragraphs.Count);
            throw TooComplex(e);
        }

        logger.LogInformation(
            "Analysed {ParagraphCount} paragraphs into {ClauseCount} clauses with {FindingCount} findings against {PlaybookId} ({SelectedBy}; type {ContractType}, {TypeSource}) in {ElapsedMs} ms",
            document.Paragraphs.Count, result.Clauses.Count, result.Findings.Count, result.Playbook.Id, result.Playbook.SelectedBy,
            result.ContractType?.Id, result.ContractType?.Source, clock.ElapsedMilliseconds);
        return result;
    }

    private static ContractDocument Bounded(Func<ContractDocument> read)
    {
        try
        {
            return read();
        }
        catch (RegexMatchTimeoutException e)
        {
            throw TooComplex(e);
        }
    }

    private static AnalysisTooComplexException TooComplex(Exception inner) =>
        new("The contract is too complex to analyse: a text pattern ran past its time limit.", inner);
}
