using System.Text.Json;
using System.Text.Json.Serialization;
using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis.Reports;

/// <summary>Where one document of a batch stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DocumentStatus>))]
public enum DocumentStatus
{
    /// <summary>Waiting for a worker.</summary>
    [JsonStringEnumMemberName("queued")] Queued,
    /// <summary>A worker is reading and analysing it.</summary>
    [JsonStringEnumMemberName("analysing")] Analysing,
    /// <summary>Analysed; its report is ready.</summary>
    [JsonStringEnumMemberName("done")] Done,
    /// <summary>Could not be analysed; the reason says why.</summary>
    [JsonStringEnumMemberName("failed")] Failed,
}

/// <summary>A core label in a document's row of a portfolio report (<see cref="DocumentReport.Core"/>).</summary>
public enum CoreClause
{
    /// <summary>A clause carries the label.</summary>
    Present,

    /// <summary>The document's playbook asks for a clause of the label and none carries it.</summary>
    Missing,

    /// <summary>The document's playbook does not ask for it (an NDA's IP ownership): its absence is no gap.</summary>
    NotRequired,
}

/// <summary>
/// One finding as the batch table shows it: where it is (offsets) and at most
/// <see cref="DocumentReport.MaxEvidenceCharacters"/> characters of the clause it points at.
/// </summary>
/// <param name="Severity">How much it matters.</param>
/// <param name="Kind">Missing, overly broad, unbalanced, uncertain.</param>
/// <param name="Label">The clause label the rule is about.</param>
/// <param name="Title">The rule's title (playbook text, not contract text).</param>
/// <param name="Start">Evidence start offset, when the finding points at text.</param>
/// <param name="End">Evidence end offset (exclusive).</param>
/// <param name="Evidence">A short snippet of the evidence, for the report table.</param>
/// <param name="Check">For drafting findings, which drafting check found it.</param>
/// <param name="ClauseNumber">The number of the clause it is about, as the contract writes it ("7.2"); null when it is about no clause.</param>
/// <param name="ClauseHeading">That clause's heading.</param>
/// <param name="Ask">What to ask for (playbook text).</param>
/// <param name="Fallback">Language to propose (playbook text).</param>
/// <param name="Detail">What exactly was measured ("60 months; limit 24").</param>
/// <param name="RuleId">The rule that produced it.</param>
public sealed record BatchFinding(
    Severity Severity, FindingKind Kind, string Label, string Title, int? Start, int? End, string? Evidence, DraftingCheck? Check = null,
    string? ClauseNumber = null, string? ClauseHeading = null, string? Ask = null, string? Fallback = null, string? Detail = null, string? RuleId = null);

/// <summary>One row of the batch table: a document and what its analysis found.</summary>
/// <param name="Index">Position of the document in the batch (0-based, upload order).</param>
/// <param name="Name">The file name as uploaded.</param>
/// <param name="Status">Where the document stands.</param>
/// <param name="Reason">Why it failed (never quotes the document).</param>
/// <param name="LabelsPresent">Labels carried by at least one clause.</param>
/// <param name="Findings">Every finding except <c>ok</c> ones, worst first.</param>
/// <param name="ContractType">The document's contract type (detected or given), once analysed.</param>
/// <param name="Playbook">The playbook applied to it, once analysed.</param>
public sealed record DocumentReport(
    int Index,
    string Name,
    DocumentStatus Status,
    string? Reason,
    IReadOnlyList<string> LabelsPresent,
    IReadOnlyList<BatchFinding> Findings,
    string? ContractType = null,
    string? Playbook = null)
{
    /// <summary>The most characters of contract text kept per finding.</summary>
    public const int MaxEvidenceCharacters = 200;

    /// <summary>The clauses every contract in a portfolio is checked for first.</summary>
    public static IReadOnlyList<string> CoreLabels { get; } =
        [ClauseLabels.IpOwnership, ClauseLabels.Confidentiality, ClauseLabels.NonCompete, ClauseLabels.GoverningLaw];

    /// <summary>A document not analysed (yet, or ever).</summary>
    public static DocumentReport Pending(int index, string name, DocumentStatus status, string? reason = null) =>
        new(index, name, status, reason, [], []);

    /// <summary>
    /// The row for an analysed document. Keeps offsets and a short snippet per finding; the rest of
    /// the text is dropped here so it is never stored with the result.
    /// </summary>
    public static DocumentReport Analysed(int index, string name, AnalysisResult result, ContractDocument document)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(document);
        var clauses = result.Clauses.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var findings = result.Findings
            .Where(f => f.Kind != FindingKind.Ok)
            .OrderByDescending(f => f.Severity)
            .Select(f =>
            {
                var clause = f.ClauseId is null ? null : clauses.GetValueOrDefault(f.ClauseId);
                return new BatchFinding(f.Severity, f.Kind, f.Label, f.Title, f.Evidence?.Start, f.Evidence?.End, Snippet(document, f.Evidence), f.Check,
                    clause?.Number, clause?.Heading, NullIfEmpty(f.Ask), NullIfEmpty(f.FallbackText), f.Detail, f.RuleId);
            })
            .ToList();
        return new DocumentReport(index, name, DocumentStatus.Done, null, [.. result.Summary.LabelsPresent], findings, result.ContractType?.Id, result.Playbook.Id);
    }

    /// <summary>The worst finding, or null when there is none.</summary>
    [JsonIgnore]
    public BatchFinding? Worst => Findings.Count == 0 ? null : Findings.MaxBy(f => f.Severity);

    /// <summary>True when any finding must be fixed before signing.</summary>
    [JsonIgnore]
    public bool HasHighSeverity => Findings.Any(f => f.Severity == Severity.High);

    /// <summary>Number of findings of <paramref name="severity"/>.</summary>
    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    /// <summary>Number of drafting findings (undefined terms, broken references, bilingual mismatches …).</summary>
    [JsonIgnore]
    public int DraftingCount => Findings.Count(f => f.Kind == FindingKind.Drafting);

    /// <summary>Number of drafting findings that are bilingual mismatches or prevailing-language conflicts.</summary>
    [JsonIgnore]
    public int BilingualCount => Findings.Count(f => f.Check is DraftingCheck.BilingualMismatch or DraftingCheck.PrevailingLanguage);

    /// <summary>True when a clause carries <paramref name="label"/>.</summary>
    public bool Has(string label) => LabelsPresent.Contains(label, StringComparer.Ordinal);

    /// <summary>
    /// True when the document's playbook asks for a clause of <paramref name="label"/> (a required rule
    /// that serves the document's type), so that its absence is a gap and not the nature of the
    /// contract: an NDA without an IP ownership or non-compete clause is not missing one. True as well
    /// when the playbook is not a built-in one (the report cannot read its rules: every core label
    /// counts, as before).
    /// </summary>
    public bool Expects(string label) =>
        Playbook is null || !BuiltInPlaybooks.All.TryGetValue(Playbook, out var playbook)
        || playbook.Rules.Any(r => r.Kind == RuleKind.Required && r.Label == label && r.AppliesToType(ContractType));

    /// <summary>What a portfolio cell says of a core label: a clause carries it, the playbook asks for it and none does, or the playbook does not ask.</summary>
    public CoreClause Core(string label) =>
        Has(label) ? CoreClause.Present : Expects(label) ? CoreClause.Missing : CoreClause.NotRequired;

    /// <summary>The core labels this document's playbook asks for and no clause carries.</summary>
    [JsonIgnore]
    public IEnumerable<string> CoreMissing => CoreLabels.Where(l => Core(l) == CoreClause.Missing);

    /// <summary>The worst finding about <paramref name="label"/>, or null.</summary>
    public BatchFinding? WorstFor(string label) =>
        Findings.Where(f => f.Label == label).MaxBy(f => f.Severity);

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static string? Snippet(ContractDocument document, Evidence? evidence)
    {
        if (evidence is null || evidence.Start < 0 || evidence.End > document.Text.Length || evidence.End <= evidence.Start)
        {
            return null;
        }

        var end = Math.Min(evidence.End, evidence.Start + MaxEvidenceCharacters * 2);
        var text = string.Join(' ', document.Slice(evidence.Start, end).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= MaxEvidenceCharacters ? text : text[..(MaxEvidenceCharacters - 1)].TrimEnd() + "…";
    }
}

/// <summary>A batch as a report: its documents in upload order.</summary>
/// <param name="Id">The batch id.</param>
/// <param name="CreatedAt">When it was submitted.</param>
/// <param name="PlaybookId">The playbook named for its documents; null when each got the one for its contract type.</param>
/// <param name="Documents">One row per document.</param>
public sealed record BatchReport(string Id, DateTimeOffset CreatedAt, string? PlaybookId, IReadOnlyList<DocumentReport> Documents)
{
    /// <summary>The contract type given for every document (null: detected per document).</summary>
    public string? ContractType { get; init; }

    /// <summary>The reviewer's side given for the batch.</summary>
    public string? Side { get; init; }

    /// <summary>The language of the findings' texts given for the batch.</summary>
    public string? Language { get; init; }

    /// <summary>JSON as the API writes it: camelCase, enum names as in DESIGN.md, no nulls.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The wire name of a severity ("high").</summary>
    public static string Name(Severity severity) => severity switch
    {
        Severity.High => "high",
        Severity.Medium => "medium",
        Severity.Low => "low",
        _ => "info",
    };

    /// <summary>The wire name of a finding kind ("overly_broad").</summary>
    public static string Name(FindingKind kind) => kind switch
    {
        FindingKind.Missing => "missing",
        FindingKind.OverlyBroad => "overly_broad",
        FindingKind.Unbalanced => "unbalanced",
        FindingKind.Uncertain => "uncertain",
        FindingKind.Drafting => "drafting",
        _ => "ok",
    };

    /// <summary>The wire name of a document status ("analysing").</summary>
    public static string Name(DocumentStatus status) => status switch
    {
        DocumentStatus.Queued => "queued",
        DocumentStatus.Analysing => "analysing",
        DocumentStatus.Done => "done",
        _ => "failed",
    };
}
