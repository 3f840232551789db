using ClauseLens.Analysis.Context;
using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis.Writing;

/// <summary>
/// The one set of words a person reads for the ids the API keeps (labels, kinds, severities,
/// contract types), in English and Japanese. The pane's tables (<c>addin/src/core/messages.en.ts</c>
/// and <c>messages.ja.ts</c>, keys <c>label.*</c>, <c>kind.*</c>, <c>severity.*</c>) say the same:
/// a test holds them together, so "Needs a look" is never "Unclear" on another surface.
/// </summary>
public static class ReaderWords
{
    /// <summary>True when the reader asked for Japanese (<c>ja</c>); anything else reads English.</summary>
    public static bool IsJapanese(string? language) =>
        string.Equals(language, ContractLanguages.Japanese, StringComparison.OrdinalIgnoreCase);

    /// <summary>"IP ownership" (知的財産の帰属) for <c>ip_ownership</c>.</summary>
    public static string Label(string label, string? language = null) => IsJapanese(language)
        ? label switch
        {
            ClauseLabels.IpOwnership => "知的財産の帰属",
            ClauseLabels.LicenseGrant => "ライセンスの許諾",
            ClauseLabels.Royalties => "対価・ロイヤルティ",
            ClauseLabels.Confidentiality => "秘密保持",
            ClauseLabels.NonCompete => "競業避止",
            ClauseLabels.GoverningLaw => "準拠法",
            ClauseLabels.DisputeResolution => "紛争解決",
            ClauseLabels.TermTermination => "期間・解除",
            ClauseLabels.AuditRights => "監査",
            ClauseLabels.Liability => "責任",
            ClauseLabels.Assignment => "譲渡",
            ClauseLabels.Other => "その他",
            _ => Label(label),
        }
        : label switch
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
            ClauseLabels.Other => "Other",
            _ => label.Length == 0 ? "" : char.ToUpperInvariant(label[0]) + label[1..].Replace('_', ' '),
        };

    /// <summary>"High" (高).</summary>
    public static string Severity(Severity severity, string? language = null) => IsJapanese(language)
        ? severity switch
        {
            Playbooks.Severity.High => "高",
            Playbooks.Severity.Medium => "中",
            Playbooks.Severity.Low => "低",
            _ => "情報",
        }
        : severity switch
        {
            Playbooks.Severity.High => "High",
            Playbooks.Severity.Medium => "Medium",
            Playbooks.Severity.Low => "Low",
            _ => "Info",
        };

    /// <summary>"Overly broad" (範囲が広すぎる), "Needs a look" (要確認).</summary>
    public static string Kind(FindingKind kind, string? language = null) => IsJapanese(language)
        ? kind switch
        {
            FindingKind.Missing => "欠落",
            FindingKind.OverlyBroad => "範囲が広すぎる",
            FindingKind.Unbalanced => "一方に偏っている",
            FindingKind.Uncertain => "要確認",
            FindingKind.Drafting => "起案上の問題",
            FindingKind.Ok => "プレイブックに適合",
            _ => Kind(kind),
        }
        : kind switch
        {
            FindingKind.Missing => "Missing",
            FindingKind.OverlyBroad => "Overly broad",
            FindingKind.Unbalanced => "Unbalanced",
            FindingKind.Uncertain => "Needs a look",
            FindingKind.Drafting => "Drafting",
            FindingKind.Ok => "Meets the playbook",
            // A kind added later is named for what it is rather than hidden.
            var other => other.ToString(),
        };

    /// <summary>"NDA" (秘密保持契約), "Collaboration"; empty for none.</summary>
    public static string ContractType(string? type, string? language = null) => IsJapanese(language)
        ? type switch
        {
            null => "",
            ContractTypes.Nda => "秘密保持契約",
            ContractTypes.Licence => "ライセンス契約",
            ContractTypes.Collaboration => "協業契約",
            ContractTypes.Supply => "供給・販売契約",
            ContractTypes.Services => "役務提供契約",
            ContractTypes.Other => "その他",
            _ => type,
        }
        : type switch
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

    /// <summary>"Queued", "Analysing", "Done", "Failed" for a batch document.</summary>
    public static string Status(Reports.DocumentStatus status, string? language = null) => IsJapanese(language)
        ? status switch
        {
            Reports.DocumentStatus.Queued => "待機中",
            Reports.DocumentStatus.Analysing => "分析中",
            Reports.DocumentStatus.Done => "完了",
            _ => "失敗",
        }
        : status switch
        {
            Reports.DocumentStatus.Queued => "Queued",
            Reports.DocumentStatus.Analysing => "Analysing",
            Reports.DocumentStatus.Done => "Done",
            _ => "Failed",
        };
}
