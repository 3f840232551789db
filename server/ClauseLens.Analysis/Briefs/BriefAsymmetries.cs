using System.Text.RegularExpressions;
using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis.Briefs;

/// <summary>A point the first page may show: a playbook gap or an asymmetry, before ranking.</summary>
internal sealed record BriefCandidate(
    Severity Severity, FindingKind Kind, int Leverage, string Topic, string Title, string AtStake, string Ask,
    string? Fallback, string TalkingPoint, BriefLocation Where, string RuleId, string Source, int Position);

/// <summary>
/// The commercial asymmetries a negotiator looks for, read from facts the analysis already
/// extracted (law, forums, durations, elements) and the clauses' labels: law and forum at one
/// party's home, a termination right only one party has, a perpetual or irrevocable licence, a
/// restriction on a party's own research, a liability cap for one side only. Each is tied to the
/// clause and span it was read from.
/// </summary>
internal static partial class BriefAsymmetries
{
    /// <summary>What the other side takes outranks what is merely absent, at equal severity.</summary>
    public const int AsymmetryLeverage = 3;

    public static IEnumerable<BriefCandidate> Find(ContractDocument document, AnalysisResult analysis, BriefDeal deal) =>
        Find(document, analysis, deal, BriefWording.English);

    public static IEnumerable<BriefCandidate> Find(ContractDocument document, AnalysisResult analysis, BriefDeal deal, BriefWording w)
    {
        var clauses = analysis.Clauses;
        return new[]
        {
            HomeCourt(document, clauses, deal, w),
            OneWayTermination(document, clauses, w),
            PerpetualLicence(document, clauses, w),
            ResearchRestriction(document, clauses, analysis.Findings, w),
            OneSidedCap(document, clauses, w),
        }.OfType<BriefCandidate>();
    }

    private static BriefCandidate? HomeCourt(ContractDocument document, IReadOnlyList<AnalyzedClause> clauses, BriefDeal deal, BriefWording w)
    {
        var lawClause = clauses.OrderByDescending(c => c.Has(ClauseLabels.GoverningLaw)).FirstOrDefault(c => c.Facts.GoverningLaw.Count > 0);
        if (lawClause is null)
        {
            return null;
        }

        var law = lawClause.Facts.GoverningLaw[0];
        var homes = deal.PartyHomes.Select((h, i) => (home: h, party: deal.Parties[i])).Where(x => x.home is not null).ToList();
        var at = homes.Where(x => Same(x.home!, law.Jurisdiction, law.Country)).ToList();
        // Home court only when the law is one party's home and not the other's.
        if (at.Count != 1)
        {
            return null;
        }

        var forum = clauses.SelectMany(c => c.Facts.Forums.Select(f => (clause: c, forum: f)))
            .FirstOrDefault(x => AtHome(x.forum, at[0].home!));
        var party = ShortName(at[0].party);
        var wording = w.HomeCourt(party, w.Place(law.Jurisdiction), forum.forum is not null);
        var (clause, start, end) = forum.forum is { } f ? (forum.clause, f.Start, f.End) : (lawClause, law.Start, law.End);
        return Candidate(Severity.Medium, BriefTopics.LawAndDisputes, wording, "asymmetry/home-court", document, clause, start, end, w);
    }

    private static bool AtHome(ForumFact forum, string home) =>
        (forum.Place is { } place && Places.Resolve(place) is { } p && Same(home, p.Jurisdiction, p.Country))
        || (forum.Country is { } country && Same(home, country, country));

    private static bool Same(string home, string jurisdiction, string country) =>
        home.Equals(jurisdiction, StringComparison.OrdinalIgnoreCase) || (home.Equals(country, StringComparison.OrdinalIgnoreCase) && jurisdiction == country);

    // A right to terminate at will (without cause, for convenience) held by one named party and by
    // no "either party" outranks a one-way right for cause; mutual rights for breach do not cancel
    // a one-way right at will, as Anixa's "may be terminated by Anixa, without cause" shows.
    private static BriefCandidate? OneWayTermination(ContractDocument document, IReadOnlyList<AnalyzedClause> clauses, BriefWording w)
    {
        var rights = new List<(AnalyzedClause Clause, Match Match, string Holder, bool AtWill)>();
        foreach (var clause in clauses)
        {
            var text = document.Slice(clause.Start, clause.End);
            foreach (Match m in TerminationRight().Matches(text))
            {
                var holder = m.Groups["party"].Value;
                var end = text.IndexOf('.', m.Index + m.Length);
                var sentence = text[m.Index..(end < 0 ? text.Length : end)];
                rights.Add((clause, m, NotAParty().IsMatch(holder) ? "" : holder, AtWill().IsMatch(sentence)));
            }
        }

        foreach (var atWill in new[] { true, false })
        {
            var these = rights.Where(r => r.AtWill == atWill || !atWill).ToList();
            var holders = these.Select(r => r.Holder).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (holders.Count == 1 && holders[0].Length > 0)
            {
                var (at, match, holder, _) = these[0];
                return Candidate(Severity.High, BriefTopics.AfterProject, w.OneWayTermination(holder, atWill), "asymmetry/one-way-termination",
                    document, at, at.Start + match.Index, at.Start + match.Index + match.Length, w);
            }

            if (holders.Count > 0)
            {
                return null;
            }
        }

        return null;
    }

    private static BriefCandidate? PerpetualLicence(ContractDocument document, IReadOnlyList<AnalyzedClause> clauses, BriefWording w)
    {
        foreach (var clause in clauses.Where(c => c.Has(ClauseLabels.LicenseGrant) || c.Facts.Has(FactNames.LicenceExclusive) || c.Facts.Has(FactNames.LicenceNonExclusive)))
        {
            var text = document.Slice(clause.Start, clause.End);
            if (Perpetual().Match(text) is { Success: true } m)
            {
                var words = m.Value.ToLowerInvariant();
                var severity = words.Contains("irrevocable", StringComparison.Ordinal) || clause.Facts.Has(FactNames.LicenceExclusive) ? Severity.High : Severity.Medium;
                return Candidate(severity, BriefTopics.Licence, w.PerpetualLicence(words.Contains("perpetual", StringComparison.Ordinal), words.Contains("irrevocable", StringComparison.Ordinal)), "asymmetry/perpetual-licence",
                    document, clause, clause.Start + m.Index, clause.Start + m.Index + m.Length, w);
            }
        }

        return null;
    }

    private static BriefCandidate? ResearchRestriction(ContractDocument document, IReadOnlyList<AnalyzedClause> clauses, IReadOnlyList<Finding> findings, BriefWording w)
    {
        // The playbook's own research rule, when it fired, already makes this point.
        if (findings.Any(f => f.Kind is not FindingKind.Ok and not FindingKind.Uncertain && f.RuleId.Contains("research", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var hit = clauses.SelectMany(c => c.Facts.Elements.Where(e => e.Element == FactNames.ResearchRestriction).Select(e => (c, e))).FirstOrDefault();
        return hit.e is null ? null
            : Candidate(Severity.High, BriefTopics.Ownership, w.ResearchRestriction(), "asymmetry/research-restriction", document, hit.c, hit.e.Start, hit.e.End, w);
    }

    private static BriefCandidate? OneSidedCap(ContractDocument document, IReadOnlyList<AnalyzedClause> clauses, BriefWording w)
    {
        foreach (var clause in clauses.Where(c => c.Has(ClauseLabels.Liability)))
        {
            var text = document.Slice(clause.Start, clause.End);
            if (MutualCap().IsMatch(text))
            {
                return null;
            }

            var caps = OneCap().Matches(text).Where(m => !NotAParty().IsMatch(m.Groups["party"].Value)).ToList();
            if (caps.Select(m => m.Groups["party"].Value).Distinct(StringComparer.OrdinalIgnoreCase).Count() == 1)
            {
                var m = caps[0];
                return Candidate(Severity.High, BriefTopics.Other, w.OneSidedCap(m.Groups["party"].Value), "asymmetry/one-sided-cap",
                    document, clause, clause.Start + m.Index, clause.Start + m.Index + m.Length, w);
            }
        }

        return null;
    }

    private static BriefCandidate Candidate(
        Severity severity, string topic, (string Title, string AtStake, string Ask, string Fallback, string Say) w, string ruleId,
        ContractDocument document, AnalyzedClause clause, int start, int end, BriefWording wording)
    {
        var span = new Evidence(start, end);
        var where = new BriefLocation(wording.ClauseReference(clause), BriefWording.Quote(document, span), span);
        return new BriefCandidate(severity, FindingKind.Unbalanced, AsymmetryLeverage, topic, w.Title, w.AtStake, w.Ask, w.Fallback, w.Say,
            where, ruleId, wording.AsymmetrySource, start);
    }

    // "Anixa Biosciences, Inc." → "Anixa Biosciences": the name a negotiator says aloud.
    internal static string ShortName(string party) =>
        CompanyForm().Replace(party, "").Trim().TrimEnd(',').Trim() is { Length: > 0 } s ? s : party;

    [GeneratedRegex(@"(?:,?\s+(?:Inc|Corp|Corporation|LLC|L\.L\.C|Ltd|Limited|GmbH|AG|S\.A|N\.V|B\.V|K\.K|Co\.,?\s*Ltd|Pty)\.?)+$", RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex CompanyForm();

    [GeneratedRegex(@"\bwithout\s+cause|\bfor\s+(?:its\s+)?convenience|\bfor\s+any\s+(?:or\s+no\s+)?reason|\bat\s+will\b|\bat\s+any\s+time\b", RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex AtWill();

    [GeneratedRegex(@"\bmay\s+be\s+terminated\s+by\s+(?<party>[Ee]ither|[Ee]ach|[A-Z][\w&-]+)|\b(?<party>[A-Z][\w&-]+)\s+(?:may|shall\s+have\s+the\s+right\s+to|is\s+entitled\s+to)\s+terminate\s+this\s+Agreement", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex TerminationRight();

    [GeneratedRegex(@"^(?:Either|Each|Both|Neither|Party|Parties|Agreement|This|It|The|Such|Which|Who)$", RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex NotAParty();

    [GeneratedRegex(@"\b(?:perpetual|irrevocable)\b[^.;]{0,80}?\blicen[cs]e", RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex Perpetual();

    [GeneratedRegex(@"\b(?:either|each|neither)\s+party'?s?\s+(?:total\s+|aggregate\s+)?liability|\bin\s+no\s+event\s+shall\s+either\s+party\b", RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex MutualCap();

    [GeneratedRegex(@"\b(?<party>[A-Z][\w&-]+)'s\s+(?:total\s+|aggregate\s+|entire\s+)*liability[^.]{0,160}?\b(?:shall|will)\s+not\s+exceed|\b(?:reimbursements|liability)[^.]{0,80}?shall\s+not\s+exceed\s+(?:the\s+)?(?:payments|amounts|fees)\s+(?:received|paid)\s+by\s+(?<party>[A-Z][\w&-]+)", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex OneCap();
}
