// The batch page's behaviour without the DOM: which files are picked, uploading them as one batch,
// following progress (server-sent events read with fetch, polling when the stream breaks), fetching
// results and deleting the batch, with the same sign-in as every other call. The view (./page)
// renders its state and forwards the person's actions; the address bar is behind `BatchAddress`.

import type { BatchesApi, PickedFile } from "../api/batches";
import { plainMessage } from "../api/problems";
import type { PlaybookInfo, PlaybookRole } from "../api/types";
import { SignInRequiredError, type SignInSession } from "../auth";
import { localName, t, uiLanguage, type MessageKey } from "../core/i18n";
import { CONTRACT_TYPES, SEVERITY_NAMES } from "../core/types";
import type { BatchDeal, BatchDocument, BatchStatus, IssueListFormat, ResultsFormat } from "./types";

const SUPPORTED = /\.(docx|pdf|html?|txt|zip)$/i;
const POLL_MS = 1000;

/** Files worth uploading: a supported type, not hidden or from macOS archive folders. */
export function acceptable(path: string): boolean {
  return SUPPORTED.test(path) && !hidden(path);
}

function hidden(path: string): boolean {
  return path.split("/").some((part) => part.startsWith(".") || part === "__MACOSX");
}

/** A few names, then how many more, in the page's language. */
function listed(names: readonly string[]): string {
  const separator = t("batch.listSeparator");
  return names.length <= 5 ? names.join(separator) : t("batch.more", { names: names.slice(0, 5).join(separator), n: names.length - 5 });
}

/** Sentences one after another: a space between them in English, none in Japanese. */
function sentences(parts: readonly string[]): string {
  return parts.filter(Boolean).join(uiLanguage() === "ja" ? "" : " ");
}

/** One line for the progress summary, in the page's language. */
export function summaryOf(status: BatchStatus): string {
  const c = status.counts;
  if (status.status === "complete") {
    return t(c.failed ? "batch.summary.completeFailed" : "batch.summary.complete", { done: c.done, total: c.total, failed: c.failed });
  }
  return t("batch.summary.running", { finished: c.done + c.failed, total: c.total, done: c.done, failed: c.failed, analysing: c.analysing, queued: c.queued });
}

/** A document's status in words ("Done", 「完了」). */
export function statusWord(status: BatchDocument["status"]): string {
  const key = STATUS_KEYS[status];
  return key ? t(key) : status;
}

const STATUS_KEYS: Record<string, MessageKey | undefined> = {
  queued: "batch.status.queued",
  analysing: "batch.status.analysing",
  done: "batch.status.done",
  failed: "batch.status.failed",
};

/** The severities (and drafting points) counted per document, in the order a reviewer reads them. */
export const COUNTED = ["high", "medium", "low", "drafting"] as const;

/** A count chip's text: "2 high", 「高 2 件」, with the pane's names for severities and for drafting. */
export function chipText(key: (typeof COUNTED)[number], n: number): string {
  const name = key === "drafting" ? t("kind.drafting") : SEVERITY_NAMES[key];
  return t("batch.chip", { n, severity: name.toLocaleLowerCase() });
}

/** The label of a document's issue-list button, for screen readers. */
export function issueListLabel(name: string, format: IssueListFormat): string {
  return t("batch.issueListOf", { name, format });
}

/** A contract type in the reviewer's words, short enough for a table cell ("NDA", "Collaboration"). */
export function typeName(id: string | null | undefined): string {
  if (!id) return "";
  const name = CONTRACT_TYPES.find((t) => t.id === id)?.name ?? id;
  return name.replace(/\s*\(.*\)$/, "").split(",")[0]!.trim();
}

/** One row of the page's table, in words: what the document is and what was found, as soon as it is done. */
export interface DocumentRow {
  index: number;
  /** 1-based, as the report and the exports number documents. */
  number: number;
  name: string;
  status: BatchDocument["status"];
  reason: string;
  /** "NDA", empty until done. */
  type: string;
  /** The playbook applied, by its name in the page's language (its id when it is not listed); empty until done. */
  playbook: string;
  /** High, medium, low and drafting findings; undefined until done. */
  counts?: { high: number; medium: number; low: number; drafting: number };
  /** "1 high, 2 medium, 0 low, 1 drafting" for screen readers and tooltips. */
  countsText: string;
  /** Its issue list can be downloaded. */
  hasIssueList: boolean;
}

export function documentRows(status: BatchStatus, playbooks: readonly PlaybookInfo[] = []): DocumentRow[] {
  const playbookName = (id: string): string => {
    const playbook = playbooks.find((p) => p.id === id);
    return playbook ? localName(playbook) : id;
  };
  return status.documents.map((d) => {
    const counts = d.status === "done" && d.findings ? { ...d.findings } : undefined;
    return {
      index: d.index,
      number: d.index + 1,
      name: d.name,
      status: d.status,
      reason: d.reason ?? "",
      type: typeName(d.contractType),
      playbook: d.playbook ? playbookName(d.playbook) : "",
      counts,
      countsText: counts ? COUNTED.map((key) => chipText(key, counts[key])).join(t("batch.listSeparator")) : "",
      hasIssueList: d.status === "done",
    };
  });
}

/**
 * The sides a reviewer can pick for a batch: the roles of the playbook chosen, else of the playbooks
 * serving the type chosen, else of every playbook (the type is detected per document). Each once.
 */
export function sideChoices(playbooks: readonly PlaybookInfo[], playbook: string | undefined, contractType: string | undefined): { id: string; name: string }[] {
  const serving = playbook
    ? playbooks.filter((p) => p.id === playbook)
    : contractType
      ? playbooks.filter((p) => p.contractTypes?.includes(contractType))
      : playbooks;
  const sides = new Map<string, PlaybookRole>();
  for (const p of serving) {
    for (const role of p.roles ?? []) {
      if (contractType && role.contractTypes?.length && !role.contractTypes.includes(contractType)) continue;
      if (!sides.has(role.id)) sides.set(role.id, role);
    }
  }
  // In the page's language: a role's Japanese name in the Japanese page, when the playbook gives one.
  return [...sides.values()].map((role) => ({ id: role.id, name: localName(role) }));
}

/** Where the batch being followed is remembered (the page's address), so a reload finds it again. */
export interface BatchAddress {
  batchId(): string | undefined;
  remember(batchId: string | undefined): void;
}

/** Everything the view shows. */
export interface BatchPageState {
  picked: readonly PickedFile[];
  /** Files left out because of their type, for the message. */
  skipped: readonly string[];
  /** The batch shown, if any. */
  current?: BatchStatus;
  /** Playbooks to choose from, beyond the default one. */
  playbooks: readonly PlaybookInfo[];
  error: string;
  /** A batch is being uploaded. */
  submitting: boolean;
}

export class BatchPageController {
  private listeners = new Set<(state: BatchPageState) => void>();
  private following = false;
  state: BatchPageState = { picked: [], skipped: [], playbooks: [], error: "", submitting: false };

  constructor(
    private readonly api: BatchesApi,
    private readonly session: SignInSession,
    private readonly address: BatchAddress,
    private readonly pollMs = POLL_MS,
  ) {
    session.subscribe((state) => {
      this.changed();
      if (state.status !== "signed-in") return;
      this.update({ error: "" });
      void this.loadPlaybooks();
      void this.resume();
      const current = this.state.current;
      if (current && current.status !== "complete") void this.follow(current);
    });
  }

  /** Local mode, or signed in: the API can be called. */
  get canCall(): boolean {
    return this.session.state.status === "off" || this.session.state.status === "signed-in";
  }

  /** The line under the drop zone: what is chosen, what was skipped, whether sign-in is needed. */
  get pickedText(): string {
    const { picked, skipped } = this.state;
    const chosen =
      picked.length === 0 ? t("batch.picked.none") : t(picked.length === 1 ? "batch.picked.one" : "batch.picked.other", { n: picked.length, names: listed(picked.map((p) => p.path)) });
    const left = skipped.length === 0 ? "" : t("batch.skipped", { names: listed(skipped) });
    const signIn = picked.length > 0 && !this.canCall ? t("batch.signInToCheck") : "";
    return sentences([chosen, left, signIn]);
  }

  /** One line for the progress summary of `status`. */
  summary(status: BatchStatus): string {
    return summaryOf(status);
  }

  subscribe(listener: (state: BatchPageState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Lists the playbooks and shows the batch in the address, when the API can be called. */
  async start(): Promise<void> {
    this.changed();
    if (this.canCall) await Promise.all([this.loadPlaybooks(), this.resume()]);
  }

  /** Adds files (picked or dropped), keeping supported ones once each. */
  add(files: readonly PickedFile[]): void {
    const picked = [...this.state.picked];
    const known = new Set(picked.map((p) => p.path));
    // Hidden files (.DS_Store, __MACOSX) are noise from the file system, not worth a mention.
    const skipped = files.filter((f) => !acceptable(f.path) && !hidden(f.path)).map((f) => f.path);
    for (const file of files) {
      if (acceptable(file.path) && !known.has(file.path)) {
        picked.push(file);
        known.add(file.path);
      }
    }
    this.update({ picked, skipped });
  }

  clear(): void {
    this.update({ picked: [], skipped: [] });
  }

  /**
   * Uploads the picked files as one batch against `playbook` (when empty, each document gets the one
   * for its contract type) for the deal the reviewer described, and follows it.
   */
  async submit(playbook: string | undefined, deal: BatchDeal = {}): Promise<void> {
    const files = this.state.picked;
    this.update({ submitting: true, error: "" });
    try {
      const given = Object.fromEntries(Object.entries(deal).filter(([, value]) => !!value)) as BatchDeal;
      const status = await this.api.submit(files, playbook || undefined, given);
      this.address.remember(status.id);
      this.update({ picked: [], skipped: [], submitting: false, current: status });
      await this.follow(status);
    } catch (error) {
      this.update({ submitting: false, error: plainMessage(error) });
    }
  }

  /** The batch's results in `format`, with the person's sign-in; undefined (and an error shown) when that fails. */
  async results(format: ResultsFormat): Promise<Blob | undefined> {
    const current = this.state.current;
    if (!current) return undefined;
    try {
      return await this.api.results(current, format);
    } catch (error) {
      this.update({ error: plainMessage(error) });
      return undefined;
    }
  }

  /** One document's issue list in `format`; undefined (and an error shown) when that fails. */
  async issueList(index: number, format: IssueListFormat): Promise<Blob | undefined> {
    const current = this.state.current;
    if (!current) return undefined;
    try {
      return await this.api.issueList(current, index, format);
    } catch (error) {
      this.update({ error: plainMessage(error) });
      return undefined;
    }
  }

  async remove(): Promise<void> {
    const current = this.state.current;
    if (!current) return;
    try {
      await this.api.delete(current);
      this.address.remember(undefined);
      this.update({ current: undefined });
    } catch (error) {
      this.update({ error: plainMessage(error) });
    }
  }

  private async follow(batch: BatchStatus): Promise<void> {
    if (this.following) return;
    this.following = true;
    const show = (status: BatchStatus): void => this.update({ current: status });
    try {
      let last = batch;
      try {
        last = await this.api.follow(batch, show);
      } catch (error) {
        // A broken stream (proxy, network): fall back to polling below. Sign-in trouble is final.
        if (error instanceof SignInRequiredError) throw error;
      }
      while (last.status !== "complete" && this.state.current?.id === batch.id) {
        await new Promise((r) => setTimeout(r, this.pollMs));
        last = await this.api.status(batch);
        show(last);
      }
    } catch (error) {
      // The batch goes on at the server either way; its id is in the address, so a reload finds it.
      const resume = error instanceof SignInRequiredError ? t("batch.resumeSignIn") : t("batch.resumeReload");
      this.update({ error: sentences([plainMessage(error), resume]) });
    } finally {
      this.following = false;
    }
  }

  private async loadPlaybooks(): Promise<void> {
    try {
      this.update({ playbooks: await this.api.listPlaybooks() });
    } catch {
      // The default playbook still works.
    }
  }

  // A reload (or a shared link) picks the batch up again from the address.
  private async resume(): Promise<void> {
    const id = this.address.batchId();
    if (!id || this.state.current) return;
    try {
      const status = await this.api.get(id);
      this.update({ current: status });
      if (status.status !== "complete") void this.follow(status);
    } catch (error) {
      if (!(error instanceof SignInRequiredError)) this.update({ error: plainMessage(error) });
    }
  }

  private update(change: Partial<BatchPageState>): void {
    this.state = { ...this.state, ...change };
    this.changed();
  }

  private changed(): void {
    for (const listener of this.listeners) listener(this.state);
  }
}
