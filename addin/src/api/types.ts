// The server's wire shapes, as the add-in reads them (camelCase JSON, DESIGN.md "API contract"): the
// AnalysisResult and the playbook list. They live with the API client; core re-exports them.

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

/** A side a reviewer can take with a playbook ("licensee", "recipient", "sme"). */
export interface PlaybookRole {
  id: string;
  name: string;
  opposite?: string | null;
  contractTypes?: string[];
  /** The role's name in Japanese, when the playbook gives one. */
  nameJa?: string | null;
}

/** What the reviewer says about the deal; empty means "detect" (type) or "not chosen" (side). */
export interface DealChoice {
  contractType?: string;
  side?: string;
  /** The reviewer's language (the pane's UI language): the findings' texts come in it; the contract is quoted in its own. */
  language?: string;
}

export interface AnalysisResult {
  modelVersion: string;
  playbook: { id: string; version: string; name?: string; selectedBy?: string | null; reason?: string | null; roles?: PlaybookRole[] | null; nameJa?: string | null };
  /** The contract's type, detected or given. */
  contractType?: { id: string; source: "detected" | "given"; confidence: number } | null;
  /** The reviewer's side, when one was chosen and the playbook declares it. */
  side?: string | null;
  /** The contract's language. */
  language?: "en" | "ja" | "mixed" | null;
  clauses: AnalyzedClause[];
  findings: Finding[];
  summary: AnalysisSummary;
  /** Each ok finding stated as what the contract has ("Governing law: Japan (clause 12.1)"). */
  passed?: PassedCheck[] | null;
  /** Whether the text reads as a contract; when it does not, there are no findings. Absent when the type was given. */
  contractCheck?: ContractCheck | null;
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
  /** The playbook's name in Japanese, when it gives one. */
  nameJa?: string | null;
}

// POST /api/compare

export type ClauseChangeKind = "added" | "removed" | "changed" | "moved";

export interface ClauseChange {
  kind: ClauseChangeKind;
  beforeClauseId?: string | null;
  afterClauseId?: string | null;
  labels: string[];
  textChanged: boolean;
  similarity: number;
  newFindingIds: string[];
  resolvedFindingIds: string[];
}

export interface DraftComparison {
  modelVersion: string;
  playbook: AnalysisResult["playbook"];
  before: AnalysisResult;
  after: AnalysisResult;
  changes: ClauseChange[];
  findings: { new: Finding[]; resolved: Finding[]; unchanged: Finding[] };
}

// POST /api/issues/export

/** One row, in the server's IssueRow shape (camelCase). */
export interface IssueRow {
  clause: string;
  heading: string;
  finding: string;
  severity: string;
  kind: string;
  evidence: string;
  ask: string;
  fallback: string;
  decision: string;
  note: string;
  reviewer: string;
  date: string;
  history: string;
}

/** A rule the contract meets, stated as what is there. */
export interface PassedCheck {
  findingId: string;
  ruleId: string;
  statement: string;
  clauseId?: string | null;
  /** For a rule met by absence: where the check looked. */
  lookedIn?: string | null;
}

export interface ContractCheck {
  isContract: boolean;
  reason?: string | null;
  contractWords: number;
}
