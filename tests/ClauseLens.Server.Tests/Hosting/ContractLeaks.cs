using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace ClauseLens.Server.Tests.Hosting;

/// <summary>
/// What the confidentiality checks of logs and of traces share: a contract file upload, and the
/// proof that recorded output holds no sentence and no 40-character run of the contract.
/// </summary>
internal static partial class ContractLeaks
{
    public static MultipartFormDataContent Upload(string name, byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { content, "file", name } };
    }

    /// <summary>Fails when <paramref name="recorded"/> contains a sentence or a fragment of <paramref name="contract"/>.</summary>
    public static void AssertNoneIn(string contract, string recorded)
    {
        var normalised = Regex.Replace(recorded, @"\s+", " ");
        var sentences = SentenceEnd().Split(contract).Select(s => Regex.Replace(s, @"\s+", " ").Trim()).Where(s => s.Length >= 25).ToList();
        Assert.True(sentences.Count > 50);
        Assert.All(sentences, s => Assert.DoesNotContain(s, normalised));
        // Fragments too: any 40-character run of the contract.
        var flat = Regex.Replace(contract, @"\s+", " ");
        for (var i = 0; i + 40 <= flat.Length; i += 97)
        {
            Assert.DoesNotContain(flat.Substring(i, 40), normalised);
        }
    }

    [GeneratedRegex(@"(?<=[.;:!?])\s+|\n")]
    private static partial Regex SentenceEnd();
}
