using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ClauseLens.Benchmarks;

/// <summary>One batch through a running server's API: upload, follow to completion, delete.</summary>
internal static class BatchUpload
{
    /// <summary>The documents as the multipart form <c>POST api/batches</c> takes.</summary>
    public static MultipartFormDataContent Form(IReadOnlyList<(string Name, string Text)> documents)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, text) in documents)
        {
            var part = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
            part.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            form.Add(part, "files", name);
        }

        return form;
    }

    /// <summary>Uploads <paramref name="form"/> as one batch; returns the batch's location (relative).</summary>
    public static async Task<string> SubmitAsync(HttpClient http, MultipartFormDataContent form)
    {
        var response = await http.PostAsync("api/batches", form);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"upload refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return response.Headers.Location!.OriginalString.TrimStart('/');
    }

    /// <summary>Polls the batch until every document is done or failed; returns its last status.</summary>
    public static async Task<JsonElement> CompletedAsync(HttpClient http, string location)
    {
        while (true)
        {
            var status = await http.GetFromJsonAsync<JsonElement>(location);
            if (status.GetProperty("status").GetString() == "complete")
            {
                return status;
            }

            await Task.Delay(100);
        }
    }

    /// <summary>"N done, M failed" from a batch status.</summary>
    public static string Outcome(JsonElement status)
    {
        var counts = status.GetProperty("counts");
        return $"{counts.GetProperty("done").GetInt32()} done, {counts.GetProperty("failed").GetInt32()} failed";
    }
}
