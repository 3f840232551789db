using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using ClauseLens.Analysis.Reports;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;

namespace ClauseLens.Server.Hosting;

/// <summary>
/// Sign-in, local mode, rate limiting, CORS and security headers: everything that decides whether a
/// request may reach the API at all.
/// </summary>
public static class AccessExtensions
{
    /// <summary>The authorization policy on every <c>/api</c> endpoint.</summary>
    public const string ApiPolicy = "clauselens-api";

    private const string RateLimitPolicy = "clauselens-api";
    private const string CorsPolicy = "clauselens-pane";

    /// <summary>
    /// With an <c>AzureAd</c> section (a client id), Microsoft.Identity.Web validates bearer tokens and
    /// every API call needs the configured scope. Without one, the server is for this machine only.
    /// </summary>
    public static IHostApplicationBuilder AddClauseLensAccess(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AccessOptions>().BindConfiguration("ClauseLens:Access")
            .ValidateDataAnnotations().ValidateOnStart();
        var access = builder.Configuration.GetSection("ClauseLens:Access").Get<AccessOptions>() ?? new AccessOptions();
        var azureAd = builder.Configuration.GetSection("AzureAd");
        var clientId = azureAd["ClientId"];

        if (!string.IsNullOrWhiteSpace(clientId))
        {
            builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddMicrosoftIdentityWebApi(azureAd);
            builder.Services.AddAuthorization(o => o.AddPolicy(ApiPolicy, p => p.RequireAuthenticatedUser().RequireScope(access.Scope)));
            var audience = azureAd["Audience"] is { Length: > 0 } a ? a : $"api://{clientId}";
            var authority = $"{(azureAd["Instance"] ?? "https://login.microsoftonline.com/").TrimEnd('/')}/{azureAd["TenantId"] ?? "organizations"}";
            builder.Services.AddSingleton(new AccessMode(true, clientId, authority, $"{audience}/{access.Scope}"));
        }
        else
        {
            RefuseNonLoopbackUrls(builder.Configuration, access);
            builder.Services.AddAuthorization(o => o.AddPolicy(ApiPolicy, p => p.RequireAssertion(_ => true)));
            builder.Services.AddSingleton(new AccessMode(false, null, null, null));
        }

        builder.Services.AddRateLimiter(o =>
        {
            o.AddPolicy(RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                PartitionKey(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = access.PermitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = RejectTooManyRequests;
        });

        builder.Services.AddCors(o => o.AddPolicy(CorsPolicy, p => p
            .WithOrigins(access.AllowedOrigins).WithMethods("GET", "POST", "DELETE")
            .WithHeaders("Authorization", "Content-Type").WithExposedHeaders("Location", "Retry-After")));
        return builder;
    }

    /// <summary>The access pipeline: headers, CORS, sign-in, the local-mode guard, rate limiting.</summary>
    public static WebApplication UseClauseLensAccess(this WebApplication app)
    {
        var mode = app.Services.GetRequiredService<AccessMode>();
        app.Logger.LogWarning(mode.IdentityEnabled
            ? "Sign-in is on: every /api call needs a Microsoft Entra ID token with scope {Scope}"
            : "Local mode: no sign-in is configured, so ClauseLens answers only on this machine (loopback). {Scope}",
            mode.IdentityEnabled ? mode.Scope : "Configure AzureAd to serve other machines.");
        if (!mode.IdentityEnabled && app.Services.GetRequiredService<IOptions<AccessOptions>>().Value.DangerouslyAllowRemoteAccessWithoutSignIn)
        {
            app.Logger.LogCritical("DANGER: ClauseLens:Access:DangerouslyAllowRemoteAccessWithoutSignIn is set. Anyone who can reach this server can submit contracts without signing in.");
        }

        app.Use(SecurityHeaders(mode));
        if (!mode.IdentityEnabled)
        {
            app.Use(CrossSiteGuard.LoopbackHostOnly);
        }

        app.Use(CrossSiteGuard.SameOriginWrites);
        app.UseCors();
        if (mode.IdentityEnabled)
        {
            app.UseAuthentication();
        }
        else
        {
            app.Use(LoopbackOnly);
        }

        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }

    /// <summary>The <c>/api</c> group: every endpoint under it needs access and is rate limited.</summary>
    public static RouteGroupBuilder MapClauseLensApi(this WebApplication app) =>
        app.MapGroup("/api").RequireAuthorization(ApiPolicy).RequireRateLimiting(RateLimitPolicy).RequireCors(CorsPolicy);

    /// <summary><c>GET /api/config</c>, unauthenticated: tells the task pane whether and how to sign in.</summary>
    public static WebApplication MapClientConfig(this WebApplication app)
    {
        app.MapGet("/api/config", (AccessMode mode) => TypedResults.Ok(new
        {
            identity = new { enabled = mode.IdentityEnabled, clientId = mode.ClientId, authority = mode.Authority, scopes = mode.Scope is null ? Array.Empty<string>() : [mode.Scope] },
        }))
        .WithTags("Configuration").WithName("GetClientConfig").WithSummary("How the task pane signs in (no sign-in needed to read it).")
        .RequireCors(CorsPolicy);
        return app;
    }

    /// <summary>
    /// The policy for the web UI under <c>/addin</c> (task pane, batch page, sign-in redirect page): framed only
    /// by Office hosts, Office.js from Microsoft's CDN, calls to this server and, only when sign-in is on, to the
    /// Entra ID authority (MSAL's token and metadata requests, and its hidden renewal frame). The batch report's
    /// inline script is allowed by its hash because the batch page opens the report, fetched with the user's
    /// token, as a blob, and a blob page keeps the policy of the page that made it.
    /// </summary>
    internal static string AddinContentSecurityPolicy(AccessMode mode)
    {
        var identity = mode.IdentityEnabled && Uri.TryCreate(mode.Authority, UriKind.Absolute, out var authority)
            ? " " + authority.GetLeftPart(UriPartial.Authority)
            : "";
        return "default-src 'self'; " +
            $"script-src 'self' https://appsforoffice.microsoft.com '{BatchHtml.ScriptHash}'; style-src 'self' 'unsafe-inline'; " +
            $"img-src 'self' data:; font-src 'self' data:; connect-src 'self'{identity}; " +
            (identity.Length > 0 ? $"frame-src{identity}; " : "frame-src 'none'; ") +
            "object-src 'none'; base-uri 'self'; form-action 'self'; " +
            "frame-ancestors 'self' https://*.officeapps.live.com https://*.office.com https://*.office365.com https://*.microsoft.com https://*.sharepoint.com";
    }

    private static Func<HttpContext, RequestDelegate, Task> SecurityHeaders(AccessMode mode)
    {
        var addinPolicy = AddinContentSecurityPolicy(mode);
        return (context, next) =>
        {
            Apply(context, addinPolicy, overwrite: true);
            // The exception handler clears the response's headers before it writes a 500: put back
            // whatever is missing when the response starts, without undoing an endpoint's own policy.
            context.Response.OnStarting(() =>
            {
                Apply(context, addinPolicy, overwrite: false);
                return Task.CompletedTask;
            });
            return next(context);
        };
    }

    private static void Apply(HttpContext context, string addinPolicy, bool overwrite)
    {
        var headers = context.Response.Headers;
        Set(headers, "X-Content-Type-Options", "nosniff", overwrite);
        Set(headers, "Referrer-Policy", "no-referrer", overwrite);
        if (context.Request.Path.StartsWithSegments("/addin"))
        {
            Set(headers, "Content-Security-Policy", addinPolicy, overwrite);
        }
        else if (context.Request.Path.StartsWithSegments("/api"))
        {
            Set(headers, "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'", overwrite);
        }
    }

    private static void Set(IHeaderDictionary headers, string name, string value, bool overwrite)
    {
        if (overwrite || !headers.ContainsKey(name))
        {
            headers[name] = value;
        }
    }

    // Defence in depth for local mode: even if a proxy or a mistaken binding lets a remote request
    // in, it is refused. (The in-memory test server has no remote address.)
    private static async Task LoopbackOnly(HttpContext context, RequestDelegate next)
    {
        var remote = context.Connection.RemoteIpAddress;
        var allowed = context.RequestServices.GetRequiredService<IOptions<AccessOptions>>().Value.DangerouslyAllowRemoteAccessWithoutSignIn;
        if (remote is not null && !IPAddress.IsLoopback(remote) && !allowed)
        {
            await TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Local mode",
                detail: "This ClauseLens server has no sign-in configured and answers only requests from its own machine.").ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    private static void RefuseNonLoopbackUrls(IConfiguration configuration, AccessOptions access)
    {
        if (access.DangerouslyAllowRemoteAccessWithoutSignIn)
        {
            return;
        }

        foreach (var url in ListenAddresses.Configured(configuration))
        {
            var host = url.Split("://", 2)[^1].Split('/')[0];
            host = host.StartsWith('[') ? host[..(host.IndexOf(']') + 1)] : host.Split(':')[0];
            var loopback = host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
                || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
            if (!loopback)
            {
                throw new InvalidOperationException(
                    $"ClauseLens would listen on '{url}' with no sign-in configured. Configure Microsoft Entra ID (the AzureAd section) " +
                    "or listen on localhost only. To accept the risk anyway, set ClauseLens:Access:DangerouslyAllowRemoteAccessWithoutSignIn=true.");
            }
        }
    }

    private static string PartitionKey(HttpContext context) =>
        context.User.FindFirstValue("oid") ?? context.User.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? context.User.FindFirstValue("sub") ?? context.Connection.RemoteIpAddress?.ToString() ?? "local";

    private static async ValueTask RejectTooManyRequests(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 60;
        context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
            detail: $"This client has made too many requests. Try again in {retryAfter} seconds.").ExecuteAsync(context.HttpContext);
    }
}
