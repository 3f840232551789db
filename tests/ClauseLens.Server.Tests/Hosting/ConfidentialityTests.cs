using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using ClauseLens.TestSupport;
using static ClauseLens.Server.Tests.Hosting.ContractLeaks;

namespace ClauseLens.Server.Tests.Hosting;

/// <summary>Contracts are secret: nothing the server logs may contain a sentence of one.</summary>
public sealed class ConfidentialityTests
{
    [Fact]
    public async Task NoSentenceOfAnAnalysedContractAppearsInAnyLogRecord()
    {
        using var app = new ClauseLensApp();
        var client = app.CreateClient();
        var text = await System.IO.File.ReadAllTextAsync(SharedData.ContractFiles().First(f => f.Contains("contractnli_523")));
        var paragraphs = text.Split('\n');

        await client.PostAsJsonAsync("/api/analyze", new { text });
        await client.PostAsJsonAsync("/api/analyze", new { paragraphs });
        await client.PostAsJsonAsync("/api/analyze", new { html = "<p>" + string.Join("</p><p>", paragraphs) + "</p>" });
        await client.PostAsync("/api/analyze/file", Upload("contract.docx", TestDocuments.Docx(paragraphs)));
        await client.PostAsync("/api/analyze/file", Upload("contract.pdf", TestDocuments.Pdf(paragraphs.Take(40))));
        await client.PostAsync("/api/analyze/file", Upload("contract.txt", Encoding.UTF8.GetBytes(text)));
        // Bad input that still carries contract text must not leak it through error logging either.
        await client.PostAsync("/api/analyze", new StringContent("{\"text\": \"" + paragraphs[10], Encoding.UTF8, "application/json"));
        await client.PostAsync("/api/analyze/file", Upload("contract.docx", Encoding.UTF8.GetBytes(text)));
        await client.PostAsync("/api/analyze/file", Upload("contract.pdf", Encoding.UTF8.GetBytes("%PDF-1.4\n" + text)));

        Assert.NotEmpty(app.Logs.GetSnapshot());
        AssertNoneIn(text, app.LoggedText());
    }
}
