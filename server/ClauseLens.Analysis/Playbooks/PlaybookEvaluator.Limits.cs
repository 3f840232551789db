using System.Globalization;
using ClauseLens.Analysis.Extraction;

namespace ClauseLens.Analysis.Playbooks;

/// <summary>
/// The <c>limit</c> rules: a fact of a clause (a duration, a territory, a scope) held against the
/// playbook's bound, read in the part of the clause the rule is about.
/// </summary>
public sealed partial class PlaybookEvaluator
{
    private static IEnumerable<Draft> Limit(PlaybookRule rule, ContractDocument document, IReadOnlyList<AnalyzedClause> clauses, FindingWording words) =>
        // An uncertain limit finding ("no duration stated", 36 months not said to run from the end, a
        // "competing business" scope) has not measured a breach: its title asks the reader to check
        // rather than make the rule's claim ("The non-compete runs too long after the agreement ends").
        MeasureLimit(rule, document, clauses, words)
            .Select(d => d.Kind == FindingKind.Uncertain ? d with { Title = words.UnsureLimitTitle(rule.Limit!.Fact, rule.Label) } : d);

    private static IEnumerable<Draft> MeasureLimit(PlaybookRule rule, ContractDocument document, IReadOnlyList<AnalyzedClause> clauses, FindingWording words)
    {
        var limit = rule.Limit!;
        var applicable = clauses.Where(c => IsApplicable(rule, c)).ToList();
        if (applicable.Count == 0)
        {
            return [];
        }

        var drafts = new List<Draft>();
        AnalyzedClause? stated = null;
        foreach (var clause in applicable)
        {
            var facts = Focus(document, clause, limit.Within);
            var (hasFact, violation) = limit.Fact switch
            {
                LimitedFact.Duration => CheckDuration(rule, limit, clause, facts, words),
                LimitedFact.Territory => CheckTerritory(rule, clause, facts, words),
                _ => CheckScope(rule, clause, facts, words),
            };
            stated ??= hasFact ? clause : null;
            if (violation is not null)
            {
                drafts.Add(violation);
            }
        }

        if (drafts.Count > 0)
        {
            return drafts;
        }

        if (stated is not null)
        {
            return [Draft.OnClause(FindingKind.Ok, stated)];
        }

        return limit.WhenAbsent switch
        {
            AbsentFactVerdict.Uncertain => [Draft.OnClause(FindingKind.Uncertain, applicable[0], words.NoneStated(limit.Fact))],
            AbsentFactVerdict.Violation => [Draft.OnClause(rule.Finding, applicable[0], words.NoneStated(limit.Fact))],
            _ => [Draft.OnClause(FindingKind.Ok, applicable[0])],
        };
    }

    /// <summary>
    /// The facts a limit reads: with <paramref name="within"/>, only those in the sentences that carry
    /// that element when the clause has it (the covenant of a clause that also grants a licence, the
    /// grant sentence of an exclusive licence); otherwise the whole clause.
    /// </summary>
    private static ClauseFacts Focus(ContractDocument document, AnalyzedClause clause, string? within)
    {
        var facts = clause.Facts;
        if (within is null || !facts.Has(within))
        {
            return facts;
        }

        var sentences = Sentences.Split(document.Slice(clause.Start, clause.End));
        var spans = facts.SpansOf(within)
            .Select(e => Sentences.Around(sentences, e.Start - clause.Start))
            .Select(s => (Start: clause.Start + s.Start, End: clause.Start + s.End))
            .ToList();
        bool Inside(int start, int end) => spans.Any(s => start >= s.Start && end <= s.End);
        return new ClauseFacts
        {
            Durations = [.. facts.Durations.Where(d => Inside(d.Start, d.End))],
            Territories = [.. facts.Territories.Where(t => Inside(t.Start, t.End))],
            Scope = [.. facts.Scope.Where(x => Inside(x.Start, x.End))],
            GoverningLaw = facts.GoverningLaw,
            Forums = facts.Forums,
            Elements = [.. facts.Elements.Where(e => Inside(e.Start, e.End))],
        };
    }

    private static (bool HasFact, Draft? Violation) CheckDuration(PlaybookRule rule, LimitSpec limit, AnalyzedClause clause, ClauseFacts facts, FindingWording words)
    {
        var durations = facts.Durations
            .Where(d => limit.From == DurationSelection.Any || d.Indefinite || d.From != DurationAnchor.Signing)
            .ToList();
        if (durations.FirstOrDefault(d => d.Indefinite && !limit.AllowIndefinite) is { } endless)
        {
            return (true, new Draft(rule.Finding, clause, new Evidence(endless.Start, endless.End), words.Indefinite(limit.MaxMonths)));
        }

        // Over the limit and said to run after the end (or the rule counts every duration): a breach.
        // Over the limit with no anchor in the text: it may run from signing, so a person should look.
        var over = durations.Where(d => d.Months > limit.MaxMonths).ToList();
        if (over.Where(d => limit.From == DurationSelection.Any || d.From == DurationAnchor.AfterEnd).MaxBy(d => d.Months) is { } breach)
        {
            return (true, new Draft(rule.Finding, clause, new Evidence(breach.Start, breach.End), words.OverLimit(breach.Months!.Value, limit.MaxMonths)));
        }

        if (over.MaxBy(d => d.Months) is { } unanchored)
        {
            return (true, new Draft(FindingKind.Uncertain, clause, new Evidence(unanchored.Start, unanchored.End),
                words.Unanchored(unanchored.Months!.Value, limit.MaxMonths)));
        }

        // "During the Term" bounds a restriction by the agreement itself: a stated limit.
        return (durations.Count > 0 || facts.Durations.Count > 0 || facts.Has(FactNames.TermReference), null);
    }

    private static (bool HasFact, Draft? Violation) CheckTerritory(PlaybookRule rule, AnalyzedClause clause, ClauseFacts facts, FindingWording words)
    {
        var worldwide = facts.Territories.FirstOrDefault(t => t.Kind == TerritoryKind.Worldwide);
        return worldwide is null
            ? (facts.Territories.Count > 0, null)
            : (true, new Draft(rule.Finding, clause, new Evidence(worldwide.Start, worldwide.End), words.Worldwide));
    }

    private static (bool HasFact, Draft? Violation) CheckScope(PlaybookRule rule, AnalyzedClause clause, ClauseFacts facts, FindingWording words)
    {
        var scope = facts.Scope;
        if (scope.FirstOrDefault(s => s.Breadth == ScopeBreadth.Broad) is { } broad)
        {
            return (true, new Draft(rule.Finding, clause, new Evidence(broad.Start, broad.End), words.Scope(broad.Cue)));
        }

        if (scope.Any(s => s.Breadth == ScopeBreadth.Tied))
        {
            return (true, null);
        }

        // "Any business" with nothing to narrow it is as wide as a scope gets. "Any business that
        // competes with the Company" is the usual shape of a non-compete: how far it reaches depends
        // on what the business is, which the text does not pin down, so a person should look.
        var loose = scope.Where(s => s.Breadth == ScopeBreadth.Loose).ToList();
        var competing = loose.FirstOrDefault(s => s.Cue == SimilarOrCompeting);
        if (competing is null && loose.FirstOrDefault() is { } unqualified)
        {
            return (true, new Draft(rule.Finding, clause, new Evidence(unqualified.Start, unqualified.End), words.Scope(unqualified.Cue)));
        }

        if (competing is not null)
        {
            return (true, new Draft(FindingKind.Uncertain, clause, new Evidence(competing.Start, competing.End),
                words.CompetingScope));
        }

        return (scope.Count > 0, null);
    }

    private const string SimilarOrCompeting = "similar_or_competing";
}
