using System.Text;
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

    /// <summary>
    /// A 415 when the content type declares a charset .NET cannot decode (<c>application/json; charset=bogus</c>),
    /// which the JSON reader would otherwise throw on; null when the charset is absent or known.
    /// </summary>
    public static ProblemHttpResult? UnknownCharset(HttpRequest request)
    {
        var charset = request.GetTypedHeaders().ContentType?.Charset.Value?.Trim('"');
        if (string.IsNullOrEmpty(charset))
        {
            return null;
        }

        try
        {
            _ = Encoding.GetEncoding(charset);
            return null;
        }
        catch (ArgumentException)
        {
            return Problems.UnsupportedMediaType("The request's charset is not supported: send the body as UTF-8 (charset=utf-8, or no charset).");
        }
    }
}
