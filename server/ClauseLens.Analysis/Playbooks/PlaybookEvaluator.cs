namespace ClauseLens.Analysis.Playbooks;

/// <summary>Holds an analysed contract against a playbook's rules.</summary>
public sealed class PlaybookEvaluator
{
    /// <summary>Findings in a stable order.</summary>
    public IReadOnlyList<Finding> Evaluate(Playbook playbook, ContractDocument document, IReadOnlyList<AnalyzedClause> clauses)
        => throw new NotImplementedException("playbook helper owns this");
}
