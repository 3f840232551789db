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
    public static IReadOnlyList<BriefChecklistItem> Build(ContractDocument document, IReadOnlyList<AnalyzedClause> clauses) =>
        Build(document, clauses, BriefWording.English);

    public static IReadOnlyList<BriefChecklistItem> Build(ContractDocument document, IReadOnlyList<AnalyzedClause> clauses, BriefWording w)
    {
        var items = new List<BriefChecklistItem>();
        items.AddRange(Audits(document, clauses, w));
        items.AddRange(Registrations(document, clauses, w));
        items.AddRange(Survival(document, clauses, w));
        items.AddRange(PrototypesAndData(document, clauses, w));
        return items;
    }

    private static IEnumerable<BriefChecklistItem> Audits(ContractDocument document, IReadOnlyList<AnalyzedClause> clauses, BriefWording w)
    {
        foreach (var clause in clauses.Where(c => c.Has(ClauseLabels.AuditRights) || c.Facts.Has(FactNames.Audit)))
        {
            var keepFor = clause.Facts.Durations.FirstOrDefault(d => d.Months is not null);
            yield return new BriefChecklistItem(BriefChecklistArea.AuditsAndCheckIns, w.AuditAction(keepFor?.Months), At(document, clause, w));
        }

        // One item for the sentence that renews the contract itself, with its term and notice; a
        // renewal fee or a patent's renewal is not the contract renewing.
        if (RenewalReader.Read(document.Text, clauses) is { } renewal && AnalyzedClause.Holding(clauses, renewal.Start) is { } where)
        {
            var notice = renewal.Notice is { } n ? Writing.Whitespace.Collapse(document.Slice(n.Start, n.End)) : null;
            yield return new BriefChecklistItem(BriefChecklistArea.AuditsAndCheckIns, w.RenewalAction(renewal.Kind, renewal.TermMonths, notice),
                At(document, where, w, renewal.Start, renewal.End));
        }
    }

    private static IEnumerable<BriefChecklistItem> Registrations(ContractDocument document, IReadOnlyList<AnalyzedClause> clauses, BriefWording w)
    {
        var kinds = RegistrationKinds(document.Text);
        var maintenance = clauses.Where(c => c.Facts.Has(FactNames.RegistrationMaintenance)).ToList();
        foreach (var clause in maintenance)
        {
            yield return new BriefChecklistItem(BriefChecklistArea.Registrations, w.KeepUpAction(kinds), At(document, clause, w));
        }

        if (maintenance.Count == 0 && kinds.Count > 0)
        {
            yield return new BriefChecklistItem(BriefChecklistArea.Registrations, w.NobodyKeepsUpAction(kinds), null);
        }
    }

    private static IEnumerable<BriefChecklistItem> Survival(ContractDocument document, IReadOnlyList<AnalyzedClause> clauses, BriefWording w)
    {
        var term = clauses.Where(c => c.Has(ClauseLabels.TermTermination))
            .SelectMany(c => c.Facts.Durations)
            .FirstOrDefault(d => d.From == DurationAnchor.Signing && d.Months is not null && !d.Indefinite);
        var listed = false;
        foreach (var clause in clauses)
        {
            var (obligation, heading) = Subject(clause);
            foreach (var duration in clause.Facts.Durations.Where(d => d.From == DurationAnchor.AfterEnd))
            {
                // A payment deadline "within 30 days after termination" is not an obligation that
                // survives, and a blacked-out sentence says nothing to act on.
                var sentence = SentenceAround(document, clause, duration.Start, duration.End);
                if (BriefDetail.RedactionMark().IsMatch(sentence) || (obligation == BriefWording.Obligation.Unnamed && !SurvivalCue().IsMatch(sentence)))
                {
                    continue;
                }

                listed = true;
                yield return new BriefChecklistItem(BriefChecklistArea.Survival, SurvivalSentence(w.Subject(obligation, heading), duration, term, w),
                    At(document, clause, w, duration.Start, duration.End));
            }

            if (clause.Facts.Has(FactNames.Survival) && clause.Facts.Durations.All(d => d.From != DurationAnchor.AfterEnd))
            {
                listed = true;
                yield return new BriefChecklistItem(BriefChecklistArea.Survival, w.SurvivalListAction, At(document, clause, w));
            }
        }

        if (!listed)
        {
            yield return new BriefChecklistItem(BriefChecklistArea.Survival, w.NoSurvivalAction, null);
        }
    }

    internal static string SurvivalSentence(string subject, DurationFact duration, DurationFact? term, BriefWording? w = null)
    {
        w ??= BriefWording.English;
        return duration.Indefinite || duration.Months is null
            ? w.SurvivesForever(subject)
            : w.SurvivesFor(subject, duration.Months.Value, term?.Months);
    }

    private static IEnumerable<BriefChecklistItem> PrototypesAndData(ContractDocument document, IReadOnlyList<AnalyzedClause> clauses, BriefWording w)
    {
        var handling = clauses.Where(c => c.Facts.Has(FactNames.PrototypesAndData) || c.Facts.Has(FactNames.ReturnOrDestroy)).ToList();
        foreach (var clause in handling)
        {
            yield return new BriefChecklistItem(BriefChecklistArea.PrototypesAndData,
                clause.Facts.Has(FactNames.PrototypesAndData) ? w.PrototypesAction : w.ReturnOrDestroyAction,
                At(document, clause, w));
        }

        if (handling.Count == 0)
        {
            yield return new BriefChecklistItem(BriefChecklistArea.PrototypesAndData, w.NoPrototypesAction, null);
        }
    }

    // What survives: the clause's first label the checklist names, else its heading.
    private static (BriefWording.Obligation Obligation, string? Heading) Subject(AnalyzedClause clause)
    {
        var label = clause.Labels.Select(l => l.Label).FirstOrDefault(l => l != ClauseLabels.TermTermination);
        var obligation = label switch
        {
            ClauseLabels.Confidentiality => BriefWording.Obligation.Confidentiality,
            ClauseLabels.NonCompete => BriefWording.Obligation.NonCompete,
            ClauseLabels.AuditRights => BriefWording.Obligation.AuditRight,
            ClauseLabels.Royalties => BriefWording.Obligation.Royalties,
            ClauseLabels.LicenseGrant => BriefWording.Obligation.Licence,
            ClauseLabels.IpOwnership => BriefWording.Obligation.Ownership,
            ClauseLabels.Liability => BriefWording.Obligation.Liability,
            _ => BriefWording.Obligation.Unnamed,
        };
        return (obligation, clause.Heading);
    }

    private static string SentenceAround(ContractDocument document, AnalyzedClause clause, int start, int end)
    {
        var text = document.Text;
        var from = Math.Max(clause.Start, text.LastIndexOf('.', Math.Max(start - 1, 0)) + 1);
        var to = text.IndexOf('.', Math.Min(end, text.Length - 1));
        return text[from..(to < 0 || to > clause.End ? clause.End : to)];
    }

    private static BriefLocation At(ContractDocument document, AnalyzedClause clause, BriefWording w, int? start = null, int? end = null) =>
        new(w.ClauseReference(clause), start is { } s && end is { } e ? BriefWording.Quote(document, new Playbooks.Evidence(s, e)) : null,
            start is { } s2 && end is { } e2 ? new Playbooks.Evidence(s2, e2) : null);

    // Patents (0), utility models (1), design registrations (2), trademarks (3): BriefWording names them.
    private static List<int> RegistrationKinds(string text)
    {
        var kinds = new List<int>();
        if (Patent().IsMatch(text)) kinds.Add(0);
        if (UtilityModel().IsMatch(text)) kinds.Add(1);
        if (Design().IsMatch(text)) kinds.Add(2);
        if (Trademark().IsMatch(text)) kinds.Add(3);
        return kinds;
    }

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
