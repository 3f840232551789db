using ClauseLens.Analysis.Classification;
using ClauseLens.Analysis.Context;
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

    /// <summary>The clause of <paramref name="clauses"/> (in text order, not overlapping) that holds offset <paramref name="at"/>, or null.</summary>
    public static AnalyzedClause? Holding(IReadOnlyList<AnalyzedClause> clauses, int at)
    {
        int lo = 0, hi = clauses.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (at < clauses[mid].Start)
            {
                hi = mid - 1;
            }
            else if (at >= clauses[mid].End)
            {
                lo = mid + 1;
            }
            else
            {
                return clauses[mid];
            }
        }

        return null;
    }
}

/// <summary>Which playbook produced the findings, and why it was the one applied.</summary>
/// <param name="Id">The playbook's id.</param>
/// <param name="Version">Its version.</param>
/// <param name="Name">Its human name.</param>
/// <param name="SelectedBy"><c>request</c> (named by the caller) or <c>contract_type</c> (chosen for the contract's type).</param>
/// <param name="Reason">Why, in a sentence ("serves licence contracts; the contract was detected as one").</param>
/// <param name="Roles">The sides a reviewer can take with this playbook for this contract's type (the pane's side picker).</param>
/// <param name="NameJa">Its name in Japanese, when the playbook gives one (<c>ja: name:</c>): what a Japanese reader is shown.</param>
public sealed record PlaybookReference(string Id, string Version, string Name, string? SelectedBy = null, string? Reason = null, IReadOnlyList<PlaybookRole>? Roles = null,
    string? NameJa = null);

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
/// <param name="ModelVersion">The clause classifier's version.</param>
/// <param name="Playbook">The playbook applied, and why.</param>
/// <param name="Clauses">The clauses, with labels and facts.</param>
/// <param name="Findings">The playbook's findings.</param>
/// <param name="Summary">Counts.</param>
/// <param name="ContractType">The contract's type, detected or given.</param>
/// <param name="Side">The reviewer's role when one was chosen (and the playbook declares it).</param>
/// <param name="Language">The contract's language: en, ja or mixed.</param>
/// <param name="TextLanguage">The language of the findings' titles, explanations, asks and talking points (en or ja).</param>
/// <param name="Passed">Each <c>ok</c> finding stated as what the contract has ("Governing law: Japan (clause 12.1)").</param>
/// <param name="ContractCheck">Whether the text reads as a contract; when it does not, there are no findings. Null when the caller gave the type.</param>
public sealed record AnalysisResult(
    string ModelVersion,
    PlaybookReference Playbook,
    IReadOnlyList<AnalyzedClause> Clauses,
    IReadOnlyList<Finding> Findings,
    AnalysisSummary Summary,
    ContractTypeResult? ContractType = null,
    string? Side = null,
    string? Language = null,
    string? TextLanguage = null,
    IReadOnlyList<PassedCheck>? Passed = null,
    ContractCheck? ContractCheck = null);
