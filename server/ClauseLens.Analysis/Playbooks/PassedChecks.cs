using System.Globalization;
using ClauseLens.Analysis.Context;
using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Writing;

namespace ClauseLens.Analysis.Playbooks;

/// <summary>
/// A rule the contract meets, stated as what is there ("Governing law: Japan (clause 12.1)"), never
/// as the rule's problem-worded title ("No governing law").
/// </summary>
/// <param name="FindingId">The <c>ok</c> finding this statement is for.</param>
/// <param name="RuleId">The rule met.</param>
/// <param name="Statement">What the contract has, with where it says so.</param>
/// <param name="ClauseId">The clause that meets it, when one does.</param>
/// <param name="LookedIn">For a rule met by absence (no grant-back found): where the check looked ("clause 7", "the whole contract").</param>
public sealed record PassedCheck(string FindingId, string RuleId, string Statement, string? ClauseId, string? LookedIn = null);

/// <summary>
/// Builds <see cref="PassedCheck"/> statements from what the evaluator already relied on: the clause
/// of each <c>ok</c> finding and the facts extracted from it. Needs no per-rule text in the playbook.
/// </summary>
public static class PassedChecks
{
    /// <summary>One statement per <c>ok</c> finding, in finding order, in <paramref name="language"/> (en or ja).</summary>
    public static IReadOnlyList<PassedCheck> For(Playbook playbook, IReadOnlyList<Finding> findings, IReadOnlyList<AnalyzedClause> clauses, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(playbook);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(clauses);
        var ja = language == ContractLanguages.Japanese;
        var rules = playbook.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var byId = clauses.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var passed = new List<PassedCheck>();
        foreach (var finding in findings.Where(f => f.Kind == FindingKind.Ok))
        {
            var clause = finding.ClauseId is { } id ? byId.GetValueOrDefault(id) : null;
            var rule = rules.GetValueOrDefault(finding.RuleId);
            var (statement, lookedIn) = rule is null
                ? (Join(LabelName(finding.Label, ja), clause is null ? null : Where(clause, ja), ja), null)
                : State(rule, finding, clause, clauses, ja);
            passed.Add(new PassedCheck(finding.Id, finding.RuleId, statement, clause?.Id, lookedIn));
        }

        return passed;
    }

    private static (string Statement, string? LookedIn) State(PlaybookRule rule, Finding finding, AnalyzedClause? clause, IReadOnlyList<AnalyzedClause> clauses, bool ja)
    {
        var name = LabelName(rule.Label, ja);
        var language = ja ? ContractLanguages.Japanese : ContractLanguages.English;
        var where = clause is null ? null : Where(clause, ja);
        switch (rule.Kind)
        {
            case RuleKind.Required:
                return (Join(name, Value(rule.Label, clause, clauses, ja), where, ja), null);
            case RuleKind.Requires:
                {
                    var items = rule.Elements!.Elements;
                    var found = items.Select(item => item.Split('|').FirstOrDefault(n => clauses.Any(c => c.Facts.Has(n))) ?? item).ToList();
                    var holders = clauses.Where(c => items.Any(item => item.Split('|').Any(c.Facts.Has))).ToList();
                    var at = holders.Count is > 0 and <= 3 ? string.Join(", ", holders.Select(c => Where(c, ja))) : where;
                    var exclusions = found.Where(ElementWords.IsExclusion).ToList();
                    var others = found.Except(exclusions).ToList();
                    string Short(string n) => ElementWords.Short(n, language);
                    if (exclusions.Count >= 3)
                    {
                        // The NDA exclusions read as one thing to a lawyer: "Standard exclusions: all five".
                        var also = others.Count == 0 ? "" : ja ? $"。ほかに{string.Join("、", others.Select(Short))}" : $"; also {string.Join("; ", others.Select(Short))}";
                        var list = ja
                            ? $"{Count(exclusions.Count, ja)}項目すべてあり（{string.Join("、", exclusions.Select(Short))}）{also}"
                            : $"all {Count(exclusions.Count, ja)} ({string.Join(", ", exclusions.Select(Short))}){also}";
                        return (Join(ja ? "標準的な除外事由" : "Standard exclusions", list, at, ja), null);
                    }

                    var count = Count(items.Count, ja);
                    var what = items.Count == 1
                        ? ElementWords.Describe(found[0], language)
                        : ja ? $"確認した{count}項目すべてあり（{string.Join("、", found.Select(Short))}）" : $"all {count} checked ({string.Join("; ", found.Select(Short))})";
                    return (Join(name, what, at, ja), null);
                }

            case RuleKind.Limit:
                return (Join(name, Limit(rule.Limit!, clause, ja, language), where, ja), null);
            case RuleKind.Forbids:
                {
                    var looked = rule.Elements!.Within == ElementScope.Label && where is not null ? where : (ja ? "契約書全体" : "the whole contract");
                    var none = ja
                        ? string.Join("、", rule.Elements.Elements.Select(e => ElementWords.Describe(e, language))) + "の定めなし"
                        : "none — no " + string.Join(", no ", rule.Elements.Elements.Select(e => ElementWords.Bare(ElementWords.Describe(e))));
                    return (ja ? $"{name}：{none}（確認箇所：{looked}）" : $"{name}: {none} (looked in {looked})", looked);
                }

            default:
                if (rule.Consistency == ConsistencyCheck.PrevailingLanguage)
                {
                    // The language the ok finding rests on (its evidence is the prevailing-language statement).
                    var prevails = clause?.Facts.Elements.FirstOrDefault(e => e.Element == FactNames.PrevailingLanguage
                        && (finding.Evidence is not { } at || (e.Start == at.Start && e.End == at.End)))?.Value;
                    return (Join(ja ? "優先する言語" : "Prevailing language", prevails is null ? null : PlaceWords.Place(prevails, language), where, ja), null);
                }

                var country = clauses.SelectMany(c => c.Facts.GoverningLaw).Select(l => l.Country).FirstOrDefault();
                return (Join(ja ? "準拠法と裁判所の国" : "Law and courts agree", country is null ? null : ja ? $"いずれも{PlaceWords.Place(country, language)}" : country, where, ja), null);
        }
    }

    private static string? Value(string label, AnalyzedClause? clause, IReadOnlyList<AnalyzedClause> clauses, bool ja)
    {
        // The clause that met the rule first, then any other clause that states the fact.
        IEnumerable<AnalyzedClause> Order() => clause is null ? clauses : clauses.Where(c => c == clause).Concat(clauses.Where(c => c != clause));
        return label switch
        {
            ClauseLabels.GoverningLaw => Order().SelectMany(c => c.Facts.GoverningLaw).Select(l => ja ? PlaceWords.Law(l.Jurisdiction, ContractLanguages.Japanese) : l.Jurisdiction).FirstOrDefault(),
            ClauseLabels.DisputeResolution => Order().SelectMany(c => c.Facts.Forums).Select(f => Forum(f, ja)).FirstOrDefault(),
            _ => null,
        };
    }

    private static string Forum(ForumFact forum, bool ja)
    {
        var language = ja ? ContractLanguages.Japanese : ContractLanguages.English;
        var place = forum.Place is { Length: > 0 } p ? PlaceWords.Place(p.TrimEnd('.', ','), language) : null;
        if (forum.Kind == ForumKind.Arbitration)
        {
            if (ja)
            {
                var body = forum.Name is { Length: > 0 } institution ? $"仲裁（{PlaceWords.Place(institution, language)}）" : "仲裁";
                return place is null ? body : $"{body}、仲裁地は{place}";
            }

            var arbitration = forum.Name is { Length: > 0 } n ? $"arbitration ({n})" : "arbitration";
            return place is null ? Capitalise(arbitration) : Capitalise($"{arbitration} seated in {place}");
        }

        var court = forum.Name is { Length: > 0 } c ? PlaceWords.Place(c, language) : ja ? "裁判所" : "courts";
        return place is null || court.Contains(place, StringComparison.Ordinal) ? Capitalise(court) : Capitalise(ja ? $"{place}の{court}" : $"{court} in {place}");
    }

    private static string? Limit(LimitSpec limit, AnalyzedClause? clause, bool ja, string language)
    {
        if (clause is null)
        {
            return null;
        }

        var facts = clause.Facts;
        switch (limit.Fact)
        {
            case LimitedFact.Duration:
                if (facts.Durations.Where(d => d.Months is not null).MaxBy(d => d.Months) is { Months: { } months } longest)
                {
                    var after = longest.From == DurationAnchor.AfterEnd;
                    return ja
                        ? $"{(after ? "契約終了後" : "")}{Months(months, ja)}（プレイブックの上限内）"
                        : $"{Months(months, ja)}{(after ? " after the end" : "")}, within the playbook's limit";
                }

                if (facts.Has(FactNames.TermReference))
                {
                    return ja ? "契約期間中に限る" : "limited to the term of the agreement";
                }

                return ja ? "期間の定めなし（本プレイブックでは問題としない）" : "no duration stated, which the playbook accepts here";
            case LimitedFact.Territory:
                var regions = facts.Territories.Where(t => t.Kind == TerritoryKind.Named && t.Region is not null).Select(t => PlaceWords.Place(t.Region!, language)).Distinct(StringComparer.Ordinal).ToList();
                return regions.Count > 0
                    ? (ja ? $"地域は{string.Join("、", regions)}に限定" : $"limited to {string.Join(", ", regions)}, not worldwide")
                    : (ja ? "全世界を対象とする定めなし" : "no worldwide territory");
            default:
                return facts.Scope.Any(s => s.Breadth == ScopeBreadth.Tied)
                    ? (ja ? "範囲は本件の業務等に限定" : "scope tied to the joint work or named products")
                    : (ja ? "範囲を広げる文言なし" : "no wording that widens its scope");
        }
    }

    private static string Months(int months, bool ja)
    {
        if (months % 12 == 0)
        {
            var years = months / 12;
            return ja ? $"{years}年" : years == 1 ? "1 year" : $"{years.ToString(CultureInfo.InvariantCulture)} years";
        }

        return ja ? $"{months}か月" : months == 1 ? "1 month" : $"{months.ToString(CultureInfo.InvariantCulture)} months";
    }

    /// <summary>"clause 12.1, Governing Law", "第12条1項", or the heading alone.</summary>
    internal static string Where(AnalyzedClause clause, bool ja)
    {
        var number = string.IsNullOrWhiteSpace(clause.Number) ? null : clause.Number.Trim().TrimEnd('.');
        var heading = string.IsNullOrWhiteSpace(clause.Heading) ? null : Shorten(clause.Heading.Trim(), 50);
        if (ja)
        {
            var n = number is null ? null : FindingWording.JapaneseNumber(number);
            return (n, heading) switch
            {
                // 「準拠法：日本法（第12条）」: the article's number alone, as a Japanese reader cites it.
                (not null, _) => n,
                (null, not null) => $"「{heading}」",
                _ => clause.Id,
            };
        }

        return (number, heading) switch
        {
            (not null, not null) => $"clause {number}, {heading}",
            (not null, null) => $"clause {number}",
            (null, not null) => $"clause \u201c{heading}\u201d",
            _ => $"the {clause.Kind.ToString().ToLowerInvariant()}",
        };
    }

    private static string Join(string name, string? where, bool ja) => Join(name, null, where, ja);

    private static string Join(string name, string? value, string? where, bool ja) => (value, where, ja) switch
    {
        (not null, not null, false) => $"{name}: {value} ({where})",
        (not null, null, false) => $"{name}: {value}",
        (null, not null, false) => $"{name}: present ({where})",
        (null, null, false) => $"{name}: present",
        (not null, not null, true) => $"{name}：{value}（{where}）",
        (not null, null, true) => $"{name}：{value}",
        (null, not null, true) => $"{name}：あり（{where}）",
        _ => $"{name}：あり",
    };

    private static string Count(int n, bool ja) => ja
        ? n.ToString(CultureInfo.InvariantCulture)
        : n switch { 2 => "two", 3 => "three", 4 => "four", 5 => "five", 6 => "six", 7 => "seven", 8 => "eight", _ => n.ToString(CultureInfo.InvariantCulture) };

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";

    /// <summary>A label in a reader's words, as every surface names it (<see cref="ReaderWords"/>).</summary>
    internal static string LabelName(string label, bool ja) => ReaderWords.Label(label, ja ? ContractLanguages.Japanese : null);
}
