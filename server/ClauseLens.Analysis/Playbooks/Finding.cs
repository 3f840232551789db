using System.Text.Json.Serialization;

namespace ClauseLens.Analysis.Playbooks;

/// <summary>What kind of problem a finding reports.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FindingKind>))]
public enum FindingKind
{
    /// <summary>A clause the playbook requires is absent.</summary>
    [JsonStringEnumMemberName("missing")] Missing,
    /// <summary>A clause goes further than the playbook accepts.</summary>
    [JsonStringEnumMemberName("overly_broad")] OverlyBroad,
    /// <summary>A clause favours one side in a way the playbook flags.</summary>
    [JsonStringEnumMemberName("unbalanced")] Unbalanced,
    /// <summary>The classifier or an extractor is not sure: a person should look.</summary>
    [JsonStringEnumMemberName("uncertain")] Uncertain,
    /// <summary>The rule was checked and the clause meets it.</summary>
    [JsonStringEnumMemberName("ok")] Ok,
    /// <summary>A drafting error found by the drafting checks (see <see cref="Finding.Check"/>), not by a playbook rule.</summary>
    [JsonStringEnumMemberName("drafting")] Drafting,
}

/// <summary>How much a finding matters.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Severity>))]
public enum Severity
{
    /// <summary>For information; nothing to negotiate.</summary>
    [JsonStringEnumMemberName("info")] Info,
    /// <summary>Worth a mention.</summary>
    [JsonStringEnumMemberName("low")] Low,
    /// <summary>Worth negotiating.</summary>
    [JsonStringEnumMemberName("medium")] Medium,
    /// <summary>Must be fixed before signing.</summary>
    [JsonStringEnumMemberName("high")] High,
}

/// <summary>Where in the contract a finding is grounded (document offsets, end exclusive).</summary>
public sealed record Evidence(int Start, int End);

/// <summary>One result of holding the contract against a playbook rule.</summary>
/// <param name="Id">Deterministic id: the rule id and the clause id ("nc-duration/c7").</param>
/// <param name="RuleId">The rule that produced the finding.</param>
/// <param name="Kind">What kind of problem (or <c>ok</c>).</param>
/// <param name="Severity">The rule's severity.</param>
/// <param name="Label">The clause label the rule is about.</param>
/// <param name="ClauseId">The clause concerned, when there is one.</param>
/// <param name="Evidence">The span the finding rests on, when there is one.</param>
/// <param name="Title">One-line title.</param>
/// <param name="Explanation">Why it matters.</param>
/// <param name="Ask">What to ask for.</param>
/// <param name="FallbackText">Language to propose.</param>
/// <param name="TalkingPoint">How to raise it.</param>
/// <param name="Source">Where the rule comes from.</param>
/// <param name="Topic">Short topic for grouping in the brief.</param>
/// <param name="FallbackPlacement">Whether the fallback goes after the clause or replaces it.</param>
/// <param name="Detail">What exactly was measured ("60 months; limit 24"), in normalised words, never contract text.</param>
/// <param name="Favours">
/// The reviewer's side when the clause favours it (the rule protects the other side): the finding is
/// then an <c>info</c> note to prepare for push-back, not a risk. Null otherwise.
/// </param>
/// <param name="Check">For <see cref="FindingKind.Drafting"/> findings, which drafting check found it.</param>
/// <param name="RelatedEvidence">
/// A second span the finding rests on: for a bilingual mismatch, the other language version's wording
/// (<see cref="Evidence"/> is the English one).
/// </param>
public sealed record Finding(
    string Id,
    string RuleId,
    FindingKind Kind,
    Severity Severity,
    string Label,
    string? ClauseId,
    Evidence? Evidence,
    string Title,
    string Explanation,
    string Ask,
    string? FallbackText,
    string? TalkingPoint,
    string Source,
    string? Topic = null,
    FallbackPlacement? FallbackPlacement = null,
    string? Detail = null,
    string? Favours = null,
    DraftingCheck? Check = null,
    Evidence? RelatedEvidence = null);

/// <summary>Which drafting check produced a <see cref="FindingKind.Drafting"/> finding.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DraftingCheck>))]
public enum DraftingCheck
{
    /// <summary>A capitalised term used as if defined, never defined.</summary>
    [JsonStringEnumMemberName("undefined_term")] UndefinedTerm,
    /// <summary>A term defined and never used.</summary>
    [JsonStringEnumMemberName("unused_definition")] UnusedDefinition,
    /// <summary>A term defined twice, differently.</summary>
    [JsonStringEnumMemberName("duplicate_definition")] DuplicateDefinition,
    /// <summary>A reference to a section or item that the document does not have.</summary>
    [JsonStringEnumMemberName("broken_reference")] BrokenReference,
    /// <summary>A reference to a schedule, exhibit or annex that is not attached.</summary>
    [JsonStringEnumMemberName("missing_attachment")] MissingAttachment,
    /// <summary>A gap or a duplicate in section or list numbering.</summary>
    [JsonStringEnumMemberName("numbering")] Numbering,
    /// <summary>A party called by another legal name or form, or a role no party was given.</summary>
    [JsonStringEnumMemberName("party_name")] PartyName,
    /// <summary>The English and Japanese versions say different things.</summary>
    [JsonStringEnumMemberName("bilingual_mismatch")] BilingualMismatch,
    /// <summary>No prevailing language named in a bilingual contract, or each version naming a different one.</summary>
    [JsonStringEnumMemberName("prevailing_language")] PrevailingLanguage,
}
