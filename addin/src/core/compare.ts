// The server's DraftComparison (POST /api/compare), as the pane reads it, and the words it shows.

import type { AnalysisResult, AnalyzedClause, Finding } from "./types";
import { clauseTitle } from "./findings";

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

/** One line per changed clause: what happened, to which clause, and the findings it brought or settled. */
export interface ChangeLine {
  kind: ClauseChangeKind;
  clause: string;
  added: Finding[];
  settled: Finding[];
  clauseId?: string;
}

export function changeLines(comparison: DraftComparison): ChangeLine[] {
  const find = (result: AnalysisResult, id?: string | null): AnalyzedClause | undefined => (id ? result.clauses.find((c) => c.id === id) : undefined);
  return comparison.changes.map((change) => {
    const clause = find(comparison.after, change.afterClauseId) ?? find(comparison.before, change.beforeClauseId);
    return {
      kind: change.kind,
      clause: clause ? clauseTitle(clause) : "",
      added: comparison.findings.new.filter((f) => change.newFindingIds.includes(f.id)),
      settled: comparison.findings.resolved.filter((f) => change.resolvedFindingIds.includes(f.id)),
      clauseId: change.afterClauseId ?? undefined,
    };
  });
}
