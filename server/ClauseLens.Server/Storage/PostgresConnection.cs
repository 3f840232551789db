using System.Data.Common;
using Npgsql;

namespace ClauseLens.Server.Storage;

/// <summary>
/// Reads <c>ConnectionStrings:ClauseLens</c>: a <c>postgres://</c> or <c>postgresql://</c> URI, or an
/// Npgsql keyword string (<c>Host=…;Database=…</c>), means PostgreSQL; anything else is a SQLite
/// connection string. A URI is turned into Npgsql's keyword form, which has no URI syntax of its own.
/// </summary>
public static class PostgresConnection
{
    /// <summary>True when the connection string names a PostgreSQL server rather than a SQLite file.</summary>
    public static bool IsPostgres(string connectionString)
    {
        if (IsUri(connectionString))
        {
            return true;
        }

        try
        {
            var keywords = new DbConnectionStringBuilder { ConnectionString = connectionString };
            return keywords.ContainsKey("Host") || keywords.ContainsKey("Server");
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The Npgsql keyword form of <paramref name="connectionString"/> (URI or keywords).</summary>
    /// <exception cref="ArgumentException">The URI is malformed or carries a parameter this reader does not know.</exception>
    public static NpgsqlConnectionStringBuilder Parse(string connectionString)
    {
        if (!IsUri(connectionString))
        {
            return new NpgsqlConnectionStringBuilder(connectionString);
        }

        if (!Uri.TryCreate(connectionString, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new ArgumentException("ConnectionStrings:ClauseLens is not a valid postgres:// URI (expected postgres://user:password@host:port/database).");
        }

        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host, Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port };
        if (uri.UserInfo is { Length: > 0 } userInfo)
        {
            var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? userInfo : userInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(userInfo[(colon + 1)..]);
            }
        }

        if (uri.AbsolutePath.Trim('/') is { Length: > 0 } database)
        {
            builder.Database = Uri.UnescapeDataString(database);
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..]);
            switch (name)
            {
                case "sslmode": builder.SslMode = Enum.Parse<SslMode>(value.Replace("-", "", StringComparison.Ordinal), ignoreCase: true); break;
                case "application_name": builder.ApplicationName = value; break;
                case "connect_timeout": builder.Timeout = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                default:
                    // Everything else is passed through under Npgsql's own name ("Maximum Pool Size", …).
                    try
                    {
                        builder[name] = value;
                    }
                    catch (ArgumentException)
                    {
                        throw new ArgumentException($"ConnectionStrings:ClauseLens has the parameter '{name}', which is neither a libpq URI parameter this server reads (sslmode, application_name, connect_timeout) nor an Npgsql keyword.");
                    }

                    break;
            }
        }

        return builder;
    }

    /// <summary>Where the connection goes, for messages: host, port and database, never the password.</summary>
    public static string Describe(NpgsqlConnectionStringBuilder builder) =>
        $"{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";

    private static bool IsUri(string connectionString) =>
        connectionString.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) ||
        connectionString.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);
}
