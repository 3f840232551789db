namespace ClauseLens.Analysis.Playbooks;

/// <summary>The playbooks that ship inside the analysis library.</summary>
public static class BuiltInPlaybooks
{
    /// <summary>The playbook used when a request names none.</summary>
    public const string DefaultId = "japan-sme-collaboration";

    /// <summary>All built-in playbooks, by id.</summary>
    public static IReadOnlyDictionary<string, Playbook> All => throw new NotImplementedException("playbook helper owns this");
}
