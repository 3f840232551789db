// The server's AnalysisResult, as the pane reads it (camelCase JSON, DESIGN.md "API contract").

export type Severity = "info" | "low" | "medium" | "high";
export type FindingKind = "missing" | "overly_broad" | "unbalanced" | "uncertain" | "ok";
export type ClauseKind = "preamble" | "recitals" | "definitions" | "section" | "signature" | "schedule";

export interface LabelScore {
  label: string;
  score: number;
}

/** Character offsets into the paragraphs joined with "\n"; end is exclusive. */
export interface Evidence {
  start: number;
  end: number;
}

export interface AnalyzedClause {
  id: string;
  number?: string | null;
  heading?: string | null;
  kind: ClauseKind | string;
  /** Inclusive paragraph indexes into the paragraphs that were sent. */
  paragraphStart: number;
  paragraphEnd: number;
  start: number;
  end: number;
  labels: LabelScore[];
  uncertainLabels?: LabelScore[];
  facts?: Record<string, unknown>;
}

export interface Finding {
  id: string;
  ruleId: string;
  kind: FindingKind;
  severity: Severity;
  label: string;
  clauseId?: string | null;
  evidence?: Evidence | null;
  title: string;
  explanation: string;
  ask: string;
  fallbackText?: string | null;
  fallbackPlacement?: "after" | "replace" | null;
  talkingPoint?: string | null;
  source: string;
  /** What exactly was measured ("60 months; limit 24"), in the server's words, never contract text. */
  detail?: string | null;
  /** Short topic, for grouping in a brief. */
  topic?: string | null;
}

export interface AnalysisSummary {
  paragraphCount: number;
  clauseCount: number;
  labelsPresent: string[];
  missingLabels: string[];
  findingsBySeverity: Partial<Record<Severity, number>>;
  findingsByKind: Partial<Record<FindingKind, number>>;
}

/** A side a reviewer can take with a playbook ("licensee", "recipient", "sme"). */
export interface PlaybookRole {
  id: string;
  name: string;
  opposite?: string | null;
  contractTypes?: string[];
}

/** What the reviewer says about the deal; empty means "detect" (type) or "not chosen" (side). */
export interface DealChoice {
  contractType?: string;
  side?: string;
}

export interface AnalysisResult {
  modelVersion: string;
  playbook: { id: string; version: string; name?: string; selectedBy?: string | null; reason?: string | null; roles?: PlaybookRole[] | null };
  /** The contract's type, detected or given. */
  contractType?: { id: string; source: "detected" | "given"; confidence: number } | null;
  /** The reviewer's side, when one was chosen and the playbook declares it. */
  side?: string | null;
  /** The contract's language. */
  language?: "en" | "ja" | "mixed" | null;
  clauses: AnalyzedClause[];
  findings: Finding[];
  summary: AnalysisSummary;
  /** Present only for file uploads asked with includeParagraphs=true. */
  paragraphs?: string[];
}

export interface PlaybookInfo {
  id: string;
  name: string;
  version: string;
  description?: string;
  builtIn?: boolean;
  contractTypes?: string[] | null;
  roles?: PlaybookRole[] | null;
}

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
