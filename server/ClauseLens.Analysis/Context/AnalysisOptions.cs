namespace ClauseLens.Analysis.Context;

/// <summary>What the caller says about the deal; every part optional.</summary>
/// <param name="ContractType">The contract's type (<see cref="ContractTypes.All"/>); null: detect it.</param>
/// <param name="Side">The reviewer's role, one the applied playbook declares; null: the balanced reading.</param>
/// <param name="Language">The reviewer's language for the findings' texts (en or ja); null: the contract's (Japanese for a Japanese contract, else English).</param>
public sealed record AnalysisOptions(string? ContractType = null, string? Side = null, string? Language = null)
{
    /// <summary>Nothing said: detect the type, no side, texts in the contract's language.</summary>
    public static AnalysisOptions None { get; } = new();
}
