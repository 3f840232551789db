using System.Text.Json.Serialization;
using ClauseLens.Analysis.Extraction;

namespace ClauseLens.Analysis.Playbooks;

/// <summary>The rule kinds of DESIGN.md.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RuleKind>))]
public enum RuleKind
{
    /// <summary>A label must be present.</summary>
    [JsonStringEnumMemberName("required")] Required,
    /// <summary>An extracted fact must stay within bounds.</summary>
    [JsonStringEnumMemberName("limit")] Limit,
    /// <summary>A clause must carry named elements.</summary>
    [JsonStringEnumMemberName("requires")] Requires,
    /// <summary>A clause must not carry named elements.</summary>
    [JsonStringEnumMemberName("forbids")] Forbids,
    /// <summary>Parts of the contract must agree with each other.</summary>
    [JsonStringEnumMemberName("consistency")] Consistency,
}

/// <summary>Where fallback language goes in the document (the Word pane uses it).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FallbackPlacement>))]
public enum FallbackPlacement
{
    /// <summary>Insert after the clause (or at the end when no clause is concerned).</summary>
    [JsonStringEnumMemberName("after")] After,
    /// <summary>Replace the clause.</summary>
    [JsonStringEnumMemberName("replace")] Replace,
}

/// <summary>Which fact a <c>limit</c> rule bounds.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LimitedFact>))]
public enum LimitedFact
{
    /// <summary>Durations: at most <see cref="LimitSpec.MaxMonths"/>, indefinite only when allowed.</summary>
    [JsonStringEnumMemberName("duration")] Duration,
    /// <summary>Territory: not worldwide.</summary>
    [JsonStringEnumMemberName("territory")] Territory,
    /// <summary>Scope: tied to the joint work, not broad.</summary>
    [JsonStringEnumMemberName("scope")] Scope,
}

/// <summary>Which durations a <c>limit</c> rule looks at.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DurationSelection>))]
public enum DurationSelection
{
    /// <summary>Every duration in the clause.</summary>
    [JsonStringEnumMemberName("any")] Any,
    /// <summary>Only durations that run after the end of the agreement.</summary>
    [JsonStringEnumMemberName("after_end")] AfterEnd,
}

/// <summary>What a <c>limit</c> rule reports when the clause states no such fact.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AbsentFactVerdict>))]
public enum AbsentFactVerdict
{
    /// <summary>Nothing to report.</summary>
    [JsonStringEnumMemberName("ok")] Ok,
    /// <summary>A person should look.</summary>
    [JsonStringEnumMemberName("uncertain")] Uncertain,
    /// <summary>Silence counts as a breach (e.g. a non-compete with no time limit).</summary>
    [JsonStringEnumMemberName("violation")] Violation,
}

/// <summary>Which consistency a <c>consistency</c> rule checks.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConsistencyCheck>))]
public enum ConsistencyCheck
{
    /// <summary>Named courts sit in the country whose law governs.</summary>
    [JsonStringEnumMemberName("law_and_forum")] LawAndForum,
    /// <summary>A bilingual contract says which language prevails.</summary>
    [JsonStringEnumMemberName("prevailing_language")] PrevailingLanguage,
}

/// <summary>Where <c>requires</c> and <c>forbids</c> rules look for elements.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ElementScope>))]
public enum ElementScope
{
    /// <summary>In the clauses that carry the rule's label.</summary>
    [JsonStringEnumMemberName("label")] Label,
    /// <summary>Anywhere in the contract (elements often sit in definitions or other clauses).</summary>
    [JsonStringEnumMemberName("document")] Document,
}

/// <summary>
/// Non-ML evidence that a clause of the rule's label is present, for when the classifier misses it:
/// a heading containing one of <see cref="Headings"/>, or an extracted fact named in <see cref="Facts"/>.
/// </summary>
/// <param name="Headings">Heading fragments, compared case-insensitively ("Governing Law", "準拠法").</param>
/// <param name="Facts">Fact or element names of <see cref="FactNames"/> ("governing_law").</param>
public sealed record PresenceEvidence(IReadOnlyList<string> Headings, IReadOnlyList<string> Facts);

/// <summary>The bound a <c>limit</c> rule enforces.</summary>
/// <param name="Fact">Which fact is bounded.</param>
/// <param name="MaxMonths">For durations: the longest acceptable duration.</param>
/// <param name="AllowIndefinite">For durations: whether perpetual/indefinite is acceptable.</param>
/// <param name="From">For durations: which durations count.</param>
/// <param name="WhenAbsent">What to report when the clause states no such fact.</param>
/// <param name="Within">
/// An element name (<see cref="FactNames"/>, e.g. "restrictive_covenant"): when the clause carries
/// that element, only facts in the sentences that carry it count, so the perpetual, worldwide term
/// of a licence granted in the same clause is not read as the non-compete's term. Null: the whole clause.
/// </param>
public sealed record LimitSpec(LimitedFact Fact, int? MaxMonths, bool AllowIndefinite, DurationSelection From, AbsentFactVerdict WhenAbsent, string? Within = null);

/// <summary>The elements a <c>requires</c> or <c>forbids</c> rule names.</summary>
/// <param name="Elements">
/// Fact or element names; for <c>requires</c> an item may list alternatives separated by <c>|</c>
/// ("licence_exclusive|licence_non_exclusive").
/// </param>
/// <param name="Within">Where to look.</param>
/// <param name="UncertainWhen">
/// For <c>requires</c>: element names that, found where the elements are looked for (see
/// <paramref name="Within"/>), make missing elements <c>uncertain</c> rather than a breach
/// ("separate_nda": the terms live in another agreement the contract refers to; "redacted": the
/// figures were blacked out of this copy). A person should read what we cannot.
/// </param>
public sealed record ElementSpec(IReadOnlyList<string> Elements, ElementScope Within, IReadOnlyList<string>? UncertainWhen = null);

/// <summary>One rule of a playbook, with everything a reviewer needs when it fires.</summary>
public sealed record PlaybookRule
{
    /// <summary>Id, unique within its playbook.</summary>
    public required string Id { get; init; }
    /// <summary>What the rule checks.</summary>
    public required RuleKind Kind { get; init; }
    /// <summary>The clause label the rule is about.</summary>
    public required string Label { get; init; }
    /// <summary>How much a breach matters.</summary>
    public required Severity Severity { get; init; }
    /// <summary>Short topic for grouping in the brief ("Non-compete").</summary>
    public string? Topic { get; init; }
    /// <summary>One-line title of the finding.</summary>
    public required string Title { get; init; }
    /// <summary>Why it matters.</summary>
    public required string Explanation { get; init; }
    /// <summary>What to ask the other side for.</summary>
    public required string Ask { get; init; }
    /// <summary>Language to propose, when there is a standard text.</summary>
    public string? FallbackText { get; init; }
    /// <summary>Where the fallback text goes.</summary>
    public FallbackPlacement FallbackPlacement { get; init; } = FallbackPlacement.After;
    /// <summary>How to raise it in the negotiation.</summary>
    public string? TalkingPoint { get; init; }
    /// <summary>Where the rule comes from.</summary>
    public required string Source { get; init; }
    /// <summary>The kind of finding a breach produces (not used by <c>required</c>, which reports <c>missing</c>).</summary>
    public FindingKind Finding { get; init; } = FindingKind.Unbalanced;
    /// <summary>Non-ML evidence that the label's clause is present.</summary>
    public PresenceEvidence? PresentWhen { get; init; }
    /// <summary>
    /// For <c>limit</c>, <c>requires</c> and <c>forbids</c>: a clause is only checked when it also
    /// shows this evidence (e.g. a territory limit that applies to exclusive licences only).
    /// </summary>
    public PresenceEvidence? AppliesWhen { get; init; }
    /// <summary>For <c>limit</c> rules.</summary>
    public LimitSpec? Limit { get; init; }
    /// <summary>For <c>requires</c> and <c>forbids</c> rules.</summary>
    public ElementSpec? Elements { get; init; }
    /// <summary>For <c>consistency</c> rules.</summary>
    public ConsistencyCheck? Consistency { get; init; }
    /// <summary>The contract types the rule is checked on; null: every type.</summary>
    public IReadOnlyList<string>? AppliesTo { get; init; }
    /// <summary>
    /// The role (<see cref="Playbook.Roles"/>) the rule protects. A reviewer on the opposite side reads a
    /// breach as a clause in their favour (an <c>info</c> note); null: the rule protects both sides.
    /// </summary>
    public string? Protects { get; init; }
    /// <summary>The rule's texts in Japanese (<c>ja:</c>); null or partly null when not given.</summary>
    public RuleTexts? Japanese { get; init; }

    /// <summary>True when the rule is checked on a contract of <paramref name="contractType"/>.</summary>
    public bool AppliesToType(string? contractType) => AppliesTo is null || contractType is null || AppliesTo.Contains(contractType, StringComparer.Ordinal);
}

/// <summary>A rule's reviewer-facing texts in one language.</summary>
/// <param name="Title">One-line title.</param>
/// <param name="Explanation">Why it matters.</param>
/// <param name="Ask">What to ask for.</param>
/// <param name="TalkingPoint">How to raise it.</param>
/// <param name="FallbackText">Language to propose.</param>
public sealed record RuleTexts(string? Title, string? Explanation, string? Ask, string? TalkingPoint, string? FallbackText)
{
    /// <summary>The YAML names of the texts, in the order the validator reports them missing.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["title", "explanation", "ask", "talkingPoint", "fallback"];
}
