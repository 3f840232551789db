using ClauseLens.Analysis;
using ClauseLens.Analysis.Compare;
using ClauseLens.Analysis.Context;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Server.Analyze;
using ClauseLens.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClauseLens.Server.Compare;

/// <summary>One draft in a comparison: exactly one of text, paragraphs or html, as <c>/api/analyze</c> takes.</summary>
public sealed record DraftBody(string? Text, IReadOnlyList<string?>? Paragraphs, string? Html);

/// <summary>Body of <c>POST /api/compare</c>: the earlier and the later draft, the playbook to hold both against, and optionally the deal (as <c>/api/analyze</c> takes it).</summary>
public sealed record CompareRequest(DraftBody? Before, DraftBody? After, string? Playbook, string? Side = null, string? ContractType = null, string? Language = null);

/// <summary><c>/api/compare</c>: two drafts in, what changed between them and what that does to the findings out.</summary>
public static class CompareApi
{
    private const string Before = "before";
    private const string After = "after";

    /// <summary>Registers the draft comparer.</summary>
    public static IHostApplicationBuilder AddCompare(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DraftComparer>();
        return builder;
    }

    /// <summary>Maps the compare endpoint.</summary>
    public static IEndpointRouteBuilder MapCompareApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/compare").WithTags("Compare")
            .MapPost("/", CompareAsync)
            .DocumentJsonBody<CompareRequest>()
            .DisableAntiforgery()
            .WithName("CompareDrafts")
            .WithSummary("Compares two drafts of a contract: JSON { before: {text|paragraphs|html}, after: {…}, playbook?, side?, contractType?, language? } or multipart files 'before' and 'after' (optional fields 'playbook', 'side', 'contractType', 'language').")
            .WithDescription("Clauses are aligned by wording, heading and number, not by position. Returns both analyses (offsets, never the text), the clauses added, removed, changed or moved, and the findings new, resolved and unchanged.");
        return app;
    }

    internal static async Task<Results<Ok<DraftComparison>, ProblemHttpResult>> CompareAsync(
        HttpRequest request, ContractIngestor ingestor, ContractReview review, DraftComparer comparer, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        var (drafts, problem) = request.HasFormContentType
            ? await ReadFormAsync(request, ingestor, review, cancellationToken)
            : request.HasJsonContentType()
                ? await ReadJsonAsync(request, ingestor, review, cancellationToken)
                : (null, Problems.UnsupportedMediaType("Send the drafts as application/json ({ \"before\": { \"text\": \"…\" }, \"after\": { \"text\": \"…\" } }) or as multipart/form-data with the files 'before' and 'after'."));
        if (drafts is null)
        {
            return problem!;
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        // Two analyses' worth of CPU: through the gate like an analysis, within one time budget for
        // both drafts, stopped when the client goes away.
        var comparison = await review.CompareAsync(comparer, drafts.Before, drafts.After, drafts.Playbook, drafts.Options, cancellationToken);
        logs.CreateLogger(typeof(CompareApi)).LogInformation(
            "Compared drafts of {BeforeClauseCount} and {AfterClauseCount} clauses against {PlaybookId}: {ChangeCount} changes, {NewFindingCount} new and {ResolvedFindingCount} resolved findings in {ElapsedMs} ms",
            comparison.Before.Clauses.Count, comparison.After.Clauses.Count, drafts.Playbook.Id, comparison.Changes.Count,
            comparison.Findings.New.Count, comparison.Findings.Resolved.Count, clock.ElapsedMilliseconds);
        return TypedResults.Ok(comparison);
    }

    private sealed record Drafts(ContractDocument Before, ContractDocument After, Playbook Playbook, AnalysisOptions Options);

    private static async Task<(Drafts?, ProblemHttpResult?)> ReadJsonAsync(
        HttpRequest request, ContractIngestor ingestor, ContractReview review, CancellationToken cancellationToken)
    {
        var (body, problem) = await RequestBodies.ReadJsonAsync<CompareRequest>(request, cancellationToken);
        if (problem is not null)
        {
            return (null, problem);
        }

        if (Missing(body?.Before is null, body?.After is null) is { } missing)
        {
            return (null, missing);
        }

        foreach (var (part, draft) in new[] { (Before, body!.Before!), (After, body.After!) })
        {
            if ((draft.Text is not null ? 1 : 0) + (draft.Paragraphs is not null ? 1 : 0) + (draft.Html is not null ? 1 : 0) > 1)
            {
                return (null, Problems.BadRequest(Problems.Of(part, "send exactly one of \"text\", \"paragraphs\" or \"html\".")));
            }
        }

        if (await review.FindPlaybookAsync(body.Playbook, request.HttpContext.User, cancellationToken) is not { } playbook)
        {
            return (null, Problems.UnknownPlaybook(body.Playbook!));
        }

        var (options, optionsProblem) = DealOptions.Read(body.ContractType, body.Side, body.Language, playbook);
        if (options is null)
        {
            return (null, optionsProblem);
        }

        var (before, beforeProblem) = await ContractRequests.IngestAsync(AsAnalyze(body.Before!), ingestor, review, Before, cancellationToken);
        if (before is null)
        {
            return (null, beforeProblem);
        }

        var (after, afterProblem) = await ContractRequests.IngestAsync(AsAnalyze(body.After!), ingestor, review, After, cancellationToken);
        return after is null ? (null, afterProblem) : (new Drafts(before, after, playbook, options), null);
    }

    private static async Task<(Drafts?, ProblemHttpResult?)> ReadFormAsync(
        HttpRequest request, ContractIngestor ingestor, ContractReview review, CancellationToken cancellationToken)
    {
        var (form, formProblem) = await RequestBodies.ReadFormAsync(request, cancellationToken);
        if (form is null)
        {
            return (null, formProblem);
        }

        var beforeFile = form.Files.GetFile(Before);
        var afterFile = form.Files.GetFile(After);
        if (Missing(beforeFile is null, afterFile is null) is { } missing)
        {
            return (null, missing);
        }

        foreach (var (part, file) in new[] { (Before, beforeFile!), (After, afterFile!) })
        {
            if (ContractIngestor.FormatOf(file.FileName) is null)
            {
                return (null, Problems.UnsupportedFile(file.FileName, part));
            }
        }

        var playbookId = form["playbook"].FirstOrDefault();
        if (await review.FindPlaybookAsync(playbookId, request.HttpContext.User, cancellationToken) is not { } playbook)
        {
            return (null, Problems.UnknownPlaybook(playbookId!));
        }

        var (options, optionsProblem) = DealOptions.Read(form["contractType"].FirstOrDefault(), form["side"].FirstOrDefault(), form["language"].FirstOrDefault(), playbook);
        if (options is null)
        {
            return (null, optionsProblem);
        }

        var (before, beforeProblem) = await ContractRequests.ReadFileAsync(beforeFile!, ContractIngestor.FormatOf(beforeFile!.FileName)!.Value, ingestor, review, Before, cancellationToken);
        if (before is null)
        {
            return (null, beforeProblem);
        }

        var (after, afterProblem) = await ContractRequests.ReadFileAsync(afterFile!, ContractIngestor.FormatOf(afterFile!.FileName)!.Value, ingestor, review, After, cancellationToken);
        return after is null ? (null, afterProblem) : (new Drafts(before, after, playbook, options), null);
    }

    private static ProblemHttpResult? Missing(bool before, bool after) => (before, after) switch
    {
        (true, true) => Problems.BadRequest("Both drafts are missing: send 'before' (the earlier draft) and 'after' (the later one)."),
        (true, false) => Problems.BadRequest("The 'before' draft is missing: send the earlier draft as 'before'."),
        (false, true) => Problems.BadRequest("The 'after' draft is missing: send the later draft as 'after'."),
        _ => null,
    };

    private static AnalyzeRequest AsAnalyze(DraftBody draft) => new(draft.Text, draft.Paragraphs, draft.Html, null);
}
