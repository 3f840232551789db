namespace ClauseLens.Server.Playbooks;

/// <summary>A custom playbook as stored: its YAML (already validated) and what the list shows.</summary>
public sealed record StoredPlaybook(string Id, string Name, string Version, string Description, string Yaml, DateTimeOffset UpdatedAt);

/// <summary>What <see cref="IPlaybookStore.SaveAsync"/> did.</summary>
public enum SaveOutcome
{
    /// <summary>A new playbook was stored.</summary>
    Created,
    /// <summary>The owner's playbook with the same id was replaced.</summary>
    Replaced,
    /// <summary>Nothing was stored: the owner has as many playbooks as allowed.</summary>
    LimitReached,
}

/// <summary>
/// Custom playbooks, each visible only to the owner who uploaded it, and the copy of a custom
/// playbook that a batch was submitted with (so a batch runs against the rules it was queued with,
/// even if its owner replaces or deletes the playbook meanwhile). SQLite today; kept to plain SQL
/// so another database can sit behind the same interface.
/// </summary>
public interface IPlaybookStore
{
    /// <summary>Creates the schema or brings it up to date.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>The owner's custom playbooks, by id.</summary>
    Task<IReadOnlyList<StoredPlaybook>> ListAsync(string owner, CancellationToken cancellationToken);

    /// <summary>The owner's playbook <paramref name="id"/>; null when the owner has none by that id.</summary>
    Task<StoredPlaybook?> GetAsync(string owner, string id, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the playbook for the owner, replacing the owner's playbook with the same id, in one
    /// transaction; a new one is refused when the owner already has <paramref name="maxPerOwner"/>.
    /// </summary>
    Task<SaveOutcome> SaveAsync(string owner, StoredPlaybook playbook, int maxPerOwner, CancellationToken cancellationToken);

    /// <summary>Deletes the owner's playbook; false when the owner has none by that id.</summary>
    Task<bool> DeleteAsync(string owner, string id, CancellationToken cancellationToken);

    /// <summary>Keeps a copy of the playbook a batch was submitted with.</summary>
    Task PinAsync(string batchId, string playbookId, string yaml, CancellationToken cancellationToken);

    /// <summary>The YAML pinned for the batch, or null when the batch uses a built-in playbook (or is gone).</summary>
    Task<string?> PinnedAsync(string batchId, CancellationToken cancellationToken);

    /// <summary>Drops the batch's copy (the batch was deleted, or never stored).</summary>
    Task UnpinAsync(string batchId, CancellationToken cancellationToken);
}
