using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis.Reports;

/// <summary>
/// Turns one analysis into a <see cref="NegotiationBrief"/>. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Top gaps are the problems worth raising at the table: missing, overly broad or unbalanced
/// findings of at least medium severity, one per rule, ranked by severity, then by what the
/// wording does (a clause that takes something outranks one that is absent), then by the business
/// impact of the topic, then by where they appear in the contract. Within a severity, each topic's
/// first gap comes before any topic's second.
/// </remarks>
public sealed class BriefBuilder
{
    /// <summary>The most gaps the first page shows.</summary>
    public const int MaxTopGaps = 5;

    /// <summary>The lowest severity that can make the first page.</summary>
    public const Severity TopGapThreshold = Severity.Medium;

    /// <summary>Builds the brief for <paramref name="analysis"/> of <paramref name="document"/>.</summary>
    public NegotiationBrief Build(ContractDocument document, AnalysisResult analysis)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(analysis);

        var clauses = analysis.Clauses.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var deal = BriefDealReader.Read(document, analysis);
        return new NegotiationBrief(
            deal,
            TopGaps(document, analysis.Findings, clauses),
            Topics(document, analysis.Findings, clauses),
            [.. analysis.Findings.Where(f => f.Kind == FindingKind.Ok).Select(f => Point(f, document, clauses))],
            Questions(document, deal, analysis.Findings, clauses),
            BriefChecklist.Build(document, analysis.Clauses),
            new BriefProvenance(analysis.Playbook.Id, analysis.Playbook.Name, analysis.Playbook.Version, analysis.ModelVersion));
    }

    /// <summary>True when a finding can be one of the top gaps.</summary>
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

    private static List<BriefGap> TopGaps(ContractDocument document, IReadOnlyList<Finding> findings, IReadOnlyDictionary<string, AnalyzedClause> clauses)
    {
        var ranked = findings
            .Select((finding, order) => (finding, order, topic: BriefTopics.Of(finding)))
            .Where(x => IsGap(x.finding))
            .OrderByDescending(x => x.finding.Severity)
            .ThenByDescending(x => x.finding.Kind == FindingKind.Missing ? 0 : 1)
            .ThenByDescending(x => BriefTopics.Impact(x.topic))
            .ThenBy(x => Position(x.finding, clauses))
            .ThenBy(x => x.order)
            .DistinctBy(x => x.finding.RuleId, StringComparer.Ordinal)
            .ToList();

        // Within one severity, the first gap of each topic comes before a second of any topic, so
        // three rules broken by one non-compete clause do not crowd out a different problem.
        var repeat = new Dictionary<(Severity, string), int>();
        return [.. ranked
            .Select((x, rank) =>
            {
                var key = (x.finding.Severity, x.topic);
                repeat[key] = repeat.GetValueOrDefault(key, -1) + 1;
                return (x.finding, x.topic, rank, repeat: repeat[key]);
            })
            .OrderByDescending(x => x.finding.Severity)
            .ThenBy(x => x.repeat)
            .ThenBy(x => x.rank)
            .Take(MaxTopGaps)
            .Select((x, i) => new BriefGap(
                i + 1, x.finding.Severity, x.finding.Kind, x.topic, x.finding.Title,
                AtStake(x.finding), x.finding.Ask, x.finding.FallbackText,
                string.IsNullOrWhiteSpace(x.finding.TalkingPoint) ? BriefTopics.DefaultTalkingPoint(x.topic) : x.finding.TalkingPoint,
                BriefWording.Locate(x.finding, document, clauses), x.finding.RuleId))];
    }

    private static List<BriefTopic> Topics(ContractDocument document, IReadOnlyList<Finding> findings, IReadOnlyDictionary<string, AnalyzedClause> clauses)
    {
        var byTopic = findings
            .Where(f => f.Kind != FindingKind.Ok && (f.Kind != FindingKind.Drafting || IsNegotiationPoint(f)))
            .GroupBy(BriefTopics.Of)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(f => f.Severity).ThenBy(f => Position(f, clauses)).ToList());
        return [.. BriefTopics.Order
            .Where(byTopic.ContainsKey)
            .Select(topic => new BriefTopic(topic, [.. byTopic[topic].Select(f => Point(f, document, clauses))]))];
    }

    private static List<BriefQuestion> Questions(
        ContractDocument document, BriefDeal deal, IReadOnlyList<Finding> findings, IReadOnlyDictionary<string, AnalyzedClause> clauses)
    {
        var questions = new List<BriefQuestion>();
        if (deal.Parties.Count < 2)
        {
            questions.Add(new BriefQuestion("Who exactly are the contracting parties?",
                "The preamble does not name two parties clearly; check the legal names and which group companies are bound.", null));
        }

        if (deal.GoverningLaw == NegotiationBrief.NotStated)
        {
            questions.Add(new BriefQuestion("Which law governs the agreement?",
                "No governing law was found; without one, each side may assume its own law applies.", null));
        }

        if (deal.Forum == NegotiationBrief.NotStated)
        {
            questions.Add(new BriefQuestion("Where would a dispute be decided, and how?",
                "No court or arbitration was found; agree a first step of consultation and a neutral final forum.", null));
        }

        questions.AddRange(findings
            .Where(f => f.Kind == FindingKind.Uncertain)
            .Select(f => new BriefQuestion(f.Title, f.Explanation, BriefWording.Locate(f, document, clauses))));
        return questions;
    }

    private static BriefPoint Point(Finding f, ContractDocument document, IReadOnlyDictionary<string, AnalyzedClause> clauses) =>
        new(f.Kind, f.Severity, f.Title, f.Explanation, f.Kind == FindingKind.Ok ? "" : f.Ask,
            f.Kind == FindingKind.Ok ? null : f.FallbackText, BriefWording.Locate(f, document, clauses), f.RuleId);

    // The measured detail ("60 months; limit 24") says more than the rule's general explanation
    // alone; a list of elements not found is the explanation again, in the engine's words.
    private static string AtStake(Finding f) =>
        string.IsNullOrWhiteSpace(f.Detail) || f.Detail.TrimStart().StartsWith("not found", StringComparison.OrdinalIgnoreCase)
            ? f.Explanation
            : $"{f.Explanation} Found: {f.Detail.Trim().TrimEnd('.')}.";

    private static int Position(Finding f, IReadOnlyDictionary<string, AnalyzedClause> clauses) =>
        f.Evidence?.Start ?? (f.ClauseId is { } id && clauses.TryGetValue(id, out var c) ? c.Start : int.MaxValue);
}
