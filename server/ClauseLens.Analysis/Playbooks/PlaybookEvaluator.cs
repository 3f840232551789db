using System.Globalization;
using ClauseLens.Analysis.Extraction;

namespace ClauseLens.Analysis.Playbooks;

/// <summary>
/// Holds an analysed contract against a playbook's rules. Deterministic: the same clauses give the
/// same findings, in rule order then document order, with ids built from the rule and clause ids.
/// </summary>
public sealed partial class PlaybookEvaluator
{
    /// <summary>Findings in a stable order, read without a side, in English, for every contract type.</summary>
    public IReadOnlyList<Finding> Evaluate(Playbook playbook, ContractDocument document, IReadOnlyList<AnalyzedClause> clauses) =>
        Evaluate(playbook, document, clauses, ReviewContext.Neutral);

    /// <summary>
    /// Findings in a stable order for the deal in <paramref name="review"/>: rules scoped to other
    /// contract types are skipped, and findings are read from the reviewer's side in their language.
    /// </summary>
    public IReadOnlyList<Finding> Evaluate(Playbook playbook, ContractDocument document, IReadOnlyList<AnalyzedClause> clauses, ReviewContext review)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(playbook);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(clauses);

        var findings = new List<Finding>();
        var words = FindingWording.For(review.TextLanguage);
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        var evidence = new EvidenceRead(labelEvidence, document);
        foreach (var rule in playbook.Rules.Where(r => r.AppliesToType(review.ContractType)))
        {
            var drafts = rule.Kind switch
            {
                RuleKind.Required => Required(rule, document, clauses, evidence, words),
                RuleKind.Limit => Limit(rule, document, clauses, words),
                RuleKind.Requires => Requires(rule, clauses, words),
                RuleKind.Forbids => Forbids(rule, clauses, words),
                RuleKind.Consistency => Consistency(rule, document, clauses, words),
                _ => [],
            };
            findings.AddRange(drafts.Select(d => ReviewerReading.Apply(d.ToFinding(rule, usedIds), rule, playbook, review)));
        }

        return findings;
    }

    private static IEnumerable<Draft> Required(PlaybookRule rule, IReadOnlyList<AnalyzedClause> clauses, FindingWording words)
    {
        if (clauses.FirstOrDefault(c => CarriesLabel(c, rule.Label) || (rule.PresentWhen is { } evidence && Shows(c, evidence))) is { } present)
        {
            yield return Draft.OnClause(FindingKind.Ok, present);
        }
        else if (clauses.FirstOrDefault(c => NearlyCarriesLabel(c, rule.Label)) is { } maybe)
        {
            // The model came close on this clause: a person should decide rather than us calling it missing.
            yield return Draft.OnClause(FindingKind.Uncertain, maybe, words.ClassifierUnsure);
        }
        else
        {
            yield return new Draft(FindingKind.Missing, null, null, null);
        }
    }

    private static IEnumerable<Draft> Requires(PlaybookRule rule, IReadOnlyList<AnalyzedClause> clauses, FindingWording words)
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
        // Point at the clause that carries most of what the rule asks for (the exclusions list, say),
        // then the one the classifier is surest carries the rule's label: the clause where a missing
        // element belongs, never the first clause that happens to carry the label.
        var names = spec.Elements.SelectMany(item => item.Split('|')).ToList();
        var focus = applicable
            .Select((c, i) => (Clause: c, Index: i, Count: names.Count(c.Facts.Has), Score: c.Labels.FirstOrDefault(l => l.Label == rule.Label)?.Score ?? 0))
            .OrderByDescending(x => x.Count).ThenByDescending(x => x.Score).ThenBy(x => x.Index)
            .First().Clause;
        if (missing.Count == 0)
        {
            yield return Draft.OnClause(FindingKind.Ok, focus);
            yield break;
        }

        // Partial evidence (a detector in its uncertain band, an exclusions-list item nothing
        // recognised) makes an element uncertain: a person should read it, we should not call it missing.
        var unsure = missing
            .Select(item => (Item: item, Seen: searched.SelectMany(c => c.Facts.UncertainElements.Select(u => (Clause: c, Fact: u)))
                .FirstOrDefault(u => item.Split('|').Contains(u.Fact.Element))))
            .Where(x => x.Seen.Clause is not null)
            .ToList();
        var absent = missing.Where(item => unsure.All(u => u.Item != item)).ToList();
        var unsureItems = unsure.Select(u => (Unlisted(u.Item, spec), u.Seen.Fact.Value)).ToList();
        if (absent.Count == 0)
        {
            var (clause, fact) = unsure[0].Seen;
            var onClause = IsApplicable(rule, clause) ? clause : focus;
            yield return new Draft(FindingKind.Uncertain, onClause, new Evidence(fact.Start, fact.End), words.Requires([], unsureItems))
                with { Title = words.UnsureTitle([.. unsure.Select(u => Unlisted(u.Item, spec))], spec.Elements.Count - missing.Count, focus) };
            yield break;
        }

        var absentItems = absent.Select(item => Unlisted(item, spec)).ToList();
        var elsewhere = spec.UncertainWhen?.FirstOrDefault(name => searched.Any(c => c.Facts.Has(name)));
        // When some of what the rule asks for is there, the title names what is missing and where the
        // rest is, in the reader's language; nothing there keeps the rule's title.
        yield return elsewhere is null
            ? Draft.OnClause(rule.Finding, focus, words.Requires(absentItems, unsureItems))
                with { Title = words.PartialTitle(absentItems, spec.Elements.Count - missing.Count, missing.Count != absent.Count, focus) }
            : Draft.OnClause(FindingKind.Uncertain, focus, words.Requires(absentItems, unsureItems, elsewhere))
                with { Title = words.UnsureTitle([.. absentItems, .. unsure.Select(u => Unlisted(u.Item, spec))], spec.Elements.Count - missing.Count, focus) };
    }

    /// <summary>
    /// An item's alternatives without those the rule also asks for on their own, so "public now or
    /// later" and "public later" read as two distinct gaps.
    /// </summary>
    private static string Unlisted(string item, ElementSpec spec)
    {
        var rest = item.Split('|').Where(name => name == item || !spec.Elements.Contains(name, StringComparer.Ordinal)).ToList();
        return rest.Count == 0 ? item : string.Join('|', rest);
    }

    private static IEnumerable<Draft> Forbids(PlaybookRule rule, IReadOnlyList<AnalyzedClause> clauses, FindingWording words)
    {
        var spec = rule.Elements!;
        var applicable = clauses.Where(c => IsApplicable(rule, c)).ToList();
        if (applicable.Count == 0)
        {
            // As for requires: the rule is about a kind of clause the contract does not have.
            yield break;
        }

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
                    yield return new Draft(rule.Finding, clause, new Evidence(span.Start, span.End), words.Forbidden(name));
                }
            }
        }

        if (!found)
        {
            yield return Draft.OnClause(FindingKind.Ok, applicable[0]);
        }
    }

    private static IEnumerable<Draft> Consistency(PlaybookRule rule, ContractDocument document, IReadOnlyList<AnalyzedClause> clauses, FindingWording words) =>
        rule.Consistency switch
        {
            ConsistencyCheck.LawAndForum => LawAndForum(rule, clauses, words),
            _ => PrevailingLanguage(rule, document, clauses, words),
        };

    private static IEnumerable<Draft> LawAndForum(PlaybookRule rule, IReadOnlyList<AnalyzedClause> clauses, FindingWording words)
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
                words.LawAndCourts(lawCountries.Order(StringComparer.Ordinal), fact.Country!));
        }

        if (mismatched.Count == 0)
        {
            yield return new Draft(FindingKind.Ok, courts[0].Clause, new Evidence(courts[0].Fact.Start, courts[0].Fact.End), null);
        }
    }

    private static IEnumerable<Draft> PrevailingLanguage(PlaybookRule rule, ContractDocument document, IReadOnlyList<AnalyzedClause> clauses, FindingWording words)
    {
        var bilingual = clauses.SelectMany(c => c.Facts.Elements.Where(e => e.Element == FactNames.Bilingual).Select(e => (Clause: c, Fact: e))).FirstOrDefault();
        if (bilingual.Clause is null && !LanguageMix.IsBilingual(document.Text))
        {
            yield break;
        }

        var statements = clauses.SelectMany(c => c.Facts.Elements.Where(e => e.Element == FactNames.PrevailingLanguage).Select(e => (Clause: c, Fact: e))).ToList();
        if (statements.Select(s => s.Fact.Value).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            // Two versions each naming a different language: the drafting checks report that, with both wordings.
            yield break;
        }

        var prevailing = statements.FirstOrDefault();
        if (prevailing.Clause is not null)
        {
            yield return new Draft(FindingKind.Ok, prevailing.Clause, new Evidence(prevailing.Fact.Start, prevailing.Fact.End), words.Prevails(prevailing.Fact.Value));
        }
        else if (bilingual.Clause is not null)
        {
            yield return new Draft(rule.Finding, bilingual.Clause, new Evidence(bilingual.Fact.Start, bilingual.Fact.End), words.NoPrevailingLanguage);
        }
        else
        {
            yield return new Draft(rule.Finding, null, null, words.TwoLanguagesNoPrevailing);
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
        /// <summary>A title more precise than the rule's for this contract (what exactly is missing), or null.</summary>
        public string? Title { get; init; }

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
                id, rule.Id, Kind, rule.Severity, rule.Label, Clause?.Id, Evidence, Title ?? rule.Title, rule.Explanation, rule.Ask,
                rule.FallbackText, rule.TalkingPoint, rule.Source, rule.Topic, rule.FallbackPlacement, Detail);
        }
    }
}
