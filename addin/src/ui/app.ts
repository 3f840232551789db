// Mounts the pane: a fixed shell built once, and regions re-rendered from the controller's state.

import type { SignInSession } from "../auth";
import type { PaneController, PaneState } from "../core/controller";
import type { ReviewController } from "../core/review";
import { mountAccount } from "./account";
import { mountCompare, type CompareServices } from "./compare";
import { clauseAtParagraph } from "../core/findings";
import { sameParagraph } from "../core/redlineTargets";
import { revealClause, renderContract } from "./contractView";
import { buildDeal, renderDeal, type DealControls } from "./deal";
import { reviewView, type ReviewServices } from "./decisions";
import { h, replaceChildren } from "./dom";
import { localName, onUiLanguage, setUiLanguage, t, uiLanguage, type UiLanguage } from "../core/i18n";
import { languageSwitch } from "./language";
import { renderCurrentClause, renderFindings, renderSummary, type ResultActions } from "./results";

const ACCEPTED_FILES = ".docx,.pdf,.html,.htm,.txt";

interface Regions {
  account: HTMLElement;
  playbook: HTMLSelectElement;
  deal: DealControls;
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
  chooseLanguage: (language: UiLanguage) => void = setUiLanguage,
): () => void {
  // Another UI language rebuilds the pane from the controller's state: nothing the reviewer did is lost.
  let unmount = mountOnce(root, controller, session, reviewing, chooseLanguage);
  const stop = onUiLanguage(() => {
    unmount();
    unmount = mountOnce(root, controller, session, reviewing, chooseLanguage);
  });
  return () => {
    stop();
    unmount();
  };
}

function mountOnce(
  root: HTMLElement,
  controller: PaneController,
  session: SignInSession | undefined,
  reviewing: { review: ReviewController; services: ReviewServices; compare?: CompareServices } | undefined,
  chooseLanguage: (language: UiLanguage) => void,
): () => void {
  document.documentElement.lang = uiLanguage();
  const mode = controller.state.mode;
  const review = reviewing && reviewView(reviewing.review, () => controller.state, reviewing.services);
  const regions = buildShell(root, controller, chooseLanguage);
  if (reviewing?.compare) {
    const contract = regions.contract;
    // In the browser a change is shown in the contract view beside (or, narrow, below) the pane.
    const services: CompareServices = contract ? { ...reviewing.compare, revealInView: (paragraph, text, from) => locateInView(controller, contract, paragraph, text, from) } : reviewing.compare;
    regions.results.before(mountCompare(services));
  }
  const unmountAccount = session ? mountAccount(regions.account, session) : () => undefined;
  const actions: ResultActions = {
    selectFinding: (id) => void controller.selectFinding(id),
    addComment: (id) => void controller.addComment(id),
    insertFallback: (id, placement) => void controller.insertFallback(id, placement),
    prepareBrief: () => void openBrief(controller),
  };
  let last: PaneState | undefined;
  let reviewChanged = false;
  const renderResults = (state: PaneState): void => {
    // A re-render (decisions loaded, a finding selected) must not drop the reader's focus to the page body.
    const focused = focusKey(regions.results);
    replaceChildren(
      regions.results,
      ...(state.result
        ? [renderSummary(state.result, actions, review), ...(review ? [review.summary()] : []), renderCurrentClause(state.result, state.currentClauseId, mode), renderFindings(state, actions, review)]
        : []),
    );
    if (focused) regions.results.querySelector<HTMLElement>(focused)?.focus({ preventScroll: true });
  };
  const render = (state: PaneState): void => {
    renderPlaybooks(regions.playbook, state);
    renderDeal(regions.deal, state, controller);
    renderStatus(regions, state, controller);
    // A new analysis: load the decisions kept for its document (the review re-renders when they arrive).
    if (reviewing && state.result && state.result !== last?.result) void reviewing.review.open(state.result, state.paragraphs);
    if (reviewChanged || !last || last.result !== state.result || last.selectedFindingId !== state.selectedFindingId || last.currentClauseId !== state.currentClauseId || last.stale !== state.stale || last.notice !== state.notice) {
      reviewChanged = false;
      renderResults(state);
      // A new analysis: bring its results into view and move focus there, so a keyboard or
      // screen-reader user lands on them (at 360 px they start far below the inputs).
      if (last && state.result && state.result !== last.result) revealResults(regions.results);
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

/** A selector that finds the focused element inside `region` again after a re-render, if it is there. */
function focusKey(region: HTMLElement): string | undefined {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || !region.contains(active)) return undefined;
  for (const attribute of ["data-testid", "data-key", "id"]) {
    const value = active.getAttribute(attribute);
    if (value) return `[${attribute}="${CSS.escape(value)}"]`;
  }
  return undefined;
}

function revealResults(results: HTMLElement): void {
  const start = results.querySelector<HTMLElement>("[data-testid=results-start]");
  if (!start) return;
  start.scrollIntoView?.({ block: "start" });
  start.focus({ preventScroll: true });
}

/**
 * Scrolls the contract view to the clause holding `paragraph` and highlights it, if the view still
 * shows the text that was compared there.
 */
function locateInView(controller: PaneController, contract: HTMLElement, paragraph: number, text: string, from?: HTMLElement): boolean {
  const { result, paragraphs } = controller.state;
  const shown = paragraphs[paragraph];
  if (!result || shown === undefined || !sameParagraph(shown, text)) return false;
  const clause = clauseAtParagraph(result, paragraph);
  if (clause) controller.showClause(clause.id);
  for (const old of contract.querySelectorAll(".is-located")) old.classList.remove("is-located");
  const parts = clause
    ? [...contract.querySelectorAll<HTMLElement>(`[data-clause-id="${CSS.escape(clause.id)}"]`)]
    : [...contract.querySelectorAll<HTMLElement>(`[data-paragraph="${paragraph}"]`)];
  if (parts.length === 0) return false;
  for (const part of parts) part.classList.add("is-located");
  // Narrow, the contract is below the pane: a way back to the change the reader came from.
  if (from) {
    const back = h("button", { type: "button", class: "subtle back-to-finding", "data-key": "back-to-change", onclick: () => {
      from.scrollIntoView({ block: "center" });
      from.focus({ preventScroll: true });
    } }, t("contract.backToChange"));
    const tag = parts[0]!.querySelector(".clause-tag");
    if (tag) tag.after(back);
    else parts[0]!.prepend(back);
  }
  if (clause) revealClause(contract, clause.id);
  else parts[0]!.scrollIntoView({ block: "start" });
  return true;
}

/** Brings the reader back from the contract to the finding they came from. */
function focusFinding(results: HTMLElement, findingId: string): void {
  const button = results.querySelector<HTMLElement>(`[data-key="select-${CSS.escape(findingId)}"]`);
  button?.scrollIntoView({ block: "center" });
  button?.focus({ preventScroll: true });
}

function buildShell(root: HTMLElement, controller: PaneController, chooseLanguage: (language: UiLanguage) => void): Regions {
  const mode = controller.state.mode;
  const playbook = h("select", { id: "playbook", onchange: (e: Event) => void controller.choosePlaybook((e.target as HTMLSelectElement).value) });
  const account = h("div", { hidden: true });
  const deal = buildDeal(controller);
  const status = h("div", { class: "status", role: "status", "aria-live": "polite" });
  const error = h("div", { class: "error-region" });
  const notice = h("div", { class: "notice-region", "aria-live": "polite" });
  const stale = h("div", { class: "stale-region" });
  const results = h("div", { class: "results", "aria-label": t("results.heading"), role: "region" });
  const analyseButtons: HTMLButtonElement[] = [];

  const input = mode === "word" ? wordControls(controller, analyseButtons) : browserControls(controller, analyseButtons);
  const pane = h(
    "div",
    { class: "pane" },
    h("header", { class: "pane-header" }, h("h1", {}, "ClauseLens"), h("span", { class: "mode" }, mode === "word" ? t("pane.mode.word") : t("pane.mode.browser")), languageSwitch(chooseLanguage)),
    account,
    h("div", { class: "field" }, h("label", { for: "playbook" }, t("field.playbook")), playbook),
    deal.element,
    input,
    status,
    error,
    notice,
    stale,
    results,
  );
  if (mode === "word") {
    replaceChildren(root, h("main", { class: "layout word" }, pane));
    return { account, playbook, deal, status, error, notice, stale, results, analyseButtons };
  }
  const contract = h("div", { class: "contract-body" });
  const view = h("section", { class: "contract-view", "aria-labelledby": "contract-heading" }, h("h2", { id: "contract-heading" }, t("contract.heading")), contract);
  replaceChildren(root, h("main", { class: "layout browser" }, pane, view));
  return { account, playbook, deal, status, error, notice, stale, results, analyseButtons, contract };
}

function wordControls(controller: PaneController, buttons: HTMLButtonElement[]): HTMLElement {
  const analyse = h("button", { type: "button", class: "primary", "data-key": "analyse", onclick: () => void controller.analyseDocument() }, t("input.word.analyse"));
  buttons.push(analyse);
  const { comments, trackedChanges, ranges } = controller.state.capabilities;
  const limits: string[] = [];
  if (!comments || !trackedChanges) limits.push(t("input.limit.comments"));
  if (!ranges) limits.push(t("input.limit.ranges"));
  return h("div", { class: "controls" }, analyse, limits.map((text) => h("p", { class: "capability-note", role: "note" }, text)));
}

function browserControls(controller: PaneController, buttons: HTMLButtonElement[]): HTMLElement {
  const text = h("textarea", { id: "contract-text", rows: 8, placeholder: t("input.placeholder"), spellcheck: false });
  const analyse = h("button", { type: "button", class: "primary", "data-key": "analyse-text", onclick: () => void controller.analyseText(text.value) }, t("input.analyseText"));
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
    h("p", { class: "muted" }, t("input.browser.hint")),
    h("div", { class: "field" }, h("label", { for: "contract-text" }, t("input.text")), text),
    analyse,
    h("div", { class: "field" }, h("label", { for: "contract-file" }, t("input.file")), file),
  );
}

function renderPlaybooks(select: HTMLSelectElement, state: PaneState): void {
  const wanted = state.playbooks.length > 0 ? state.playbooks : [{ id: state.playbookId, name: t("playbook.default"), version: "" }];
  const signature = JSON.stringify([uiLanguage(), ...wanted.map((p) => [p.id, p.name, p.version, p.builtIn, "nameJa" in p ? p.nameJa : null])]);
  if (select.dataset.signature !== signature) {
    const option = (p: (typeof wanted)[number]) => h("option", { value: p.id }, p.version ? `${localName(p)} (v${p.version})` : localName(p));
    // The reader's own playbooks (uploaded through POST /api/playbooks) are set apart from the built-in ones.
    const own = wanted.filter((p) => "builtIn" in p && p.builtIn === false);
    // "" lets the server apply the built-in playbook for the contract's type.
    const automatic = h("option", { value: "" }, t("playbook.automatic"));
    select.replaceChildren(
      automatic,
      ...(own.length === 0
        ? wanted.map(option)
        : [
            h("optgroup", { label: t("playbook.builtIn") }, wanted.filter((p) => !own.includes(p)).map(option)),
            h("optgroup", { label: t("playbook.yours") }, own.map(option)),
          ]),
    );
    select.dataset.signature = signature;
  }
  select.value = state.playbookId;
  select.disabled = state.phase === "analysing";
}

function doneMessage(state: PaneState): string {
  const bySeverity = state.result!.summary.findingsBySeverity;
  return t("status.done", { high: bySeverity.high ?? 0, medium: bySeverity.medium ?? 0, low: bySeverity.low ?? 0 });
}

/** Retry, held back until the server's Retry-After has passed. */
function retryButton(state: PaneState, controller: PaneController): HTMLButtonElement {
  const wait = state.retryAt ? state.retryAt - Date.now() : 0;
  const button = h("button", { type: "button", "data-key": "retry", disabled: wait > 0, onclick: () => void controller.retry() }, t("status.retry"));
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
        ? [h("div", { class: "progress" }, h("div", { class: "progress-bar", role: "progressbar", "aria-label": t("status.busy"), "aria-busy": "true" }), h("p", {}, state.progress ?? t("status.analysing")))]
        : statusKey
          ? [h("p", { class: "visually-hidden" }, doneMessage(state))]
          : []),
    );
  }
  replaceChildren(
    regions.error,
    ...(state.phase === "error" && state.error
      ? [h("div", { class: "message error", role: "alert" }, h("p", {}, state.error), state.retryable !== false && retryButton(state, controller))]
      : []),
  );
  replaceChildren(
    regions.notice,
    ...(state.notice && !state.notice.findingId
      ? [h("div", { class: `message ${state.notice.tone}` }, h("p", {}, state.notice.text), h("button", { type: "button", class: "subtle", "aria-label": t("status.dismiss"), onclick: () => controller.dismissNotice() }, "×"))]
      : []),
  );
  const applied = state.result?.playbook;
  // The results always name the playbook applied; when the picker says another, they are marked stale.
  const otherChoice = applied && state.phase !== "analysing" && state.playbookId !== "" && state.playbookId !== applied.id;
  const chosen = state.playbooks.find((p) => p.id === state.playbookId);
  const chosenName = chosen ? localName(chosen) : state.playbookId;
  replaceChildren(
    regions.stale,
    ...(state.stale && state.phase !== "analysing"
      ? [h("div", { class: "message warning", role: "status" }, h("p", {}, t("stale.document")), h("button", { type: "button", "data-key": "reanalyse", onclick: () => void controller.analyseDocument() }, t("stale.again")))]
      : []),
    ...(otherChoice
      ? [h("div", { class: "message warning", role: "status", "data-testid": "stale-choice" }, h("p", {}, t("stale.choice", { applied: localName(applied), chosen: chosenName })), h("button", { type: "button", "data-key": "reanalyse-choice", onclick: () => void controller.retry() }, t("stale.again")))]
      : []),
  );
}
