using System.Text.RegularExpressions;
using ClauseLens.Analysis;
using ClauseLens.Analysis.Extraction;

namespace ClauseLens.Benchmarks;

/// <summary>
/// Document-level facts read off an analysis the way a reviewer would quote them: the governing
/// law (from the governing-law clause when there is one), the renewal term and the notice needed
/// to stop a renewal (from the durations in the sentence that renews), and CUAD's short answers
/// normalised to the same shape.
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

    /// <summary>A renewal as read: its term, the notice period to stop it, and the text window read.</summary>
    public sealed record Renewal(int? TermMonths, DurationFact? Notice, int SentenceStart, int SentenceEnd);

    private const int Window = 350;

    /// <summary>
    /// The first renewal ("renew", "extend") followed by a duration or a renewal period ("year to
    /// year", "annual periods") in the next few hundred characters of its clause: the first
    /// duration after the cue that is not a notice period nor the initial term is the renewal
    /// term; a duration tied to notice ("at least thirty (30) days prior to", "ninety days'
    /// notice") is the notice period.
    /// </summary>
    public static Renewal? RenewalOf(string text, AnalysisResult result)
    {
        foreach (var clause in result.Clauses)
        {
            foreach (var cue in clause.Facts.Elements.Where(e => e.Element == FactNames.Renewal))
            {
                if (!RenewWord().IsMatch(text.AsSpan(cue.Start, cue.End - cue.Start)))
                {
                    continue;
                }

                var to = Math.Min(clause.End, cue.Start + Window);
                var durations = clause.Facts.Durations.Where(d => d.Start >= cue.Start && d.End <= to).ToList();
                var notice = durations.FirstOrDefault(d => IsNotice(text, d, cue.Start, to));
                var term = durations.FirstOrDefault(d => d != notice && !IsNotice(text, d, cue.Start, to) && !IsInitialTerm(text, d, cue.Start))
                    is { } t ? Months(t) : PeriodWord(text, cue.Start, Math.Min(to, cue.Start + 150));
                if (term is not null || notice is not null)
                {
                    return new Renewal(term, notice, cue.Start, to);
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?:renew|extend|automatic|continu|prolong|successive|consecutive)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RenewWord();

    // "on a year to year basis", "for one or more annual periods", "month-to-month", "an indefinite period".
    private static int? PeriodWord(string text, int from, int to)
    {
        var m = Period().Match(text, from, to - from);
        return !m.Success ? null : m.Groups["y"].Success ? 12 : m.Groups["m"].Success ? 1 : -1;
    }

    [GeneratedRegex(@"\b(?:(?<y>year[- ]to[- ]year|annual(?:ly)?|yearly|each\s+year)|(?<m>month[- ]to[- ]month|monthly|each\s+month)|(?<i>indefinite(?:ly)?|perpetual(?:ly)?|until\s+terminated))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Period();

    // "an initial term of seven (7) years", "five (5) years (the "Initial Term")".
    private static bool IsInitialTerm(string text, DurationFact d, int windowStart)
    {
        var after = text[d.End..Math.Min(text.Length, d.End + 30)];
        var before = text[Math.Max(windowStart, d.Start - 30)..d.Start];
        return after.Contains("Initial Term", StringComparison.OrdinalIgnoreCase) || before.Contains("initial term", StringComparison.OrdinalIgnoreCase);
    }

    // "thirty (30) days prior to", "at least 60 days before", "ninety (90) days' notice", "notice ... of 30 days".
    private static bool IsNotice(string text, DurationFact d, int windowStart, int windowEnd)
    {
        var after = text[d.End..Math.Min(windowEnd, d.End + 40)];
        var before = text[Math.Max(windowStart, d.Start - 40)..d.Start];
        return NoticeAfter().IsMatch(after) || NoticeBefore().IsMatch(before);
    }

    [GeneratedRegex(@"^\W{0,3}(?:(?:(?:written|prior|advance)\s){0,3}notice|(?:prior|before|in\s+advance)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoticeAfter();

    [GeneratedRegex(@"\b(?:at\s+least|not\s+less\s+than|no\s+less\s+than|no\s+later\s+than|minimum\s+of|notice\s+(?:period\s+)?of)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoticeBefore();

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
        return m is null || Numbers.Parse(m.Groups["n"].Value) is not { } n ? null : DurationExtractor.ToMonths(n, m.Groups["u"].Value);
    }

    [GeneratedRegex(@"(?<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s*(?:\(\d{1,3}\)\s*)?(?<u>years?|months?|weeks?|days?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoldDuration();

    /// <summary>Months of an extracted duration in the same convention (-1 for indefinite).</summary>
    public static int? Months(DurationFact? d) => d is null ? null : d.Indefinite ? -1 : d.Months;
}
