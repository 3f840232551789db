using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ClauseLens.Analysis.Classification;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ClauseLens.Server.Tests.Analyze;

/// <summary>
/// The inputs that were once answered 500, each exactly as it was found, through the real pipeline:
/// every one is the client's mistake and gets a 4xx problem (or, for a valid contract, its analysis).
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class ClientErrorTests(ClauseLensApp app)
{
    [Fact]
    public async Task ADurationSplitAcrossAParagraphBreakIsAnalysed()
    {
        var response = await app.CreateClient().PostAsync("/api/analyze", new StringContent("{\"text\": \"2\\nyears\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AJsonBodyInAnUnknownCharsetIsUnsupportedMediaType()
    {
        var content = new ByteArrayContent("{\"text\": \"1. Term. This Agreement lasts two years.\"}"u8.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=bogus");

        var response = await app.CreateClient().PostAsync("/api/analyze", content);

        var problem = await response.AssertProblem(HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("UTF-8", problem.Detail());
    }

    [Fact]
    public async Task ABriefInAnUnknownCharsetIsUnsupportedMediaType()
    {
        var content = new ByteArrayContent("{\"text\": \"1. Term. This Agreement lasts two years.\"}"u8.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=bogus");

        var response = await app.CreateClient().PostAsync("/api/briefs", content);

        await response.AssertProblem(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task ABatchMultipartBodyCutOffBeforeItsClosingBoundaryIsABadRequest()
    {
        var body = "--xyz\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\n1. Term. Two years.\r\n--x"u8.ToArray();
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=xyz");

        var response = await app.CreateClient().PostAsync("/api/batches", content);

        var problem = await response.AssertProblem(HttpStatusCode.BadRequest);
        Assert.Contains("closing boundary", problem.Detail());
    }

    [Theory]
    [InlineData("corrupt-deflate")]
    [InlineData("unknown-method")]
    public async Task ABatchZipWithADamagedEntryIsRefusedAsUnreadable(string damage)
    {
        var zip = DamagedZip(damage);
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(zip);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        form.Add(part, "files", "secret-portfolio.zip");

        var response = await app.CreateClient().PostAsync("/api/batches", form);

        var problem = await response.AssertProblem(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("damaged", problem.Detail());
        Assert.DoesNotContain("secret", problem.Detail());
    }

    [Fact]
    public async Task AServerFaultKeepsTheSecurityHeadersAndLogsWhereItHappenedWithTheTraceId()
    {
        using var failing = new ClauseLensApp();
        using var factory = failing.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IClauseClassifier, BrokenClassifier>()));

        var response = await factory.CreateClient().PostAsync("/api/analyze",
            new StringContent("{\"text\": \"1. Governing Law. This Agreement is governed by the laws of Japan.\"}", Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblem(HttpStatusCode.InternalServerError);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        var traceId = problem.GetProperty("traceId").GetString()!;
        var logs = factory.Services.GetRequiredService<Microsoft.Extensions.Logging.Testing.FakeLogCollector>().GetSnapshot();
        var error = Assert.Single(logs, r => r.Level == Microsoft.Extensions.Logging.LogLevel.Error);
        Assert.Contains(traceId, error.Message);
        Assert.Contains($"{typeof(BrokenClassifier).FullName}.Classify (ClientErrorTests.cs:", error.Message);
        Assert.DoesNotContain("governed by", error.Message);
    }

    // A zip of one small text file, damaged in one way.
    private static byte[] DamagedZip(string damage)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("contract.txt", CompressionLevel.Optimal).Open());
            writer.Write(string.Concat(Enumerable.Repeat("1. Term. This Agreement lasts two years. ", 50)));
        }

        var bytes = stream.ToArray();
        // Local file header: method at offset 8, name length at 26, extra length at 28, data after.
        var data = 30 + BitConverter.ToUInt16(bytes, 26) + BitConverter.ToUInt16(bytes, 28);
        var central = IndexOf(bytes, [0x50, 0x4B, 0x01, 0x02]);
        switch (damage)
        {
            case "corrupt-deflate":
                for (var i = data; i < data + 12; i++)
                {
                    bytes[i] = 0xFF;
                }

                break;
            case "unknown-method":
                bytes[8] = 99;
                bytes[central + 10] = 99; // the central directory's copy of the method
                break;
        }

        return bytes;
    }

    private static int IndexOf(byte[] bytes, byte[] pattern)
    {
        for (var i = 0; i <= bytes.Length - pattern.Length; i++)
        {
            if (bytes.AsSpan(i, pattern.Length).SequenceEqual(pattern))
            {
                return i;
            }
        }

        throw new InvalidOperationException("pattern not found");
    }

    private sealed class BrokenClassifier : IClauseClassifier
    {
        public string ModelVersion => "broken";

        public IReadOnlyList<ClauseLabelling> Classify(IReadOnlyList<ClauseInput> clauses) =>
            throw new InvalidOperationException("a fault inside the server, quoting " + clauses[0].Text);
    }
}
