using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Server.Playbooks;

/// <summary>
/// A playbook as listed by the API. <see cref="UpdatedAt"/> is set for custom playbooks only;
/// <see cref="ContractTypes"/> and <see cref="Roles"/> for the built-in ones (the pane's type and side pickers).
/// </summary>
/// <param name="Warnings">On upload: what the playbook lacks but may do without (rules with no Japanese texts, by line and field).</param>
/// <param name="NameJa">The name in Japanese (<c>ja: name:</c>), for the pane's Japanese UI; the roles carry theirs too.</param>
public sealed record PlaybookSummary(string Id, string Name, string Version, string Description, bool BuiltIn, DateTimeOffset? UpdatedAt = null,
    IReadOnlyList<string>? ContractTypes = null, IReadOnlyList<PlaybookRole>? Roles = null, IReadOnlyList<PlaybookErrorDetail>? Warnings = null,
    string? NameJa = null)
{
    internal static PlaybookSummary From(Playbook p) => new(p.Id, p.Name, p.Version, p.Description, true, null, p.ContractTypes, p.Roles, NameJa: p.NameJa);

    internal static PlaybookSummary From(StoredPlaybook p) => new(p.Id, p.Name, p.Version, p.Description, false, p.UpdatedAt);

    internal static PlaybookSummary From(StoredPlaybook p, IReadOnlyList<PlaybookError> warnings) =>
        From(p) with { Warnings = [.. warnings.Select(w => new PlaybookErrorDetail(w.Line, w.Field, w.Message))] };
}

/// <summary>
/// The playbooks a user can hold a contract against: the built-in ones and the user's own. Another
/// user's playbook is never found, exactly as if it did not exist. A built-in id always means the
/// built-in playbook.
/// </summary>
public sealed class PlaybookCatalog(IPlaybookStore store)
{
    /// <summary>The built-in playbooks, then the owner's, each by id.</summary>
    public async Task<IReadOnlyList<PlaybookSummary>> ListAsync(string owner, CancellationToken cancellationToken)
    {
        var custom = await store.ListAsync(owner, cancellationToken);
        return
        [
            .. BuiltInPlaybooks.All.Values.OrderBy(p => p.Id, StringComparer.Ordinal).Select(PlaybookSummary.From),
            .. custom.Where(p => !BuiltInPlaybooks.IsBuiltIn(p.Id)).Select(PlaybookSummary.From),
        ];
    }

    /// <summary>The playbook <paramref name="id"/> (the default when empty) as <paramref name="owner"/> sees it, or null.</summary>
    public async Task<Playbook?> FindAsync(string? id, string owner, CancellationToken cancellationToken)
    {
        var wanted = string.IsNullOrWhiteSpace(id) ? BuiltInPlaybooks.DefaultId : id.Trim();
        if (BuiltInPlaybooks.All.TryGetValue(wanted, out var builtIn))
        {
            return builtIn;
        }

        return await store.GetAsync(owner, wanted, cancellationToken) is { } stored ? Parse(stored.Yaml, wanted) : null;
    }

    /// <summary>
    /// Keeps a copy of the owner's custom playbook for a batch about to be stored, so the batch runs
    /// against these rules whatever happens to the playbook later. Built-in playbooks need no copy.
    /// False when the owner has no such playbook (any more).
    /// </summary>
    public async Task<bool> PinForBatchAsync(string batchId, string playbookId, string owner, CancellationToken cancellationToken)
    {
        if (BuiltInPlaybooks.IsBuiltIn(playbookId))
        {
            return true;
        }

        if (await store.GetAsync(owner, playbookId, cancellationToken) is not { } stored)
        {
            return false;
        }

        await store.PinAsync(batchId, playbookId, stored.Yaml, cancellationToken);
        return true;
    }

    /// <summary>
    /// The playbook a batch was submitted with: the built-in one (never pinned, so no store round trip
    /// per document), else its pinned copy; null when neither exists.
    /// </summary>
    public async Task<Playbook?> FindForBatchAsync(string batchId, string playbookId, CancellationToken cancellationToken) =>
        BuiltInPlaybooks.All.GetValueOrDefault(playbookId) ??
        (await store.PinnedAsync(batchId, cancellationToken) is { } yaml ? Parse(yaml, playbookId) : null);

    /// <summary>Drops a batch's copy of its playbook (the batch is deleted).</summary>
    public Task ReleaseBatchAsync(string batchId, CancellationToken cancellationToken) => store.UnpinAsync(batchId, cancellationToken);

    // Stored YAML passed validation when it was uploaded; if a newer server is stricter, say so plainly.
    private static Playbook Parse(string yaml, string id) =>
        PlaybookParser.Parse(yaml) is { Playbook: { } playbook }
            ? playbook
            : throw new InvalidOperationException($"The stored playbook '{id}' no longer passes validation on this server version; upload it again.");
}
