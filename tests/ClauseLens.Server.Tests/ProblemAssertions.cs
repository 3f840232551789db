using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ClauseLens.Server.Tests;

internal static class ProblemAssertions
{
    /// <summary>Asserts an RFC 7807 response with <paramref name="status"/> and returns its body.</summary>
    public static async Task<JsonElement> AssertProblem(this HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("title").GetString()));
        return body;
    }

    public static string Detail(this JsonElement problem) => problem.GetProperty("detail").GetString() ?? "";
}
