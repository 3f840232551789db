using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClauseLens.Server.Hosting;

/// <summary>
/// Reading request bodies the same way everywhere: a multipart body that is cut off or malformed
/// and a JSON body in a charset nobody knows are the client's mistakes, answered with a 4xx.
/// </summary>
internal static class RequestBodies
{
    /// <summary>The form, or a 400 when the multipart body is malformed or ends before its closing boundary.</summary>
    public static async Task<(IFormCollection? Form, ProblemHttpResult? Problem)> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return (await request.ReadFormAsync(cancellationToken), null);
        }
        catch (Exception e) when (e is InvalidDataException
            || (e is IOException and not BadHttpRequestException && !cancellationToken.IsCancellationRequested))
        {
            // A body that ends before its closing boundary surfaces as an IOException; a body over
            // Kestrel's limit is a BadHttpRequestException (413), left to the exception handler.
            return (null, Problems.BadRequest("The multipart body is malformed or ends before its closing boundary."));
        }
    }

    // The charsets a JSON body may declare: the Unicode encodings and their ASCII subsets. Anything
    // else (utf-7, a quoted or empty value, a name .NET does not know) the JSON reader would throw on.
    private static readonly HashSet<string> JsonCharsets = new(StringComparer.OrdinalIgnoreCase)
    {
        "utf-8", "utf8", "us-ascii", "ascii", "utf-16", "utf-16le", "utf-16be", "utf-32", "utf-32le", "utf-32be", "iso-8859-1", "latin1",
    };

    /// <summary>
    /// A 415 when the content type declares a charset other than UTF-8/16/32 or ASCII/Latin-1
    /// (<c>application/json; charset=bogus</c>), which the JSON reader would otherwise throw on; null when
    /// no charset is declared or it is one of those.
    /// </summary>
    public static ProblemHttpResult? UnknownCharset(HttpRequest request)
    {
        var header = request.ContentType ?? "";
        if (!header.Contains("charset", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var charset = request.GetTypedHeaders().ContentType?.Charset.Value;
        return charset is not null && JsonCharsets.Contains(charset) ? null : CharsetProblem();
    }

    /// <summary>
    /// The JSON body as <typeparamref name="T"/> (null for a literal <c>null</c>), or the problem: a
    /// 415 for a charset the reader cannot decode, a 400 naming only where malformed JSON breaks.
    /// The caller has checked that the content type is JSON.
    /// </summary>
    public static async Task<(T? Body, ProblemHttpResult? Problem)> ReadJsonAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (UnknownCharset(request) is { } charsetProblem)
        {
            return (null, charsetProblem);
        }

        try
        {
            return (await request.ReadFromJsonAsync<T>(cancellationToken), null);
        }
        catch (JsonException e)
        {
            // Position only: the parser's message can quote the body.
            return (null, Problems.BadRequest($"The JSON body is malformed near line {(e.LineNumber ?? 0) + 1}, byte {e.BytePositionInLine ?? 0}."));
        }
        catch (InvalidOperationException)
        {
            // The reader refuses a charset it cannot decode after all.
            return (null, CharsetProblem());
        }
    }

    /// <summary>The 415 for a body in a charset the server does not read.</summary>
    public static ProblemHttpResult CharsetProblem() =>
        Problems.UnsupportedMediaType("The request's charset is not supported: send the body as UTF-8 (charset=utf-8, or no charset).");
}
