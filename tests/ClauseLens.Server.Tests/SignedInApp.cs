using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ClauseLens.Server.Tests;

/// <summary>
/// The server with Entra ID configured. Microsoft.Identity.Web builds the JWT bearer options as in
/// production; the test only swaps the signing key and issuer metadata for ones it made, because
/// the real ones would be fetched from the internet.
/// </summary>
public sealed class SignedInApp : ClauseLensApp
{
    public const string TenantId = "8d6c7f3e-5a1b-4c2d-9e0f-1a2b3c4d5e6f";
    public const string ClientId = "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0";
    public static readonly string Issuer = $"https://login.microsoftonline.com/{TenantId}/v2.0";
    public static readonly string Audience = $"api://{ClientId}";

    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "test-key" };

    public SignedInApp()
    {
        With("AzureAd:Instance", "https://login.microsoftonline.com/");
        With("AzureAd:TenantId", TenantId);
        With("AzureAd:ClientId", ClientId);
        With("AzureAd:Audience", Audience);
    }

    /// <summary>A token as Entra ID would issue it for a user of the pane.</summary>
    public string Token(string scope = "Contracts.Analyze", string? audience = null, string? issuer = null,
        DateTime? expires = null, string user = "user-1", SecurityKey? key = null)
    {
        var now = DateTime.UtcNow;
        var notBefore = expires is { } e && e < now ? e.AddHours(-1) : now.AddMinutes(-1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience ?? Audience,
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = expires ?? now.AddHours(1),
            Subject = new ClaimsIdentity([new Claim("scp", scope), new Claim("oid", user), new Claim("sub", user), new Claim("tid", TenantId), new Claim("name", user)]),
            SigningCredentials = new SigningCredentials(key ?? _key, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>A token with no signature at all ("alg": "none").</summary>
    public static string Unsigned(string scope = "Contracts.Analyze") =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Expires = DateTime.UtcNow.AddHours(1),
            Subject = new ClaimsIdentity([new Claim("scp", scope), new Claim("oid", "user-1")]),
        });

    protected override IHost CreateHost(IHostBuilder builder)
    {
        builder.ConfigureServices(services => services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
        {
            var metadata = new OpenIdConnectConfiguration { Issuer = Issuer };
            metadata.SigningKeys.Add(_key);
            o.Configuration = metadata;
            o.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(metadata);
            o.TokenValidationParameters.ValidIssuer = Issuer;
            o.TokenValidationParameters.IssuerValidator = null;
            o.TokenValidationParameters.IssuerSigningKeys = [_key];
        }));
        return base.CreateHost(builder);
    }
}
