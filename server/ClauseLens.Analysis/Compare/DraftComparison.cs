using System.Text.Json.Serialization;
using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis.Compare;

/// <summary>What happened to a clause between two drafts.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClauseChangeKind>))]
public enum ClauseChangeKind
{
    /// <summary>The clause is new in the later draft.</summary>
    [JsonStringEnumMemberName("added")] Added,
    /// <summary>The clause was taken out of the later draft.</summary>
    [JsonStringEnumMemberName("removed")] Removed,
    /// <summary>The clause is still there, in the same order, with different words.</summary>
    [JsonStringEnumMemberName("changed")] Changed,
    /// <summary>The clause is elsewhere in the later draft (its words may have changed too: see <see cref="ClauseChange.TextChanged"/>).</summary>
    [JsonStringEnumMemberName("moved")] Moved,
}

/// <summary>One clause that differs between the drafts. Ids refer to the clauses of each draft's analysis.</summary>
/// <param name="Kind">What happened to it.</param>
/// <param name="BeforeClauseId">The clause in the earlier draft; none when it was added.</param>
/// <param name="AfterClauseId">The clause in the later draft; none when it was removed.</param>
/// <param name="Labels">The clause types of the clause in either draft, in DESIGN.md order.</param>
/// <param name="TextChanged">True when the words differ (always for added, removed and changed; for moved, whether it was also edited).</param>
/// <param name="Similarity">How much of the wording the two versions share (0..1, Jaccard over word shingles); 0 for added or removed.</param>
/// <param name="NewFindingIds">Ids of findings of the later draft on this clause that the earlier draft did not have.</param>
/// <param name="ResolvedFindingIds">Ids of findings of the earlier draft on this clause that the later draft no longer has.</param>
public sealed record ClauseChange(
    ClauseChangeKind Kind,
    string? BeforeClauseId,
    string? AfterClauseId,
    IReadOnlyList<string> Labels,
    bool TextChanged,
    double Similarity,
    IReadOnlyList<string> NewFindingIds,
    IReadOnlyList<string> ResolvedFindingIds);

/// <summary>
/// Findings sorted by what the later draft did to them. A finding is the same in both drafts when
/// it comes from the same rule about the same (aligned) clause, whatever its id.
/// </summary>
/// <param name="New">Findings of the later draft the earlier one did not have (ids and clause ids of the later draft).</param>
/// <param name="Resolved">Findings of the earlier draft the later one no longer has (ids and clause ids of the earlier draft).</param>
/// <param name="Unchanged">Findings both drafts have, as the later draft states them.</param>
public sealed record FindingChanges(
    IReadOnlyList<Finding> New,
    IReadOnlyList<Finding> Resolved,
    IReadOnlyList<Finding> Unchanged);

/// <summary>Two drafts of a contract held against the same playbook, and what changed between them.</summary>
/// <param name="ModelVersion">The classifier that labelled both drafts.</param>
/// <param name="Playbook">The playbook both drafts were held against.</param>
/// <param name="Before">The earlier draft's analysis (offsets into its own text).</param>
/// <param name="After">The later draft's analysis.</param>
/// <param name="Changes">Clauses added, removed, changed or moved, in the later draft's order (removed ones where they were).</param>
/// <param name="Findings">Findings new, resolved and unchanged. <c>ok</c> findings are left out: they are not problems.</param>
public sealed record DraftComparison(
    string ModelVersion,
    PlaybookReference Playbook,
    AnalysisResult Before,
    AnalysisResult After,
    IReadOnlyList<ClauseChange> Changes,
    FindingChanges Findings);
