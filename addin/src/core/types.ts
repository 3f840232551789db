// The server's AnalysisResult, as the pane reads it (camelCase JSON, DESIGN.md "API contract").

export type Severity = "info" | "low" | "medium" | "high";
export type FindingKind = "missing" | "overly_broad" | "unbalanced" | "uncertain" | "ok" | "drafting";
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
  /** For drafting findings: which check found it ("undefined_term", "broken_reference", …). */
  check?: DraftingCheck | string | null;
  /** A second span the finding rests on (the other language version of a bilingual mismatch). */
  relatedEvidence?: Evidence | null;
}

export type DraftingCheck =
  | "undefined_term"
  | "unused_definition"
  | "duplicate_definition"
  | "broken_reference"
  | "missing_attachment"
  | "numbering"
  | "party_name"
  | "bilingual_mismatch"
  | "prevailing_language";

export interface AnalysisSummary {
  paragraphCount: number;
  clauseCount: number;
  labelsPresent: string[];
  missingLabels: string[];
  findingsBySeverity: Partial<Record<Severity, number>>;
  findingsByKind: Partial<Record<FindingKind, number>>;
}

export interface AnalysisResult {
  modelVersion: string;
  playbook: { id: string; version: string; name?: string };
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
}

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
