using ClauseLens.Analysis.Context;

namespace ClauseLens.Analysis.Playbooks;

/// <summary>The deal a playbook is applied to: what kind of contract, whose side the reviewer is on, which language.</summary>
/// <param name="ContractType">The contract's type; rules scoped to other types are skipped. Null: every rule applies.</param>
/// <param name="Side">The reviewer's role (one the playbook declares). Null: the balanced reading.</param>
/// <param name="TextLanguage">Language of titles, explanations, asks and talking points (en or ja).</param>
/// <param name="FallbackLanguage">Language of fallback text, the contract's own (en or ja).</param>
public sealed record ReviewContext(string? ContractType, string? Side, string TextLanguage, string FallbackLanguage)
{
    /// <summary>No type, no side, English: the reading before contract context existed.</summary>
    public static ReviewContext Neutral { get; } = new(null, null, ContractLanguages.English, ContractLanguages.English);
}
