using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using ClauseLens.Server.Tests.Playbooks;

namespace ClauseLens.Server.Tests.Hosting;

/// <summary>
/// No other web page can act for the local user: the requests a browser sends without a preflight
/// (a text/plain body, a form post) are refused when they come from another origin, and a foreign
/// Host (DNS rebinding) is refused in local mode. The pane and batch page, on the server's own
/// origin, still work.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class CrossSiteTests(ClauseLensApp app)
{
    private const string Evil = "https://evil.example";

    [Fact]
    public async Task ACrossSitePlaybookUploadIsRefusedAndNothingIsStored()
    {
        var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/playbooks") { Content = CustomPlaybooks.AsYamlBody(CustomPlaybooks.Yaml("planted")) };
        request.Headers.Add("Origin", Evil);

        var response = await client.SendAsync(request);

        await response.AssertProblem(HttpStatusCode.Forbidden);
        await (await client.GetAsync("/api/playbooks/planted")).AssertProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task APlaybookSentAsTextPlainIsRefusedEvenFromTheSameOrigin()
    {
        var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/playbooks") { Content = CustomPlaybooks.AsYamlBody(CustomPlaybooks.Yaml("plain"), "text/plain") };
        request.Headers.Add("Origin", "http://localhost");

        var response = await client.SendAsync(request);

        await response.AssertProblem(HttpStatusCode.UnsupportedMediaType);
        await (await client.GetAsync("/api/playbooks/plain")).AssertProblem(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/batches", "Origin", Evil)]
    [InlineData("/api/batches", "Sec-Fetch-Site", "cross-site")]
    [InlineData("/api/analyze/file", "Origin", Evil)]
    [InlineData("/api/analyze/file", "Sec-Fetch-Site", "cross-site")]
    [InlineData("/api/analyze/file", "Sec-Fetch-Site", "same-site")]
    [InlineData("/api/analyze/file", "Origin", "null")]
    [InlineData("/api/analyze/file", "Origin", "http://localhost:3000")]
    [InlineData("/api/briefs", "Origin", Evil)]
    public async Task ACrossSiteFormPostIsRefused(string path, string header, string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Form() };
        request.Headers.Add(header, value);

        var response = await app.CreateClient().SendAsync(request);

        var problem = await response.AssertProblem(HttpStatusCode.Forbidden);
        Assert.Contains("AllowedOrigins", problem.Detail());
    }

    [Fact]
    public async Task ACrossSiteDeleteIsRefused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, "/api/playbooks/anything");
        request.Headers.Add("Origin", Evil);

        await (await app.CreateClient().SendAsync(request)).AssertProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ThePaneAndTheBatchPageOnTheServersOwnOriginStillWork()
    {
        var client = app.CreateClient();
        using var analyze = new HttpRequestMessage(HttpMethod.Post, "/api/analyze")
        {
            Content = JsonContent.Create(new { text = "1. Governing Law. This Agreement is governed by the laws of Japan." }),
        };
        analyze.Headers.Add("Origin", "http://localhost");
        analyze.Headers.Add("Sec-Fetch-Site", "same-origin");
        using var batch = new HttpRequestMessage(HttpMethod.Post, "/api/batches") { Content = Form("files") };
        batch.Headers.Add("Origin", "http://localhost");
        batch.Headers.Add("Sec-Fetch-Site", "same-origin");

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(analyze)).StatusCode);
        var accepted = await client.SendAsync(batch);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        await client.DeleteAsync(accepted.Headers.Location);
    }

    [Fact]
    public async Task AConfiguredPaneOriginMayPost()
    {
        using var pane = new ClauseLensApp().With("ClauseLens:Access:AllowedOrigins:0", "https://pane.example");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/analyze")
        {
            Content = JsonContent.Create(new { text = "1. Governing Law. This Agreement is governed by the laws of Japan." }),
        };
        request.Headers.Add("Origin", "https://pane.example");
        request.Headers.Add("Sec-Fetch-Site", "cross-site");

        Assert.Equal(HttpStatusCode.OK, (await pane.CreateClient().SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task AProgramWithoutOriginOrFetchMetadataMayPost()
    {
        var response = await app.CreateClient().PostAsync("/api/analyze/file", Form());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:5000")]
    [InlineData("localhost.evil.example")]
    [InlineData("127.0.0.1.nip.io")]
    public async Task AForeignHostIsRefusedInLocalMode(string host) =>
        await (await PlaybooksAsked(host)).AssertProblem(HttpStatusCode.MisdirectedRequest);

    [Theory]
    [InlineData("localhost")]
    [InlineData("localhost:5000")]
    [InlineData("127.0.0.1:5000")]
    [InlineData("[::1]:5000")]
    public async Task LoopbackHostsAreAnswered(string host) =>
        Assert.Equal(HttpStatusCode.OK, (await PlaybooksAsked(host)).StatusCode);

    /// <summary>GET /api/playbooks as a browser sends it to a server it reached by the name <paramref name="host"/>.</summary>
    private async Task<HttpResponseMessage> PlaybooksAsked(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/playbooks");
        request.Headers.Host = host;
        return await app.CreateClient().SendAsync(request);
    }

    [Fact]
    public async Task WithSignInACrossSitePostIsRefusedBeforeItsTokenIsLookedAt()
    {
        using var signedIn = new SignedInApp();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/analyze/file") { Content = Form() };
        request.Headers.Add("Origin", Evil);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", signedIn.Token());

        await (await signedIn.CreateClient().SendAsync(request)).AssertProblem(HttpStatusCode.Forbidden);
    }

    private static MultipartFormDataContent Form(string field = "file")
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("1. Governing Law. This Agreement is governed by the laws of Japan."));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        return new MultipartFormDataContent { { file, field, "contract.txt" } };
    }
}
