using ClauseLens.Analysis.Playbooks;
using ClauseLens.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClauseLens.Server.Playbooks;

/// <summary>A playbook as listed by the API.</summary>
public sealed record PlaybookSummary(string Id, string Name, string Version, string Description, bool BuiltIn);

/// <summary><c>/api/playbooks</c>: which playbooks a contract can be held against.</summary>
public static class PlaybooksApi
{
    /// <summary>Maps the playbook endpoints.</summary>
    public static IEndpointRouteBuilder MapPlaybooksApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/playbooks").WithTags("Playbooks");

        api.MapGet("/", (PlaybookCatalog catalog) => TypedResults.Ok(catalog.List().Select(Summarise).ToList()))
            .WithName("ListPlaybooks").WithSummary("Lists the playbooks a contract can be held against.");

        api.MapGet("/{id}", Results<Ok<Playbook>, ProblemHttpResult> (string id, PlaybookCatalog catalog) =>
                catalog.Find(id) is { } playbook
                    ? TypedResults.Ok(playbook)
                    : Problems.PlaybookNotFound(id))
            .WithName("GetPlaybook").WithSummary("One playbook with its rules.");

        return app;
    }

    private static PlaybookSummary Summarise(Playbook p) =>
        new(p.Id, p.Name, p.Version, p.Description, BuiltInPlaybooks.All.ContainsKey(p.Id));
}
