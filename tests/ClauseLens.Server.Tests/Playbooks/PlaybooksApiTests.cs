using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Server.Tests.Playbooks;

public sealed class PlaybooksApiTests(ClauseLensApp app) : IClassFixture<ClauseLensApp>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task AnUploadedPlaybookIsListedFetchedAndDeleted()
    {
        var response = await _client.Upload(CustomPlaybooks.Yaml("crud-one"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/playbooks/crud-one", response.Headers.Location?.OriginalString);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("crud-one", created.GetProperty("id").GetString());
        Assert.False(created.GetProperty("builtIn").GetBoolean());
        // Neither rule gives Japanese texts: the upload succeeds and says which are missing.
        var warnings = created.GetProperty("warnings").EnumerateArray().ToList();
        Assert.Equal(["rules[0].ja", "rules[1].ja"], warnings.Select(w => w.GetProperty("field").GetString()));
        Assert.Equal("no Japanese title, explanation, ask", warnings[0].GetProperty("message").GetString());
        Assert.Equal(7, warnings[0].GetProperty("line").GetInt32());

        var list = (await _client.GetFromJsonAsync<JsonElement>("/api/playbooks")).EnumerateArray().ToList();
        Assert.Equal(BuiltInPlaybooks.All.Keys.Order(StringComparer.Ordinal), list.TakeWhile(p => p.GetProperty("builtIn").GetBoolean()).Select(p => p.GetProperty("id").GetString()));
        var mine = Assert.Single(list, p => p.GetProperty("id").GetString() == "crud-one");
        Assert.Equal("Team audit checks", mine.GetProperty("name").GetString());
        Assert.False(mine.GetProperty("builtIn").GetBoolean());

        var fetched = await _client.GetFromJsonAsync<JsonElement>("/api/playbooks/crud-one");
        Assert.Equal(["team-audit-required", "team-law-required"], fetched.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()));

        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync("/api/playbooks/crud-one")).StatusCode);
        await (await _client.GetAsync("/api/playbooks/crud-one")).AssertProblem(HttpStatusCode.NotFound);
        Assert.DoesNotContain("crud-one", await _client.PlaybookIds());
        await (await _client.DeleteAsync("/api/playbooks/crud-one")).AssertProblem(HttpStatusCode.NotFound);
    }

    public static TheoryData<string> BodyFormats => ["application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml", "json", "multipart"];

    [Theory]
    [MemberData(nameof(BodyFormats))]
    public async Task APlaybookCanBeSentAsYamlJsonOrAFile(string format)
    {
        var id = "format-" + format.Replace('/', '-').Replace('.', '-');
        var yaml = CustomPlaybooks.Yaml(id);
        HttpContent content = format switch
        {
            "json" => JsonContent.Create(new { yaml }),
            "multipart" => new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(yaml)), "file", "my-playbook.yaml" } },
            _ => CustomPlaybooks.AsYamlBody(yaml, format),
        };

        var response = await _client.PostAsync("/api/playbooks", content);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains(id, await _client.PlaybookIds());
    }

    [Fact]
    public async Task AnInvalidPlaybookIsRefusedWholeWithTheLineAndFieldOfEachErrorAndNothingChanges()
    {
        await _client.UploadCreated(CustomPlaybooks.Yaml("keep-me", version: "1"));
        var broken = CustomPlaybooks.Yaml("keep-me", version: "2") + "\n" + PlaybookYaml.NonCompeteLimitRule("team-nc") + """

                limit:
                  fact: duration
                  maxMonths: twelve
              - id: team-bad-label
                kind: required
                label: warranties
                severity: low
                title: t
                explanation: e
                ask: a
                source: s
            """;

        var response = await _client.Upload(broken);

        var problem = await response.AssertProblem(HttpStatusCode.UnprocessableEntity);
        var errors = problem.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("field").GetString(), e.GetProperty("message").GetString())).ToList();
        var lines = broken.Split('\n');
        Assert.Contains((Array.FindIndex(lines, l => l.Contains("maxMonths: twelve")) + 1, "rules[2].limit.maxMonths", "expected a number"), errors);
        Assert.Contains(errors, e => e.Item2 == "rules[3].label" && e.Item1 == Array.FindIndex(lines, l => l.Contains("label: warranties")) + 1);
        Assert.Equal(2, problem.GetProperty("errorCount").GetInt32());
        Assert.Contains("rules[2].limit.maxMonths: expected a number", problem.Detail());
        Assert.Contains("nothing was stored", problem.Detail());

        var kept = await _client.GetFromJsonAsync<JsonElement>("/api/playbooks/keep-me");
        Assert.Equal("1", kept.GetProperty("version").GetString());
        Assert.Equal(2, kept.GetProperty("rules").GetArrayLength());

        var fresh = broken.Replace("id: keep-me", "id: never-stored");
        await (await _client.Upload(fresh)).AssertProblem(HttpStatusCode.UnprocessableEntity);
        await (await _client.GetAsync("/api/playbooks/never-stored")).AssertProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task UploadingTheSameIdAgainReplacesTheCallersPlaybook()
    {
        await _client.UploadCreated(CustomPlaybooks.Yaml("revised", version: "1"));

        var response = await _client.Upload(CustomPlaybooks.Yaml("revised", version: "2", name: "Revised checks"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fetched = await _client.GetFromJsonAsync<JsonElement>("/api/playbooks/revised");
        Assert.Equal(("2", "Revised checks"), (fetched.GetProperty("version").GetString(), fetched.GetProperty("name").GetString()));
        Assert.Single(await _client.PlaybookIds(), id => id == "revised");
    }

    [Theory]
    [InlineData("japan-sme-collaboration")]
    [InlineData("commercial-nda")]
    public async Task BuiltInPlaybooksCanBeNeitherReplacedNorDeleted(string id)
    {
        var replace = await _client.Upload(CustomPlaybooks.Yaml(id));
        var delete = await _client.DeleteAsync($"/api/playbooks/{id}");

        Assert.Contains("cannot be replaced", (await replace.AssertProblem(HttpStatusCode.Conflict)).Detail());
        Assert.Contains("cannot be deleted", (await delete.AssertProblem(HttpStatusCode.Conflict)).Detail());
        var builtIn = await _client.GetFromJsonAsync<JsonElement>($"/api/playbooks/{id}");
        Assert.Equal(BuiltInPlaybooks.All[id].Rules.Count, builtIn.GetProperty("rules").GetArrayLength());
        Assert.Single(await _client.PlaybookIds(), listed => listed == id);
    }

    [Fact]
    public async Task AnalysesFindingsAndBriefsUseTheCustomPlaybooksOwnRules()
    {
        await _client.UploadCreated(CustomPlaybooks.Yaml("drives-analysis"));

        var analysis = await _client.Analyze("drives-analysis");

        Assert.Equal("drives-analysis", analysis.GetProperty("playbook").GetProperty("id").GetString());
        Assert.Subset(new HashSet<string> { "team-audit-required", "team-law-required" }, analysis.RuleIds().ToHashSet());
        var missing = Assert.Single(analysis.GetProperty("findings").EnumerateArray(), f => f.GetProperty("kind").GetString() == "missing");
        Assert.Equal(("team-audit-required", "Team check - no audit clause"), (missing.GetProperty("ruleId").GetString(), missing.GetProperty("title").GetString()));

        var upload = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(CustomPlaybooks.Contract)), "file", "licence.txt" },
            { new StringContent("drives-analysis"), "playbook" },
        };
        var fromFile = await (await _client.PostAsync("/api/analyze/file", upload)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(analysis.RuleIds(), fromFile.RuleIds());

        var brief = await _client.PostAsJsonAsync("/api/briefs?format=markdown", new { text = CustomPlaybooks.Contract, playbook = "drives-analysis" });
        Assert.Equal(HttpStatusCode.OK, brief.StatusCode);
        Assert.Contains("audit", await brief.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AWrongMediaTypeIsAProblemThatNamesTheAcceptedTypes()
    {
        var content = new StringContent("<playbook/>", Encoding.UTF8, "application/xml");

        var problem = await (await _client.PostAsync("/api/playbooks", content)).AssertProblem(HttpStatusCode.UnsupportedMediaType);

        Assert.Contains("application/yaml", problem.Detail());
        Assert.Contains("multipart/form-data", problem.Detail());
    }

    [Fact]
    public async Task AnOversizePlaybookIsRefusedWith413()
    {
        var yaml = CustomPlaybooks.Yaml("too-big") + "\n# " + new string('x', 600 * 1024);

        var problem = await (await _client.Upload(yaml)).AssertProblem(HttpStatusCode.RequestEntityTooLarge);

        Assert.Contains("ClauseLens:Playbooks:MaxBytes", problem.Detail());
        await (await _client.GetAsync("/api/playbooks/too-big")).AssertProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task APlaybookThatIsNotUtf8IsNamedAsSuch()
    {
        var content = new ByteArrayContent([.. Encoding.UTF8.GetBytes("id: bad-bytes\nname: "), 0xC3, 0x28, 0xFF]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/yaml");

        var problem = await (await _client.PostAsync("/api/playbooks", content)).AssertProblem(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("not UTF-8", problem.Detail());
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesEveryUploadFormat()
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var post = document.GetProperty("paths").GetProperty("/api/playbooks").GetProperty("post");
        var types = post.GetProperty("requestBody").GetProperty("content").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("application/yaml", types);
        Assert.Contains("application/json", types);
        Assert.Contains("multipart/form-data", types);
        Assert.True(document.GetProperty("paths").GetProperty("/api/playbooks/{id}").TryGetProperty("delete", out _));
    }
}

public sealed class PlaybookLimitTests
{
    [Fact]
    public async Task AUserWithTheMostPlaybooksAllowedCanReplaceButNotAdd()
    {
        using var app = new ClauseLensApp().With("ClauseLens:Playbooks:MaxPerUser", "2");
        var client = app.CreateClient();
        await client.UploadCreated(CustomPlaybooks.Yaml("first"));
        await client.UploadCreated(CustomPlaybooks.Yaml("second"));

        var third = await client.Upload(CustomPlaybooks.Yaml("third"));
        var replaced = await client.Upload(CustomPlaybooks.Yaml("second", version: "2"));

        Assert.Contains("Delete one first", (await third.AssertProblem(HttpStatusCode.Conflict)).Detail());
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.DoesNotContain("third", await client.PlaybookIds());
    }
}
