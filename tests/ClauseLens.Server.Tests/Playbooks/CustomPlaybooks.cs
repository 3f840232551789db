using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ClauseLens.Server.Tests.Playbooks;

/// <summary>Custom playbooks written for the tests, and the calls that upload them.</summary>
internal static class CustomPlaybooks
{
    /// <summary>
    /// A small playbook of its own: audit rights and governing law are required (with titles no
    /// built-in rule uses, so findings show which playbook produced them).
    /// </summary>
    public static string Yaml(string id = "team-audit", string version = "1", string name = "Team audit checks") => $"""
        # A team's own checks.
        id: {id}
        version: "{version}"
        name: {name}
        description: Audit rights and governing law, nothing else.
        rules:
          - id: team-audit-required
            kind: required
            label: audit_rights
            severity: high
            title: Team check - no audit clause
            explanation: We must be able to check the royalty reports.
            ask: Add a right to audit the books once a year.
            source: Team guideline 7
          - id: team-law-required
            kind: required
            label: governing_law
            severity: medium
            title: Team check - no governing law
            explanation: Disputes need a known law.
            ask: Name the governing law.
            source: Team guideline 2
        """;

    /// <summary>A contract with a governing-law clause and no audit clause.</summary>
    public const string Contract =
        "LICENCE AGREEMENT\n" +
        "1. Licence. The Licensor grants the Licensee a non-exclusive licence to use the Software in Japan.\n" +
        "2. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of Japan.";

    public static StringContent AsYamlBody(string yaml, string mediaType = "application/yaml") => new(yaml, Encoding.UTF8, mediaType);

    public static async Task<HttpResponseMessage> Upload(this HttpClient client, string yaml, string mediaType = "application/yaml") =>
        await client.PostAsync("/api/playbooks", AsYamlBody(yaml, mediaType));

    public static async Task<JsonElement> UploadCreated(this HttpClient client, string yaml)
    {
        var response = await client.Upload(yaml);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<List<string>> PlaybookIds(this HttpClient client)
    {
        var list = await client.GetFromJsonAsync<JsonElement>("/api/playbooks");
        return [.. list.EnumerateArray().Select(p => p.GetProperty("id").GetString()!)];
    }

    public static async Task<JsonElement> Analyze(this HttpClient client, string playbook)
    {
        var response = await client.PostAsJsonAsync("/api/analyze", new { text = Contract, playbook });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static IEnumerable<string> RuleIds(this JsonElement analysis) =>
        analysis.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()!);
}
