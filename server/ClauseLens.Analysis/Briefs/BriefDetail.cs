using System.Text.RegularExpressions;
using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis.Briefs;

/// <summary>
/// The brief after its first page: the other findings by topic, what is in place, the questions
/// and the checklist, each said through the brief's <see cref="BriefLedger"/> in the order the
/// renderers print them.
/// </summary>
internal sealed partial class BriefDetail(ContractDocument document, IReadOnlyDictionary<string, AnalyzedClause> clauses, BriefLedger ledger, BriefWording w)
{
    /// <summary>Findings that are neither ok nor on the first page, one point per rule, by topic.</summary>
    public List<BriefTopic> Topics(IEnumerable<Finding> findings)
    {
        // Drafting fixes are for the drafter, not the negotiator: only language versions that disagree stay.
        var byTopic = findings
            .Where(f => f.Kind != FindingKind.Ok && (f.Kind != FindingKind.Drafting || BriefBuilder.IsNegotiationPoint(f)))
            .GroupBy(BriefTopics.Of)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(f => f.Severity).ThenBy(f => BriefBuilder.Position(f, clauses)).ToList());
        var topics = new List<BriefTopic>();
        foreach (var topic in BriefTopics.Order.Where(byTopic.ContainsKey))
        {
            var points = byTopic[topic]
                .GroupBy(f => f.RuleId, StringComparer.Ordinal)
                .Select(rule => Point(rule.First(), rule.Skip(1)))
                .ToList();
            topics.Add(new BriefTopic(w.TopicName(topic), points));
        }

        return topics;
    }

    private BriefPoint Point(Finding f, IEnumerable<Finding> sameRule)
    {
        var where = Locate(f);
        var also = sameRule.Select(o => Locate(o).Reference).Where(r => r != where.Reference).Distinct(StringComparer.Ordinal).ToList();
        if (also.Count > 0)
        {
            where = where with { Reference = string.Join(w.ItemSeparator, [where.Reference, .. also]) };
        }

        return new BriefPoint(f.Kind, f.Severity, ledger.Say(f.Title) ?? f.Title, ledger.Say(BriefBuilder.AtStake(f, w)) ?? "",
            ledger.Say(f.Ask) ?? "", ledger.Say(f.FallbackText), where with { Quote = ledger.Say(where.Quote) }, f.RuleId);
    }

    /// <summary>
    /// The checks met, one statement per label, worded as what is there: a rule's title names the
    /// problem it looks for, so it is never used here.
    /// </summary>
    public List<BriefStatement> InPlace(IReadOnlyList<Finding> findings) =>
        [.. findings
            .Where(f => f.Kind == FindingKind.Ok)
            .GroupBy(f => f.Label, StringComparer.Ordinal)
            .Select(g =>
            {
                var at = g.Select(f => f.ClauseId).OfType<string>().Distinct(StringComparer.Ordinal)
                    .Select(id => clauses.GetValueOrDefault(id)).OfType<AnalyzedClause>().OrderBy(c => c.Start).ToList();
                var rules = g.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).ToList();
                var reference = at.Count == 0 ? w.NotInContract : string.Join(w.ListSeparator, at.Select(w.ClauseReference));
                return new BriefStatement(w.Passed(g.Key, at, rules.Count), new BriefLocation(reference, null), rules);
            })];

    /// <summary>
    /// What to settle before signing: missing basics, then the checks that could not be settled,
    /// one question per clause and topic (six rules unsure about one clause are one question), never
    /// from redacted text.
    /// </summary>
    public List<BriefQuestion> Questions(BriefDeal deal, IReadOnlyList<Finding> findings)
    {
        var questions = new List<BriefQuestion>();
        if (deal.Parties.Count < 2)
        {
            questions.Add(new BriefQuestion(w.PartiesQuestion.Question, w.PartiesQuestion.Why, null));
        }

        if (deal.GoverningLaw == w.NotStated)
        {
            questions.Add(new BriefQuestion(w.LawQuestion.Question, w.LawQuestion.Why, null));
        }

        if (deal.Forum == w.NotStated)
        {
            questions.Add(new BriefQuestion(w.ForumQuestion.Question, w.ForumQuestion.Why, null));
        }

        var unsure = findings
            .Where(f => f.Kind == FindingKind.Uncertain && !Redacted(f.Evidence))
            .GroupBy(f => (Clause: f.ClauseId ?? "", Topic: BriefTopics.Of(f)));
        foreach (var group in unsure)
        {
            var first = group.First();
            var where = Locate(first);
            var titles = group.Select(f => f.Title.Trim().TrimEnd('.', '\u3002')).Distinct(StringComparer.Ordinal).ToList();
            var question = w.UnsureQuestion(w.TopicName(group.Key.Topic), group.Key.Clause.Length == 0 ? null : where.Reference);
            var why = w.UnsureWhy(titles);
            questions.Add(new BriefQuestion(question, ledger.Say(why) ?? why, where with { Quote = ledger.Say(where.Quote) }));
        }

        return questions;
    }

    /// <summary>The checklist with repeated actions merged into one item naming every clause, and no item built on redacted text.</summary>
    public List<BriefChecklistItem> Checklist(IReadOnlyList<BriefChecklistItem> items) =>
        [.. items
            .Where(i => i.Where?.Quote is not { } q || !RedactionMark().IsMatch(q))
            .GroupBy(i => (i.Area, i.Action))
            .Select(g =>
            {
                var references = g.Select(i => i.Where?.Reference).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
                var where = references.Count switch
                {
                    0 => null,
                    1 => g.First().Where,
                    _ => new BriefLocation(string.Join(w.ItemSeparator, references), null),
                };
                return new BriefChecklistItem(g.Key.Area, ledger.Say(g.Key.Action) ?? g.Key.Action, where is null ? null : where with { Quote = ledger.Say(where.Quote) });
            })];

    private BriefLocation Locate(Finding f)
    {
        var where = w.Locate(f, document, clauses);
        return where.Quote is { } q && RedactionMark().IsMatch(q) ? where with { Quote = null } : where;
    }

    private bool Redacted(Evidence? evidence) =>
        evidence is not null && BriefWording.Quote(document, evidence) is { } q && RedactionMark().IsMatch(q);

    /// <summary>Blacked-out text in a filed copy: "[***]", "***", "[REDACTED]".</summary>
    [GeneratedRegex(@"\*\*\*|\[\s*\*+\s*\]|\[redacted\]", RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    internal static partial Regex RedactionMark();
}
