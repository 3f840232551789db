using ClauseLens.Analysis.Context;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClauseLens.Server.Analyze;

/// <summary>
/// Reads the optional <c>contractType</c>, <c>side</c> and <c>language</c> of an analysis request and
/// refuses unknown values with a 400 naming the allowed ones. The sides allowed are the roles of the
/// playbook that will be applied: the one named, else the one for the given type, else any built-in
/// playbook's (the type is detected only during the analysis).
/// </summary>
internal static class DealOptions
{
    public static (AnalysisOptions? Options, ProblemHttpResult? Problem) Read(string? contractType, string? side, string? language, Playbook? named)
    {
        contractType = Blank(contractType);
        side = Blank(side);
        language = Blank(language);
        if (contractType is not null && !ContractTypes.IsKnown(contractType))
        {
            return (null, Unknown("contract type", "contractType", contractType, ContractTypes.All));
        }

        if (language is not null && !ContractLanguages.ForReviewer.Contains(language, StringComparer.Ordinal))
        {
            return (null, Unknown("language", "language", language, ContractLanguages.ForReviewer));
        }

        if (side is not null)
        {
            var allowed = AllowedSides(named, contractType);
            if (!allowed.Contains(side, StringComparer.Ordinal))
            {
                return (null, Unknown("side", "side", side, allowed));
            }
        }

        return (new AnalysisOptions(contractType, side, language), null);
    }

    /// <summary>The sides a request may name, given what it says about the playbook and type.</summary>
    public static IReadOnlyList<string> AllowedSides(Playbook? named, string? contractType)
    {
        var playbooks = named is not null ? [named]
            : contractType is not null ? [PlaybookSelection.For(new ContractTypeResult(contractType, ContractTypeSources.Given, 1)).Playbook]
            : BuiltInPlaybooks.All.Values.ToList();
        return [.. playbooks.SelectMany(p => p.Roles).Select(r => r.Id).Distinct(StringComparer.Ordinal)];
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    internal static ProblemHttpResult Unknown(string what, string field, string value, IReadOnlyList<string> allowed) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: $"Unknown {what}",
        detail: allowed.Count == 0
            ? $"'{Problems.Truncate(value, 40)}' is not a {what} here: the playbook applied declares no roles, so leave '{field}' out."
            : $"'{Problems.Truncate(value, 40)}' is not a known {what}. Allowed values of '{field}': {string.Join(", ", allowed)}.",
        extensions: new Dictionary<string, object?> { ["field"] = field, ["allowed"] = allowed });
}
