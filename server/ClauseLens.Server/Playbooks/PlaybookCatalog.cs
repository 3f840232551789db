using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Server.Playbooks;

/// <summary>The playbooks this server knows: the built-in ones.</summary>
public sealed class PlaybookCatalog
{
    /// <summary>All playbooks, built-in first, by id.</summary>
    public IReadOnlyList<Playbook> List() => [.. BuiltInPlaybooks.All.Values.OrderBy(p => p.Id, StringComparer.Ordinal)];

    /// <summary>The playbook with <paramref name="id"/>, or null.</summary>
    public Playbook? Find(string id) => BuiltInPlaybooks.All.GetValueOrDefault(id);
}
