using System.Text.RegularExpressions;
using ClauseLens.Analysis.Extraction;

namespace ClauseLens.Analysis.Briefs;

/// <summary>
/// The after-signing checklist, drawn from the contract's own clauses and facts: audits and
/// check-ins, registrations to keep up, what survives the end and for how long, and what happens
/// to prototypes and shared data. Silence on prototypes and data is itself an item.
/// </summary>
internal static partial class BriefChecklist
{
    public static IReadOnlyList<BriefChecklistItem> Build(ContractDocument document, IReadOnlyList<AnalyzedClause> clauses)
    {
        var items = new List<BriefChecklistItem>();
        items.AddRange(Audits(document, clauses));
        items.AddRange(Registrations(document, clauses));
        items.AddRange(Survival(document, clauses));
        items.AddRange(PrototypesAndData(document, clauses));
        return items;
    }

    private static IEnumerable<BriefChecklistItem> Audits(ContractDocument document, IReadOnlyList<AnalyzedClause> clauses)
    {
        foreach (var clause in clauses.Where(c => c.Has(ClauseLabels.AuditRights) || c.Facts.Has(FactNames.Audit)))
        {
            var keepFor = clause.Facts.Durations.FirstOrDefault(d => d.Months is not null);
            var action = "Keep books and records ready for the audits and inspections this clause allows, and diarise regular check-ins on reports and payments"
                + (keepFor is { Months: { } m } ? $"; keep the records for {BriefWording.Months(m)}." : ".");
            yield return new BriefChecklistItem(BriefChecklistArea.AuditsAndCheckIns, action, At(document, clause));
        }

        foreach (var clause in clauses.Where(c => c.Facts.Has(FactNames.Renewal)))
        {
            yield return new BriefChecklistItem(BriefChecklistArea.AuditsAndCheckIns,
                "The agreement can renew or be extended: diarise the notice deadline before each renewal and review the project before it passes.",
                At(document, clause));
        }
    }

    private static IEnumerable<BriefChecklistItem> Registrations(ContractDocument document, IReadOnlyList<AnalyzedClause> clauses)
    {
        var kinds = RegistrationKinds(document.Text);
        var maintenance = clauses.Where(c => c.Facts.Has(FactNames.RegistrationMaintenance)).ToList();
        foreach (var clause in maintenance)
        {
            yield return new BriefChecklistItem(BriefChecklistArea.Registrations,
                $"Keep up the {(kinds.Count > 0 ? Join(kinds) : "registrations")} as this clause requires: track filing and renewal deadlines and who pays each fee.",
                At(document, clause));
        }

        if (maintenance.Count == 0 && kinds.Count > 0)
        {
            yield return new BriefChecklistItem(BriefChecklistArea.Registrations,
                $"The contract mentions {Join(kinds)} but names nobody to keep them up: agree who files, renews and pays, and keep a calendar of deadlines.",
                null);
        }
    }

    private static IEnumerable<BriefChecklistItem> Survival(ContractDocument document, IReadOnlyList<AnalyzedClause> clauses)
    {
        var term = clauses.Where(c => c.Has(ClauseLabels.TermTermination))
            .SelectMany(c => c.Facts.Durations)
            .FirstOrDefault(d => d.From == DurationAnchor.Signing && d.Months is not null && !d.Indefinite);
        var listed = false;
        foreach (var clause in clauses)
        {
            var subject = Subject(clause);
            foreach (var duration in clause.Facts.Durations.Where(d => d.From == DurationAnchor.AfterEnd))
            {
                // A payment deadline "within 30 days after termination" is not an obligation that
                // survives, and a blacked-out sentence says nothing to act on.
                var sentence = SentenceAround(document, clause, duration.Start, duration.End);
                if (BriefDetail.RedactionMark().IsMatch(sentence) || ((subject.StartsWith('\u201c') || subject == "An obligation") && !SurvivalCue().IsMatch(sentence)))
                {
                    continue;
                }

                listed = true;
                yield return new BriefChecklistItem(BriefChecklistArea.Survival, SurvivalSentence(subject, duration, term), At(document, clause, duration.Start, duration.End));
            }

            if (clause.Facts.Has(FactNames.Survival) && clause.Facts.Durations.All(d => d.From != DurationAnchor.AfterEnd))
            {
                listed = true;
                yield return new BriefChecklistItem(BriefChecklistArea.Survival,
                    "This clause lists obligations that survive termination or expiry: keep honouring them after the project ends.",
                    At(document, clause));
            }
        }

        if (!listed)
        {
            yield return new BriefChecklistItem(BriefChecklistArea.Survival,
                "No survival period was found: confirm which obligations (confidentiality, ownership, licences, audits) continue after the end, and for how long.",
                null);
        }
    }

    internal static string SurvivalSentence(string subject, DurationFact duration, DurationFact? term)
    {
        if (duration.Indefinite || duration.Months is null)
        {
            return $"{subject} survives termination or expiry with no end date: treat it as permanent.";
        }

        var after = BriefWording.Months(duration.Months.Value);
        var sentence = $"{subject} survives {after} after termination or expiry: diarise the end date when the agreement ends.";
        return term is { Months: { } termMonths }
            ? sentence + $" If the agreement runs its full {BriefWording.Months(termMonths)} term, that is {BriefWording.Months(termMonths + duration.Months.Value)} after the effective date."
            : sentence;
    }

    private static IEnumerable<BriefChecklistItem> PrototypesAndData(ContractDocument document, IReadOnlyList<AnalyzedClause> clauses)
    {
        var handling = clauses.Where(c => c.Facts.Has(FactNames.PrototypesAndData) || c.Facts.Has(FactNames.ReturnOrDestroy)).ToList();
        foreach (var clause in handling)
        {
            var prototypes = clause.Facts.Has(FactNames.PrototypesAndData);
            yield return new BriefChecklistItem(BriefChecklistArea.PrototypesAndData,
                prototypes
                    ? "At the end, return or destroy the prototypes, samples and shared data as this clause requires, and ask for written confirmation."
                    : "At the end, return or destroy confidential materials as this clause requires, and ask for written confirmation; it does not name prototypes or shared data, so agree how they are handled.",
                At(document, clause));
        }

        if (handling.Count == 0)
        {
            yield return new BriefChecklistItem(BriefChecklistArea.PrototypesAndData,
                "The contract does not say what happens to prototypes, samples and shared data at the end: agree return or destruction in writing before the project closes.",
                null);
        }
    }

    // What survives, in the reader's words: the clause's first label, else its heading.
    private static string Subject(AnalyzedClause clause)
    {
        var label = clause.Labels.Select(l => l.Label).FirstOrDefault(l => l != ClauseLabels.TermTermination);
        return label switch
        {
            ClauseLabels.Confidentiality => "Confidentiality",
            ClauseLabels.NonCompete => "The non-compete",
            ClauseLabels.AuditRights => "The audit right",
            ClauseLabels.Royalties => "The royalty obligation",
            ClauseLabels.LicenseGrant => "The licence",
            ClauseLabels.IpOwnership => "The ownership terms",
            ClauseLabels.Liability => "The liability terms",
            _ => clause.Heading is { Length: > 0 } h ? $"\u201c{BriefWording.Shorten(h, 60)}\u201d" : "An obligation",
        };
    }

    private static string SentenceAround(ContractDocument document, AnalyzedClause clause, int start, int end)
    {
        var text = document.Text;
        var from = Math.Max(clause.Start, text.LastIndexOf('.', Math.Max(start - 1, 0)) + 1);
        var to = text.IndexOf('.', Math.Min(end, text.Length - 1));
        return text[from..(to < 0 || to > clause.End ? clause.End : to)];
    }

    private static BriefLocation At(ContractDocument document, AnalyzedClause clause, int? start = null, int? end = null) =>
        new(BriefWording.ClauseReference(clause), start is { } s && end is { } e ? BriefWording.Quote(document, new Playbooks.Evidence(s, e)) : null,
            start is { } s2 && end is { } e2 ? new Playbooks.Evidence(s2, e2) : null);

    private static List<string> RegistrationKinds(string text)
    {
        var kinds = new List<string>();
        if (Patent().IsMatch(text)) kinds.Add("patents");
        if (UtilityModel().IsMatch(text)) kinds.Add("utility models");
        if (Design().IsMatch(text)) kinds.Add("design registrations");
        if (Trademark().IsMatch(text)) kinds.Add("trademarks");
        return kinds;
    }

    private static string Join(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    [GeneratedRegex(@"surviv|continu|remain|in (?:full )?(?:force|effect)|\bretain|\bkeep|\bmaintain|\bshall not\b|存続|有効", RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex SurvivalCue();

    [GeneratedRegex(@"\bpatent|特許", RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex Patent();

    [GeneratedRegex(@"\butility models?\b|実用新案", RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex UtilityModel();

    [GeneratedRegex(@"\b(?:registered designs?|design (?:rights?|registrations?|patents?))\b|意匠", RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex Design();

    [GeneratedRegex(@"\btrade ?marks?\b|商標", RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex Trademark();
}
