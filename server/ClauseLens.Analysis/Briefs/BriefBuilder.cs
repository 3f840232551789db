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
public sealed partial class BriefBuilder
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

        // The brief is written in the language of the findings' texts: the reviewer's when the
        // request gave one, else the contract's (AnalysisResult.TextLanguage).
        var w = BriefWording.For(analysis.TextLanguage);
        var clauses = analysis.Clauses.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var deal = BriefDealReader.Read(document, analysis, w);
        var candidates = analysis.Findings
            .Where(IsGap)
            .Select(f => FromFinding(f, document, clauses, w))
            .Concat(BriefAsymmetries.Find(document, analysis, deal, w));
        var ledger = new BriefLedger();
        var first = TopGaps(deal, Rank(candidates), ledger, w);
        var topRules = first.Select(g => g.Gap.RuleId).ToHashSet(StringComparer.Ordinal);
        var top = first.Select(g => Detail(g.Gap, g.From, ledger)).ToList();
        var detail = new BriefDetail(document, clauses, ledger, w);
        var playbookName = w.Language == Context.ContractLanguages.Japanese && analysis.Playbook.NameJa is { Length: > 0 } ja ? ja : analysis.Playbook.Name;
        return new NegotiationBrief(
            deal,
            top,
            detail.Topics(analysis.Findings.Where(f => !topRules.Contains(f.RuleId))),
            detail.InPlace(analysis.Findings),
            detail.Questions(deal, analysis.Findings),
            detail.Checklist(BriefChecklist.Build(document, analysis.Clauses, w)),
            new BriefProvenance(analysis.Playbook.Id, playbookName, analysis.Playbook.Version, analysis.ModelVersion),
            [.. w.Guidance.Select(g => g with { Text = ledger.Say(g.Text) ?? "" })],
            w.Language);
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

    private static BriefCandidate FromFinding(Finding f, ContractDocument document, IReadOnlyDictionary<string, AnalyzedClause> clauses, BriefWording w)
    {
        var topic = BriefTopics.Of(f);
        return new BriefCandidate(
            f.Severity, f.Kind, f.Kind == FindingKind.Missing ? 0 : 1, topic, f.Title, AtStake(f, w), f.Ask, f.FallbackText,
            string.IsNullOrWhiteSpace(f.TalkingPoint) ? w.DefaultTalkingPoint(topic) : f.TalkingPoint,
            w.Locate(f, document, clauses), f.RuleId, f.Source, Position(f, clauses));
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
    private static List<(BriefGap Gap, BriefCandidate From)> TopGaps(BriefDeal deal, List<BriefCandidate> ranked, BriefLedger ledger, BriefWording w)
    {
        var words = Words(w.Kicker, w.Headline(deal), w.DealHeading, w.PartiesLabel, w.PartiesLine(deal),
            w.TypeLabel, deal.AgreementType, w.LawLabel, deal.GoverningLaw, w.ForumLabel, deal.Forum,
            w.TopPointsHeading(MaxTopGaps), w.Disclaimer);
        var gaps = new List<(BriefGap, BriefCandidate)>();
        foreach (var c in ranked)
        {
            var gap = new BriefGap(gaps.Count + 1, c.Severity, c.Kind, w.TopicName(c.Topic), c.Title, c.AtStake, c.Ask,
                FirstPageFallback(c.Fallback), c.TalkingPoint, c.Where, c.RuleId, c.Source);
            var cost = Words(w.PointTitle(gap), w.PointLine(gap), w.AskLabel, gap.Ask, w.FallbackLabel, gap.Fallback ?? "");
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
        foreach (var sentence in SentenceEnd().Split(Whitespace.Collapse(fallback)))
        {
            var n = Words(sentence);
            if (kept.Count > 0 && count + n > FirstPageFallbackWords)
            {
                break;
            }

            kept.Add(sentence);
            count += n;
        }

        // Japanese sentences end in 。 and join without a space.
        var text = string.Concat(kept.Select((k, i) => i == 0 || kept[i - 1].EndsWith('\u3002') ? k : " " + k));
        return Words(text) > FirstPageFallbackWords
            ? BriefWording.Shorten(text, text.Any(Scripts.IsJapanese) ? FirstPageFallbackWords * JapaneseCharactersPerWord : FirstPageFallbackWords * 6)
            : text;
    }

    /// <summary>
    /// Japanese characters that read as long as one English word. Japanese is read at about twice
    /// as many characters a minute as English is read words, so 600 words is about 1,200
    /// characters: the first page reads in the same two minutes in either language.
    /// </summary>
    public const int JapaneseCharactersPerWord = 2;

    /// <summary>
    /// Words as a reader spends time on them: space-separated words, with Japanese (which has no
    /// spaces) counted as one word per <see cref="JapaneseCharactersPerWord"/> kana or kanji.
    /// </summary>
    internal static int Words(params string[] texts) =>
        texts.Sum(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Sum(TokenWords));

    private static int TokenWords(string token)
    {
        var japanese = token.Count(Scripts.IsJapanese);
        if (japanese == 0)
        {
            return 1;
        }

        // "第7条（秘密保持）" is four words' reading; Latin letters or digits in it add one.
        var other = token.Any(c => char.IsAsciiLetterOrDigit(c)) ? 1 : 0;
        return other + ((japanese + JapaneseCharactersPerWord - 1) / JapaneseCharactersPerWord);
    }

    // The measured detail ("60 months; limit 24") says more than the rule's general explanation
    // alone; a list of elements not found is the explanation again, in the engine's words.
    internal static string AtStake(Finding f, BriefWording? w = null) =>
        string.IsNullOrWhiteSpace(f.Detail) || Playbooks.FindingWording.ListsMissing(f.Detail)
            ? f.Explanation
            : (w ?? BriefWording.English).WithDetail(f.Explanation, f.Detail);

    internal static int Position(Finding f, IReadOnlyDictionary<string, AnalyzedClause> clauses) =>
        f.Evidence?.Start ?? (f.ClauseId is { } id && clauses.TryGetValue(id, out var c) ? c.Start : int.MaxValue);

    // A sentence ends at a full stop and a space, or at a Japanese full stop.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\.)\s+|(?<=\u3002)\s*", System.Text.RegularExpressions.RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex SentenceEnd();
}
