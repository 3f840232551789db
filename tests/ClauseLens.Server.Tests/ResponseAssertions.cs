using System.Net;

namespace ClauseLens.Server.Tests;

internal static class ResponseAssertions
{
    /// <summary>
    /// Asserts a 200 whose body quotes none of <paramref name="contractPhrases"/>: the answer points
    /// at the contract by offsets and never carries its words.
    /// </summary>
    public static async Task AssertOkWithout(this HttpResponseMessage response, params string[] contractPhrases)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(contractPhrases, phrase => Assert.DoesNotContain(phrase, body));
    }
}
