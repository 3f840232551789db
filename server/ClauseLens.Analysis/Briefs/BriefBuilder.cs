using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Writing;

namespace ClauseLens.Analysis.Briefs;

/// <summary>
/// Turns one analysis into a <see cref="NegotiationBrief"/>. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// The first page's points are the problems worth raising at the table: missing, overly broad or
/// unbalanced findings of at least medium severity, one per rule, and the commercial asymmetries
/// <see cref="BriefAsymmetries"/> finds. They are ranked by severity, then by leverage (an
/// asymmetry the other side gains from outranks a clause that takes something, which outranks one
/// that is absent), then by the business impact of the topic, then by where they appear. Within a
/// severity, each topic's first point comes before any topic's second. Points are added while the
/// first page stays within <see cref="FirstPageWordBudget"/> words. Every text then passes through
/// a <see cref="BriefLedger"/> in the order the renderers print it, so nothing is said twice.
/// </remarks>
public sealed class BriefBuilder
{
    /// <summary>The most points the first page shows.</summary>
    public const int MaxTopGaps = 5;

    /// <summary>The lowest severity that can make the first page.</summary>
    public const Severity TopGapThreshold = Severity.Medium;

    /// <summary>Words the first page may hold: an executive reads it in two minutes.</summary>
    public const int FirstPageWordBudget = 600;

    /// <summary>Fallbacks on the first page are cut to this many words; the rest is in the detail.</summary>
    public const int FirstPageFallbackWords = 45;

    /// <summary>Builds the brief for <paramref name="analysis"/> of <paramref name="document"/>.</summary>
    public NegotiationBrief Build(ContractDocument document, AnalysisResult analysis)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(analysis);

        var clauses = analysis.Clauses.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var deal = BriefDealReader.Read(document, analysis);
        var candidates = analysis.Findings
            .Where(IsGap)
            .Select(f => FromFinding(f, document, clauses))
            .Concat(BriefAsymmetries.Find(document, analysis, deal));
        var ledger = new BriefLedger();
        var first = TopGaps(deal, Rank(candidates), ledger);
        var topRules = first.Select(g => g.Gap.RuleId).ToHashSet(StringComparer.Ordinal);
        var top = first.Select(g => Detail(g.Gap, g.From, ledger)).ToList();
        var detail = new BriefDetail(document, clauses, ledger);
        return new NegotiationBrief(
            deal,
            top,
            detail.Topics(analysis.Findings.Where(f => !topRules.Contains(f.RuleId))),
            detail.InPlace(analysis.Findings),
            detail.Questions(deal, analysis.Findings),
            detail.Checklist(BriefChecklist.Build(document, analysis.Clauses)),
            new BriefProvenance(analysis.Playbook.Id, analysis.Playbook.Name, analysis.Playbook.Version, analysis.ModelVersion),
            [.. BriefWording.Guidance.Select(g => g with { Text = ledger.Say(g.Text) ?? "" })]);
    }

    /// <summary>True when a finding can be one of the first page's points.</summary>
    public static bool IsGap(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return (finding.Kind is FindingKind.Missing or FindingKind.OverlyBroad or FindingKind.Unbalanced || IsNegotiationPoint(finding))
            && finding.Severity >= TopGapThreshold;
    }

    /// <summary>
    /// True for the drafting findings a negotiator must raise (language versions that disagree, or
    /// each naming itself the one that prevails); other drafting findings are fixes for the drafter
    /// and stay out of the brief.
    /// </summary>
    public static bool IsNegotiationPoint(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Kind == FindingKind.Drafting && finding.Check is DraftingCheck.BilingualMismatch or DraftingCheck.PrevailingLanguage;
    }

    private static BriefCandidate FromFinding(Finding f, ContractDocument document, IReadOnlyDictionary<string, AnalyzedClause> clauses)
    {
        var topic = BriefTopics.Of(f);
        return new BriefCandidate(
            f.Severity, f.Kind, f.Kind == FindingKind.Missing ? 0 : 1, topic, f.Title, AtStake(f), f.Ask, f.FallbackText,
            string.IsNullOrWhiteSpace(f.TalkingPoint) ? BriefTopics.DefaultTalkingPoint(topic) : f.TalkingPoint,
            BriefWording.Locate(f, document, clauses), f.RuleId, f.Source, Position(f, clauses));
    }

    private static List<BriefCandidate> Rank(IEnumerable<BriefCandidate> candidates)
    {
        var ranked = candidates
            .OrderByDescending(c => c.Severity)
            .ThenByDescending(c => c.Leverage)
            .ThenByDescending(c => BriefTopics.Impact(c.Topic))
            .ThenBy(c => c.Position)
            .DistinctBy(c => c.RuleId, StringComparer.Ordinal)
            .ToList();

        // Within one severity, the first point of each topic comes before a second of any topic, so
        // three rules broken by one non-compete clause do not crowd out a different problem.
        var repeat = new Dictionary<(Severity, string), int>();
        return [.. ranked
            .Select((c, rank) =>
            {
                var key = (c.Severity, c.Topic);
                repeat[key] = repeat.GetValueOrDefault(key, -1) + 1;
                return (c, rank, repeat: repeat[key]);
            })
            .OrderByDescending(x => x.c.Severity)
            .ThenBy(x => x.repeat)
            .ThenBy(x => x.rank)
            .Select(x => x.c)];
    }

    // Adds points while the first page stays within its word budget; the first page's words are
    // said (in the ledger) before anything else, as it is read first.
    private static List<(BriefGap Gap, BriefCandidate From)> TopGaps(BriefDeal deal, List<BriefCandidate> ranked, BriefLedger ledger)
    {
        var words = Words(BriefWording.Kicker, BriefWording.Headline(deal), BriefWording.DealHeading, BriefWording.PartiesLabel, deal.PartiesLine,
            BriefWording.TypeLabel, deal.AgreementType, BriefWording.LawLabel, deal.GoverningLaw, BriefWording.ForumLabel, deal.Forum,
            BriefWording.TopPointsHeading(MaxTopGaps), NegotiationBrief.Disclaimer);
        var gaps = new List<(BriefGap, BriefCandidate)>();
        foreach (var c in ranked)
        {
            var gap = new BriefGap(gaps.Count + 1, c.Severity, c.Kind, c.Topic, c.Title, c.AtStake, c.Ask,
                FirstPageFallback(c.Fallback), c.TalkingPoint, c.Where, c.RuleId, c.Source);
            var cost = Words(BriefWording.PointTitle(gap), BriefWording.PointLine(gap), BriefWording.AskLabel, gap.Ask, BriefWording.FallbackLabel, gap.Fallback ?? "");
            if (gaps.Count == MaxTopGaps || words + cost > FirstPageWordBudget)
            {
                break;
            }

            words += cost;
            gaps.Add((gap with { Title = ledger.Say(gap.Title) ?? gap.Title, Ask = ledger.Say(gap.Ask) ?? "", Fallback = ledger.Say(gap.Fallback) }, c));
        }

        return gaps;
    }

    // The detail of a point: its stakes, the quote and how to raise it, and whatever of its
    // fallback the first page cut (the ledger drops what was already said).
    private static BriefGap Detail(BriefGap gap, BriefCandidate from, BriefLedger ledger) => gap with
    {
        AtStake = ledger.Say(from.AtStake) ?? "",
        Where = gap.Where with { Quote = ledger.Say(gap.Where.Quote) },
        TalkingPoint = ledger.Say(from.TalkingPoint) ?? "",
        FallbackRest = ledger.Say(from.Fallback),
    };

    private static string? FirstPageFallback(string? fallback)
    {
        if (string.IsNullOrWhiteSpace(fallback))
        {
            return null;
        }

        var kept = new List<string>();
        var count = 0;
        foreach (var sentence in System.Text.RegularExpressions.Regex.Split(Whitespace.Collapse(fallback), @"(?<=\.)\s+"))
        {
            var n = Words(sentence);
            if (kept.Count > 0 && count + n > FirstPageFallbackWords)
            {
                break;
            }

            kept.Add(sentence);
            count += n;
        }

        var text = string.Join(" ", kept);
        return Words(text) > FirstPageFallbackWords ? BriefWording.Shorten(text, FirstPageFallbackWords * 6) : text;
    }

    internal static int Words(params string[] texts) =>
        texts.Sum(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);

    // The measured detail ("60 months; limit 24") says more than the rule's general explanation
    // alone; a list of elements not found is the explanation again, in the engine's words.
    internal static string AtStake(Finding f) =>
        string.IsNullOrWhiteSpace(f.Detail) || f.Detail.TrimStart().StartsWith("not found", StringComparison.OrdinalIgnoreCase)
            ? f.Explanation
            : $"{f.Explanation} Found: {f.Detail.Trim().TrimEnd('.')}.";

    internal static int Position(Finding f, IReadOnlyDictionary<string, AnalyzedClause> clauses) =>
        f.Evidence?.Start ?? (f.ClauseId is { } id && clauses.TryGetValue(id, out var c) ? c.Start : int.MaxValue);
}
