using ClauseLens.Analysis;
using ClauseLens.Analysis.Context;
using ClauseLens.Server.Analyze;
using ClauseLens.Server.Playbooks;

namespace ClauseLens.Server.Batches;

/// <summary>
/// What batches need of the analysis core. A seam so worker, store and exports can be tested with a
/// predictable analysis; in the server it is <see cref="ReviewBatchAnalysis"/>.
/// </summary>
public interface IBatchAnalysis
{
    /// <summary>
    /// The id of the playbook named <paramref name="id"/> as the batch's <paramref name="owner"/> sees
    /// it, or null when unknown to them.
    /// </summary>
    Task<string?> ResolvePlaybookAsync(string id, string owner, CancellationToken cancellationToken);

    /// <summary>
    /// The sides a batch may name: the roles of the playbook named (<paramref name="playbookId"/>), else
    /// of the one for the given <paramref name="contractType"/>, else of any playbook a document could get.
    /// </summary>
    Task<IReadOnlyList<string>> SidesAsync(string? playbookId, string? contractType, string owner, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps what a batch about to be stored needs to run against <paramref name="playbookId"/> later,
    /// whatever happens to the playbook meanwhile. False when the owner no longer has it.
    /// </summary>
    Task<bool> PinPlaybookAsync(string batchId, string playbookId, string owner, CancellationToken cancellationToken);

    /// <summary>
    /// Analyses one document of a batch against the playbook it was submitted with (null: the one for
    /// the document's contract type) for the deal <paramref name="options"/> describes.
    /// </summary>
    Task<AnalysisResult> AnalyzeAsync(ContractDocument document, string batchId, string? playbookId, AnalysisOptions options, CancellationToken cancellationToken);

    /// <summary>Drops what <see cref="PinPlaybookAsync"/> kept: the batch is deleted, or was never stored.</summary>
    Task ReleaseAsync(string batchId, CancellationToken cancellationToken);
}

/// <summary>
/// The real analysis, through the same <see cref="ContractReview"/> as <c>/api/analyze</c>. A batch
/// with a custom playbook runs against a copy taken at submission: the worker has no signed-in
/// user, and the batch should not change rules halfway if its owner edits the playbook.
/// </summary>
public sealed class ReviewBatchAnalysis(ContractReview review, PlaybookCatalog playbooks) : IBatchAnalysis
{
    /// <inheritdoc />
    public async Task<string?> ResolvePlaybookAsync(string id, string owner, CancellationToken cancellationToken) =>
        (await playbooks.FindAsync(id, owner, cancellationToken))?.Id;

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> SidesAsync(string? playbookId, string? contractType, string owner, CancellationToken cancellationToken) =>
        DealOptions.AllowedSides(playbookId is null ? null : await playbooks.FindAsync(playbookId, owner, cancellationToken), contractType);

    /// <inheritdoc />
    public Task<bool> PinPlaybookAsync(string batchId, string playbookId, string owner, CancellationToken cancellationToken) =>
        playbooks.PinForBatchAsync(batchId, playbookId, owner, cancellationToken);

    /// <inheritdoc />
    public async Task<AnalysisResult> AnalyzeAsync(ContractDocument document, string batchId, string? playbookId, AnalysisOptions options, CancellationToken cancellationToken) =>
        review.AnalyzeWithoutBudget(document, playbookId is null ? null : await playbooks.FindForBatchAsync(batchId, playbookId, cancellationToken)
            ?? throw new InvalidOperationException("The batch's playbook is no longer available."), options);

    /// <inheritdoc />
    public Task ReleaseAsync(string batchId, CancellationToken cancellationToken) => playbooks.ReleaseBatchAsync(batchId, cancellationToken);
}
