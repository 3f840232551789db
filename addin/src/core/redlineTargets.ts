// Where each change of a draft comparison sits in the open document, so "Show in document" can
// select it: the comparison names clauses of the two drafts it was sent (paragraph indexes into
// each), and the drafts came from the document (a redline read with its tracked changes rejected
// and accepted) or from the pane (the analysed contract). Pure: no Office, no DOM.

import type { DraftComparison } from "./compare";
import type { AnalyzedClause } from "./types";

/** The two drafts that were compared, and where their paragraphs are in the open document. */
export interface DraftPair {
  before: string[];
  after: string[];
  /** Document paragraph of each `after` paragraph (the open document is the later draft). */
  afterAt: number[];
  /**
   * Document paragraph of each `before` paragraph: only when the earlier draft is in the document
   * too, as its tracked changes rejected. Absent for an earlier draft read from a file.
   */
  beforeAt?: number[];
  /** The document holds the changes as tracked changes (a redline read with WordApi 1.6). */
  tracked: boolean;
}

/** The reading of a paragraph that holds the expected text: tracked changes accepted or rejected. */
export type Reading = "current" | "original";

/** One change, placed in the document. */
export interface ChangeTarget {
  /** Document paragraphs first..last, inclusive: the clause in both drafts' places. */
  first: number;
  last: number;
  /** A paragraph that must still read `text` (in `reading`) for the place to be trusted. */
  check: { paragraph: number; reading: Reading; text: string };
  /** The clause's opening words, searched for when the document has moved on. */
  opening: string;
  /** Whether the pane may accept or reject the change's tracked changes (not half of a move). */
  resolvable: boolean;
}

/** What "Show in document" did. */
export type ShowOutcome =
  /** The clause's tracked changes are selected. */
  | { how: "tracked"; count: number }
  /** The clause is selected; it holds no tracked change (or the host cannot list them). */
  | { how: "clause" }
  /** The clause was not where the comparison left it; its opening words were found and selected. */
  | { how: "text" }
  /** Neither: nothing was selected. */
  | { how: "none" };

/** What "Accept"/"Reject" did. */
export type ResolveOutcome =
  | { how: "done"; count: number; removedParagraphs: number }
  /** The clause holds no tracked change: nothing to do. */
  | { how: "nothing" }
  /** The document changed since the comparison: nothing was edited. */
  | { how: "moved" };

/** Why a change has no place in the document. */
export type Unplaceable = "removed" | "unknown";

export type Placement = { target: ChangeTarget } | { reason: Unplaceable };

/** Places every change of `comparison` (same order) in the document the pair came from. */
export function placeChanges(comparison: DraftComparison, pair: DraftPair): Placement[] {
  const clause = (clauses: AnalyzedClause[], id?: string | null): AnalyzedClause | undefined => (id ? clauses.find((c) => c.id === id) : undefined);
  return comparison.changes.map((change): Placement => {
    const after = clause(comparison.after.clauses, change.afterClauseId);
    const before = clause(comparison.before.clauses, change.beforeClauseId);
    const now = after && span(after, pair.afterAt, pair.after, "current");
    // A moved clause is shown where it is now; its old place is another clause's neighbourhood.
    const then = before && pair.beforeAt && (change.kind !== "moved" || !now) ? span(before, pair.beforeAt, pair.before, "original") : undefined;
    if (!now && !then) return { reason: before && !after ? "removed" : "unknown" };
    const first = Math.min(...[now?.first, then?.first].filter((n): n is number => n !== undefined));
    const last = Math.max(...[now?.last, then?.last].filter((n): n is number => n !== undefined));
    const check = (now ?? then)!.check;
    return { target: { first, last, check, opening: openingWords(check.text), resolvable: pair.tracked && change.kind !== "moved" } };
  });
}

function span(clause: AnalyzedClause, at: number[], paragraphs: string[], reading: Reading): Pick<ChangeTarget, "first" | "last" | "check"> | undefined {
  const first = at[clause.paragraphStart];
  const last = at[Math.max(clause.paragraphStart, clause.paragraphEnd)];
  const text = paragraphs[clause.paragraphStart];
  if (first === undefined || last === undefined || text === undefined) return undefined;
  return { first, last, check: { paragraph: first, reading, text } };
}

// Word's search takes at most 255 characters and reads "^" as a special mark.
const OPENING_MAX = 60;

/** The first words of a paragraph, short enough for Word's search: whole words where there are spaces. */
export function openingWords(text: string): string {
  const plain = text.split("^")[0]!.replace(/\s+/g, " ").trim();
  if (plain.length <= OPENING_MAX) return plain;
  const cut = plain.lastIndexOf(" ", OPENING_MAX);
  return plain.slice(0, cut >= 20 ? cut : OPENING_MAX);
}

/**
 * After `removed` document paragraphs disappeared from first..last (a rejected insertion or an
 * accepted deletion), the places of the other changes below them move up.
 */
export function shiftPlacements(placements: Placement[], done: ChangeTarget, removed: number): Placement[] {
  if (removed === 0) return placements;
  const move = (n: number): number => (n > done.last ? n - removed : n);
  return placements.map((p) =>
    "target" in p && p.target !== done
      ? { target: { ...p.target, first: move(p.target.first), last: move(p.target.last), check: { ...p.target.check, paragraph: move(p.target.check.paragraph) } } }
      : p,
  );
}

/** Two texts of one paragraph, as Word and the pane write them, are the same. */
export function sameParagraph(a: string, b: string): boolean {
  const plain = (s: string): string => s.replace(/[\r\n]+$/, "").replace(/\s+/g, " ").trim();
  return plain(a) === plain(b);
}
