using ClauseLens.Analysis.Context;

namespace ClauseLens.Analysis.Playbooks;

/// <summary>
/// Which built-in playbook a contract gets when the caller names none: the one that serves its
/// type, else the core checks (law, forum, term) that every contract needs.
/// </summary>
public static class PlaybookSelection
{
    /// <summary>The playbook applied to a contract of a type no playbook serves.</summary>
    public const string CoreId = "core-checks";

    /// <summary><see cref="PlaybookReference.SelectedBy"/> when the caller named the playbook.</summary>
    public const string ByRequest = "request";

    /// <summary><see cref="PlaybookReference.SelectedBy"/> when the contract's type chose it.</summary>
    public const string ByContractType = "contract_type";

    /// <summary>The built-in playbook for <paramref name="contractType"/> and why.</summary>
    public static (Playbook Playbook, string Reason) For(ContractTypeResult contractType)
    {
        ArgumentNullException.ThrowIfNull(contractType);
        var how = contractType.Source == ContractTypeSources.Given ? "given as" : "detected as";
        var serving = BuiltInPlaybooks.All.Values.FirstOrDefault(p => p.Id != CoreId && p.ContractTypes.Contains(contractType.Id, StringComparer.Ordinal));
        return serving is null
            ? (BuiltInPlaybooks.All[CoreId], $"No playbook serves {contractType.Id} contracts (the contract was {how} one): core checks only.")
            : (serving, $"Serves {contractType.Id} contracts; the contract was {how} one.");
    }
}
