using System.ComponentModel.DataAnnotations;

namespace ClauseLens.Server.Hosting;

/// <summary>Who may use the API (section <c>ClauseLens:Access</c>; the identity itself is in <c>AzureAd</c>).</summary>
public sealed class AccessOptions
{
    /// <summary>The delegated scope every <c>/api</c> call must carry when Entra ID is configured.</summary>
    [Required, MinLength(1)]
    public string Scope { get; set; } = "Contracts.Analyze";

    /// <summary>
    /// Lets the server listen beyond loopback with no sign-in. Anyone who can reach it can then submit
    /// contracts, so it is off unless set explicitly, and start-up says so loudly.
    /// </summary>
    public bool DangerouslyAllowRemoteAccessWithoutSignIn { get; set; }

    /// <summary>Origins allowed to call the API from a browser besides the server's own (the pane's origin when hosted elsewhere).</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Requests each user (or client address, without sign-in) may make per minute.</summary>
    [Range(1, 1_000_000)]
    public int PermitsPerMinute { get; set; } = 120;
}

/// <summary>What the server decided at start-up about sign-in.</summary>
/// <param name="IdentityEnabled">True when Entra ID protects the API.</param>
/// <param name="ClientId">The API's application (client) id, when identity is on.</param>
/// <param name="Authority">The authority tokens come from, when identity is on.</param>
/// <param name="Scope">The full scope the pane must request ("api://…/Contracts.Analyze").</param>
public sealed record AccessMode(bool IdentityEnabled, string? ClientId, string? Authority, string? Scope);
