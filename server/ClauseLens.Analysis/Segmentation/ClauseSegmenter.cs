namespace ClauseLens.Analysis.Segmentation;

/// <summary>Splits a contract into clauses.</summary>
public sealed class ClauseSegmenter
{
    /// <summary>The clauses of <paramref name="document"/> in document order, covering its text.</summary>
    public IReadOnlyList<Clause> Segment(ContractDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        throw new NotImplementedException("segmentation helper owns this");
    }
}
