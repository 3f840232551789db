using ClauseLens.Analysis.Ingest;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClauseLens.Server.Hosting;

/// <summary>The problem responses the API gives for bad input, worded once.</summary>
internal static class Problems
{
    public static string SupportedTypes => string.Join(", ", ContractIngestor.SupportedExtensions);

    public static ProblemHttpResult EmptyContract(string? part = null) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "The contract is empty",
        detail: Of(part, "There is no text to analyse: the contract sent was empty or only white space."));

    /// <summary>A detail about one of several contracts in a request, prefixed with which ("The 'before' draft: …").</summary>
    public static string Of(string? part, string detail) => part is null ? detail : $"The '{part}' draft: {detail}";

    public static ProblemHttpResult BadRequest(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest, title: "The request could not be understood", detail: detail);

    public static ProblemHttpResult UnsupportedMediaType(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type", detail: detail);

    public static ProblemHttpResult UnsupportedFile(string? fileName, string? part = null) => UnsupportedMediaType(Of(part,
        $"Files of type '{SafeExtension(fileName)}' cannot be analysed. Supported types: {SupportedTypes}."));

    public static ProblemHttpResult TooLarge(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge, title: "The contract is too large", detail: detail);

    public static ProblemHttpResult UnknownPlaybook(string id) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest, title: "Unknown playbook",
        detail: $"There is no playbook with id '{Truncate(id, 80)}'. GET /api/playbooks lists them.");

    public static ProblemHttpResult PlaybookNotFound(string id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, title: "Unknown playbook",
        detail: $"There is no playbook with id '{Truncate(id, 80)}'.");

    public static ProblemHttpResult FromIngest(IngestException e, string? part = null)
    {
        var (status, title, detail) = ForIngest(e);
        return TypedResults.Problem(statusCode: status, title: title, detail: Of(part, detail));
    }

    public static (int Status, string Title, string Detail) ForIngest(IngestException e) => e.Failure switch
    {
        IngestFailure.UnsupportedFormat => (StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", e.Message),
        IngestFailure.LimitExceeded => (StatusCodes.Status422UnprocessableEntity, "The document exceeds a limit", e.Message),
        _ => (StatusCodes.Status422UnprocessableEntity, "The document could not be read", e.Message),
    };

    public static string TitleFor(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => "The request is too large",
        StatusCodes.Status415UnsupportedMediaType => "Unsupported media type",
        _ => "The request could not be understood",
    };

    public static string DetailFor(BadHttpRequestException e) => e.StatusCode == StatusCodes.Status413PayloadTooLarge
        ? "The request body is larger than this server accepts."
        : "The request was malformed.";

    // A file name is the user's data too: only its extension, and only a short one, is echoed.
    private static string SafeExtension(string? fileName)
    {
        var ext = Path.GetExtension(fileName ?? "");
        return ext.Length is > 0 and <= 12 && ext.All(c => char.IsAsciiLetterOrDigit(c) || c == '.') ? ext : "(unknown)";
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max] + "…";
}
