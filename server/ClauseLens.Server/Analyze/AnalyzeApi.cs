using ClauseLens.Analysis;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClauseLens.Server.Analyze;

/// <summary>
/// Body of <c>POST /api/analyze</c>: exactly one of <see cref="Text"/>, <see cref="Paragraphs"/>
/// (what the Word task pane sends, so results map back to Word paragraphs) or <see cref="Html"/>.
/// </summary>
/// <param name="Text">The contract as plain text.</param>
/// <param name="Paragraphs">The contract as paragraphs.</param>
/// <param name="Html">The contract as HTML.</param>
/// <param name="Playbook">A playbook id; none: the built-in playbook for the contract's type.</param>
/// <param name="ContractType">The contract's type (nda, licence, collaboration, supply, services, other); none: detected.</param>
/// <param name="Side">The reviewer's role, one the playbook declares (recipient, licensee, …); none: the balanced reading.</param>
/// <param name="Language">The reviewer's language for the findings' texts (en or ja); none: the contract's.</param>
public sealed record AnalyzeRequest(string? Text, IReadOnlyList<string?>? Paragraphs, string? Html, string? Playbook,
    string? ContractType = null, string? Side = null, string? Language = null);

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
    IReadOnlyList<string>? Paragraphs,
    ClauseLens.Analysis.Context.ContractTypeResult? ContractType = null,
    string? Side = null,
    string? Language = null,
    string? TextLanguage = null)
{
    internal static FileAnalysis From(AnalysisResult r, ContractDocument document, bool includeParagraphs) =>
        new(r.ModelVersion, r.Playbook, r.Clauses, r.Findings, r.Summary,
            includeParagraphs ? [.. document.Paragraphs.Select(p => p.Text)] : null,
            r.ContractType, r.Side, r.Language, r.TextLanguage);
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
            .DocumentFileUpload("One .docx, .pdf, .html or .txt file in the field 'file'; optional fields 'playbook', 'contractType', 'side' and 'language'.")
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

        var (submission, problem) = await ContractRequests.ReadJsonAsync(request, ingestor, review, cancellationToken);
        return submission is null ? problem! : TypedResults.Ok(await review.AnalyzeAsync(submission, cancellationToken));
    }

    internal static async Task<Results<Ok<FileAnalysis>, ProblemHttpResult>> AnalyzeFileAsync(
        HttpRequest request, ContractIngestor ingestor, ContractReview review, bool? includeParagraphs, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return Problems.UnsupportedMediaType($"Upload the contract as multipart/form-data with a field named 'file'. Supported types: {Problems.SupportedTypes}.");
        }

        var (submission, problem) = await ContractRequests.ReadFileAsync(request, ingestor, review, cancellationToken);
        if (submission is null)
        {
            return problem!;
        }

        var result = await review.AnalyzeAsync(submission, cancellationToken);
        return TypedResults.Ok(FileAnalysis.From(result, submission.Document, includeParagraphs == true));
    }
}
