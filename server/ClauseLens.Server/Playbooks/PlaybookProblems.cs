using ClauseLens.Analysis.Playbooks;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClauseLens.Server.Playbooks;

/// <summary>One error in an uploaded playbook, as the API reports it.</summary>
public sealed record PlaybookErrorDetail(int Line, string Field, string Message);

/// <summary>Problems only the playbook endpoints give.</summary>
internal static class PlaybookProblems
{
    // Enough to fix a playbook by; a broken 500-rule file can produce thousands.
    private const int MaxErrorsReported = 200;

    public static ProblemHttpResult Invalid(IReadOnlyList<PlaybookError> errors) => TypedResults.Problem(
        statusCode: StatusCodes.Status422UnprocessableEntity,
        title: "The playbook is not valid",
        detail: $"{errors.Count} {(errors.Count == 1 ? "error" : "errors")} found, nothing was stored. {errors[0]}" +
                (errors.Count > 1 ? " (see errors for the rest)." : "."),
        extensions: new Dictionary<string, object?>
        {
            ["errors"] = errors.Take(MaxErrorsReported).Select(e => new PlaybookErrorDetail(e.Line, e.Field, e.Message)).ToList(),
            ["errorCount"] = errors.Count,
        });

    public static ProblemHttpResult BuiltInReplaced(string id) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "Built-in playbook",
        detail: $"'{id}' is the id of a built-in playbook, which cannot be replaced. Give your playbook another id.");

    public static ProblemHttpResult BuiltInDeleted(string id) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "Built-in playbook",
        detail: $"'{id}' is a built-in playbook, which cannot be deleted.");

    public static ProblemHttpResult LimitReached(int max) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "Too many playbooks",
        detail: $"You already keep {max} custom playbooks, the most one user may (ClauseLens:Playbooks:MaxPerUser). Delete one first, or replace one by uploading it with the same id.");
}
