// Builders for analysis results, so each test states only what it is about.
import { paragraphStarts } from "../src/core/offsets";
import type { ClauseChange, DraftComparison } from "../src/core/compare";
import type { AnalysisResult, AnalyzedClause, Finding } from "../src/core/types";

export const PARAGRAPHS = [
  "JOINT DEVELOPMENT AGREEMENT",
  "1. Confidentiality",
  "Each party shall keep the other's information confidential.",
  "2. Non-compete",
  "The Supplier shall not compete anywhere in the world for five years.",
  "3. Governing law",
  "This agreement is governed by the laws of Japan.",
];

export function aClause(overrides: Partial<AnalyzedClause> & Pick<AnalyzedClause, "id" | "paragraphStart" | "paragraphEnd">): AnalyzedClause {
  return { kind: "section", start: 0, end: 0, labels: [], uncertainLabels: [], facts: {}, ...overrides };
}

export function aFinding(overrides: Partial<Finding> & Pick<Finding, "id">): Finding {
  return {
    ruleId: `rule-${overrides.id}`,
    kind: "overly_broad",
    severity: "medium",
    label: "non_compete",
    title: `Finding ${overrides.id}`,
    explanation: "Why it matters.",
    ask: "What to ask for.",
    source: "Playbook source",
    ...overrides,
  };
}

/** Offsets of `needle` in the paragraphs joined with "\n", as the server computes them. */
export function offsetsOf(paragraphs: readonly string[], needle: string): { start: number; end: number } {
  const start = paragraphs.join("\n").indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" is not in the test document`);
  return { start, end: start + needle.length };
}

/** Character offsets of whole paragraphs start..end, as the server reports a clause. */
function spanning(paragraphStart: number, paragraphEnd: number): { start: number; end: number } {
  const starts = paragraphStarts(PARAGRAPHS);
  return { start: starts[paragraphStart]!, end: starts[paragraphEnd]! + PARAGRAPHS[paragraphEnd]!.length };
}

export function aResult(overrides: Partial<AnalysisResult> = {}): AnalysisResult {
  const clauses = [
    aClause({ id: "c0", kind: "preamble", paragraphStart: 0, paragraphEnd: 0, ...spanning(0, 0) }),
    aClause({ id: "c1", number: "1.", heading: "Confidentiality", paragraphStart: 1, paragraphEnd: 2, ...spanning(1, 2), labels: [{ label: "confidentiality", score: 0.93 }] }),
    aClause({ id: "c2", number: "2.", heading: "Non-compete", paragraphStart: 3, paragraphEnd: 4, ...spanning(3, 4), labels: [{ label: "non_compete", score: 0.88 }], uncertainLabels: [{ label: "term_termination", score: 0.41 }] }),
    aClause({ id: "c3", number: "3.", heading: "Governing law", paragraphStart: 5, paragraphEnd: 6, ...spanning(5, 6), labels: [{ label: "governing_law", score: 0.97 }] }),
  ];
  const findings = [
    aFinding({ id: "f-nc", severity: "high", kind: "overly_broad", clauseId: "c2", evidence: offsetsOf(PARAGRAPHS, "anywhere in the world"), title: "Non-compete is worldwide", detail: "worldwide; limit: named countries", fallbackText: "The Supplier shall not compete in Japan for 12 months.", fallbackPlacement: "replace" }),
    aFinding({ id: "f-dr", severity: "high", kind: "missing", label: "dispute_resolution", title: "No dispute resolution clause", fallbackText: "Disputes shall be settled by arbitration in Tokyo." }),
    aFinding({ id: "f-nda", severity: "low", kind: "unbalanced", label: "confidentiality", clauseId: "c1", evidence: offsetsOf(PARAGRAPHS, "keep the other's information confidential"), title: "No standard exclusions", fallbackText: "Information that is public is excluded." }),
    aFinding({ id: "f-law", severity: "info", kind: "ok", label: "governing_law", clauseId: "c3", title: "Governing law is named" }),
  ];
  return {
    modelVersion: "test-model",
    playbook: { id: "japan-sme-collaboration", version: "1.0", name: "Japan SME collaboration" },
    clauses,
    findings,
    summary: {
      paragraphCount: PARAGRAPHS.length,
      clauseCount: clauses.length,
      labelsPresent: ["confidentiality", "non_compete", "governing_law"],
      missingLabels: ["dispute_resolution"],
      findingsBySeverity: { high: 2, medium: 0, low: 1, info: 0 },
      findingsByKind: { missing: 1, overly_broad: 1, unbalanced: 1, ok: 1 },
    },
    ...overrides,
  };
}

/** One changed clause of a comparison: its words changed, no labels, no findings, unless the test says. */
export function aChange(overrides: Partial<ClauseChange> & Pick<ClauseChange, "kind" | "beforeClauseId" | "afterClauseId">): ClauseChange {
  return { labels: [], textChanged: true, similarity: 0, newFindingIds: [], resolvedFindingIds: [], ...overrides };
}

/** The server's comparison of two analyses: their changes, and the findings each brought (none unless given). */
export function aComparison(
  before: AnalysisResult,
  after: AnalysisResult,
  changes: ClauseChange[],
  findings: Partial<DraftComparison["findings"]> = {},
): DraftComparison {
  return { modelVersion: "m", playbook: after.playbook, before, after, changes, findings: { new: [], resolved: [], unchanged: [], ...findings } };
}
