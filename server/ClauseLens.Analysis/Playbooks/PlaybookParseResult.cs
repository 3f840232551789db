namespace ClauseLens.Analysis.Playbooks;

/// <summary>A problem in a playbook's YAML, naming the line and the field.</summary>
/// <param name="Line">1-based line in the YAML text.</param>
/// <param name="Field">Path of the field ("rules[3].limit.maxMonths"); empty for the document as a whole.</param>
/// <param name="Message">What is wrong ("expected a number").</param>
public sealed record PlaybookError(int Line, string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() =>
        Field.Length == 0 ? $"line {Line}: {Message}" : $"line {Line}: {Field}: {Message}";
}

/// <summary>The outcome of parsing a playbook: the playbook, or every error found (never both).</summary>
/// <param name="Playbook">The playbook when the YAML is valid.</param>
/// <param name="Errors">Every problem found, in line order; empty when valid.</param>
public sealed record PlaybookParseResult(Playbook? Playbook, IReadOnlyList<PlaybookError> Errors)
{
    /// <summary>Things a valid playbook lacks but may do without (rules with no Japanese texts), in line order.</summary>
    public IReadOnlyList<PlaybookError> Warnings { get; init; } = [];

    /// <summary>True when the playbook is valid.</summary>
    public bool IsValid => Playbook is not null;
}
