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
    /// <summary>What the playbook is for.</summary>
    public string Description { get; init; } = "";
    /// <summary>The rules, in the order their findings are reported.</summary>
    public IReadOnlyList<PlaybookRule> Rules { get; init; } = [];
}
