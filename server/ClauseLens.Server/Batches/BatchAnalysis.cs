using ClauseLens.Analysis;
using ClauseLens.Server.Analyze;

namespace ClauseLens.Server.Batches;

/// <summary>
/// What the batch worker needs of the analysis core. A seam so worker, store and exports can be
/// tested with a predictable analysis; in the server it is <see cref="ReviewBatchAnalysis"/>.
/// </summary>
public interface IBatchAnalysis
{
    /// <summary>The id of the playbook for <paramref name="id"/> (the default when empty), or null when unknown.</summary>
    string? ResolvePlaybook(string? id);

    /// <summary>Analyses one document against the playbook <paramref name="playbookId"/>.</summary>
    AnalysisResult Analyze(ContractDocument document, string playbookId);
}

/// <summary>The real analysis, through the same <see cref="ContractReview"/> as <c>/api/analyze</c>.</summary>
public sealed class ReviewBatchAnalysis(ContractReview review) : IBatchAnalysis
{
    /// <inheritdoc />
    public string? ResolvePlaybook(string? id) => review.FindPlaybook(id)?.Id;

    /// <inheritdoc />
    public AnalysisResult Analyze(ContractDocument document, string playbookId) =>
        review.Analyze(document, review.FindPlaybook(playbookId)
            ?? throw new InvalidOperationException("The batch's playbook is no longer available."));
}
