using System.ComponentModel.DataAnnotations;

namespace ClauseLens.Server.Playbooks;

/// <summary>Limits on custom playbooks (section <c>ClauseLens:Playbooks</c>).</summary>
public sealed class PlaybooksOptions
{
    /// <summary>Largest upload of one playbook, in bytes of request body (413 beyond it).</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxBytes { get; set; } = 512 * 1024;

    /// <summary>Most custom playbooks one user may keep (409 for one more).</summary>
    [Range(1, 100_000)]
    public int MaxPerUser { get; set; } = 100;
}
