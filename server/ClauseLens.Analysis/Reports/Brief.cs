using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis.Reports;

/// <summary>
/// A negotiation brief: one page of what matters most, then every finding by topic, the sound
/// clauses, open questions and an after-signing checklist. Text taken from the contract (party
/// names, short evidence quotes) is carried as plain strings; every renderer escapes it.
/// </summary>
/// <param name="Deal">The deal at a glance.</param>
/// <param name="TopGaps">At most <see cref="BriefBuilder.MaxTopGaps"/> gaps, most important first.</param>
/// <param name="Topics">Every finding except <c>ok</c> ones, grouped by negotiation topic in a fixed order.</param>
/// <param name="SoundClauses">Rules the contract meets, and why that is good.</param>
/// <param name="Questions">What to settle before signing: uncertain findings and missing information.</param>
/// <param name="AfterSigning">Checklist of what to keep doing once the contract is signed.</param>
/// <param name="Provenance">Which playbook and model produced the brief.</param>
public sealed record NegotiationBrief(
    BriefDeal Deal,
    IReadOnlyList<BriefGap> TopGaps,
    IReadOnlyList<BriefTopic> Topics,
    IReadOnlyList<BriefPoint> SoundClauses,
    IReadOnlyList<BriefQuestion> Questions,
    IReadOnlyList<BriefChecklistItem> AfterSigning,
    BriefProvenance Provenance)
{
    /// <summary>The line every brief carries.</summary>
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
public sealed record BriefDeal(string Title, string AgreementType, IReadOnlyList<string> Parties, string GoverningLaw, string Forum);

/// <summary>Where in the contract a point is grounded, for the reader to find it.</summary>
/// <param name="Reference">"Clause 7 (Non-Compete)" or "the contract as a whole".</param>
/// <param name="Quote">A short quote of the evidence (contract text, shortened), when there is evidence.</param>
public sealed record BriefLocation(string Reference, string? Quote);

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
/// <param name="RuleId">The playbook rule behind it.</param>
public sealed record BriefGap(
    int Rank, Severity Severity, FindingKind Kind, string Topic, string Title, string AtStake, string Ask,
    string? Fallback, string TalkingPoint, BriefLocation Where, string RuleId);

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
/// <param name="PlaybookName">Playbook name.</param>
/// <param name="PlaybookVersion">Playbook version.</param>
/// <param name="ModelVersion">Classifier model version.</param>
public sealed record BriefProvenance(string PlaybookId, string PlaybookName, string PlaybookVersion, string ModelVersion);
