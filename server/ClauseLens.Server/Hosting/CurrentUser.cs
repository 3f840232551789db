using System.Security.Claims;

namespace ClauseLens.Server.Hosting;

/// <summary>Who is asking, as the stores key what they keep.</summary>
public static class CurrentUser
{
    /// <summary>The owner id in local mode, where there is one user: whoever sits at this machine.</summary>
    public const string LocalOwner = "local";

    /// <summary>
    /// The owner of what this user stores (batches, custom playbooks): the Entra ID object id (or
    /// subject) when sign-in is on; in local mode, <see cref="LocalOwner"/>.
    /// </summary>
    public static string OwnerId(this ClaimsPrincipal user) =>
        user.FindFirstValue("oid") ?? user.FindFirstValue("http://schemas.microsoft.com/identity/claims/objectidentifier")
        ?? user.FindFirstValue("sub") ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? LocalOwner;
}
