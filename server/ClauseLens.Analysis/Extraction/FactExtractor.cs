namespace ClauseLens.Analysis.Extraction;

/// <summary>Extracts <see cref="ClauseFacts"/> from a clause's text.</summary>
public sealed class FactExtractor
{
    /// <summary>Facts of the clause at <paramref name="clauseStart"/>; spans are document offsets.</summary>
    public ClauseFacts Extract(string clauseText, int clauseStart) => ClauseFacts.Empty;
}
