namespace ClauseLens.Analysis.Context;

/// <summary>The contract types ClauseLens tells apart (DESIGN.md <c>contractType</c>).</summary>
public static class ContractTypes
{
    /// <summary>Non-disclosure agreement.</summary>
    public const string Nda = "nda";
    /// <summary>Licence of IP, software, content or a brand.</summary>
    public const string Licence = "licence";
    /// <summary>Joint development, research, PoC, strategic alliance, joint venture.</summary>
    public const string Collaboration = "collaboration";
    /// <summary>Supply, manufacturing, distribution, reselling.</summary>
    public const string Supply = "supply";
    /// <summary>Services, outsourcing, hosting, maintenance, consulting.</summary>
    public const string Services = "services";
    /// <summary>Anything else (sponsorship, endorsement, agency, franchise, …).</summary>
    public const string Other = "other";

    /// <summary>Every type, in the order they are documented.</summary>
    public static IReadOnlyList<string> All { get; } = [Nda, Licence, Collaboration, Supply, Services, Other];

    /// <summary>True when <paramref name="id"/> is one of <see cref="All"/>.</summary>
    public static bool IsKnown(string? id) => id is not null && All.Contains(id, StringComparer.Ordinal);
}

/// <summary>How the contract type of a result was decided.</summary>
public static class ContractTypeSources
{
    /// <summary>Read from the contract (model or title).</summary>
    public const string Detected = "detected";
    /// <summary>Named by the caller.</summary>
    public const string Given = "given";
}

/// <summary>The contract's type as reported on a result.</summary>
/// <param name="Id">One of <see cref="ContractTypes.All"/>.</param>
/// <param name="Source"><c>detected</c> or <c>given</c>.</param>
/// <param name="Confidence">The detector's probability for <paramref name="Id"/> (1 when given).</param>
public sealed record ContractTypeResult(string Id, string Source, double Confidence);
