namespace ClauseLens.Server.Hosting;

/// <summary>
/// Where the server listens: the usual ASP.NET Core settings (<c>--urls</c>, <c>ASPNETCORE_URLS</c>,
/// <c>ASPNETCORE_HTTP_PORTS</c>/<c>HTTPS_PORTS</c>, <c>Kestrel:Endpoints</c>), and this machine's port 5000
/// only when none of them is set. Nothing is pinned in appsettings.json, which would override the
/// environment variables that containers and service managers set.
/// </summary>
public static class ListenAddresses
{
    /// <summary>The address when nothing is configured: loopback only, as local mode requires.</summary>
    public const string Default = "http://localhost:5000";

    /// <summary>Sets <see cref="Default"/> when no listen address is configured.</summary>
    public static IHostApplicationBuilder UseDefaultListenAddress(this IHostApplicationBuilder builder)
    {
        if (!IsConfigured(builder.Configuration))
        {
            builder.Configuration["urls"] = Default;
        }

        return builder;
    }

    /// <summary>True when any of the settings Kestrel reads for its addresses is set.</summary>
    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["urls"])
        || !string.IsNullOrWhiteSpace(configuration["http_ports"])
        || !string.IsNullOrWhiteSpace(configuration["https_ports"])
        || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();

    /// <summary>
    /// The addresses the configuration asks for, as URLs: <c>urls</c> wins over the port settings (as in
    /// Kestrel), and a port setting means every interface (<c>http://*:port</c>).
    /// </summary>
    public static IEnumerable<string> Configured(IConfiguration configuration)
    {
        var urls = Split(configuration["urls"]);
        var addresses = urls.Count > 0
            ? urls
            : [.. Split(configuration["http_ports"]).Select(p => $"http://*:{p}"), .. Split(configuration["https_ports"]).Select(p => $"https://*:{p}")];
        return addresses.Concat(configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"] ?? "").Where(u => u.Length > 0));
    }

    private static List<string> Split(string? value) =>
        [.. (value ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
