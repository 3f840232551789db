using System.Net;
using Microsoft.Extensions.Options;

namespace ClauseLens.Server.Hosting;

/// <summary>
/// Keeps other web pages from acting for the user. A page the user visits can make the browser send
/// a form post or a <c>text/plain</c> body to this server without asking first (no CORS preflight),
/// and in local mode there is no sign-in to stop it. So a state-changing request (POST, PUT, PATCH,
/// DELETE) that a browser marks as coming from another origin is refused, unless that origin is
/// the server's own or a configured pane origin (<c>ClauseLens:Access:AllowedOrigins</c>). Requests
/// that carry neither <c>Origin</c> nor <c>Sec-Fetch-Site</c> come from programs, not pages (curl, the
/// CLI), and pass. In local mode the <c>Host</c> must also be a loopback name, so a page on a domain
/// rebound to 127.0.0.1 cannot read the answers either.
/// </summary>
internal static class CrossSiteGuard
{
    private static readonly HashSet<string> LoopbackHosts = new(StringComparer.OrdinalIgnoreCase) { "localhost", "127.0.0.1", "[::1]" };

    /// <summary>Refuses a request whose Host is not a loopback name (local mode only).</summary>
    public static async Task LoopbackHostOnly(HttpContext context, RequestDelegate next)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<AccessOptions>>().Value;
        if (!options.DangerouslyAllowRemoteAccessWithoutSignIn && !IsLoopbackHost(context.Request.Host))
        {
            await TypedResults.Problem(statusCode: StatusCodes.Status421MisdirectedRequest, title: "Unknown host",
                detail: "This ClauseLens server has no sign-in configured and answers only to localhost, 127.0.0.1 or [::1].").ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    /// <summary>Refuses a state-changing request sent by a page of another origin.</summary>
    public static async Task SameOriginWrites(HttpContext context, RequestDelegate next)
    {
        if (IsStateChanging(context.Request.Method) && !FromAllowedOrigin(context))
        {
            await TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Cross-site request refused",
                detail: "Requests that change anything are accepted only from ClauseLens's own pages or a configured pane origin (ClauseLens:Access:AllowedOrigins).")
                .ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    internal static bool IsLoopbackHost(HostString host)
    {
        if (!host.HasValue)
        {
            return false;
        }

        var name = host.Host;
        // HostString.Host keeps the brackets of an IPv6 literal.
        return LoopbackHosts.Contains(name) || (IPAddress.TryParse(name.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }

    private static bool IsStateChanging(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);

    private static bool FromAllowedOrigin(HttpContext context)
    {
        var request = context.Request;
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            // No Origin: a program, or an old browser that still says where the request comes from.
            var site = request.Headers["Sec-Fetch-Site"].ToString();
            return site.Length == 0 || site is "same-origin" or "none";
        }

        if (string.Equals(origin, $"{request.Scheme}://{request.Host.Value}", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var allowed = context.RequestServices.GetRequiredService<IOptions<AccessOptions>>().Value.AllowedOrigins;
        return allowed.Any(a => string.Equals(a.TrimEnd('/'), origin, StringComparison.OrdinalIgnoreCase));
    }
}
