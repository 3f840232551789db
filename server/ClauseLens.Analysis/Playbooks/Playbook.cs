namespace ClauseLens.Analysis.Playbooks;

/// <summary>A named, versioned set of review rules.</summary>
public sealed class Playbook
{
    /// <summary>Stable id ("japan-sme-collaboration").</summary>
    public required string Id { get; init; }
    /// <summary>Version of the playbook's content.</summary>
    public required string Version { get; init; }
    /// <summary>Human name.</summary>
    public required string Name { get; init; }
    /// <summary>Human name in Japanese (<c>ja: name:</c>), when the playbook gives one.</summary>
    public string? NameJa { get; init; }
    /// <summary>What the playbook is for.</summary>
    public string Description { get; init; } = "";
    /// <summary>The rules, in the order their findings are reported.</summary>
    public IReadOnlyList<PlaybookRule> Rules { get; init; } = [];
    /// <summary>
    /// The contract types (<see cref="Context.ContractTypes"/>) this playbook serves: when no playbook
    /// is named, a contract of one of these types gets it. Empty: it is applied only when named.
    /// </summary>
    public IReadOnlyList<string> ContractTypes { get; init; } = [];
    /// <summary>The parties' roles a reviewer can take (the <c>side</c> of an analysis).</summary>
    public IReadOnlyList<PlaybookRole> Roles { get; init; } = [];

    /// <summary>The role <paramref name="id"/>, or null when the playbook declares none such.</summary>
    public PlaybookRole? Role(string? id) => id is null ? null : Roles.FirstOrDefault(r => r.Id == id);
}

/// <summary>A party's role in the contracts a playbook serves ("licensee", "recipient", "sme").</summary>
/// <param name="Id">Id used as the <c>side</c> of an analysis and in a rule's <c>protects</c>.</param>
/// <param name="Name">What a reviewer picks ("Licensee (you receive the licence)").</param>
/// <param name="Opposite">The role across the table; a clause that protects it favours this one. Null for "mutual".</param>
/// <param name="ContractTypes">The contract types the role belongs to (the pane offers it for those); empty: all the playbook serves.</param>
/// <param name="NameJa">What a Japanese reviewer picks ("ライセンシー（許諾を受ける側）"), when the playbook gives it (<c>ja: name:</c>).</param>
public sealed record PlaybookRole(string Id, string Name, string? Opposite, IReadOnlyList<string> ContractTypes, string? NameJa = null);
