using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ClauseLens.Server.Tests.Analyze;

/// <summary>What the pane reads beyond the findings: passed checks as statements, not-a-contract, the side on compare.</summary>
[Collection(ServerCollection.Name)]
public sealed class PaneResultFieldsTests(ClauseLensApp app)
{
    private const string Licence = DealOptionsApiTests.Licence;

    [Fact]
    public async Task EveryOkFindingComesWithAStatementOfWhatIsThere()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/analyze", new { text = Licence });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        var ok = result.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("kind").GetString() == "ok").ToList();
        var passed = result.GetProperty("passed").EnumerateArray().ToList();
        Assert.NotEmpty(ok);
        Assert.Equal(ok.Select(f => f.GetProperty("id").GetString()), passed.Select(p => p.GetProperty("findingId").GetString()));
        Assert.Contains(passed, p => p.GetProperty("statement").GetString()!.StartsWith("Governing law: Japan (clause 4", StringComparison.Ordinal));
        Assert.True(result.GetProperty("contractCheck").GetProperty("isContract").GetBoolean());
    }

    [Fact]
    public async Task ALunchEmailIsNotAContractAndGetsNoFindings()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/analyze", new { text = "Hi Tom,\nAre we still on for lunch on Friday?\nThanks, Ken" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Empty(result.GetProperty("findings").EnumerateArray());
        Assert.False(result.GetProperty("contractCheck").GetProperty("isContract").GetBoolean());
        Assert.False(string.IsNullOrWhiteSpace(result.GetProperty("contractCheck").GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task CompareReadsBothDraftsFromTheSideGiven()
    {
        var after = Licence.Replace("in the United States", "worldwide", StringComparison.Ordinal);

        var response = await app.CreateClient().PostAsJsonAsync("/api/compare", new { before = new { text = Licence }, after = new { text = after }, side = "licensor" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("licensor", result.GetProperty("before").GetProperty("side").GetString());
        Assert.Equal("licensor", result.GetProperty("after").GetProperty("side").GetString());
        // The exclusive grant-back favours the licensor: a note to prepare for push-back, not a risk.
        var grantBack = result.GetProperty("after").GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "no-exclusive-grant-back");
        Assert.Equal("info", grantBack.GetProperty("severity").GetString());
    }

    [Fact]
    public async Task CompareRefusesAnUnknownSideNamingTheAllowedOnes()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/compare", new { before = new { text = Licence }, after = new { text = Licence }, side = "landlord" });

        var problem = await response.AssertProblem(HttpStatusCode.BadRequest);
        Assert.Contains("licensee", problem.Detail(), StringComparison.Ordinal);
        Assert.Equal("side", problem.GetProperty("field").GetString());
    }
}
