// The reviewer's side of the results: decisions on findings, where they are kept, and which
// findings the filters show. Pure state: the UI (src/ui/decisions.ts) renders it, the Word
// adapter or the browser's storage sits behind the DecisionStore seam.

import {
  attachDecisions,
  decide,
  decisionCounts,
  emptyBook,
  mergeBooks,
  parseBook,
  serialiseBook,
  type DecisionBook,
  type DecisionStatus,
  type FindingDecision,
} from "./decisions";
import type { DecisionStore } from "./decisionStore";
import type { AnalysisResult, Finding, Severity } from "./types";

export type DecisionFilter = DecisionStatus | "open";

export interface ReviewState {
  /** Where the decisions of the analysed document are kept; undefined before an analysis. */
  place?: DecisionStore["place"];
  book: DecisionBook;
  /** Decisions by finding id, for the current analysis. */
  attached: ReadonlyMap<string, FindingDecision>;
  counts: Record<DecisionFilter, number>;
  /** Shown severities and decisions; empty means all. */
  severities: ReadonlySet<Severity>;
  decisions: ReadonlySet<DecisionFilter>;
  /** A save or load that failed, in plain words. */
  problem?: string;
}

const NO_COUNTS: Record<DecisionFilter, number> = { open: 0, resolved: 0, accepted: 0, raised: 0 };

export class ReviewController {
  private listeners = new Set<(state: ReviewState) => void>();
  private store?: DecisionStore;
  private result?: AnalysisResult;
  private paragraphs: readonly string[] = [];
  private opening = 0;
  state: ReviewState = { book: emptyBook(), attached: new Map(), counts: NO_COUNTS, severities: new Set(), decisions: new Set() };

  constructor(
    /** The store for the analysed document (its paragraphs identify it in the browser). */
    private readonly storeFor: (paragraphs: readonly string[]) => DecisionStore,
    /** The signed-in account's name, or "local". */
    private readonly reviewer: () => string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  subscribe(listener: (state: ReviewState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A new analysis: load the decisions kept for its document and attach them to its findings. */
  async open(result: AnalysisResult, paragraphs: readonly string[]): Promise<void> {
    const ticket = ++this.opening;
    this.result = result;
    this.paragraphs = paragraphs;
    this.store = this.storeFor(paragraphs);
    let book = emptyBook();
    let problem: string | undefined;
    try {
      book = await this.store.load();
    } catch (error) {
      problem = `Decisions saved in this document could not be read. ${error instanceof Error ? error.message : ""}`.trim();
    }
    if (ticket !== this.opening) return;
    this.update({ place: this.store.place, book, problem, ...this.attach(book) });
  }

  /** Sets (or with null clears) the decision on a finding. */
  mark(findingId: string, status: DecisionStatus | null): Promise<void> {
    return this.change(findingId, { status });
  }

  /** Replaces the note on a finding's decision. */
  note(findingId: string, note: string): Promise<void> {
    return this.change(findingId, { note });
  }

  toggleSeverity(severity: Severity): void {
    this.update({ severities: toggled(this.state.severities, severity) });
  }

  toggleDecision(filter: DecisionFilter): void {
    this.update({ decisions: toggled(this.state.decisions, filter) });
  }

  clearFilters(): void {
    this.update({ severities: new Set(), decisions: new Set() });
  }

  /** Whether the filters show `finding`. */
  visible(finding: Finding): boolean {
    const { severities, decisions, attached } = this.state;
    if (severities.size > 0 && !severities.has(finding.severity)) return false;
    return decisions.size === 0 || decisions.has(attached.get(finding.id)?.decision.status ?? "open");
  }

  /** The decisions as a JSON file's text (browser mode: to carry them to another browser). */
  exportJson(): string {
    return serialiseBook(this.state.book);
  }

  /** Adds decisions from an exported file; the later of two decisions on one finding wins. */
  async importJson(json: string): Promise<void> {
    let theirs: DecisionBook;
    try {
      theirs = parseBook(json);
    } catch (error) {
      this.update({ problem: error instanceof Error && error.message.startsWith("This") ? error.message : "This is not a ClauseLens decisions file." });
      return;
    }
    await this.save(mergeBooks(this.state.book, theirs));
  }

  private async change(findingId: string, change: { status?: DecisionStatus | null; note?: string }): Promise<void> {
    const finding = this.result?.findings.find((f) => f.id === findingId);
    if (!finding || !this.result) return;
    const previous = this.state.attached.get(findingId)?.decision;
    const book = decide(this.state.book, { result: this.result, paragraphs: this.paragraphs, previous }, finding, change, this.reviewer(), this.now());
    if (book !== this.state.book) await this.save(book);
  }

  private async save(book: DecisionBook): Promise<void> {
    // Shown at once; a failed save says so and keeps what the reviewer did on screen.
    this.update({ book, problem: undefined, ...this.attach(book) });
    try {
      await this.store?.save(book);
    } catch (error) {
      this.update({ problem: `The decision could not be saved${this.store?.place === "document" ? " in the document" : ""}. ${error instanceof Error ? error.message : ""}`.trim() });
    }
  }

  private attach(book: DecisionBook): Pick<ReviewState, "attached" | "counts"> {
    if (!this.result) return { attached: new Map(), counts: NO_COUNTS };
    const attached = attachDecisions(book, this.result, this.paragraphs);
    return { attached, counts: decisionCounts(this.result, attached) };
  }

  private update(patch: Partial<ReviewState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener(this.state);
  }
}

function toggled<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(set);
  if (!next.delete(value)) next.add(value);
  return next;
}
