using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace ClauseLens.Server.Tests.Hosting;

public sealed class SignInTests(SignedInApp app) : IClassFixture<SignedInApp>
{
    private const string Contract = """{ "text": "1. Governing Law. This Agreement is governed by the laws of Japan." }""";

    [Fact]
    public async Task AValidTokenWithTheScopeIsServed()
    {
        var response = await Send(HttpMethod.Post, "/api/analyze", app.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/playbooks")]
    [InlineData("/api/playbooks/japan-sme-collaboration")]
    public async Task EveryApiEndpointNeedsAToken(string path)
    {
        var response = await Send(HttpMethod.Get, path, token: null);

        await response.AssertProblem(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Get, path, app.Token())).StatusCode);
    }

    [Fact]
    public async Task AnAnalysisWithoutATokenIsRefused()
    {
        var response = await Send(HttpMethod.Post, "/api/analyze", token: null);

        await response.AssertProblem(HttpStatusCode.Unauthorized);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString());
    }

    public static TheoryData<string> BadTokens => ["wrong-audience", "wrong-issuer", "expired", "unsigned", "other-key", "garbage"];

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task AnInvalidTokenIsRefusedWith401(string kind)
    {
        var token = kind switch
        {
            "wrong-audience" => app.Token(audience: "api://someone-else"),
            "wrong-issuer" => app.Token(issuer: "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0"),
            "expired" => app.Token(expires: DateTime.UtcNow.AddMinutes(-30)),
            "unsigned" => SignedInApp.Unsigned(),
            "other-key" => app.Token(key: new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-key" }),
            _ => "not.a.jwt",
        };

        var response = await Send(HttpMethod.Post, "/api/analyze", token);

        await response.AssertProblem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ATokenWithoutTheScopeIsForbidden()
    {
        var response = await Send(HttpMethod.Post, "/api/analyze", app.Token(scope: "User.Read"));

        await response.AssertProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ThePaneLearnsHowToSignInWithoutSigningIn()
    {
        var config = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/config");

        var identity = config.GetProperty("identity");
        Assert.True(identity.GetProperty("enabled").GetBoolean());
        Assert.Equal(SignedInApp.ClientId, identity.GetProperty("clientId").GetString());
        Assert.Equal($"https://login.microsoftonline.com/{SignedInApp.TenantId}", identity.GetProperty("authority").GetString());
        Assert.Equal([$"{SignedInApp.Audience}/Contracts.Analyze"], identity.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task WithSignInTheWebUiMayAlsoTalkToTheAuthority()
    {
        var response = await app.CreateClient().GetAsync("/addin/taskpane.html");

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Equal(["'self'", "https://login.microsoftonline.com"], Directive(csp, "connect-src"));
        Assert.Equal(["https://login.microsoftonline.com"], Directive(csp, "frame-src"));
        Assert.Equal(["'self'", "https://appsforoffice.microsoft.com", $"'{ClauseLens.Analysis.Reports.BatchHtml.ScriptHash}'"], Directive(csp, "script-src"));
    }

    [Fact]
    public async Task TheSignInRedirectPageIsServedWithoutAnOpenerPolicy()
    {
        // MSAL's popup hands its answer back to the pane over a channel a Cross-Origin-Opener-Policy would cut.
        var response = await app.CreateClient().GetAsync("/addin/auth-redirect.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Cross-Origin-Opener-Policy"));
        Assert.Contains("auth-redirect.js", await response.Content.ReadAsStringAsync());
    }

    internal static string[] Directive(string csp, string name) =>
        csp.Split(';', StringSplitOptions.TrimEntries).Single(d => d.StartsWith(name + " ", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..];

    private Task<HttpResponseMessage> Send(HttpMethod method, string path, string? token)
    {
        var request = new HttpRequestMessage(method, path);
        if (method == HttpMethod.Post)
        {
            request.Content = new StringContent(Contract, System.Text.Encoding.UTF8, "application/json");
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return app.CreateClient().SendAsync(request);
    }
}

public sealed class LocalModeTests
{
    [Fact]
    public async Task WithoutSignInTheServerRefusesToListenBeyondLoopback()
    {
        using var app = new ClauseLensApp().With("urls", "http://0.0.0.0:5999");

        var error = Assert.Throws<InvalidOperationException>(() => app.CreateClient());

        Assert.Contains("DangerouslyAllowRemoteAccessWithoutSignIn", error.Message);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task TheLoudSettingAllowsListeningBeyondLoopback()
    {
        using var app = new ClauseLensApp().With("urls", "http://0.0.0.0:5999").With("ClauseLens:Access:DangerouslyAllowRemoteAccessWithoutSignIn", "true");

        var response = await app.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(app.Logs.GetSnapshot(), r => r.Level == Microsoft.Extensions.Logging.LogLevel.Critical && r.Message.Contains("DANGER"));
    }

    [Fact]
    public async Task LocalModeSaysSoInConfig()
    {
        using var app = new ClauseLensApp();

        var config = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/config");

        Assert.False(config.GetProperty("identity").GetProperty("enabled").GetBoolean());
        Assert.Contains(app.Logs.GetSnapshot(), r => r.Message.Contains("Local mode"));
    }

    [Fact]
    public async Task TooManyRequestsGet429WithRetryAfter()
    {
        using var app = new ClauseLensApp().With("ClauseLens:Access:PermitsPerMinute", "3");
        var client = app.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/playbooks")).StatusCode);
        }

        var refused = await client.GetAsync("/api/playbooks");

        var problem = await refused.AssertProblem(HttpStatusCode.TooManyRequests);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Try again", problem.Detail());
    }

    [Theory]
    [InlineData("/addin/taskpane.html")]
    [InlineData("/addin/batches.html")]
    public async Task InLocalModeTheWebUiTalksOnlyToThisServerAndLoadsOnlyOfficeJs(string page)
    {
        using var app = new ClauseLensApp();

        var response = await app.CreateClient().GetAsync(page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Equal(["'self'"], SignInTests.Directive(csp, "connect-src"));
        Assert.Equal(["'none'"], SignInTests.Directive(csp, "frame-src"));
        Assert.Equal(["'self'"], SignInTests.Directive(csp, "default-src"));
        var external = csp.Split(' ', ';').Where(s => s.StartsWith("https://", StringComparison.Ordinal) && !s.StartsWith("https://*.", StringComparison.Ordinal));
        Assert.Equal(["https://appsforoffice.microsoft.com"], external);
        Assert.All(SignInTests.Directive(csp, "frame-ancestors").Skip(1), host => Assert.Matches(@"^https://\*\.(officeapps\.live|office|office365|microsoft|sharepoint)\.com$", host));
    }

    [Fact]
    public async Task ApiResponsesCarrySecurityHeaders()
    {
        using var app = new ClauseLensApp();

        var response = await app.CreateClient().GetAsync("/api/playbooks");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }
}
