using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Reports;
using ClauseLens.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ClauseLens.Server.Batches;

/// <summary>Counts of a batch's documents by status.</summary>
public sealed record BatchCounts(int Total, int Queued, int Analysing, int Done, int Failed);

/// <summary>Where to read a batch's progress and results.</summary>
public sealed record BatchLinks(string Self, string Events, string Json, string Csv, string Html);

/// <summary>A batch's status: overall (<c>queued</c>, <c>running</c>, <c>complete</c>) and per document.</summary>
public sealed record BatchStatusResponse(
    string Id, string Status, string Playbook, DateTimeOffset CreatedAt, BatchCounts Counts,
    IReadOnlyList<DocumentState> Documents, BatchLinks Links)
{
    internal static BatchStatusResponse From(BatchState state)
    {
        var counts = new BatchCounts(state.Documents.Count,
            state.Documents.Count(d => d.Status == DocumentStatus.Queued), state.Documents.Count(d => d.Status == DocumentStatus.Analysing),
            state.Documents.Count(d => d.Status == DocumentStatus.Done), state.Documents.Count(d => d.Status == DocumentStatus.Failed));
        var status = state.IsComplete ? "complete" : counts.Queued == counts.Total - counts.Failed ? "queued" : "running";
        var self = $"/api/batches/{state.Id}";
        return new BatchStatusResponse(state.Id, status, state.PlaybookId, state.CreatedAt, counts, state.Documents,
            new BatchLinks(self, $"{self}/events", $"{self}/results?format=json", $"{self}/results?format=csv", $"{self}/results?format=html"));
    }
}

/// <summary><c>/api/batches</c>: many contracts in, a portfolio table out.</summary>
public static class BatchesApi
{
    /// <summary>Maps the batch endpoints.</summary>
    public static IEndpointRouteBuilder MapBatchesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/batches").WithTags("Batches");

        api.MapPost("/", SubmitAsync)
            .DocumentFileUpload("Many .docx, .pdf, .html or .txt files (or a .zip of them), any field name; optional field 'playbook'.")
            .DisableAntiforgery()
            .WithName("SubmitBatch")
            .WithSummary("Queues many .docx, .pdf, .html or .txt files (or a .zip of them) for analysis; optional form field 'playbook'.");

        api.MapGet("/{id}", GetAsync).WithName("GetBatch").WithSummary("A batch's status and each document's progress.");
        api.MapGet("/{id}/events", Events).WithName("GetBatchEvents")
            .WithSummary("Server-sent events: the batch's status whenever it changes, ending with a 'complete' event.");
        api.MapGet("/{id}/results", ResultsAsync).WithName("GetBatchResults")
            .WithSummary("The results table: format=json (full analysis per document), csv or html (report with a heat map).");
        api.MapDelete("/{id}", DeleteAsync).WithName("DeleteBatch").WithSummary("Deletes the batch, its uploaded files and its results.");
        return app;
    }

    internal static async Task<Results<Accepted<BatchStatusResponse>, ProblemHttpResult>> SubmitAsync(
        HttpRequest request, ClaimsPrincipal user, IBatchStore store, IBatchAnalysis analysis, ContractIngestor ingestor,
        BatchQueueSignal signal, IOptions<BatchesOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return Problems.UnsupportedMediaType($"Upload the contracts as multipart/form-data files. Supported types: {Problems.SupportedTypes}, or a .zip of them.");
        }

        var (form, formProblem) = await RequestBodies.ReadFormAsync(request, cancellationToken);
        if (form is null)
        {
            return formProblem!;
        }

        if (new[] { "contractType", "side", "language" }.FirstOrDefault(f => !string.IsNullOrWhiteSpace(form[f].FirstOrDefault())) is { } dealField)
        {
            // Batches store no deal options yet: refusing is better than analysing from the wrong side.
            return Problems.BadRequest($"Batches do not take '{dealField}' yet; send single contracts to /api/analyze (or use 'clauselens check' locally) to give a type, side or language.");
        }

        var owner = Owner(user);
        var playbookId = form["playbook"].FirstOrDefault();
        if (await analysis.ResolvePlaybookAsync(playbookId, owner, cancellationToken) is not { } playbook)
        {
            return Problems.UnknownPlaybook(playbookId!);
        }

        IReadOnlyList<NewDocument> documents;
        try
        {
            documents = await new BatchUpload(ingestor, options.Value.MaxDocuments, options.Value.MaxZipUnpackedBytes).ReadAsync(form.Files, cancellationToken);
        }
        catch (BatchUploadException e)
        {
            return TypedResults.Problem(statusCode: e.Status, title: e.Title, detail: e.Message);
        }
        catch (IngestException e) when (e.Failure == IngestFailure.LimitExceeded)
        {
            return Problems.TooLarge(e.Message);
        }
        catch (IngestException e)
        {
            return Problems.FromIngest(e);
        }

        var batch = new NewBatch(Guid.NewGuid().ToString("N"), owner, playbook, clock.GetUtcNow(), documents);
        if (!await analysis.PinPlaybookAsync(batch.Id, playbook, owner, cancellationToken))
        {
            return Problems.UnknownPlaybook(playbook); // deleted while the files were read
        }

        try
        {
            await store.CreateAsync(batch, cancellationToken);
        }
        catch
        {
            await analysis.ReleaseAsync(batch.Id, CancellationToken.None);
            throw;
        }

        signal.Notify(documents.Count);
        var state = await store.GetAsync(batch.Id, batch.Owner, cancellationToken);
        return TypedResults.Accepted($"/api/batches/{batch.Id}", BatchStatusResponse.From(state!));
    }

    internal static async Task<Results<Ok<BatchStatusResponse>, ProblemHttpResult>> GetAsync(
        string id, ClaimsPrincipal user, IBatchStore store, CancellationToken cancellationToken) =>
        await store.GetAsync(id, Owner(user), cancellationToken) is { } state
            ? TypedResults.Ok(BatchStatusResponse.From(state))
            : NotFound();

    internal static async Task<Results<ServerSentEventsResult<BatchStatusResponse>, ProblemHttpResult>> Events(
        string id, ClaimsPrincipal user, IBatchStore store, IOptions<BatchesOptions> options, CancellationToken cancellationToken)
    {
        var owner = Owner(user);
        if (await store.GetAsync(id, owner, cancellationToken) is null)
        {
            return NotFound();
        }

        return TypedResults.ServerSentEvents(Progress(id, owner, store, TimeSpan.FromMilliseconds(options.Value.PollMilliseconds), cancellationToken));
    }

    internal static async Task<IResult> ResultsAsync(
        string id, string? format, HttpContext context, ClaimsPrincipal user, IBatchStore store, CancellationToken cancellationToken)
    {
        var owner = Owner(user);
        if (await store.GetAsync(id, owner, cancellationToken) is not { } state || await store.ResultsAsync(id, owner, cancellationToken) is not { } results)
        {
            return NotFound();
        }

        var report = new BatchReport(state.Id, state.CreatedAt, state.PlaybookId, [.. results.Select(r => r.Report)]);
        switch ((format ?? "json").ToLowerInvariant())
        {
            case "json":
                return TypedResults.Bytes(BatchJson.Write(report, [.. results.Select(r => r.AnalysisJson)]), "application/json");
            case "csv":
                return TypedResults.Text(BatchCsv.Write(report), "text/csv; charset=utf-8; header=present", System.Text.Encoding.UTF8)
                    .WithDownloadName($"clauselens-batch-{state.Id}.csv", context);
            case "html":
                context.Response.Headers.ContentSecurityPolicy = BatchHtml.ContentSecurityPolicy;
                return TypedResults.Text(BatchHtml.Render(report), "text/html; charset=utf-8", System.Text.Encoding.UTF8);
            default:
                return Problems.BadRequest("Unknown results format: use format=json, csv or html.");
        }
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string id, ClaimsPrincipal user, IBatchStore store, IBatchAnalysis analysis, CancellationToken cancellationToken)
    {
        if (!await store.DeleteAsync(id, Owner(user), cancellationToken))
        {
            return NotFound();
        }

        // The batch is gone: its playbook copy goes too, even if the caller stops waiting now.
        await analysis.ReleaseAsync(id, CancellationToken.None);
        return TypedResults.NoContent();
    }

    private static string Owner(ClaimsPrincipal user) => user.OwnerId();

    private static async IAsyncEnumerable<SseItem<BatchStatusResponse>> Progress(
        string id, string owner, IBatchStore store, TimeSpan interval, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        BatchCounts? last = null;
        while (!cancellationToken.IsCancellationRequested && await store.GetAsync(id, owner, cancellationToken) is { } state)
        {
            var status = BatchStatusResponse.From(state);
            if (status.Counts != last)
            {
                last = status.Counts;
                yield return new SseItem<BatchStatusResponse>(status, state.IsComplete ? "complete" : "progress");
            }

            if (state.IsComplete)
            {
                yield break;
            }

            await Task.Delay(interval, cancellationToken);
        }
    }

    private static ProblemHttpResult NotFound() => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, title: "Batch not found",
        detail: "There is no batch with this id for the signed-in user; it may have been deleted.");

    private static IResult WithDownloadName(this IResult result, string fileName, HttpContext context)
    {
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        return result;
    }
}
