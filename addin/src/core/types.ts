// The pane's words and orders for the server's shapes (which live in ../api/types and are re-exported
// here, so core and ui name them from one place).
import type { Severity } from "../api/types";

export type {
  AnalysisResult,
  AnalysisSummary,
  AnalyzedClause,
  ClauseKind,
  Evidence,
  Finding,
  FindingKind,
  LabelScore,
  PlaybookInfo,
  Severity,
} from "../api/types";

export const DEFAULT_PLAYBOOK_ID = "japan-sme-collaboration";

/** Most serious first: the order a reviewer reads in. */
export const SEVERITY_ORDER: readonly Severity[] = ["high", "medium", "low", "info"];

export const SEVERITY_NAMES: Record<Severity, string> = {
  high: "High",
  medium: "Medium",
  low: "Low",
  info: "Info",
};

/** The reviewer's words for the model's labels. */
export const LABEL_NAMES: Record<string, string> = {
  ip_ownership: "IP ownership",
  license_grant: "Licence grant",
  royalties: "Royalties",
  confidentiality: "Confidentiality",
  non_compete: "Non-compete",
  governing_law: "Governing law",
  dispute_resolution: "Dispute resolution",
  term_termination: "Term and termination",
  audit_rights: "Audit rights",
  liability: "Liability",
  assignment: "Assignment",
  other: "Other",
};

export function labelName(label: string): string {
  return LABEL_NAMES[label] ?? label.replace(/_/g, " ");
}
