using System.Net.Http.Headers;
using System.Text;

namespace ClauseLens.TestSupport.Hostile;

/// <summary>One hostile request: a name for reports (never the content), what to send, and its size.</summary>
/// <param name="Name">Family and parameters, e.g. "html-nesting:div:50000".</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path, from the server's root.</param>
/// <param name="Content">Makes a fresh body each time (null for none).</param>
/// <param name="Headers">Extra request headers.</param>
public sealed record HostileRequest(string Name, HttpMethod Method, string Path, Func<HttpContent?> Content, IReadOnlyList<KeyValuePair<string, string>>? Headers = null)
{
    /// <summary>The family of the case: its name up to the first ':'.</summary>
    public string Family => Name.Split(':')[0];

    /// <summary>A request message ready to send.</summary>
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(Method, Path) { Content = Content() };
        foreach (var (name, value) in Headers ?? [])
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        return message;
    }

    /// <summary>POST /api/analyze with a JSON body.</summary>
    public static HostileRequest Json(string name, string json, string contentType = "application/json") =>
        Raw(name, "/api/analyze", Encoding.UTF8.GetBytes(json), contentType);

    /// <summary>A POST of raw bytes with any content type.</summary>
    public static HostileRequest Raw(string name, string path, byte[] body, string contentType) =>
        Raw(name, path, () => body, contentType);

    /// <summary>A POST of bytes made when the request is sent (a large corpus is not held in memory).</summary>
    public static HostileRequest Raw(string name, string path, Func<byte[]> body, string contentType) =>
        new(name, HttpMethod.Post, path, () =>
        {
            var content = new ByteArrayContent(body());
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            return content;
        });

    /// <summary>One file to an upload endpoint (<c>/api/analyze/file</c>, <c>/api/batches</c>, <c>/api/briefs</c>).</summary>
    public static HostileRequest Upload(string name, string fileName, byte[] bytes, string path = "/api/analyze/file") =>
        Upload(name, fileName, () => bytes, path);

    /// <summary>One file made when the request is sent.</summary>
    public static HostileRequest Upload(string name, string fileName, Func<byte[]> bytes, string path = "/api/analyze/file") =>
        new(name, HttpMethod.Post, path, () =>
        {
            var file = new ByteArrayContent(bytes());
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            return new MultipartFormDataContent { { file, path == "/api/batches" ? "files" : "file", fileName } };
        });

    /// <summary>A JSON string literal; control characters and lone surrogates as \u escapes.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case < ' ' or (>= '\uD800' and <= '\uDFFF'): builder.Append($"\\u{(int)c:x4}"); break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }
}
