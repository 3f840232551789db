import { SEVERITY_ORDER, type AnalysisResult, type AnalyzedClause, type Finding, type Severity } from "./types";

/** Findings about one clause (or, with no clause, about what the contract lacks). */
export interface ClauseGroup {
  clause?: AnalyzedClause;
  findings: Finding[];
}

export interface SeverityGroup {
  severity: Severity;
  clauses: ClauseGroup[];
  count: number;
}

export interface GroupedFindings {
  bySeverity: SeverityGroup[];
  /** Rules the contract meets: shown apart so they do not drown the problems. */
  passed: Finding[];
  /** Drafting errors (undefined terms, broken references, bilingual mismatches …), in document order: a group of their own. */
  drafting: Finding[];
}

/**
 * Groups the findings most serious first, then by clause in document order; findings with no
 * clause (missing clauses) come first within their severity because they are the largest gaps.
 */
export function groupFindings(result: AnalysisResult): GroupedFindings {
  const clauses = new Map(result.clauses.map((c) => [c.id, c] as const));
  const passed = result.findings.filter((f) => f.kind === "ok");
  const open = result.findings.filter((f) => f.kind !== "ok" && f.kind !== "drafting");
  const drafting = result.findings
    .filter((f) => f.kind === "drafting")
    .sort((a, b) => (a.evidence?.start ?? -1) - (b.evidence?.start ?? -1));
  const bySeverity: SeverityGroup[] = [];
  for (const severity of SEVERITY_ORDER) {
    const ofSeverity = open.filter((f) => f.severity === severity);
    if (ofSeverity.length === 0) continue;
    bySeverity.push({ severity, clauses: byClause(ofSeverity, clauses), count: ofSeverity.length });
  }
  return { bySeverity, passed, drafting };
}

function byClause(findings: Finding[], clauses: ReadonlyMap<string, AnalyzedClause>): ClauseGroup[] {
  const groups = new Map<string, ClauseGroup>();
  for (const finding of findings) {
    const clause = finding.clauseId ? clauses.get(finding.clauseId) : undefined;
    const key = clause?.id ?? "";
    const group = groups.get(key) ?? { clause, findings: [] };
    group.findings.push(finding);
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) => (a.clause?.paragraphStart ?? -1) - (b.clause?.paragraphStart ?? -1),
  );
}

/** The clause whose paragraph range holds paragraph `index`, if any. */
export function clauseAtParagraph(result: AnalysisResult, index: number): AnalyzedClause | undefined {
  return result.clauses.find((c) => c.paragraphStart <= index && index <= c.paragraphEnd);
}

export function clauseOf(result: AnalysisResult, finding: Finding): AnalyzedClause | undefined {
  return finding.clauseId ? result.clauses.find((c) => c.id === finding.clauseId) : undefined;
}

/** A short name for a clause as a reviewer would say it: "12. Governing law". */
export function clauseTitle(clause: AnalyzedClause): string {
  const parts = [clause.number, clause.heading].filter((p): p is string => !!p && p.trim() !== "");
  if (parts.length > 0) return parts.join(" ");
  const kind = String(clause.kind);
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}

/** Counts by severity, highest first, taken from the summary (the server excludes ok findings). */
export function severityCounts(result: AnalysisResult): { severity: Severity; count: number }[] {
  return SEVERITY_ORDER.map((severity) => ({
    severity,
    count: result.summary.findingsBySeverity[severity] ?? 0,
  }));
}
