using ClauseLens.Analysis;
using ClauseLens.Analysis.Context;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClauseLens.Server.Analyze;

/// <summary>A contract read from a request, with the playbook to hold it against and what the caller said about the deal.</summary>
/// <param name="Document">The contract; never blank.</param>
/// <param name="Playbook">The requested playbook, or null: the one for the contract's type.</param>
/// <param name="Options">The contract type, side and language the caller gave (validated).</param>
public sealed record ContractSubmission(ContractDocument Document, Playbook? Playbook, AnalysisOptions Options);

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
        var (body, problem) = await RequestBodies.ReadJsonAsync<AnalyzeRequest>(request, cancellationToken);
        if (problem is not null)
        {
            return (null, problem);
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

        var (found, playbook) = await FindNamedAsync(body.Playbook, request, review, cancellationToken);
        if (!found)
        {
            return (null, Problems.UnknownPlaybook(body.Playbook!));
        }

        var (options, optionsProblem) = DealOptions.Read(body.ContractType, body.Side, body.Language, playbook);
        if (options is null)
        {
            return (null, optionsProblem);
        }

        var (document, ingestProblem) = await IngestAsync(body, ingestor, review, part: null, cancellationToken);
        return document is null ? (null, ingestProblem) : (new ContractSubmission(document, playbook, options), null);
    }

    /// <summary>
    /// The contract in one of <paramref name="body"/>'s text, paragraphs or html (the caller has
    /// checked there is at most one); <paramref name="part"/> names the draft in problems ("before").
    /// </summary>
    public static async Task<(ContractDocument? Document, ProblemHttpResult? Problem)> IngestAsync(
        AnalyzeRequest body, ContractIngestor ingestor, ContractReview review, string? part, CancellationToken cancellationToken)
    {
        ContractDocument document;
        try
        {
            document = await review.ReadAsync(budget => body switch
            {
                { Paragraphs: { } paragraphs } => ingestor.FromParagraphs([.. paragraphs.Select(p => p ?? "")], budget),
                { Html: { } html } => ingestor.FromHtml(html, budget),
                _ => ingestor.FromText(body.Text ?? "", budget),
            }, cancellationToken);
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
        var (form, formProblem) = await RequestBodies.ReadFormAsync(request, cancellationToken);
        if (form is null)
        {
            return (null, formProblem);
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
        var (found, playbook) = await FindNamedAsync(playbookId, request, review, cancellationToken);
        if (!found)
        {
            return (null, Problems.UnknownPlaybook(playbookId!));
        }

        var (options, optionsProblem) = DealOptions.Read(form["contractType"].FirstOrDefault(), form["side"].FirstOrDefault(), form["language"].FirstOrDefault(), playbook);
        if (options is null)
        {
            return (null, optionsProblem);
        }

        var (document, fileProblem) = await ReadFileAsync(file, format, ingestor, review, part: null, cancellationToken);
        return document is null ? (null, fileProblem) : (new ContractSubmission(document, playbook, options), null);
    }

    /// <summary>The contract in one uploaded file of a known format; <paramref name="part"/> names the draft in problems.</summary>
    public static async Task<(ContractDocument? Document, ProblemHttpResult? Problem)> ReadFileAsync(
        IFormFile file, ContractFormat format, ContractIngestor ingestor, ContractReview review, string? part, CancellationToken cancellationToken)
    {
        if (file.Length == 0)
        {
            return (null, Problems.EmptyContract(part));
        }

        ContractDocument document;
        try
        {
            await using var content = file.OpenReadStream();
            document = await review.ReadAsync(budget => ingestor.Read(content, format, budget), cancellationToken);
        }
        catch (IngestException e)
        {
            return (null, Problems.FromIngest(e, part));
        }

        return document.IsBlank ? (null, Problems.EmptyContract(part)) : (document, null);
    }

    // No playbook named: found, and null, so the analysis applies the one for the contract's type.
    private static async Task<(bool Found, Playbook? Playbook)> FindNamedAsync(string? id, HttpRequest request, ContractReview review, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return (true, null);
        }

        var playbook = await review.FindPlaybookAsync(id, request.HttpContext.User, cancellationToken);
        return (playbook is not null, playbook);
    }
}
