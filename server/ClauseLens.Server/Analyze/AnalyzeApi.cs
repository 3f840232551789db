using System.Text.Json;
using ClauseLens.Analysis;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClauseLens.Server.Analyze;

/// <summary>
/// Body of <c>POST /api/analyze</c>: exactly one of <see cref="Text"/>, <see cref="Paragraphs"/>
/// (what the Word task pane sends, so results map back to Word paragraphs) or <see cref="Html"/>.
/// </summary>
public sealed record AnalyzeRequest(string? Text, IReadOnlyList<string?>? Paragraphs, string? Html, string? Playbook);

/// <summary>
/// An analysis of an uploaded file. <see cref="Paragraphs"/> is present only when the caller asked
/// for it (<c>includeParagraphs=true</c>): the browser pane needs the extracted text of a .docx or
/// .pdf to show it, and it is the caller's own document, returned once and never stored.
/// </summary>
public sealed record FileAnalysis(
    string ModelVersion,
    PlaybookReference Playbook,
    IReadOnlyList<AnalyzedClause> Clauses,
    IReadOnlyList<ClauseLens.Analysis.Playbooks.Finding> Findings,
    AnalysisSummary Summary,
    IReadOnlyList<string>? Paragraphs)
{
    internal static FileAnalysis From(AnalysisResult r, ContractDocument document, bool includeParagraphs) =>
        new(r.ModelVersion, r.Playbook, r.Clauses, r.Findings, r.Summary,
            includeParagraphs ? [.. document.Paragraphs.Select(p => p.Text)] : null);
}

/// <summary><c>/api/analyze</c>: one contract in, tagged clauses and findings out.</summary>
public static class AnalyzeApi
{
    /// <summary>Maps the analyze endpoints.</summary>
    public static IEndpointRouteBuilder MapAnalyzeApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/analyze").WithTags("Analyze");

        api.MapPost("/", AnalyzeAsync)
            .DocumentJsonBody<AnalyzeRequest>()
            .WithName("Analyze")
            .WithSummary("Analyses a contract sent as text, paragraphs or HTML.")
            .WithDescription("Returns the clauses (offsets into the paragraphs joined by '\\n'), their labels and facts, and the playbook's findings. Never returns the contract text.");

        api.MapPost("/file", AnalyzeFileAsync)
            .DocumentFileUpload("One .docx, .pdf, .html or .txt file in the field 'file'; optional field 'playbook'.")
            .DisableAntiforgery()
            .WithName("AnalyzeFile")
            .WithSummary("Analyses one uploaded .docx, .pdf, .html or .txt file (form field 'file'; optional field 'playbook').");

        return app;
    }

    internal static async Task<Results<Ok<AnalysisResult>, ProblemHttpResult>> AnalyzeAsync(
        HttpRequest request, ContractIngestor ingestor, ContractReview review, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return Problems.UnsupportedMediaType("Send the contract as application/json: { \"text\": \"…\" }, { \"paragraphs\": [\"…\"] } or { \"html\": \"…\" }. Files go to /api/analyze/file.");
        }

        AnalyzeRequest? body;
        try
        {
            body = await request.ReadFromJsonAsync<AnalyzeRequest>(cancellationToken);
        }
        catch (JsonException e)
        {
            // Position only: the parser's message can quote the body.
            return Problems.BadRequest($"The JSON body is malformed near line {(e.LineNumber ?? 0) + 1}, byte {e.BytePositionInLine ?? 0}.");
        }

        if (body is null)
        {
            return Problems.EmptyContract();
        }

        var given = (body.Text is not null ? 1 : 0) + (body.Paragraphs is not null ? 1 : 0) + (body.Html is not null ? 1 : 0);
        if (given > 1)
        {
            return Problems.BadRequest("Send exactly one of \"text\", \"paragraphs\" or \"html\".");
        }

        if (review.FindPlaybook(body.Playbook) is not { } playbook)
        {
            return Problems.UnknownPlaybook(body.Playbook!);
        }

        ContractDocument document;
        try
        {
            document = body switch
            {
                { Paragraphs: { } paragraphs } => ingestor.FromParagraphs([.. paragraphs.Select(p => p ?? "")]),
                { Html: { } html } => ingestor.FromHtml(html),
                _ => ingestor.FromText(body.Text ?? ""),
            };
        }
        catch (IngestException e) when (e.Failure == IngestFailure.LimitExceeded)
        {
            return Problems.TooLarge(e.Message);
        }
        catch (IngestException e)
        {
            return Problems.FromIngest(e);
        }

        if (document.IsBlank)
        {
            return Problems.EmptyContract();
        }

        return TypedResults.Ok(review.Analyze(document, playbook));
    }

    internal static async Task<Results<Ok<FileAnalysis>, ProblemHttpResult>> AnalyzeFileAsync(
        HttpRequest request, ContractIngestor ingestor, ContractReview review, bool? includeParagraphs, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return Problems.UnsupportedMediaType($"Upload the contract as multipart/form-data with a field named 'file'. Supported types: {Problems.SupportedTypes}.");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            return Problems.BadRequest("The multipart body is malformed.");
        }

        if (form.Files.Count != 1 || form.Files[0] is not { } file)
        {
            return Problems.BadRequest(form.Files.Count == 0
                ? "No file was uploaded: send one file in the form field 'file'."
                : "Send one file per request; batches of files go to /api/batches.");
        }

        if (ContractIngestor.FormatOf(file.FileName) is not { } format)
        {
            return Problems.UnsupportedFile(file.FileName);
        }

        var playbookId = form["playbook"].FirstOrDefault();
        if (review.FindPlaybook(playbookId) is not { } playbook)
        {
            return Problems.UnknownPlaybook(playbookId!);
        }

        if (file.Length == 0)
        {
            return Problems.EmptyContract();
        }

        ContractDocument document;
        try
        {
            await using var content = file.OpenReadStream();
            document = ingestor.Read(content, format);
        }
        catch (IngestException e)
        {
            return Problems.FromIngest(e);
        }

        if (document.IsBlank)
        {
            return Problems.EmptyContract();
        }

        var result = review.Analyze(document, playbook);
        return TypedResults.Ok(FileAnalysis.From(result, document, includeParagraphs == true));
    }
}
