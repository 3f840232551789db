using System.Security.Claims;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Server.Hosting;
using ClauseLens.Server.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ClauseLens.Server.Playbooks;

/// <summary><c>/api/playbooks</c>: the playbooks a contract can be held against, and the user's own.</summary>
public static class PlaybooksApi
{
    /// <summary>Registers the catalog and the custom playbook store (in the ClauseLens database, SQLite or PostgreSQL, migrated at start-up).</summary>
    public static IHostApplicationBuilder AddPlaybooks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PlaybooksOptions>().BindConfiguration("ClauseLens:Playbooks").ValidateDataAnnotations().ValidateOnStart();
        // Beside the batches: in PostgreSQL when several instances share one, else in the SQLite file.
        builder.AddClauseLensStorage();
        builder.Services.AddSingleton<PlaybookCatalog>();
        return builder;
    }

    /// <summary>Maps the playbook endpoints.</summary>
    public static IEndpointRouteBuilder MapPlaybooksApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/playbooks").WithTags("Playbooks");

        api.MapGet("/", ListAsync)
            .WithName("ListPlaybooks").WithSummary("Lists the playbooks a contract can be held against: the built-in ones, then your own.");

        api.MapGet("/{id}", GetAsync)
            .WithName("GetPlaybook").WithSummary("One playbook with its rules (a built-in one, or one of yours).");

        api.MapPost("/", SaveAsync)
            .DocumentPlaybookUpload()
            .DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("SavePlaybook")
            .WithSummary("Validates and stores a custom playbook (YAML), visible only to you.")
            .WithDescription(
                "The id inside the YAML names the playbook. 201 when it is new; 200 when it replaces your playbook with the same id " +
                "(batches already submitted keep the version they were submitted with). An invalid playbook is refused whole with 422 " +
                "and an 'errors' list, each naming the line and the field (\"rules[3].limit.maxMonths: expected a number\"); nothing stored changes. " +
                "Built-in ids are refused with 409.");

        api.MapDelete("/{id}", DeleteAsync)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("DeletePlaybook").WithSummary("Deletes one of your custom playbooks (built-in playbooks cannot be deleted: 409).");

        return app;
    }

    internal static async Task<Ok<List<PlaybookSummary>>> ListAsync(ClaimsPrincipal user, PlaybookCatalog catalog, CancellationToken cancellationToken) =>
        TypedResults.Ok((await catalog.ListAsync(user.OwnerId(), cancellationToken)).ToList());

    internal static async Task<Results<Ok<Playbook>, ProblemHttpResult>> GetAsync(
        string id, ClaimsPrincipal user, PlaybookCatalog catalog, CancellationToken cancellationToken) =>
        !string.IsNullOrWhiteSpace(id) && await catalog.FindAsync(id, user.OwnerId(), cancellationToken) is { } playbook
            ? TypedResults.Ok(playbook)
            : Problems.PlaybookNotFound(id);

    internal static async Task<Results<Created<PlaybookSummary>, Ok<PlaybookSummary>, ProblemHttpResult>> SaveAsync(
        HttpRequest request, ClaimsPrincipal user, IPlaybookStore store, IOptions<PlaybooksOptions> options, TimeProvider clock,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var (yaml, problem) = await PlaybookUpload.ReadAsync(request, options.Value.MaxBytes, cancellationToken);
        if (yaml is null)
        {
            return problem!;
        }

        var parsed = PlaybookParser.Parse(yaml);
        if (parsed.Playbook is not { } playbook)
        {
            return PlaybookProblems.Invalid(parsed.Errors);
        }

        if (BuiltInPlaybooks.IsBuiltIn(playbook.Id))
        {
            return PlaybookProblems.BuiltInReplaced(playbook.Id);
        }

        var stored = new StoredPlaybook(playbook.Id, playbook.Name, playbook.Version, playbook.Description, yaml, clock.GetUtcNow());
        var outcome = await store.SaveAsync(user.OwnerId(), stored, options.Value.MaxPerUser, cancellationToken);
        loggers.CreateLogger(typeof(PlaybooksApi).FullName!).LogInformation("Custom playbook {Outcome} with {RuleCount} rules", outcome, playbook.Rules.Count);
        return outcome switch
        {
            SaveOutcome.Created => TypedResults.Created($"/api/playbooks/{Uri.EscapeDataString(playbook.Id)}", PlaybookSummary.From(stored, parsed.Warnings)),
            SaveOutcome.Replaced => TypedResults.Ok(PlaybookSummary.From(stored, parsed.Warnings)),
            _ => PlaybookProblems.LimitReached(options.Value.MaxPerUser),
        };
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string id, ClaimsPrincipal user, IPlaybookStore store, CancellationToken cancellationToken)
    {
        if (BuiltInPlaybooks.IsBuiltIn(id))
        {
            return PlaybookProblems.BuiltInDeleted(id);
        }

        return await store.DeleteAsync(user.OwnerId(), id, cancellationToken) ? TypedResults.NoContent() : Problems.PlaybookNotFound(id);
    }
}
