// Mounts the pane: a fixed shell built once, and regions re-rendered from the controller's state.

import type { SignInSession } from "../auth";
import type { PaneController, PaneState } from "../core/controller";
import type { ReviewController } from "../core/review";
import { mountAccount } from "./account";
import { mountCompare, type CompareServices } from "./compare";
import { revealClause, renderContract } from "./contractView";
import { reviewView, type ReviewServices } from "./decisions";
import { h, replaceChildren } from "./dom";
import { renderCurrentClause, renderFindings, renderSummary, type ResultActions } from "./results";

const ACCEPTED_FILES = ".docx,.pdf,.html,.htm,.txt";

interface Regions {
  account: HTMLElement;
  playbook: HTMLSelectElement;
  status: HTMLElement;
  error: HTMLElement;
  notice: HTMLElement;
  stale: HTMLElement;
  results: HTMLElement;
  analyseButtons: HTMLButtonElement[];
  contract?: HTMLElement;
}

// The brief is a print-friendly page of its own: opened in a new window (the browser's, from
// inside Office) where the executive can read, print or save it.
async function openBrief(controller: PaneController): Promise<void> {
  const brief = await controller.prepareBrief();
  if (brief) window.open(URL.createObjectURL(brief), "_blank", "noopener");
}

/**
 * Builds the pane into `root` and keeps it in step with `controller` (and with `session`, for the
 * account bar, when given). Returns an unmount function.
 */
export function mountPane(
  root: HTMLElement,
  controller: PaneController,
  session?: SignInSession,
  reviewing?: { review: ReviewController; services: ReviewServices; compare?: CompareServices },
): () => void {
  const mode = controller.state.mode;
  const review = reviewing && reviewView(reviewing.review, () => controller.state, reviewing.services);
  const regions = buildShell(root, controller);
  if (reviewing?.compare) regions.results.before(mountCompare(reviewing.compare));
  const unmountAccount = session ? mountAccount(regions.account, session) : () => undefined;
  const actions: ResultActions = {
    selectFinding: (id) => void controller.selectFinding(id),
    addComment: (id) => void controller.addComment(id),
    insertFallback: (id, placement) => void controller.insertFallback(id, placement),
    prepareBrief: () => void openBrief(controller),
  };
  let last: PaneState | undefined;
  let reviewChanged = false;
  const renderResults = (state: PaneState): void =>
    replaceChildren(
      regions.results,
      ...(state.result
        ? [renderSummary(state.result, actions, review), ...(review ? [review.summary()] : []), renderCurrentClause(state.result, state.currentClauseId, mode), renderFindings(state, actions, review)]
        : []),
    );
  const render = (state: PaneState): void => {
    renderPlaybooks(regions.playbook, state);
    renderStatus(regions, state, controller);
    // A new analysis: load the decisions kept for its document (the review re-renders when they arrive).
    if (reviewing && state.result && state.result !== last?.result) void reviewing.review.open(state.result, state.paragraphs);
    if (reviewChanged || !last || last.result !== state.result || last.selectedFindingId !== state.selectedFindingId || last.currentClauseId !== state.currentClauseId || last.stale !== state.stale || last.notice !== state.notice) {
      reviewChanged = false;
      renderResults(state);
    }
    if (regions.contract && (!last || last.result !== state.result || last.selectedFindingId !== state.selectedFindingId || last.currentClauseId !== state.currentClauseId)) {
      renderContract(regions.contract, state, (clauseId) => controller.showClause(clauseId), (findingId) => focusFinding(regions.results, findingId));
      const clauseId = state.result?.findings.find((f) => f.id === state.selectedFindingId)?.clauseId;
      if (clauseId && state.selectedFindingId !== last?.selectedFindingId) revealClause(regions.contract, clauseId);
    }
    last = state;
  };
  render(controller.state);
  const unsubscribe = controller.subscribe(render);
  const unsubscribeReview = reviewing?.review.subscribe(() => {
    reviewChanged = true;
    render(controller.state);
  });
  return () => {
    unsubscribe();
    unsubscribeReview?.();
    unmountAccount();
  };
}

/** Brings the reader back from the contract to the finding they came from. */
function focusFinding(results: HTMLElement, findingId: string): void {
  const button = results.querySelector<HTMLElement>(`[data-key="select-${CSS.escape(findingId)}"]`);
  button?.scrollIntoView({ block: "center" });
  button?.focus({ preventScroll: true });
}

function buildShell(root: HTMLElement, controller: PaneController): Regions {
  const mode = controller.state.mode;
  const playbook = h("select", { id: "playbook", onchange: (e: Event) => controller.choosePlaybook((e.target as HTMLSelectElement).value) });
  const account = h("div", { hidden: true });
  const status = h("div", { class: "status", role: "status", "aria-live": "polite" });
  const error = h("div", { class: "error-region" });
  const notice = h("div", { class: "notice-region", "aria-live": "polite" });
  const stale = h("div", { class: "stale-region" });
  const results = h("div", { class: "results" });
  const analyseButtons: HTMLButtonElement[] = [];

  const input = mode === "word" ? wordControls(controller, analyseButtons) : browserControls(controller, analyseButtons);
  const pane = h(
    "div",
    { class: "pane" },
    h("header", { class: "pane-header" }, h("h1", {}, "ClauseLens"), h("span", { class: "mode" }, mode === "word" ? "In Word" : "In the browser")),
    account,
    h("div", { class: "field" }, h("label", { for: "playbook" }, "Playbook"), playbook),
    input,
    status,
    error,
    notice,
    stale,
    results,
  );
  if (mode === "word") {
    replaceChildren(root, h("main", { class: "layout word" }, pane));
    return { account, playbook, status, error, notice, stale, results, analyseButtons };
  }
  const contract = h("div", { class: "contract-body" });
  const view = h("section", { class: "contract-view", "aria-labelledby": "contract-heading" }, h("h2", { id: "contract-heading" }, "Contract"), contract);
  replaceChildren(root, h("main", { class: "layout browser" }, pane, view));
  return { account, playbook, status, error, notice, stale, results, analyseButtons, contract };
}

function wordControls(controller: PaneController, buttons: HTMLButtonElement[]): HTMLElement {
  const analyse = h("button", { type: "button", class: "primary", "data-key": "analyse", onclick: () => void controller.analyseDocument() }, "Analyse document");
  buttons.push(analyse);
  const { comments, trackedChanges, ranges } = controller.state.capabilities;
  const limits: string[] = [];
  if (!comments || !trackedChanges) limits.push("Adding comments and inserting fallback text as tracked changes need Word API 1.4, which this version of Word does not offer. You can still read the findings and go to each clause.");
  if (!ranges) limits.push("Going to a clause selects its first paragraph only (Word API 1.3 is not available).");
  return h("div", { class: "controls" }, analyse, limits.map((text) => h("p", { class: "capability-note", role: "note" }, text)));
}

function browserControls(controller: PaneController, buttons: HTMLButtonElement[]): HTMLElement {
  const text = h("textarea", { id: "contract-text", rows: 8, placeholder: "Paste the contract here", spellcheck: false });
  const analyse = h("button", { type: "button", class: "primary", "data-key": "analyse-text", onclick: () => void controller.analyseText(text.value) }, "Analyse text");
  const file = h("input", {
    id: "contract-file",
    type: "file",
    accept: ACCEPTED_FILES,
    onchange: (e: Event) => {
      const chosen = (e.target as HTMLInputElement).files?.[0];
      if (chosen) void controller.analyseFile(chosen, chosen.name);
    },
  });
  buttons.push(analyse);
  return h(
    "div",
    { class: "controls" },
    h("p", { class: "muted" }, "Outside Word: paste a contract or upload a file."),
    h("div", { class: "field" }, h("label", { for: "contract-text" }, "Contract text"), text),
    analyse,
    h("div", { class: "field" }, h("label", { for: "contract-file" }, "Or upload a file (.docx, .pdf, .html, .txt)"), file),
  );
}

function renderPlaybooks(select: HTMLSelectElement, state: PaneState): void {
  const wanted = state.playbooks.length > 0 ? state.playbooks : [{ id: state.playbookId, name: "Default playbook", version: "" }];
  const signature = JSON.stringify(wanted.map((p) => [p.id, p.name, p.version, p.builtIn]));
  if (select.dataset.signature !== signature) {
    const option = (p: (typeof wanted)[number]) => h("option", { value: p.id }, p.version ? `${p.name} (v${p.version})` : p.name);
    // The reader's own playbooks (uploaded through POST /api/playbooks) are set apart from the built-in ones.
    const own = wanted.filter((p) => "builtIn" in p && p.builtIn === false);
    select.replaceChildren(
      ...(own.length === 0
        ? wanted.map(option)
        : [
            h("optgroup", { label: "Built-in" }, wanted.filter((p) => !own.includes(p)).map(option)),
            h("optgroup", { label: "Your playbooks" }, own.map(option)),
          ]),
    );
    select.dataset.signature = signature;
  }
  select.value = state.playbookId;
  select.disabled = state.phase === "analysing";
}

function doneMessage(state: PaneState): string {
  const bySeverity = state.result!.summary.findingsBySeverity;
  const counts = (["high", "medium", "low"] as const).map((s) => `${bySeverity[s] ?? 0} ${s}`).join(", ");
  return `Analysis complete: ${counts}.`;
}

/** Retry, held back until the server's Retry-After has passed. */
function retryButton(state: PaneState, controller: PaneController): HTMLButtonElement {
  const wait = state.retryAt ? state.retryAt - Date.now() : 0;
  const button = h("button", { type: "button", "data-key": "retry", disabled: wait > 0, onclick: () => void controller.retry() }, "Retry");
  if (wait > 0) setTimeout(() => (button.disabled = false), wait);
  return button;
}

function renderStatus(regions: Regions, state: PaneState, controller: PaneController): void {
  const busy = state.phase === "analysing";
  for (const button of regions.analyseButtons) button.disabled = busy;
  // Rewritten only when its words change, so screen readers announce each status once.
  const statusKey = busy ? `busy:${state.progress ?? ""}` : state.phase === "ready" && state.result ? `done:${doneMessage(state)}` : "";
  if (regions.status.dataset.key !== statusKey) {
    regions.status.dataset.key = statusKey;
    replaceChildren(
      regions.status,
      ...(busy
        ? [h("div", { class: "progress" }, h("div", { class: "progress-bar", role: "progressbar", "aria-label": "Analysing", "aria-busy": "true" }), h("p", {}, state.progress ?? "Analysing…"))]
        : statusKey
          ? [h("p", { class: "visually-hidden" }, doneMessage(state))]
          : []),
    );
  }
  replaceChildren(
    regions.error,
    ...(state.phase === "error" && state.error
      ? [h("div", { class: "message error", role: "alert" }, h("p", {}, state.error), retryButton(state, controller))]
      : []),
  );
  replaceChildren(
    regions.notice,
    ...(state.notice && !state.notice.findingId
      ? [h("div", { class: `message ${state.notice.tone}` }, h("p", {}, state.notice.text), h("button", { type: "button", class: "subtle", "aria-label": "Dismiss message", onclick: () => controller.dismissNotice() }, "×"))]
      : []),
  );
  replaceChildren(
    regions.stale,
    ...(state.stale && state.phase !== "analysing"
      ? [h("div", { class: "message warning", role: "status" }, h("p", {}, "The document changed since it was analysed. Go to, comment and insert may point at the wrong place."), h("button", { type: "button", "data-key": "reanalyse", onclick: () => void controller.analyseDocument() }, "Analyse again"))]
      : []),
  );
}
