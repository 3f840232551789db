using ClauseLens.Analysis.Extraction;
namespace ClauseLens.Analysis.Briefs;

/// <summary>The questions before signing and the after-signing checklist, in English.</summary>
internal partial class BriefWording
{
    /// <summary>What survives the end, as a checklist item names it.</summary>
    public enum Obligation
    {
        /// <summary>A clause whose label the checklist does not name; said by its heading, else "an obligation".</summary>
        Unnamed,
        Confidentiality,
        NonCompete,
        AuditRight,
        Royalties,
        Licence,
        Ownership,
        Liability,
    }

    public virtual (string Question, string Why) PartiesQuestion => ("Who exactly are the contracting parties?",
        "The preamble does not name two parties clearly; check the legal names and which group companies are bound.");

    public virtual (string Question, string Why) LawQuestion => ("Which law governs the agreement?",
        "No governing law was found; without one, each side may assume its own law applies.");

    public virtual (string Question, string Why) ForumQuestion => ("Where would a dispute be decided, and how?",
        "No court or arbitration was found; agree a first step of consultation and a neutral final forum.");

    /// <summary>The question for checks that could not be settled: on a clause (<paramref name="reference"/>) or, when null, the contract as a whole.</summary>
    public virtual string UnsureQuestion(string topic, string? reference) => reference is null
        ? $"Does the contract deal with {Lower(topic)} elsewhere?"
        : $"What does {Lower(reference)} provide on {Lower(topic)}?";

    public virtual string UnsureWhy(IReadOnlyList<string> titles) =>
        $"These checks could not be settled from its text, so a person should read it: {string.Join("; ", titles)}.";

    public virtual string AuditAction(int? keepForMonths) =>
        "Keep books and records ready for the audits and inspections this clause allows, and diarise regular check-ins on reports and payments"
        + (keepForMonths is { } m ? $"; keep the records for {Months(m)}." : ".");

    /// <summary>
    /// What to diarise for the contract's renewal: an automatic renewal and the notice that stops
    /// it, or a party's option to renew and the notice that exercises it. <paramref name="termMonths"/>
    /// is -1 when it continues until someone ends it; <paramref name="notice"/> quotes the contract.
    /// </summary>
    public virtual string RenewalAction(RenewalKind kind, int? termMonths, string? notice)
    {
        var period = termMonths switch
        {
            -1 => null,
            { } m => $" for {Months(m)} at a time",
            null => "",
        };
        return (kind, period, notice) switch
        {
            (RenewalKind.Option, _, { } n) => $"A party may renew or extend the agreement{period ?? ""}; the notice to do so is {n}: diarise that deadline and decide before it passes whether to renew.",
            (RenewalKind.Option, _, null) => $"A party may renew or extend the agreement{period ?? ""}: find out when and how it must say so, and diarise it.",
            (_, null, { } n) => $"After its first term the agreement continues until one side ends it with {n} notice: diarise a review date each year so it does not simply run on.",
            (_, null, null) => "After its first term the agreement continues until one side ends it: diarise a review date each year so it does not simply run on.",
            (_, _, { } n) => $"The agreement renews automatically{period} unless notice is given at least {n} before a term ends: diarise that deadline before each renewal and review the project before it passes.",
            _ => $"The agreement renews automatically{period}, and no notice period to stop it was found: check how it can be ended and diarise a review before each renewal.",
        };
    }

    /// <summary>Patents, utility models, design registrations, trademarks: what <paramref name="kinds"/> (0–3 in that order) name.</summary>
    public virtual string Registrations(IReadOnlyList<int> kinds) =>
        kinds.Count == 0 ? "registrations" : Join([.. kinds.Select(k => RegistrationKinds[k])]);

    private static readonly string[] RegistrationKinds = ["patents", "utility models", "design registrations", "trademarks"];

    public virtual string KeepUpAction(IReadOnlyList<int> kinds) =>
        $"Keep up the {Registrations(kinds)} as this clause requires: track filing and renewal deadlines and who pays each fee.";

    public virtual string NobodyKeepsUpAction(IReadOnlyList<int> kinds) =>
        $"The contract mentions {Registrations(kinds)} but names nobody to keep them up: agree who files, renews and pays, and keep a calendar of deadlines.";

    public virtual string SurvivalListAction =>
        "This clause lists obligations that survive termination or expiry: keep honouring them after the project ends.";

    public virtual string NoSurvivalAction =>
        "No survival period was found: confirm which obligations (confidentiality, ownership, licences, audits) continue after the end, and for how long.";

    /// <summary>What survives, in the reader's words: "Confidentiality", "The licence", "“Heading”".</summary>
    public virtual string Subject(Obligation obligation, string? heading) => obligation switch
    {
        Obligation.Confidentiality => "Confidentiality",
        Obligation.NonCompete => "The non-compete",
        Obligation.AuditRight => "The audit right",
        Obligation.Royalties => "The royalty obligation",
        Obligation.Licence => "The licence",
        Obligation.Ownership => "The ownership terms",
        Obligation.Liability => "The liability terms",
        _ => heading is { Length: > 0 } h ? $"\u201c{Shorten(h, 60)}\u201d" : "An obligation",
    };

    public virtual string SurvivesForever(string subject) =>
        $"{subject} survives termination or expiry with no end date: treat it as permanent.";

    public virtual string SurvivesFor(string subject, int months, int? termMonths)
    {
        var sentence = $"{subject} survives {Months(months)} after termination or expiry: diarise the end date when the agreement ends.";
        return termMonths is { } term
            ? sentence + $" If the agreement runs its full {Months(term)} term, that is {Months(term + months)} after the effective date."
            : sentence;
    }

    public virtual string PrototypesAction =>
        "At the end, return or destroy the prototypes, samples and shared data as this clause requires, and ask for written confirmation.";

    public virtual string ReturnOrDestroyAction =>
        "At the end, return or destroy confidential materials as this clause requires, and ask for written confirmation; it does not name prototypes or shared data, so agree how they are handled.";

    public virtual string NoPrototypesAction =>
        "The contract does not say what happens to prototypes, samples and shared data at the end: agree return or destruction in writing before the project closes.";

    private static string Join(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    private static string Lower(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
