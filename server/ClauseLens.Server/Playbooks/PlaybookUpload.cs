using System.Text;
using System.Text.Json;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClauseLens.Server.Playbooks;

/// <summary>Body of <c>POST /api/playbooks</c> as JSON: the playbook's YAML as one string.</summary>
public sealed record PlaybookUploadRequest(string? Yaml);

/// <summary>
/// Reads the YAML of a playbook upload: a raw YAML body, JSON <c>{ "yaml": "…" }</c>, or one file
/// in the multipart field <c>file</c>. The body is read into memory only up to the limit.
/// </summary>
internal static class PlaybookUpload
{
    // Not text/plain: a web page can send that to any server without asking first (no CORS preflight).
    public static readonly string[] YamlMediaTypes = ["application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml"];

    public static string Accepted => $"{string.Join(", ", YamlMediaTypes)} (the YAML as the body), application/json ({{ \"yaml\": \"…\" }}) or multipart/form-data (one file in the field 'file')";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The YAML text, or the problem that stops the upload before validation.</summary>
    public static async Task<(string? Yaml, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var mediaType = request.GetTypedHeaders().ContentType?.MediaType.Value?.ToLowerInvariant();
        var kind = mediaType switch
        {
            null => null,
            _ when YamlMediaTypes.Contains(mediaType) => "yaml",
            "application/json" => "json",
            "multipart/form-data" => "form",
            _ => null,
        };
        if (kind is null)
        {
            return (null, Problems.UnsupportedMediaType($"Send the playbook as {Accepted}."));
        }

        if (request.ContentLength > maxBytes || await ReadBoundedAsync(request.Body, maxBytes, cancellationToken) is not { } body)
        {
            return (null, TooLarge(maxBytes));
        }

        return kind switch
        {
            "yaml" => Decode(body),
            "json" => FromJson(body),
            _ => await FromFormAsync(request, body, cancellationToken),
        };
    }

    private static (string?, ProblemHttpResult?) FromJson(byte[] body)
    {
        PlaybookUploadRequest? upload;
        try
        {
            upload = JsonSerializer.Deserialize<PlaybookUploadRequest>(body, JsonSerializerOptions.Web);
        }
        catch (JsonException e)
        {
            return (null, Problems.BadRequest($"The JSON body is malformed near line {(e.LineNumber ?? 0) + 1}, byte {e.BytePositionInLine ?? 0}."));
        }

        return upload?.Yaml is { } yaml
            ? (yaml, null)
            : (null, Problems.BadRequest("Send the playbook's YAML as a string in the field \"yaml\": { \"yaml\": \"id: my-playbook\\n…\" }."));
    }

    private static async Task<(string?, ProblemHttpResult?)> FromFormAsync(HttpRequest request, byte[] body, CancellationToken cancellationToken)
    {
        IFormCollection form;
        try
        {
            request.Body = new MemoryStream(body, writable: false);
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or IOException && !cancellationToken.IsCancellationRequested)
        {
            return (null, Problems.BadRequest("The multipart body is malformed or ends before its closing boundary."));
        }

        if (form.Files.Count != 1 || form.Files.GetFile("file") is not { } file)
        {
            return (null, Problems.BadRequest("Send one playbook file (.yaml) in the form field 'file'."));
        }

        using var content = new MemoryStream();
        await using (var stream = file.OpenReadStream())
        {
            await stream.CopyToAsync(content, cancellationToken);
        }

        return Decode(content.ToArray());
    }

    // A playbook is text; bytes that are not UTF-8 are named like any other error in it.
    private static (string?, ProblemHttpResult?) Decode(byte[] bytes)
    {
        try
        {
            var text = StrictUtf8.GetString(bytes);
            return (text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text, null);
        }
        catch (DecoderFallbackException)
        {
            return (null, PlaybookProblems.Invalid([new PlaybookError(1, "", "the playbook is not UTF-8 text")]));
        }
    }

    private static async Task<byte[]?> ReadBoundedAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static ProblemHttpResult TooLarge(int maxBytes) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge, title: "The playbook is too large",
        detail: $"A playbook upload may be at most {maxBytes:N0} bytes (ClauseLens:Playbooks:MaxBytes).");
}
