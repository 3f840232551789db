// A review is a list of decisions: each finding can be marked Resolved, Accepted risk or Raised
// with the other side, with a note, by a reviewer, at a time, with its history. Pure: no DOM, no
// Office. Decisions and notes are contract data: they live in the document (Word) or the browser,
// never on the server, never in a log.

import { t } from "./i18n";
import type { AnalysisResult, AnalyzedClause, Finding } from "./types";

export type DecisionStatus = "resolved" | "accepted" | "raised";

export const DECISION_ORDER: readonly DecisionStatus[] = ["resolved", "accepted", "raised"];

export const DECISION_NAMES: Readonly<Record<DecisionStatus, string>> = {
  get resolved() {
    return t("decision.resolved");
  },
  get accepted() {
    return t("decision.accepted");
  },
  get raised() {
    return t("decision.raised");
  },
};

/** One step in a decision's history: who changed it, when, from what to what. */
export interface DecisionChange {
  by: string;
  at: string;
  /** null: no decision before (or the decision was cleared). */
  from: DecisionStatus | null;
  to: DecisionStatus | null;
  /** Set when the step changed the note (the note itself is the decision's current one). */
  noteChanged?: boolean;
}

export interface Decision {
  /** Rule id and the clause it is about ("nda-exclusions@4.3"): survives re-analysis and renumbered ids. */
  key: string;
  ruleId: string;
  status: DecisionStatus | null;
  note: string;
  by: string;
  at: string;
  /** Hash of the clause's text when decided; null for a finding about the whole contract. */
  clauseHash: string | null;
  history: DecisionChange[];
}

/** Everything decided on one document. */
export interface DecisionBook {
  version: 1;
  decisions: Record<string, Decision>;
}

export const emptyBook = (): DecisionBook => ({ version: 1, decisions: {} });

/** A decision as it applies to a finding of the current analysis. */
export interface FindingDecision {
  decision: Decision;
  /** The clause's words differ from when the decision was taken. */
  clauseChanged: boolean;
}

/** FNV-1a over a string, hex: enough to tell whether a clause's words changed. */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}-${hash.toString(16).padStart(8, "0")}`;
}

/** The clause's words, spacing folded, from the paragraphs the analysis refers to. */
export function clauseText(paragraphs: readonly string[], clause: AnalyzedClause): string {
  return paragraphs.join("\n").slice(clause.start, clause.end).replace(/\s+/g, " ").trim();
}

/** Where a finding sits, as a reviewer names it: the clause number, else its heading, else its kind. */
function clauseAnchor(clause: AnalyzedClause | undefined): string {
  if (!clause) return "document";
  return (clause.number?.trim() || clause.heading?.trim().toLowerCase() || `${clause.kind}:${clause.paragraphStart}`).replace(/\s+/g, " ");
}

export function decisionKey(finding: Finding, clause: AnalyzedClause | undefined): string {
  return `${finding.ruleId}@${clauseAnchor(clause)}`;
}

/**
 * Matches decisions to the findings of an analysis. A decision belongs to a finding of the same
 * rule about the same clause (by number or heading); failing that, of the same rule about a clause
 * with the very words it was decided on (the clause was renumbered). It is flagged when the
 * clause's words changed since.
 */
export function attachDecisions(book: DecisionBook, result: AnalysisResult, paragraphs: readonly string[]): Map<string, FindingDecision> {
  const clauses = new Map(result.clauses.map((c) => [c.id, c] as const));
  const joined = paragraphs.join("\n");
  const hashOf = (clause: AnalyzedClause | undefined): string | null =>
    clause ? textHash(joined.slice(clause.start, clause.end).replace(/\s+/g, " ").trim()) : null;
  const attached = new Map<string, FindingDecision>();
  const used = new Set<string>();
  const open = result.findings.filter((f) => f.kind !== "ok");
  const hashes = new Map(open.map((f) => [f.id, hashOf(f.clauseId ? clauses.get(f.clauseId) : undefined)] as const));
  for (const finding of open) {
    const clause = finding.clauseId ? clauses.get(finding.clauseId) : undefined;
    const decision = book.decisions[decisionKey(finding, clause)];
    if (decision && !used.has(decision.key)) {
      used.add(decision.key);
      attached.set(finding.id, { decision, clauseChanged: decision.clauseHash !== hashes.get(finding.id) });
    }
  }
  for (const finding of open) {
    if (attached.has(finding.id)) continue;
    const hash = hashes.get(finding.id);
    const decision = Object.values(book.decisions).find((d) => !used.has(d.key) && (d.status !== null || d.note !== "") && d.ruleId === finding.ruleId && d.clauseHash !== null && d.clauseHash === hash);
    if (decision) {
      used.add(decision.key);
      attached.set(finding.id, { decision, clauseChanged: false });
    }
  }
  return attached;
}

/**
 * The book with `finding`'s decision set to `status` (null clears it) and, when given, its note
 * replaced; the history records the step. The decision is re-keyed to the finding's clause as it
 * is now and takes the clause's current words as its reference.
 */
export function decide(
  book: DecisionBook,
  context: { result: AnalysisResult; paragraphs: readonly string[]; previous?: Decision },
  finding: Finding,
  change: { status?: DecisionStatus | null; note?: string },
  reviewer: string,
  now: Date,
): DecisionBook {
  const clause = finding.clauseId ? context.result.clauses.find((c) => c.id === finding.clauseId) : undefined;
  const key = decisionKey(finding, clause);
  const previous = context.previous ?? book.decisions[key];
  const from = previous?.status ?? null;
  const to = change.status === undefined ? from : change.status;
  const note = change.note === undefined ? (previous?.note ?? "") : change.note.trim();
  const noteChanged = note !== (previous?.note ?? "");
  if (to === from && !noteChanged) return book;
  const at = now.toISOString();
  const step: DecisionChange = { by: reviewer, at, from, to, ...(noteChanged ? { noteChanged: true } : {}) };
  const decisions = { ...book.decisions };
  if (previous && previous.key !== key) delete decisions[previous.key];
  decisions[key] = {
    key,
    ruleId: finding.ruleId,
    status: to,
    note,
    by: reviewer,
    at,
    clauseHash: clause ? textHash(clauseText(context.paragraphs, clause)) : null,
    history: [...(previous?.history ?? []), step],
  };
  return { version: 1, decisions };
}

/** Decision counts for the open findings (those not ok), with "open" for the undecided. */
export function decisionCounts(result: AnalysisResult, attached: ReadonlyMap<string, FindingDecision>): Record<DecisionStatus | "open", number> {
  const counts: Record<DecisionStatus | "open", number> = { open: 0, resolved: 0, accepted: 0, raised: 0 };
  for (const finding of result.findings) {
    if (finding.kind === "ok") continue;
    const status = attached.get(finding.id)?.decision.status;
    counts[status ?? "open"]++;
  }
  return counts;
}

/** Reads a book from JSON (an export, local storage, or the document's part); throws on anything else. */
export function parseBook(json: string): DecisionBook {
  const value: unknown = JSON.parse(json);
  if (!isRecord(value) || value.version !== 1 || !isRecord(value.decisions)) throw new Error("This is not a ClauseLens decisions file.");
  const decisions: Record<string, Decision> = {};
  for (const [key, raw] of Object.entries(value.decisions)) {
    if (!isRecord(raw) || typeof raw.ruleId !== "string" || !isStatus(raw.status) || typeof raw.by !== "string" || typeof raw.at !== "string") {
      throw new Error("This decisions file is damaged: a decision lacks its rule, status, reviewer or time.");
    }
    decisions[key] = {
      key,
      ruleId: raw.ruleId,
      status: raw.status,
      note: typeof raw.note === "string" ? raw.note : "",
      by: raw.by,
      at: raw.at,
      clauseHash: typeof raw.clauseHash === "string" ? raw.clauseHash : null,
      history: Array.isArray(raw.history)
        ? raw.history.filter(isRecord).map((h) => ({
            by: String(h.by ?? ""),
            at: String(h.at ?? ""),
            from: isStatus(h.from) ? h.from : null,
            to: isStatus(h.to) ? h.to : null,
            ...(h.noteChanged === true ? { noteChanged: true } : {}),
          }))
        : [],
    };
  }
  return { version: 1, decisions };
}

export function serialiseBook(book: DecisionBook): string {
  return JSON.stringify(book);
}

/** Two books in one: for each finding, the decision taken last wins (an import never loses a newer local one). */
export function mergeBooks(mine: DecisionBook, theirs: DecisionBook): DecisionBook {
  const decisions = { ...mine.decisions };
  for (const [key, decision] of Object.entries(theirs.decisions)) {
    const current = decisions[key];
    if (!current || current.at < decision.at) decisions[key] = decision;
  }
  return { version: 1, decisions };
}

/** "Accepted risk → Resolved" for the history line; "—" for none. */
export function statusName(status: DecisionStatus | null): string {
  return status ? DECISION_NAMES[status] : "—";
}

function isStatus(value: unknown): value is DecisionStatus | null {
  return value === null || value === "resolved" || value === "accepted" || value === "raised";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
