using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ClauseLens.Server.Tests.Analyze;

/// <summary>contractType, side and language on every analysis endpoint, through real HTTP.</summary>
[Collection(ServerCollection.Name)]
public sealed class DealOptionsApiTests(ClauseLensApp app)
{
    /// <summary>A short licence with a one-sided grant-back and a no-challenge clause (also read by the pane's field tests).</summary>
    internal const string Licence =
        "PATENT LICENSE AGREEMENT\n" +
        "1. Grant of License. Licensor grants to Licensee a non-exclusive license under the Licensed Patents to make and sell the Licensed Products in the United States during the Term.\n" +
        "2. Improvements. Licensee shall grant to Licensor an exclusive, royalty-free license to all improvements made by the Licensee to the Licensed Products.\n" +
        "3. No Challenge. Licensee shall not challenge the validity of the Licensed Patents, directly or indirectly.\n" +
        "4. Governing Law. This Agreement is governed by the laws of Japan.";

    [Theory]
    [InlineData("contractType", "lease", "nda, licence, collaboration, supply, services, other")]
    [InlineData("language", "fr", "en, ja")]
    [InlineData("side", "landlord", "licensee")]
    public async Task AnUnknownValueIsA400NamingTheAllowedOnes(string field, string value, string allowed)
    {
        var body = new Dictionary<string, string> { ["text"] = Licence, [field] = value };

        var response = await app.CreateClient().PostAsJsonAsync("/api/analyze", body);

        var problem = await response.AssertProblem(HttpStatusCode.BadRequest);
        Assert.Contains(allowed, problem.Detail(), StringComparison.Ordinal);
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.DoesNotContain("Licensed Patents", problem.Detail(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASideIsCheckedAgainstTheRolesOfTheNamedPlaybook()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/analyze", new { text = Licence, playbook = "commercial-nda", side = "licensee" });

        var problem = await response.AssertProblem(HttpStatusCode.BadRequest);
        Assert.Contains("discloser, recipient, mutual", problem.Detail(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheResultSaysTheTypeTheSideTheLanguageAndWhyThePlaybook()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/analyze", new { text = Licence, contractType = "licence", side = "licensor" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("licence", result.GetProperty("contractType").GetProperty("id").GetString());
        Assert.Equal("given", result.GetProperty("contractType").GetProperty("source").GetString());
        Assert.Equal("licensor", result.GetProperty("side").GetString());
        Assert.Equal("en", result.GetProperty("language").GetString());
        Assert.Equal("japan-sme-collaboration", result.GetProperty("playbook").GetProperty("id").GetString());
        Assert.Equal("contract_type", result.GetProperty("playbook").GetProperty("selectedBy").GetString());
        var grantBack = result.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "no-exclusive-grant-back");
        Assert.Equal("info", grantBack.GetProperty("severity").GetString());
        Assert.Equal("licensor", grantBack.GetProperty("favours").GetString());
    }

    [Fact]
    public async Task AFileUploadTakesTheSameFieldsAndJapaneseTexts()
    {
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(Licence)), "file", "licence.txt" },
            { new StringContent("licensee"), "side" },
            { new StringContent("ja"), "language" },
        };

        var response = await app.CreateClient().PostAsync("/api/analyze/file", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("licensee", result.GetProperty("side").GetString());
        Assert.Equal("ja", result.GetProperty("textLanguage").GetString());
        var grantBack = result.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "no-exclusive-grant-back");
        Assert.Equal("high", grantBack.GetProperty("severity").GetString());
        Assert.Contains("改良技術", grantBack.GetProperty("title").GetString(), StringComparison.Ordinal);
        // The contract is English: the clause to insert stays English.
        Assert.StartsWith("The Licensee owns", grantBack.GetProperty("fallbackText").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABriefTakesTheFieldsAndRefusesUnknownOnes()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/briefs?format=md", new { text = Licence, contractType = "franchise" });

        var problem = await response.AssertProblem(HttpStatusCode.BadRequest);
        Assert.Contains("nda, licence", problem.Detail(), StringComparison.Ordinal);
    }
}
