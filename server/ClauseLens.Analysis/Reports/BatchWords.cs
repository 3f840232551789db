using ClauseLens.Analysis.Context;
using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis.Reports;

/// <summary>
/// The reviewer's words for the ids a batch report shows people (the API and the documents CSV keep
/// the ids): the same names the task pane uses for labels (<c>addin/src/core/types.ts</c>), kinds
/// and severities (<c>addin/src/core/issueList.ts</c>).
/// </summary>
public static class BatchWords
{
    /// <summary>"IP ownership" for <c>ip_ownership</c>.</summary>
    public static string Label(string label) => label switch
    {
        ClauseLabels.IpOwnership => "IP ownership",
        ClauseLabels.LicenseGrant => "Licence grant",
        ClauseLabels.Royalties => "Royalties",
        ClauseLabels.Confidentiality => "Confidentiality",
        ClauseLabels.NonCompete => "Non-compete",
        ClauseLabels.GoverningLaw => "Governing law",
        ClauseLabels.DisputeResolution => "Dispute resolution",
        ClauseLabels.TermTermination => "Term and termination",
        ClauseLabels.AuditRights => "Audit rights",
        ClauseLabels.Liability => "Liability",
        ClauseLabels.Assignment => "Assignment",
        "other" => "Other",
        _ => label.Length == 0 ? "" : char.ToUpperInvariant(label[0]) + label[1..].Replace('_', ' '),
    };

    /// <summary>"High".</summary>
    public static string Severity(Severity severity) => severity switch
    {
        Playbooks.Severity.High => "High",
        Playbooks.Severity.Medium => "Medium",
        Playbooks.Severity.Low => "Low",
        _ => "Info",
    };

    /// <summary>"Overly broad", "Needs a look".</summary>
    public static string Kind(FindingKind kind) => kind switch
    {
        FindingKind.Missing => "Missing",
        FindingKind.OverlyBroad => "Overly broad",
        FindingKind.Unbalanced => "Unbalanced",
        FindingKind.Uncertain => "Needs a look",
        FindingKind.Drafting => "Drafting",
        _ => "OK",
    };

    /// <summary>"NDA", "Collaboration"; empty for none.</summary>
    public static string ContractType(string? type) => type switch
    {
        null => "",
        ContractTypes.Nda => "NDA",
        ContractTypes.Licence => "Licence",
        ContractTypes.Collaboration => "Collaboration",
        ContractTypes.Supply => "Supply",
        ContractTypes.Services => "Services",
        ContractTypes.Other => "Other",
        _ => type,
    };

    /// <summary>"Queued", "Analysing", "Done", "Failed".</summary>
    public static string Status(DocumentStatus status) => status switch
    {
        DocumentStatus.Queued => "Queued",
        DocumentStatus.Analysing => "Analysing",
        DocumentStatus.Done => "Done",
        _ => "Failed",
    };
}
