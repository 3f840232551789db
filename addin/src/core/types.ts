// The pane's words and orders for the server's shapes (which live in ../api/types and are re-exported
// here, so core and ui name them from one place).
import type { Severity } from "../api/types";

export type {
  AnalysisResult,
  AnalysisSummary,
  AnalyzedClause,
  ClauseKind,
  DealChoice,
  DraftingCheck,
  Evidence,
  Finding,
  FindingKind,
  LabelScore,
  PlaybookInfo,
  PlaybookRole,
  Severity,
} from "../api/types";

export const DEFAULT_PLAYBOOK_ID = "japan-sme-collaboration";

/** The contract types the server tells apart, in the reviewer's words. */
export const CONTRACT_TYPES: readonly { id: string; name: string }[] = [
  { id: "nda", name: "NDA" },
  { id: "licence", name: "Licence" },
  { id: "collaboration", name: "Collaboration (joint development, research, PoC)" },
  { id: "supply", name: "Supply, manufacturing, distribution" },
  { id: "services", name: "Services, outsourcing, hosting" },
  { id: "other", name: "Other" },
];

export function contractTypeName(id: string): string {
  return CONTRACT_TYPES.find((t) => t.id === id)?.name ?? id;
}

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
