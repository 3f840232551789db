using System.Reflection;
using System.Text.Json.Serialization;

namespace ClauseLens.Analysis;

/// <summary>
/// The name an enum value has on the wire: in API JSON, in playbook YAML and in reports
/// (its <see cref="JsonStringEnumMemberNameAttribute"/>, else its C# name).
/// </summary>
public static class WireName
{
    /// <summary>The wire name of <paramref name="value"/> ("overly_broad" for <c>FindingKind.OverlyBroad</c>).</summary>
    public static string Of<T>(T value) where T : struct, Enum =>
        typeof(T).GetField(value.ToString())?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? value.ToString();
}
