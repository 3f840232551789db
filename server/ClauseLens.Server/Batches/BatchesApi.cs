using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using ClauseLens.Analysis.Context;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Reports;
using ClauseLens.Server.Analyze;
using ClauseLens.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ClauseLens.Server.Batches;

/// <summary>Counts of a batch's documents by status.</summary>
public sealed record BatchCounts(int Total, int Queued, int Analysing, int Done, int Failed);

/// <summary>Where to read a batch's progress and results.</summary>
/// <param name="FindingsCsv">One row per finding (the documents CSV has one per document).</param>
/// <param name="Xlsx">The documents and the findings as an Excel workbook.</param>
/// <param name="Issues">
/// A document's issue list: replace <c>{index}</c> with the document's <c>index</c>; add <c>?format=xlsx</c> or <c>csv</c>.
/// </param>
public sealed record BatchLinks(string Self, string Events, string Json, string Csv, string Html, string? FindingsCsv = null, string? Xlsx = null, string? Issues = null);

/// <summary>A batch's status: overall (<c>queued</c>, <c>running</c>, <c>complete</c>) and per document.</summary>
/// <param name="Playbook">The playbook named for every document; null when each document gets the one for its type (see each document's <c>playbook</c>).</param>
/// <param name="ContractType">The contract type given for every document; null: detected per document.</param>
/// <param name="Side">The reviewer's side, for every document.</param>
/// <param name="Language">The language of the findings' texts, for every document.</param>
public sealed record BatchStatusResponse(
    string Id, string Status, string? Playbook, DateTimeOffset CreatedAt, BatchCounts Counts,
    IReadOnlyList<DocumentState> Documents, BatchLinks Links, string? ContractType = null, string? Side = null, string? Language = null)
{
    internal static BatchStatusResponse From(BatchState state)
    {
        var counts = new BatchCounts(state.Documents.Count,
            state.Documents.Count(d => d.Status == DocumentStatus.Queued), state.Documents.Count(d => d.Status == DocumentStatus.Analysing),
            state.Documents.Count(d => d.Status == DocumentStatus.Done), state.Documents.Count(d => d.Status == DocumentStatus.Failed));
        var status = state.IsComplete ? "complete" : counts.Queued == counts.Total - counts.Failed ? "queued" : "running";
        var self = $"/api/batches/{state.Id}";
        return new BatchStatusResponse(state.Id, status, state.PlaybookId, state.CreatedAt, counts, state.Documents,
            new BatchLinks(self, $"{self}/events", $"{self}/results?format=json", $"{self}/results?format=csv", $"{self}/results?format=html",
                $"{self}/results?format=findings-csv", $"{self}/results?format=xlsx", $"{self}/documents/{{index}}/issues"),
            state.Options?.ContractType, state.Options?.Side, state.Options?.Language);
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
            .DocumentFileUpload("Many .docx, .pdf, .html or .txt files (or a .zip of them), any field name; optional fields 'playbook', 'contractType', 'side', 'language'.")
            .DisableAntiforgery()
            .WithName("SubmitBatch")
            .WithSummary("Queues many .docx, .pdf, .html or .txt files (or a .zip of them) for analysis; optional form fields 'playbook' " +
                "(default: the one for each document's contract type), 'contractType' (default: detected per document), 'side' and 'language' (for every document).");

        api.MapGet("/{id}", GetAsync).WithName("GetBatch").WithSummary("A batch's status and each document's progress.");
        api.MapGet("/{id}/events", Events).WithName("GetBatchEvents")
            .WithSummary("Server-sent events: the batch's status whenever it changes, ending with a 'complete' event.");
        api.MapGet("/{id}/results", ResultsAsync).WithName("GetBatchResults")
            .WithSummary("The results: format=json (full analysis per document), csv (one row per document), findings-csv (one row per finding), " +
                "xlsx (both, as an Excel workbook) or html (report with a heat map). CSV files are UTF-8 with a byte-order mark.");
        api.MapGet("/{id}/documents/{index:int}/issues", IssuesAsync).WithName("GetBatchDocumentIssues")
            .WithSummary("One document's issue list, as the task pane exports it: format=xlsx (default) or csv.");
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

        var owner = Owner(user);
        // No playbook named: each document gets the one for its contract type, as /api/analyze does.
        var playbookId = Blank(form["playbook"].FirstOrDefault());
        string? playbook = null;
        if (playbookId is not null && (playbook = await analysis.ResolvePlaybookAsync(playbookId, owner, cancellationToken)) is null)
        {
            return Problems.UnknownPlaybook(playbookId);
        }

        var (deal, dealProblem) = await ReadDealAsync(form, playbook, owner, analysis, cancellationToken);
        if (deal is null)
        {
            return dealProblem!;
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

        var batch = new NewBatch(Guid.NewGuid().ToString("N"), owner, playbook, clock.GetUtcNow(), documents,
            BatchStatuses.Options(deal.ContractType, deal.Side, deal.Language));
        if (playbook is not null && !await analysis.PinPlaybookAsync(batch.Id, playbook, owner, cancellationToken))
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

    // One side and one language for the whole batch; the contract type, when given, for every document.
    // Unknown values are refused naming the allowed ones, as /api/analyze refuses them.
    private static async Task<(AnalysisOptions? Options, ProblemHttpResult? Problem)> ReadDealAsync(
        IFormCollection form, string? playbook, string owner, IBatchAnalysis analysis, CancellationToken cancellationToken)
    {
        var contractType = Blank(form["contractType"].FirstOrDefault());
        var side = Blank(form["side"].FirstOrDefault());
        var language = Blank(form["language"].FirstOrDefault());
        if (contractType is not null && !ContractTypes.IsKnown(contractType))
        {
            return (null, DealOptions.Unknown("contract type", "contractType", contractType, ContractTypes.All));
        }

        if (language is not null && !ContractLanguages.ForReviewer.Contains(language, StringComparer.Ordinal))
        {
            return (null, DealOptions.Unknown("language", "language", language, ContractLanguages.ForReviewer));
        }

        if (side is not null && await analysis.SidesAsync(playbook, contractType, owner, cancellationToken) is var sides && !sides.Contains(side, StringComparer.Ordinal))
        {
            return (null, DealOptions.Unknown("side", "side", side, sides));
        }

        return (new AnalysisOptions(contractType, side, language), null);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

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

        var report = new BatchReport(state.Id, state.CreatedAt, state.PlaybookId, [.. results.Select(r => r.Report)])
        {
            ContractType = state.Options?.ContractType, Side = state.Options?.Side, Language = state.Options?.Language,
        };
        switch ((format ?? "json").ToLowerInvariant())
        {
            case "json":
                return TypedResults.Bytes(BatchJson.Write(report, [.. results.Select(r => r.AnalysisJson)]), "application/json");
            case "csv":
                return Csv(BatchCsv.Write(report), $"clauselens-batch-{state.Id}.csv", context);
            case "findings-csv":
                return Csv(BatchCsv.WriteFindings(report), $"clauselens-batch-{state.Id}-findings.csv", context);
            case "xlsx":
                return TypedResults.File(BatchXlsx.Render(report), IssueListXlsx.MediaType, $"clauselens-batch-{state.Id}.xlsx");
            case "html":
                context.Response.Headers.ContentSecurityPolicy = BatchHtml.ContentSecurityPolicy;
                return TypedResults.Text(BatchHtml.Render(report), "text/html; charset=utf-8", System.Text.Encoding.UTF8);
            default:
                return Problems.BadRequest("Unknown results format: use format=json, csv, findings-csv, xlsx or html.");
        }
    }

    internal static async Task<IResult> IssuesAsync(
        string id, int index, string? format, HttpContext context, ClaimsPrincipal user, IBatchStore store, CancellationToken cancellationToken)
    {
        var owner = Owner(user);
        if (await store.GetAsync(id, owner, cancellationToken) is not { } state || await store.ResultsAsync(id, owner, cancellationToken) is not { } results)
        {
            return NotFound();
        }

        if (results.FirstOrDefault(r => r.Report.Index == index) is not { } result)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Document not found",
                detail: $"The batch has no document with index {index}; its documents have indexes 0 to {results.Count - 1}.");
        }

        if (result.Report.Status != DocumentStatus.Done)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Document not analysed",
                detail: $"Document {index} is {BatchReport.Name(result.Report.Status)}: its issue list exists once it is done.");
        }

        // In the batch's language, like its report: a Japanese batch's issue list reads Japanese.
        var language = state.Options?.Language;
        var rows = BatchIssues.Rows(result.Report, language);
        var name = $"clauselens-batch-{id}-document-{index + 1}-issues";
        return (format ?? "xlsx").ToLowerInvariant() switch
        {
            "xlsx" => TypedResults.File(IssueListXlsx.Render(rows, language), IssueListXlsx.MediaType, name + ".xlsx"),
            "csv" => Csv(IssueListCsv.Write(rows, language), name + ".csv", context),
            _ => Problems.BadRequest("Unknown issue list format: use format=xlsx or csv."),
        };
    }

    // The CSV text starts with a byte-order mark (U+FEFF, EF BB BF in UTF-8), so Excel shows Japanese as written.
    private static IResult Csv(string csv, string fileName, HttpContext context) =>
        TypedResults.Text(csv, "text/csv; charset=utf-8; header=present", System.Text.Encoding.UTF8).WithDownloadName(fileName, context);

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
