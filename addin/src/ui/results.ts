// Renders an analysis: summary, the current clause, and findings by severity and clause.

import type { PaneState } from "../core/controller";
import { clauseTitle, groupFindings, severityCounts } from "../core/findings";
import { SEVERITY_NAMES, labelName, type AnalysisResult, type AnalyzedClause, type Finding } from "../core/types";
import type { ReviewView } from "./decisions";
import { h } from "./dom";

/** What the results can ask the pane to do. */
export interface ResultActions {
  selectFinding(id: string): void;
  addComment(id: string): void;
  insertFallback(id: string, placement: "end" | "selection"): void;
  prepareBrief(): void;
}

export function renderSummary(result: AnalysisResult, actions: Pick<ResultActions, "prepareBrief">, review?: ReviewView): HTMLElement {
  const counts = severityCounts(result);
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const missing = result.summary.missingLabels;
  return h(
    "section",
    { class: "card summary", "aria-labelledby": "summary-heading" },
    h("h2", { id: "summary-heading" }, "Summary"),
    h(
      "p",
      { class: "muted" },
      `${result.summary.clauseCount} clauses · ${total} ${total === 1 ? "finding" : "findings"} · playbook ${result.playbook.name ?? result.playbook.id} ${result.playbook.version}`,
    ),
    h(
      "ul",
      { class: "severity-counts", "aria-label": "Findings by severity" },
      counts.map(({ severity, count }) =>
        review
          ? h("li", {}, review.severityChip(severity, count))
          : h("li", { class: `chip sev-${severity}`, "data-severity": severity }, h("span", { class: "count" }, String(count)), ` ${SEVERITY_NAMES[severity]}`),
      ),
    ),
    missing.length === 0
      ? h("p", { class: "ok-line" }, "Every core clause the playbook requires is present.")
      : h(
          "div",
          { class: "missing" },
          h("h3", {}, "Missing core clauses"),
          h("ul", { class: "label-list", "aria-label": "Missing core clauses" }, missing.map((l) => h("li", { class: "chip missing-chip" }, labelName(l)))),
        ),
    h(
      "button",
      { type: "button", "data-key": "prepare-brief", "aria-describedby": "brief-hint", onclick: () => actions.prepareBrief() },
      "Prepare brief",
    ),
    h("p", { id: "brief-hint", class: "muted" }, "A short negotiation brief of the top gaps, what to ask for and how to raise it."),
  );
}

export function renderCurrentClause(result: AnalysisResult, clauseId: string | undefined, mode: PaneState["mode"]): HTMLElement {
  const clause = clauseId ? result.clauses.find((c) => c.id === clauseId) : undefined;
  const hint = mode === "word" ? "Place the cursor in a clause to see what it is." : "Click a clause in the contract to see what it is.";
  return h(
    "section",
    { class: "card current-clause", "aria-labelledby": "current-heading", "aria-live": "polite" },
    h("h2", { id: "current-heading" }, "Current clause"),
    clause ? renderClauseLabels(clause) : h("p", { class: "muted" }, hint),
  );
}

function renderClauseLabels(clause: AnalyzedClause): HTMLElement {
  const uncertain = clause.uncertainLabels ?? [];
  return h(
    "div",
    { "data-clause": clause.id },
    h("p", { class: "clause-name" }, clauseTitle(clause)),
    clause.labels.length === 0
      ? h("p", { class: "muted" }, "No core clause type recognised.")
      : h("ul", { class: "label-list", "aria-label": "Clause types" }, clause.labels.map((l) => h("li", { class: "chip label-chip" }, `${labelName(l.label)} ${percent(l.score)}`))),
    uncertain.length > 0 &&
      h("p", { class: "muted" }, `Possibly also: ${uncertain.map((l) => `${labelName(l.label)} ${percent(l.score)}`).join(", ")}`),
  );
}

export function renderFindings(state: PaneState, actions: ResultActions, review?: ReviewView): HTMLElement {
  const result = state.result!;
  const shown = review ? { ...result, findings: result.findings.filter((f) => f.kind === "ok" || review.visible(f)) } : result;
  const grouped = groupFindings(shown);
  const hidden = result.findings.length - shown.findings.length;
  const clauseless = "Not in the contract";
  return h(
    "section",
    { class: "findings", "aria-labelledby": "findings-heading" },
    h("h2", { id: "findings-heading" }, "Findings"),
    grouped.bySeverity.length === 0 && grouped.drafting.length === 0 && h("p", { class: "muted" }, hidden > 0 ? "No findings match the filters." : "No problems found against this playbook."),
    hidden > 0 && grouped.bySeverity.length > 0 && h("p", { class: "muted filter-note" }, `${hidden} ${hidden === 1 ? "finding is" : "findings are"} hidden by the filters.`),
    grouped.bySeverity.map((group) =>
      h(
        "section",
        { class: `severity-group sev-${group.severity}`, "aria-labelledby": `sev-${group.severity}` },
        h("h3", { id: `sev-${group.severity}` }, `${SEVERITY_NAMES[group.severity]} (${group.count})`),
        group.clauses.map((clauseGroup) =>
          h(
            "div",
            { class: "clause-group" },
            h("h4", { class: "clause-group-title" }, clauseGroup.clause ? clauseTitle(clauseGroup.clause) : clauseless),
            h("ul", { class: "finding-list" }, clauseGroup.findings.map((f) => h("li", {}, renderFinding(f, state, actions, review)))),
          ),
        ),
      ),
    ),
    grouped.drafting.length > 0 &&
      h(
        "section",
        { class: "drafting-group", "aria-labelledby": "drafting-heading" },
        h("h3", { id: "drafting-heading" }, `Drafting (${grouped.drafting.length})`),
        h("ul", { class: "finding-list" }, grouped.drafting.map((f) => h("li", {}, renderFinding(f, state, actions, review)))),
      ),
    grouped.passed.length > 0 &&
      h(
        "details",
        { class: "passed" },
        h("summary", {}, `Checks passed (${grouped.passed.length})`),
        h("ul", {}, grouped.passed.map((f) => h("li", {}, f.title))),
      ),
  );
}

function renderFinding(finding: Finding, state: PaneState, actions: ResultActions, review?: ReviewView): HTMLElement {
  const selected = state.selectedFindingId === finding.id;
  const inWord = state.mode === "word";
  const canEdit = inWord && !state.stale;
  const titleId = `finding-${finding.id}-title`;
  return h(
    "article",
    { class: `finding${selected ? " is-selected" : ""}`, "data-finding": finding.id, "data-clause": finding.clauseId ?? undefined, "aria-labelledby": titleId },
    h(
      "button",
      {
        type: "button",
        class: "finding-title",
        id: titleId,
        "data-key": `select-${finding.id}`,
        "aria-pressed": selected ? "true" : "false",
        title: finding.clauseId ? "Go to the clause" : "Select this finding",
        onclick: () => actions.selectFinding(finding.id),
      },
      h("span", { class: `sev-dot sev-${finding.severity}`, "aria-hidden": "true" }),
      h("span", { class: "visually-hidden" }, `${SEVERITY_NAMES[finding.severity]}: `),
      finding.title,
    ),
    h("p", { class: "kind" }, `${kindName(finding.kind)} · ${labelName(finding.kind === "drafting" && finding.check ? String(finding.check) : finding.label)}`),
    finding.detail && h("p", { class: "detail" }, h("strong", {}, "Found: "), finding.detail),
    h("p", { class: "ask" }, h("strong", {}, "Ask for: "), finding.ask),
    finding.fallbackText && renderFallback(finding.id, finding.fallbackText),
    renderWhy(finding, selected),
    inWord && renderWordActions(finding, state, canEdit, actions),
    review?.decorate(finding),
    state.notice?.findingId === finding.id &&
      h("p", { class: `finding-notice ${state.notice.tone}`, role: state.notice.tone === "error" ? "alert" : "status" }, state.notice.text),
  );
}

// Which "Why it matters" sections the reader opened, so a re-render does not close them.
const openWhy = new Set<string>();

/**
 * The explanation, how to raise it and the source, folded away so a 320 px pane shows more
 * findings at once; open for the selected finding.
 */
function renderWhy(finding: Finding, selected: boolean): HTMLElement {
  const details = h(
    "details",
    { class: "why", open: selected || openWhy.has(finding.id) },
    h("summary", { "data-key": `why-${finding.id}` }, "Why it matters"),
    h("p", { class: "explanation" }, finding.explanation),
    finding.talkingPoint && h("p", { class: "talking-point" }, h("strong", {}, "How to raise it: "), finding.talkingPoint),
    h("p", { class: "source muted" }, `Source: ${finding.source}`),
  );
  details.addEventListener("toggle", () => (details.open ? openWhy.add(finding.id) : openWhy.delete(finding.id)));
  return details;
}

function renderFallback(findingId: string, text: string): HTMLElement {
  const quote = h("blockquote", {}, text);
  const copy = h("button", { type: "button", class: "subtle copy", "data-key": `copy-${findingId}`, onclick: () => void copyText(quote, copy, text) }, "Copy");
  return h("div", { class: "fallback" }, h("div", { class: "fallback-heading" }, h("span", {}, "Fallback text"), copy), quote);
}

/** Copies to the clipboard; where the host forbids that, selects the text for Ctrl+C instead. */
async function copyText(quote: HTMLElement, button: HTMLButtonElement, text: string): Promise<void> {
  try {
    if (!navigator.clipboard) throw new Error("no clipboard");
    await navigator.clipboard.writeText(text);
    button.textContent = "Copied";
  } catch {
    window.getSelection()?.selectAllChildren(quote);
    button.textContent = "Selected: press Ctrl+C";
  }
}

function renderWordActions(finding: Finding, state: PaneState, canEdit: boolean, actions: ResultActions): HTMLElement {
  const { comments, trackedChanges } = state.capabilities;
  const anchored = !!(finding.evidence || finding.clauseId);
  const buttons: HTMLElement[] = [];
  if (anchored) {
    buttons.push(
      h(
        "button",
        { type: "button", "data-key": `comment-${finding.id}`, disabled: !canEdit || !comments, onclick: () => actions.addComment(finding.id) },
        "Comment",
      ),
    );
  }
  if (finding.fallbackText) {
    const verb = finding.fallbackPlacement === "replace" ? "Replace clause" : anchored ? "Insert fallback" : "Insert at end";
    buttons.push(
      h(
        "button",
        { type: "button", "data-key": `insert-${finding.id}`, disabled: !canEdit || !trackedChanges, onclick: () => actions.insertFallback(finding.id, "end") },
        verb,
      ),
    );
    if (!anchored) {
      buttons.push(
        h(
          "button",
          { type: "button", "data-key": `insert-sel-${finding.id}`, disabled: !canEdit || !trackedChanges, onclick: () => actions.insertFallback(finding.id, "selection") },
          "Insert after selection",
        ),
      );
    }
  }
  return h("div", { class: "actions", role: "group", "aria-label": "Act on this finding" }, buttons);
}

function kindName(kind: Finding["kind"]): string {
  switch (kind) {
    case "missing":
      return "Missing";
    case "overly_broad":
      return "Overly broad";
    case "unbalanced":
      return "Unbalanced";
    case "uncertain":
      return "Needs a look";
    case "ok":
      return "Meets the playbook";
    case "drafting":
      return "Drafting";
    default:
      return String(kind);
  }
}

function percent(score: number): string {
  return `${Math.round(score * 100)}%`;
}
