using System.Globalization;
using ClauseLens.Analysis.Extraction;

namespace ClauseLens.Analysis.Playbooks;

/// <summary>
/// Holds an analysed contract against a playbook's rules. Deterministic: the same clauses give the
/// same findings, in rule order then document order, with ids built from the rule and clause ids.
/// </summary>
public sealed class PlaybookEvaluator
{
    /// <summary>Findings in a stable order.</summary>
    public IReadOnlyList<Finding> Evaluate(Playbook playbook, ContractDocument document, IReadOnlyList<AnalyzedClause> clauses)
    {
        ArgumentNullException.ThrowIfNull(playbook);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(clauses);

        var findings = new List<Finding>();
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in playbook.Rules)
        {
            var drafts = rule.Kind switch
            {
                RuleKind.Required => Required(rule, clauses),
                RuleKind.Limit => Limit(rule, clauses),
                RuleKind.Requires => Requires(rule, clauses),
                RuleKind.Forbids => Forbids(rule, clauses),
                RuleKind.Consistency => Consistency(rule, document, clauses),
                _ => [],
            };
            findings.AddRange(drafts.Select(d => d.ToFinding(rule, usedIds)));
        }

        return findings;
    }

    private static IEnumerable<Draft> Required(PlaybookRule rule, IReadOnlyList<AnalyzedClause> clauses)
    {
        if (clauses.FirstOrDefault(c => IsPresent(rule, c)) is { } present)
        {
            yield return Draft.OnClause(FindingKind.Ok, present);
        }
        else if (clauses.FirstOrDefault(c => c.UncertainLabels.Any(l => l.Label == rule.Label)) is { } maybe)
        {
            // The model came close on this clause: a person should decide rather than us calling it missing.
            yield return Draft.OnClause(FindingKind.Uncertain, maybe, "the classifier was unsure whether this clause covers it");
        }
        else
        {
            yield return new Draft(FindingKind.Missing, null, null, null);
        }
    }

    private static IEnumerable<Draft> Limit(PlaybookRule rule, IReadOnlyList<AnalyzedClause> clauses)
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
            var (hasFact, violation) = limit.Fact switch
            {
                LimitedFact.Duration => CheckDuration(rule, limit, clause),
                LimitedFact.Territory => CheckTerritory(rule, clause),
                _ => CheckScope(rule, clause),
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

        var what = PlaybookParser.Wire(limit.Fact);
        return limit.WhenAbsent switch
        {
            AbsentFactVerdict.Uncertain => [Draft.OnClause(FindingKind.Uncertain, applicable[0], $"no {what} stated")],
            AbsentFactVerdict.Violation => [Draft.OnClause(rule.Finding, applicable[0], $"no {what} stated")],
            _ => [Draft.OnClause(FindingKind.Ok, applicable[0])],
        };
    }

    private static (bool HasFact, Draft? Violation) CheckDuration(PlaybookRule rule, LimitSpec limit, AnalyzedClause clause)
    {
        var durations = clause.Facts.Durations
            .Where(d => limit.From == DurationSelection.Any || d.Indefinite || d.From != DurationAnchor.Signing)
            .ToList();
        var over = durations.FirstOrDefault(d => d.Indefinite && !limit.AllowIndefinite)
            ?? durations.Where(d => d.Months > limit.MaxMonths).MaxBy(d => d.Months);
        if (over is not null)
        {
            var measured = over.Indefinite ? "indefinite" : $"{over.Months} months";
            var bound = limit.MaxMonths is { } max ? $"limit {max} months" : "no indefinite term";
            return (true, new Draft(rule.Finding, clause, new Evidence(over.Start, over.End), $"{measured}; {bound}"));
        }

        // "During the Term" bounds a restriction by the agreement itself: a stated limit.
        return (durations.Count > 0 || clause.Facts.Durations.Count > 0 || clause.Facts.Has(FactNames.TermReference), null);
    }

    private static (bool HasFact, Draft? Violation) CheckTerritory(PlaybookRule rule, AnalyzedClause clause)
    {
        var worldwide = clause.Facts.Territories.FirstOrDefault(t => t.Kind == TerritoryKind.Worldwide);
        return worldwide is null
            ? (clause.Facts.Territories.Count > 0, null)
            : (true, new Draft(rule.Finding, clause, new Evidence(worldwide.Start, worldwide.End), "worldwide"));
    }

    private static (bool HasFact, Draft? Violation) CheckScope(PlaybookRule rule, AnalyzedClause clause)
    {
        var scope = clause.Facts.Scope;
        var broad = scope.FirstOrDefault(s => s.Breadth == ScopeBreadth.Broad)
            ?? (scope.Any(s => s.Breadth == ScopeBreadth.Tied) ? null : scope.FirstOrDefault(s => s.Breadth == ScopeBreadth.Loose));
        return broad is null
            ? (scope.Count > 0, null)
            : (true, new Draft(rule.Finding, clause, new Evidence(broad.Start, broad.End), $"scope: {broad.Cue.Replace('_', ' ')}"));
    }

    private static IEnumerable<Draft> Requires(PlaybookRule rule, IReadOnlyList<AnalyzedClause> clauses)
    {
        var spec = rule.Elements!;
        var applicable = clauses.Where(c => IsApplicable(rule, c)).ToList();
        if (applicable.Count == 0)
        {
            // Absence of the clause itself is the `required` rule's business, not this one's.
            yield break;
        }

        var searched = spec.Within == ElementScope.Label ? applicable : clauses;
        var missing = spec.Elements
            .Where(item => !item.Split('|').Any(name => searched.Any(c => c.Facts.Has(name))))
            .ToList();
        yield return missing.Count == 0
            ? Draft.OnClause(FindingKind.Ok, applicable[0])
            : Draft.OnClause(rule.Finding, applicable[0], "not found: " + string.Join("; ", missing.Select(FactNames.Describe)));
    }

    private static IEnumerable<Draft> Forbids(PlaybookRule rule, IReadOnlyList<AnalyzedClause> clauses)
    {
        var spec = rule.Elements!;
        var applicable = clauses.Where(c => IsApplicable(rule, c)).ToList();
        var searched = spec.Within == ElementScope.Label ? applicable : clauses;
        var found = false;
        foreach (var clause in searched)
        {
            foreach (var name in spec.Elements)
            {
                // One finding per element and clause: "residuals" and "unaided memory" are one problem.
                if (clause.Facts.SpansOf(name).FirstOrDefault() is { End: > 0 } span)
                {
                    found = true;
                    yield return new Draft(rule.Finding, clause, new Evidence(span.Start, span.End), name.Replace('_', ' '));
                }
            }
        }

        if (!found && applicable.Count > 0)
        {
            yield return Draft.OnClause(FindingKind.Ok, applicable[0]);
        }
    }

    private static IEnumerable<Draft> Consistency(PlaybookRule rule, ContractDocument document, IReadOnlyList<AnalyzedClause> clauses) =>
        rule.Consistency switch
        {
            ConsistencyCheck.LawAndForum => LawAndForum(rule, clauses),
            _ => PrevailingLanguage(rule, document, clauses),
        };

    private static IEnumerable<Draft> LawAndForum(PlaybookRule rule, IReadOnlyList<AnalyzedClause> clauses)
    {
        var laws = clauses.SelectMany(c => c.Facts.GoverningLaw.Select(f => (Clause: c, Fact: f))).ToList();
        var courts = clauses.SelectMany(c => c.Facts.Forums.Where(f => f.Kind == ForumKind.Court && f.Country is not null).Select(f => (Clause: c, Fact: f))).ToList();
        if (laws.Count == 0 || courts.Count == 0)
        {
            // Arbitration away from the law's country is the usual compromise, not an inconsistency.
            yield break;
        }

        var lawCountries = laws.Select(l => l.Fact.Country).ToHashSet(StringComparer.Ordinal);
        var mismatched = courts.Where(c => !lawCountries.Contains(c.Fact.Country!)).ToList();
        foreach (var (clause, fact) in mismatched)
        {
            yield return new Draft(rule.Finding, clause, new Evidence(fact.Start, fact.End),
                $"law: {string.Join(", ", lawCountries.Order(StringComparer.Ordinal))}; courts: {fact.Country}");
        }

        if (mismatched.Count == 0)
        {
            yield return new Draft(FindingKind.Ok, courts[0].Clause, new Evidence(courts[0].Fact.Start, courts[0].Fact.End), null);
        }
    }

    private static IEnumerable<Draft> PrevailingLanguage(PlaybookRule rule, ContractDocument document, IReadOnlyList<AnalyzedClause> clauses)
    {
        var bilingual = clauses.SelectMany(c => c.Facts.Elements.Where(e => e.Element == FactNames.Bilingual).Select(e => (Clause: c, Fact: e))).FirstOrDefault();
        if (bilingual.Clause is null && !LanguageMix.IsBilingual(document.Text))
        {
            yield break;
        }

        var prevailing = clauses.SelectMany(c => c.Facts.Elements.Where(e => e.Element == FactNames.PrevailingLanguage).Select(e => (Clause: c, Fact: e))).FirstOrDefault();
        if (prevailing.Clause is not null)
        {
            yield return new Draft(FindingKind.Ok, prevailing.Clause, new Evidence(prevailing.Fact.Start, prevailing.Fact.End), $"prevails: {prevailing.Fact.Value}");
        }
        else if (bilingual.Clause is not null)
        {
            yield return new Draft(rule.Finding, bilingual.Clause, new Evidence(bilingual.Fact.Start, bilingual.Fact.End), "no prevailing language");
        }
        else
        {
            yield return new Draft(rule.Finding, null, null, "text in two languages; no prevailing language");
        }
    }

    private static bool IsApplicable(PlaybookRule rule, AnalyzedClause clause) =>
        IsPresent(rule, clause) && (rule.AppliesWhen is not { } condition || Shows(clause, condition));

    private static bool Shows(AnalyzedClause clause, PresenceEvidence evidence) =>
        (clause.Heading is { } heading && evidence.Headings.Any(h => heading.Contains(h, StringComparison.OrdinalIgnoreCase)))
        || evidence.Facts.Any(clause.Facts.Has);

    private static bool IsPresent(PlaybookRule rule, AnalyzedClause clause)
    {
        if (clause.Has(rule.Label))
        {
            return true;
        }

        return rule.PresentWhen is { } evidence && Shows(clause, evidence);
    }

    /// <summary>A finding before the rule's texts and a unique id are attached.</summary>
    private sealed record Draft(FindingKind Kind, AnalyzedClause? Clause, Evidence? Evidence, string? Detail)
    {
        public static Draft OnClause(FindingKind kind, AnalyzedClause clause, string? detail = null) =>
            new(kind, clause, new Evidence(clause.Start, clause.End), detail);

        public Finding ToFinding(PlaybookRule rule, HashSet<string> usedIds)
        {
            var id = $"{rule.Id}/{Clause?.Id ?? "document"}";
            for (var n = 2; !usedIds.Add(id); n++)
            {
                id = $"{rule.Id}/{Clause?.Id ?? "document"}#{n.ToString(CultureInfo.InvariantCulture)}";
            }

            return new Finding(
                id, rule.Id, Kind, rule.Severity, rule.Label, Clause?.Id, Evidence, rule.Title, rule.Explanation, rule.Ask,
                rule.FallbackText, rule.TalkingPoint, rule.Source, rule.Topic, rule.FallbackPlacement, Detail);
        }
    }
}
