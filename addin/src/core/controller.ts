import { ProblemError, plainMessage } from "../api/problems";
import { t, uiLanguage } from "./i18n";
import { commentText, fallbackTarget, pastedParagraphs, type MissingClausePlacement } from "./fallback";
import { clauseAtParagraph, clauseOf } from "./findings";
import { fingerprint } from "./fingerprint";
import { normaliseParagraph } from "./normalise";
import { evidenceSpan, spanAnchors, type ParagraphSpan, type SpanAnchors } from "./offsets";
import type { AnalysisApi, NoticeTone, PaneState } from "./paneState";
import type { Capabilities, DocumentSnapshot, WordDocument } from "./surface";
import { DEFAULT_PLAYBOOK_ID, type AnalysisResult, type AnalyzedClause, type DealChoice, type Finding, type PlaybookRole } from "./types";

export type { AnalysisApi, NoticeTone, PaneState, Phase } from "./paneState";

const NO_CAPABILITIES: Capabilities = { ranges: false, comments: false, trackedChanges: false };

/**
 * The pane's behaviour, free of DOM and Office globals: the UI renders `state` and calls these
 * methods; the Word document sits behind the WordDocument seam.
 */
export class PaneController {
  private listeners = new Set<(state: PaneState) => void>();
  private lastAnalysis?: (signal: AbortSignal) => Promise<void>;
  private analysedFingerprint?: string;
  private inFlight?: AbortController;
  state: PaneState;

  constructor(
    private readonly api: AnalysisApi,
    private readonly word?: WordDocument,
  ) {
    this.state = {
      mode: word ? "word" : "browser",
      capabilities: word?.capabilities ?? NO_CAPABILITIES,
      playbooks: [],
      playbookId: DEFAULT_PLAYBOOK_ID,
      contractType: "",
      side: "",
      phase: "idle",
      paragraphs: [],
      stale: false,
    };
  }

  subscribe(listener: (state: PaneState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async loadPlaybooks(): Promise<void> {
    try {
      const playbooks = await this.api.listPlaybooks();
      const keep = this.state.playbookId === "" || playbooks.some((p) => p.id === this.state.playbookId);
      this.update({ playbooks, playbookId: keep ? this.state.playbookId : (playbooks[0]?.id ?? this.state.playbookId) });
    } catch (error) {
      // Analysis still works (automatic, or the playbook chosen): say the list is unavailable instead of blocking it.
      this.notify(t("notice.playbooksFailed", { reason: plainMessage(error) }), "warning");
    }
  }

  /** Chooses the playbook ("" for the one for the contract's type); after an analysis, analyses again so the results follow. */
  choosePlaybook(id: string): Promise<void> {
    this.update({ playbookId: id });
    return this.reanalyse();
  }

  /** Chooses the contract type ("" to detect); after an analysis, analyses again so the results follow. */
  chooseContractType(id: string): Promise<void> {
    // A side belongs to a playbook's roles for a type: keep it only if the new type still offers it.
    const side = this.sideOptions({ ...this.state, contractType: id }).some((r) => r.id === this.state.side) ? this.state.side : "";
    this.update({ contractType: id, side });
    return this.reanalyse();
  }

  /** Chooses the reviewer's side ("" for the balanced reading); after an analysis, analyses again. */
  chooseSide(id: string): Promise<void> {
    this.update({ side: id });
    return this.reanalyse();
  }

  /**
   * The sides the reviewer can pick: the roles of the playbook the last analysis applied, or before
   * one, the roles of the chosen playbook for the chosen type (none until a type is known).
   */
  sideOptions(state: PaneState = this.state): PlaybookRole[] {
    const type = state.contractType || state.result?.contractType?.id;
    if (state.result?.playbook.roles && (!state.contractType || state.contractType === state.result.contractType?.id)) {
      return state.result.playbook.roles;
    }

    const playbook = state.playbooks.find((p) => p.id === state.playbookId);
    const roles = playbook?.roles ?? [];
    return type ? roles.filter((r) => !r.contractTypes?.length || r.contractTypes.includes(type)) : [];
  }

  private deal(): DealChoice {
    const { contractType, side } = this.state;
    // The findings' texts in the reviewer's language; the contract is still quoted in its own.
    return { ...(contractType ? { contractType } : {}), ...(side ? { side } : {}), language: uiLanguage() };
  }

  /** The UI language changed: after an analysis, analyses again so the findings' texts follow it. */
  languageChanged(): Promise<void> {
    return this.reanalyse();
  }

  private reanalyse(): Promise<void> {
    return this.state.result && this.lastAnalysis ? this.run(this.lastAnalysis) : Promise.resolve();
  }

  private analyzeParagraphs(paragraphs: readonly string[], signal: AbortSignal): Promise<AnalysisResult> {
    return this.api.analyzeParagraphs(paragraphs, this.state.playbookId || undefined, signal, this.deal());
  }

  /** Word: reads the open document and analyses it. */
  analyseDocument(): Promise<void> {
    const word = this.requireWord();
    return this.run(async (signal) => {
      this.update({ progress: t("status.reading") });
      const snapshot = await this.readWord(word);
      signal.throwIfAborted();
      this.update({ progress: t("status.paragraphs", { count: snapshot.paragraphs.length }) });
      const result = await this.analyzeParagraphs(snapshot.paragraphs, signal);
      signal.throwIfAborted();
      this.accept(result, snapshot.paragraphs, snapshot.selectedParagraph);
    });
  }

  /** Browser: analyses pasted text, one paragraph per non-blank line. */
  analyseText(text: string): Promise<void> {
    const paragraphs = pastedParagraphs(text).map(normaliseParagraph);
    return this.run(async (signal) => {
      this.update({ progress: t("status.paragraphs", { count: paragraphs.length }) });
      const result = await this.analyzeParagraphs(paragraphs, signal);
      signal.throwIfAborted();
      this.accept(result, paragraphs);
    });
  }

  /** Browser: uploads a file; the server returns the paragraphs it extracted for the view. */
  analyseFile(file: Blob, fileName: string): Promise<void> {
    return this.run(async (signal) => {
      this.update({ progress: t("status.file", { name: fileName }) });
      const result = await this.api.analyzeFile(file, fileName, this.state.playbookId || undefined, signal, this.deal());
      signal.throwIfAborted();
      const { paragraphs = [], ...rest } = result;
      this.accept(rest, paragraphs);
    });
  }

  /** Runs the last analysis again (after an error). */
  retry(): Promise<void> {
    return this.lastAnalysis ? this.run(this.lastAnalysis) : Promise.resolve();
  }

  /** Marks a finding as the one being read and, in Word, selects its clause. */
  async selectFinding(findingId: string): Promise<void> {
    const { result } = this.state;
    const finding = this.finding(findingId);
    if (!result || !finding) return;
    const clause = clauseOf(result, finding);
    this.update({ selectedFindingId: finding.id, currentClauseId: clause?.id ?? this.state.currentClauseId });
    if (!this.word || !clause) return;
    const span = this.clauseSpan(clause);
    await this.act(finding.id, () => this.word!.selectSpan(span, spanAnchors(this.state.paragraphs, span)));
  }

  /** Adds the finding as a Word comment on its evidence (or its clause). */
  async addComment(findingId: string): Promise<void> {
    const word = this.requireWord();
    const finding = this.finding(findingId);
    if (!finding || !this.state.result) return;
    if (!word.capabilities.comments) {
      this.notify(t("notice.noComments"), "warning", finding.id);
      return;
    }
    const anchor = this.anchorOf(finding);
    if (!anchor) {
      this.notify(t("notice.nothingToComment"), "info", finding.id);
      return;
    }
    if (!(await this.stillCurrent(finding.id))) return;
    const done = await this.act(finding.id, () => word.addComment(anchor.span, anchor.anchors, commentText(finding)));
    if (done) this.notify(t("notice.commentAdded"), "success", finding.id);
  }

  /** Inserts the finding's fallback text as a tracked change; nothing else is edited. */
  async insertFallback(findingId: string, missingPlacement: MissingClausePlacement = "end"): Promise<void> {
    const word = this.requireWord();
    const finding = this.finding(findingId);
    const { result } = this.state;
    if (!finding?.fallbackText || !result) return;
    if (!word.capabilities.trackedChanges) {
      this.notify(t("notice.noTracking"), "warning", finding.id);
      return;
    }
    if (!(await this.stillCurrent(finding.id))) return;
    const target = fallbackTarget(result, finding, missingPlacement);
    const done = await this.act(finding.id, () => word.insertTracked(target, finding.fallbackText!));
    if (done) this.notify(t("notice.inserted"), "success", finding.id);
  }

  /** Word selection moved (or the pane got focus): refresh staleness and the current clause. */
  async refreshFromDocument(): Promise<void> {
    if (!this.word || !this.state.result || this.state.phase === "analysing") return;
    try {
      const snapshot = await this.readWord(this.word);
      const stale = fingerprint(snapshot.paragraphs) !== this.analysedFingerprint;
      const patch: Partial<PaneState> = { stale };
      if (!stale && snapshot.selectedParagraph !== undefined) {
        patch.currentClauseId = clauseAtParagraph(this.state.result, snapshot.selectedParagraph)?.id;
      }
      this.update(patch);
    } catch {
      // A failed background refresh changes nothing the reviewer asked for; the next one retries.
    }
  }

  /** Browser: the reader clicked a clause in the contract view. */
  showClause(clauseId: string): void {
    if (!this.state.result?.clauses.some((c) => c.id === clauseId)) return;
    this.update({ currentClauseId: clauseId });
  }

  /**
   * The negotiation brief for what was analysed (same paragraphs, same playbook), as HTML for the
   * UI to open; undefined, with a notice saying why, when there is none to give.
   */
  async prepareBrief(): Promise<Blob | undefined> {
    if (!this.state.result || this.state.paragraphs.length === 0) {
      this.notify(t("notice.briefFirst"), "info");
      return undefined;
    }
    if (this.state.stale) {
      this.notify(t("notice.briefStale"), "warning");
      return undefined;
    }
    this.notify(t("notice.briefPreparing"), "info");
    try {
      // The brief reads the contract as the results did: same playbook, same type and side.
      const brief = await this.api.brief(this.state.paragraphs, this.state.result.playbook.id, undefined, this.deal());
      this.notify(t("notice.briefOpened"), "success");
      return brief;
    } catch (error) {
      this.notify(t("notice.briefFailed", { reason: plainMessage(error) }), "error");
      return undefined;
    }
  }

  dismissNotice(): void {
    this.update({ notice: undefined });
  }

  private async run(action: (signal: AbortSignal) => Promise<void>): Promise<void> {
    this.inFlight?.abort();
    const controller = new AbortController();
    this.inFlight = controller;
    this.lastAnalysis = action;
    this.update({ phase: "analysing", error: undefined, retryAt: undefined, retryable: undefined, notice: undefined, progress: t("status.analysing") });
    try {
      await action(controller.signal);
    } catch (error) {
      if (controller.signal.aborted) return;
      const wait = error instanceof ProblemError ? error.retryAfterSeconds : undefined;
      this.update({ phase: "error", error: plainMessage(error), progress: undefined, retryable: isRetryable(error), retryAt: wait ? Date.now() + wait * 1000 : undefined });
    } finally {
      if (this.inFlight === controller) this.inFlight = undefined;
    }
  }

  private accept(result: AnalysisResult, paragraphs: string[], selectedParagraph?: number): void {
    this.analysedFingerprint = fingerprint(paragraphs);
    const current = selectedParagraph !== undefined ? clauseAtParagraph(result, selectedParagraph)?.id : undefined;
    this.update({
      phase: "ready",
      progress: undefined,
      result,
      paragraphs,
      stale: false,
      selectedFindingId: undefined,
      currentClauseId: current,
      // The picker shows the side the result was read from: none when the playbook applied lacks it.
      side: result.side === undefined ? this.state.side : (result.side ?? ""),
    });
  }

  /** The document's paragraphs normalised as the server will see them, so offsets line up. */
  private async readWord(word: WordDocument): Promise<DocumentSnapshot> {
    const snapshot = await word.read();
    return { ...snapshot, paragraphs: snapshot.paragraphs.map(normaliseParagraph) };
  }

  /** Re-reads the document before editing it, so an edit never lands on a moved paragraph. */
  private async stillCurrent(findingId: string): Promise<boolean> {
    try {
      const snapshot = await this.readWord(this.word!);
      if (fingerprint(snapshot.paragraphs) === this.analysedFingerprint) return true;
      this.update({ stale: true });
      this.notify(t("notice.editStale"), "warning", findingId);
      return false;
    } catch (error) {
      this.notify(this.actionMessage(error), "error", findingId);
      return false;
    }
  }

  /** Where a comment goes: the evidence, else the whole clause; none for a missing clause. */
  private anchorOf(finding: Finding): { span: ParagraphSpan; anchors: SpanAnchors } | undefined {
    const { result, paragraphs } = this.state;
    if (!result || paragraphs.length === 0) return undefined;
    const clause = clauseOf(result, finding);
    const span = finding.evidence
      ? evidenceSpan(paragraphs, finding.evidence.start, finding.evidence.end)
      : clause
        ? this.clauseSpan(clause)
        : undefined;
    return span && { span, anchors: spanAnchors(paragraphs, span) };
  }

  /** A clause by its character offsets: it may start or end inside a paragraph. */
  private clauseSpan(clause: AnalyzedClause): ParagraphSpan {
    const { paragraphs } = this.state;
    if (clause.end > clause.start) return evidenceSpan(paragraphs, clause.start, clause.end);
    const endLength = paragraphs[clause.paragraphEnd]?.length ?? 0;
    return { startParagraph: clause.paragraphStart, startOffset: 0, endParagraph: clause.paragraphEnd, endOffset: endLength };
  }

  private async act(findingId: string, action: () => Promise<void>): Promise<boolean> {
    try {
      await action();
      return true;
    } catch (error) {
      this.notify(this.actionMessage(error), "error", findingId);
      return false;
    }
  }

  private actionMessage(error: unknown): string {
    if (error instanceof Error && (error.name === "UnsupportedError" || error.name === "DocumentChangedError")) {
      return error.message;
    }
    return t("notice.wordFailed");
  }

  private finding(id: string): Finding | undefined {
    return this.state.result?.findings.find((f) => f.id === id);
  }

  private requireWord(): WordDocument {
    if (!this.word) throw new Error("This action needs Word.");
    return this.word;
  }

  private notify(text: string, tone: NoticeTone, findingId?: string): void {
    this.update({ notice: findingId ? { text, tone, findingId } : { text, tone } });
  }

  private update(patch: Partial<PaneState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener(this.state);
  }
}

/**
 * Whether the same request may succeed later: a network failure, a timeout, the server busy or
 * failing (408, 429, 5xx). A 4xx about the input itself (too large, wrong type, unreadable) will
 * fail the same way again, so the pane offers no Retry for it.
 */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ProblemError)) return true;
  return error.status === 408 || error.status === 429 || error.status >= 500 || error.status === 401;
}
