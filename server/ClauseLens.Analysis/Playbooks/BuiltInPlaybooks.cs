namespace ClauseLens.Analysis.Playbooks;

/// <summary>The playbooks that ship inside the analysis library (embedded <c>playbooks/*.yaml</c>).</summary>
public static class BuiltInPlaybooks
{
    /// <summary>The playbook used when a request names none.</summary>
    public const string DefaultId = "japan-sme-collaboration";

    private static readonly Lazy<IReadOnlyDictionary<string, Playbook>> Loaded = new(Load);

    /// <summary>All built-in playbooks, by id.</summary>
    public static IReadOnlyDictionary<string, Playbook> All => Loaded.Value;

    /// <summary>The default playbook.</summary>
    public static Playbook Default => All[DefaultId];

    /// <summary>True when <paramref name="id"/> names a built-in playbook (which cannot be replaced or deleted).</summary>
    public static bool IsBuiltIn(string id) => All.ContainsKey(id);

    private static IReadOnlyDictionary<string, Playbook> Load()
    {
        var assembly = typeof(BuiltInPlaybooks).Assembly;
        var playbooks = new SortedDictionary<string, Playbook>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("playbooks/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var result = PlaybookParser.Parse(reader.ReadToEnd());
            if (result.Playbook is not { } playbook)
            {
                // A broken built-in playbook is a build defect: fail loudly rather than serve fewer rules.
                throw new InvalidOperationException($"Built-in playbook {name} is invalid: {string.Join("; ", result.Errors)}");
            }

            if (!playbooks.TryAdd(playbook.Id, playbook))
            {
                throw new InvalidOperationException($"Built-in playbook id {playbook.Id} is used twice.");
            }
        }

        return playbooks;
    }
}
