using System.Text.Json;
using ClauseLens.Analysis;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClauseLens.Server.Analyze;

/// <summary>A contract read from a request, with the playbook to hold it against.</summary>
/// <param name="Document">The contract; never blank.</param>
/// <param name="Playbook">The requested playbook, or the default.</param>
public sealed record ContractSubmission(ContractDocument Document, Playbook Playbook);

/// <summary>
/// Reads a contract from a request body, as JSON (<see cref="AnalyzeRequest"/>) or as one uploaded
/// file, and words every way that can fail as a problem. Shared by every endpoint that takes a
/// contract, so they accept the same shapes and refuse bad input the same way.
/// </summary>
internal static class ContractRequests
{
    /// <summary>Reads a JSON body; the caller has checked the content type.</summary>
    public static async Task<(ContractSubmission? Submission, ProblemHttpResult? Problem)> ReadJsonAsync(
        HttpRequest request, ContractIngestor ingestor, ContractReview review, CancellationToken cancellationToken)
    {
        AnalyzeRequest? body;
        try
        {
            body = await request.ReadFromJsonAsync<AnalyzeRequest>(cancellationToken);
        }
        catch (JsonException e)
        {
            // Position only: the parser's message can quote the body.
            return (null, Problems.BadRequest($"The JSON body is malformed near line {(e.LineNumber ?? 0) + 1}, byte {e.BytePositionInLine ?? 0}."));
        }

        if (body is null)
        {
            return (null, Problems.EmptyContract());
        }

        var given = (body.Text is not null ? 1 : 0) + (body.Paragraphs is not null ? 1 : 0) + (body.Html is not null ? 1 : 0);
        if (given > 1)
        {
            return (null, Problems.BadRequest("Send exactly one of \"text\", \"paragraphs\" or \"html\"."));
        }

        if (await review.FindPlaybookAsync(body.Playbook, request.HttpContext.User, cancellationToken) is not { } playbook)
        {
            return (null, Problems.UnknownPlaybook(body.Playbook!));
        }

        var (document, ingestProblem) = Ingest(body, ingestor, part: null);
        return document is null ? (null, ingestProblem) : (new ContractSubmission(document, playbook), null);
    }

    /// <summary>
    /// The contract in one of <paramref name="body"/>'s text, paragraphs or html (the caller has
    /// checked there is at most one); <paramref name="part"/> names the draft in problems ("before").
    /// </summary>
    public static (ContractDocument? Document, ProblemHttpResult? Problem) Ingest(AnalyzeRequest body, ContractIngestor ingestor, string? part)
    {
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
            return (null, Problems.TooLarge(Problems.Of(part, e.Message)));
        }
        catch (IngestException e)
        {
            return (null, Problems.FromIngest(e, part));
        }

        return document.IsBlank ? (null, Problems.EmptyContract(part)) : (document, null);
    }

    /// <summary>Reads one uploaded file (form field 'file', optional field 'playbook'); the caller has checked the content type.</summary>
    public static async Task<(ContractSubmission? Submission, ProblemHttpResult? Problem)> ReadFileAsync(
        HttpRequest request, ContractIngestor ingestor, ContractReview review, CancellationToken cancellationToken)
    {
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException || (e is IOException and not BadHttpRequestException && !cancellationToken.IsCancellationRequested))
        {
            // A body that ends before its closing boundary surfaces as an IOException.
            return (null, Problems.BadRequest("The multipart body is malformed or ends before its closing boundary."));
        }

        if (form.Files.Count != 1 || form.Files[0] is not { } file)
        {
            return (null, Problems.BadRequest(form.Files.Count == 0
                ? "No file was uploaded: send one file in the form field 'file'."
                : "Send one file per request; batches of files go to /api/batches."));
        }

        if (ContractIngestor.FormatOf(file.FileName) is not { } format)
        {
            return (null, Problems.UnsupportedFile(file.FileName));
        }

        var playbookId = form["playbook"].FirstOrDefault();
        if (await review.FindPlaybookAsync(playbookId, request.HttpContext.User, cancellationToken) is not { } playbook)
        {
            return (null, Problems.UnknownPlaybook(playbookId!));
        }

        var (document, fileProblem) = await ReadFileAsync(file, format, ingestor, part: null);
        return document is null ? (null, fileProblem) : (new ContractSubmission(document, playbook), null);
    }

    /// <summary>The contract in one uploaded file of a known format; <paramref name="part"/> names the draft in problems.</summary>
    public static async Task<(ContractDocument? Document, ProblemHttpResult? Problem)> ReadFileAsync(
        IFormFile file, ContractFormat format, ContractIngestor ingestor, string? part)
    {
        if (file.Length == 0)
        {
            return (null, Problems.EmptyContract(part));
        }

        ContractDocument document;
        try
        {
            await using var content = file.OpenReadStream();
            document = ingestor.Read(content, format);
        }
        catch (IngestException e)
        {
            return (null, Problems.FromIngest(e, part));
        }

        return document.IsBlank ? (null, Problems.EmptyContract(part)) : (document, null);
    }
}
