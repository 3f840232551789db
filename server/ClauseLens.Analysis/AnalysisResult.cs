using ClauseLens.Analysis.Classification;
using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Segmentation;

namespace ClauseLens.Analysis;

/// <summary>A clause with what the analysis found in it. Offsets only: no copy of the text.</summary>
public sealed record AnalyzedClause(
    string Id,
    string? Number,
    string? Heading,
    ClauseKind Kind,
    int ParagraphStart,
    int ParagraphEnd,
    int Start,
    int End,
    IReadOnlyList<LabelScore> Labels,
    IReadOnlyList<LabelScore> UncertainLabels,
    ClauseFacts Facts)
{
    /// <summary>True when the clause carries <paramref name="label"/>.</summary>
    public bool Has(string label) => Labels.Any(l => l.Label == label);
}

/// <summary>Which playbook produced the findings.</summary>
public sealed record PlaybookReference(string Id, string Version, string Name);

/// <summary>Counts a reader wants before the details.</summary>
/// <param name="ParagraphCount">Paragraphs read.</param>
/// <param name="ClauseCount">Clauses found.</param>
/// <param name="LabelsPresent">Labels carried by at least one clause, in DESIGN.md order.</param>
/// <param name="MissingLabels">Labels a playbook <c>required</c> rule asked for and did not find.</param>
/// <param name="FindingsBySeverity">Finding counts by severity, excluding <c>ok</c> findings.</param>
/// <param name="FindingsByKind">Finding counts by kind.</param>
public sealed record AnalysisSummary(
    int ParagraphCount,
    int ClauseCount,
    IReadOnlyList<string> LabelsPresent,
    IReadOnlyList<string> MissingLabels,
    IReadOnlyDictionary<string, int> FindingsBySeverity,
    IReadOnlyDictionary<string, int> FindingsByKind);

/// <summary>The result of analysing one contract (DESIGN.md <c>AnalysisResult</c>).</summary>
public sealed record AnalysisResult(
    string ModelVersion,
    PlaybookReference Playbook,
    IReadOnlyList<AnalyzedClause> Clauses,
    IReadOnlyList<Finding> Findings,
    AnalysisSummary Summary);
