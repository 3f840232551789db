// Lays clauses over paragraphs by character offsets. A clause need not start or end at a
// paragraph boundary: plain-text contracts often run several numbered sections together in one
// paragraph, and the segmenter splits them inside it.

import { paragraphStarts } from "./offsets";
import type { AnalyzedClause, Evidence } from "./types";

/** A run of one paragraph's text lying in at most one clause, inside or outside the evidence. */
export interface Piece {
  text: string;
  clauseId?: string;
  /** True on the first piece of each clause, where its name is shown. */
  clauseStarts: boolean;
  evidence: boolean;
}

/** Splits each paragraph at clause and evidence boundaries. */
export function layoutPieces(paragraphs: readonly string[], clauses: readonly AnalyzedClause[], evidence?: Evidence | null): Piece[][] {
  const starts = paragraphStarts(paragraphs);
  const seen = new Set<string>();
  return paragraphs.map((text, i) => {
    const from = starts[i] ?? 0;
    const to = from + text.length;
    const cuts = new Set([from, to]);
    const within = (offset: number): void => {
      if (offset > from && offset < to) cuts.add(offset);
    };
    for (const clause of clauses) {
      within(clause.start);
      within(clause.end);
    }
    if (evidence) {
      within(evidence.start);
      within(evidence.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const pieces: Piece[] = [];
    for (let k = 0; k + 1 < points.length; k++) {
      const a = points[k]!;
      const b = points[k + 1]!;
      const clause = clauseAt(clauses, a);
      const clauseStarts = clause !== undefined && !seen.has(clause.id);
      if (clause) seen.add(clause.id);
      pieces.push({
        text: text.slice(a - from, b - from),
        clauseId: clause?.id,
        clauseStarts,
        evidence: !!evidence && a >= evidence.start && b <= evidence.end,
      });
    }
    return pieces;
  });
}

/** The innermost clause covering `offset` (the one that starts last). */
function clauseAt(clauses: readonly AnalyzedClause[], offset: number): AnalyzedClause | undefined {
  let best: AnalyzedClause | undefined;
  for (const clause of clauses) {
    if (clause.start <= offset && offset < clause.end && (!best || clause.start >= best.start)) best = clause;
  }
  return best;
}
