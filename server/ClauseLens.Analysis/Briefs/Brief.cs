using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis.Briefs;

/// <summary>
/// A negotiation brief: one page of what matters most (the deal, then the three to five points
/// ranked by severity and leverage, each with its ask and fallback), then the detail: each point's
/// stakes and how to raise it, the other findings by topic, what is in place, open questions, how
/// to run the negotiation with a Japanese SME and an after-signing checklist. No sentence of it is
/// said twice. Text taken from the contract (party names, short evidence quotes) is carried as
/// plain strings; every renderer escapes it.
/// </summary>
/// <param name="Deal">The deal at a glance.</param>
/// <param name="TopGaps">Three to <see cref="BriefBuilder.MaxTopGaps"/> points (fewer when the contract has fewer), most important first.</param>
/// <param name="Topics">Every other finding except <c>ok</c> ones, grouped by negotiation topic in a fixed order.</param>
/// <param name="SoundClauses">What is in place: the checks the contract meets, stated as what is there.</param>
/// <param name="Questions">What to settle before signing: uncertain findings and missing information.</param>
/// <param name="AfterSigning">Checklist of what to keep doing once the contract is signed.</param>
/// <param name="Provenance">Which playbook and model produced the brief.</param>
/// <param name="HowToRaise">How to run the negotiation (sequencing, face, 協議, Japanese), each with its source.</param>
/// <param name="Language">The reader's language the brief is written in: <c>en</c> or <c>ja</c> (the analysis's text language).</param>
public sealed record NegotiationBrief(
    BriefDeal Deal,
    IReadOnlyList<BriefGap> TopGaps,
    IReadOnlyList<BriefTopic> Topics,
    IReadOnlyList<BriefStatement> SoundClauses,
    IReadOnlyList<BriefQuestion> Questions,
    IReadOnlyList<BriefChecklistItem> AfterSigning,
    BriefProvenance Provenance,
    IReadOnlyList<BriefGuidance> HowToRaise,
    string Language = Context.ContractLanguages.English)
{
    /// <summary>The line every English brief carries (a Japanese one says it in Japanese).</summary>
    public const string Disclaimer =
        "This brief is decision support produced by software, not legal advice. Have a qualified lawyer review the contract before signing.";

    /// <summary>Shown wherever a fact was not found in the contract.</summary>
    public const string NotStated = "not stated";
}

/// <summary>The deal at a glance. Values are "not stated" (<see cref="NegotiationBrief.NotStated"/>) when absent.</summary>
/// <param name="Title">The contract's title as written (contract text), or "not stated".</param>
/// <param name="AgreementType">Kind of agreement in plain words ("Joint development agreement").</param>
/// <param name="Parties">Party names as written in the preamble (contract text); empty when none were found.</param>
/// <param name="GoverningLaw">Governing law as extracted ("Japan").</param>
/// <param name="Forum">Forum as extracted ("Arbitration (JCAA), seated in Tokyo").</param>
/// <param name="PartyHomes">Each party's home jurisdiction as the preamble gives it ("Delaware", "Germany"), parallel to <paramref name="Parties"/>; null where not stated.</param>
public sealed record BriefDeal(string Title, string AgreementType, IReadOnlyList<string> Parties, string GoverningLaw, string Forum, IReadOnlyList<string?> PartyHomes)
{
    /// <summary>"Anixa Biosciences, Inc. (Delaware); OntoChem GmbH (Germany)", or "not stated".</summary>
    public string PartiesLine => Parties.Count == 0
        ? NegotiationBrief.NotStated
        : string.Join("; ", Parties.Select((p, i) => i < PartyHomes.Count && PartyHomes[i] is { } home ? $"{p} ({home})" : p));
}

/// <summary>Where in the contract a point is grounded, for the reader to find it.</summary>
/// <param name="Reference">"Clause 7 (Non-Compete)" or "the contract as a whole".</param>
/// <param name="Quote">A short quote of the evidence (contract text, shortened), when there is evidence.</param>
/// <param name="Span">The evidence's document offsets, when there is evidence.</param>
public sealed record BriefLocation(string Reference, string? Quote, Evidence? Span = null);

/// <summary>A check the contract meets, stated as what is there ("Governing law: New York (Clause 12.1)").</summary>
/// <param name="Text">The statement.</param>
/// <param name="Where">The clause(s) it rests on.</param>
/// <param name="RuleIds">The playbook rules met.</param>
public sealed record BriefStatement(string Text, BriefLocation Where, IReadOnlyList<string> RuleIds);

/// <summary>One piece of advice on running the negotiation, with where it comes from.</summary>
/// <param name="Heading">Short heading ("Consult before you send redlines").</param>
/// <param name="Text">The advice.</param>
/// <param name="Source">The published guidance it follows, cited as the playbook cites its sources.</param>
public sealed record BriefGuidance(string Heading, string Text, string Source);

/// <summary>One of the top gaps, in plain language.</summary>
/// <param name="Rank">1 for the most important.</param>
/// <param name="Severity">The rule's severity.</param>
/// <param name="Kind">Missing, overly broad or unbalanced.</param>
/// <param name="Topic">The negotiation topic it belongs to.</param>
/// <param name="Title">One line.</param>
/// <param name="AtStake">What is at stake.</param>
/// <param name="Ask">What to ask for.</param>
/// <param name="Fallback">A fallback position (proposed language), when the playbook has one.</param>
/// <param name="TalkingPoint">How to raise it without damaging the relationship.</param>
/// <param name="Where">Where it is in the contract.</param>
/// <param name="RuleId">The playbook rule behind it, or <c>asymmetry/…</c> for a commercial asymmetry the brief found itself.</param>
/// <param name="Source">Where the rule or the advice comes from.</param>
/// <param name="FallbackRest">What the first page cut from a long fallback, shown with the detail.</param>
public sealed record BriefGap(
    int Rank, Severity Severity, FindingKind Kind, string Topic, string Title, string AtStake, string Ask,
    string? Fallback, string TalkingPoint, BriefLocation Where, string RuleId, string Source = "", string? FallbackRest = null);

/// <summary>A finding as the brief shows it outside the top gaps.</summary>
/// <param name="Kind">What kind of finding.</param>
/// <param name="Severity">The rule's severity.</param>
/// <param name="Title">One line.</param>
/// <param name="Explanation">Why it matters (or, for an <c>ok</c> finding, why the clause is fine).</param>
/// <param name="Ask">What to ask for; empty for <c>ok</c> findings.</param>
/// <param name="Fallback">Proposed language, when there is some.</param>
/// <param name="Where">Where it is in the contract.</param>
/// <param name="RuleId">The playbook rule behind it.</param>
public sealed record BriefPoint(
    FindingKind Kind, Severity Severity, string Title, string Explanation, string Ask, string? Fallback, BriefLocation Where, string RuleId);

/// <summary>The findings of one negotiation topic.</summary>
/// <param name="Name">One of <see cref="BriefTopics.Order"/>.</param>
/// <param name="Points">Its findings, most severe first.</param>
public sealed record BriefTopic(string Name, IReadOnlyList<BriefPoint> Points);

/// <summary>A question to settle before signing.</summary>
/// <param name="Question">The question in plain words.</param>
/// <param name="Why">Why it needs an answer.</param>
/// <param name="Where">Where it arises, when it is tied to a clause.</param>
public sealed record BriefQuestion(string Question, string Why, BriefLocation? Where);

/// <summary>What an after-signing item is about.</summary>
public enum BriefChecklistArea
{
    /// <summary>Audits, reports and regular check-ins.</summary>
    AuditsAndCheckIns,
    /// <summary>Patents, utility models, designs and trademarks to keep up.</summary>
    Registrations,
    /// <summary>Obligations that outlive the agreement, and when they end.</summary>
    Survival,
    /// <summary>Prototypes, samples and shared data at the end of the project.</summary>
    PrototypesAndData,
}

/// <summary>One thing to do or watch once the contract is signed.</summary>
/// <param name="Area">What it is about.</param>
/// <param name="Action">What to do, in plain words.</param>
/// <param name="Where">The clause it comes from; null when the contract is silent and the item says so.</param>
public sealed record BriefChecklistItem(BriefChecklistArea Area, string Action, BriefLocation? Where);

/// <summary>Which playbook and model produced the brief.</summary>
/// <param name="PlaybookId">Playbook id.</param>
/// <param name="PlaybookName">Playbook name, in the brief's language when the playbook gives one.</param>
/// <param name="PlaybookVersion">Playbook version.</param>
/// <param name="ModelVersion">Classifier model version.</param>
public sealed record BriefProvenance(string PlaybookId, string PlaybookName, string PlaybookVersion, string ModelVersion);
