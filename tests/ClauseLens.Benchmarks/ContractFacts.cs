using System.Text.RegularExpressions;
using ClauseLens.Analysis;
using ClauseLens.Analysis.Extraction;

namespace ClauseLens.Benchmarks;

/// <summary>
/// Document-level facts read off an analysis the way a reviewer would quote them: the governing
/// law (from the governing-law clause when there is one) and CUAD's short answers normalised to
/// the same shape. The renewal is the product's own reading (<see cref="RenewalReader"/>).
/// </summary>
internal static partial class ContractFacts
{
    /// <summary>The jurisdiction of the contract's choice of law, or null when none was extracted.</summary>
    public static (string Jurisdiction, int Start, int End)? GoverningLaw(AnalysisResult result)
    {
        var laws = result.Clauses.Where(c => c.Has("governing_law")).SelectMany(c => c.Facts.GoverningLaw)
            .Concat(result.Clauses.SelectMany(c => c.Facts.GoverningLaw))
            .FirstOrDefault();
        return laws is null ? null : (laws.Jurisdiction, laws.Start, laws.End);
    }

    /// <summary>CUAD's Governing Law answer as jurisdictions ("State of New York; Delaware" → New York, Delaware).</summary>
    public static IReadOnlySet<string> GoldJurisdictions(string answer)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in new[] { answer }.Concat(answer.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var name = LawsOf().Replace(part, "").Trim();
            if (Places.Resolve(name) is { } place)
            {
                found.Add(place.Jurisdiction);
            }
        }

        return found;
    }

    [GeneratedRegex(@"^(?:the\s+)?(?:laws?\s+of\s+)?(?:the\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LawsOf();

    /// <summary>CUAD's Renewal Term or notice answer in months ("successive 1 year" → 12; "perpetual" → -1); null when unreadable.</summary>
    public static int? GoldMonths(string answer)
    {
        if (answer.Contains("perpetual", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        var m = GoldDuration().Matches(answer).LastOrDefault();
        if (m is not null && m.Groups["half"].Success)
        {
            // "0.5 year"
            return DurationExtractor.ToMonths(1, m.Groups["u"].Value) / 2;
        }

        return m is null || Numbers.Parse(m.Groups["n"].Value) is not { } n ? null : DurationExtractor.ToMonths(n, m.Groups["u"].Value);
    }

    [GeneratedRegex(@"(?:(?<half>0\.5)|(?<n>\d{1,3}|[a-z]+(?:-[a-z]+)?))\)?\s*(?:\(\d{1,3}\)\s*)?(?<u>years?|months?|weeks?|days?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoldDuration();
}
