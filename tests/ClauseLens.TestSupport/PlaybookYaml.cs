namespace ClauseLens.TestSupport;

/// <summary>
/// Playbook rules the YAML tests (parser, rule kinds, deal playbooks, the playbooks API) build their
/// playbooks from, written once: each a list item as it stands under <c>rules:</c> (two spaces in),
/// ending at its last field with no newline.
/// </summary>
public static class PlaybookYaml
{
    /// <summary>A governing-law clause is required: a valid rule with every field a rule must have.</summary>
    public const string LawRule = """
          - id: law
            kind: required
            label: governing_law
            severity: high
            title: No governing law
            explanation: Why
            ask: What
            source: Where
        """;

    /// <summary>
    /// The fields every non-compete <c>limit</c> rule has, with one-letter texts; a test adds its own
    /// <c>finding:</c> and <c>limit:</c> block after them.
    /// </summary>
    public static string NonCompeteLimitRule(string id = "nc") => $"""
          - id: {id}
            kind: limit
            label: non_compete
            severity: medium
            title: t
            explanation: e
            ask: a
            source: s
        """;
}
