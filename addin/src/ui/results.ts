// Renders an analysis: summary, the current clause, and findings by severity and clause.

import type { PaneState } from "../core/controller";
import { clauseTitle, groupFindings, severityCounts } from "../core/findings";
import { count, localName, t, type MessageKey } from "../core/i18n";
import { detailParts, groundingOf } from "../core/quotes";
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
    h("h2", { id: "summary-heading", tabindex: -1, "data-testid": "results-start" }, t("summary.heading")),
    h(
      "p",
      { class: "muted", "data-testid": "summary-line" },
      t("summary.line", { clauses: count("clause", result.summary.clauseCount), findings: count("finding", total), playbook: `${localName(result.playbook)} ${result.playbook.version}` }),
    ),
    result.contractCheck?.isContract === false && renderNotAContract(result.contractCheck.reason ?? ""),
    h(
      "ul",
      { class: "severity-counts", "aria-label": t("summary.bySeverity") },
      counts.map(({ severity, count }) =>
        review
          ? h("li", {}, review.severityChip(severity, count))
          : h("li", { class: `chip sev-${severity}`, "data-severity": severity }, h("span", { class: "count" }, String(count)), ` ${SEVERITY_NAMES[severity]}`),
      ),
    ),
    missing.length === 0
      ? result.contractCheck?.isContract !== false && h("p", { class: "ok-line" }, t("summary.allPresent"))
      : h(
          "div",
          { class: "missing" },
          h("h3", {}, t("summary.missing")),
          h("ul", { class: "label-list", "aria-label": t("summary.missing") }, missing.map((l) => h("li", { class: "chip missing-chip" }, labelName(l)))),
        ),
    // No brief for a text that is not a contract: there is nothing to negotiate.
    result.contractCheck?.isContract !== false &&
      h(
        "button",
        { type: "button", "data-key": "prepare-brief", "aria-describedby": "brief-hint", onclick: () => actions.prepareBrief() },
        t("summary.brief"),
      ),
    result.contractCheck?.isContract !== false && h("p", { id: "brief-hint", class: "muted" }, t("summary.briefHint")),
  );
}

/** An e-mail or a note: said plainly, with no findings under it. */
function renderNotAContract(reason: string): HTMLElement {
  return h(
    "div",
    { class: "message warning not-contract", role: "status", "data-testid": "not-a-contract" },
    h("h3", {}, t("notContract.heading")),
    h("p", {}, t("notContract.body", { reason })),
  );
}

export function renderCurrentClause(result: AnalysisResult, clauseId: string | undefined, mode: PaneState["mode"]): HTMLElement {
  const clause = clauseId ? result.clauses.find((c) => c.id === clauseId) : undefined;
  const hint = mode === "word" ? t("current.hintWord") : t("current.hintBrowser");
  return h(
    "section",
    { class: "card current-clause", "aria-labelledby": "current-heading", "aria-live": "polite" },
    h("h2", { id: "current-heading" }, t("current.heading")),
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
      ? h("p", { class: "muted" }, t("current.none"))
      : h("ul", { class: "label-list", "aria-label": t("current.clauseTypes") }, clause.labels.map((l) => h("li", { class: "chip label-chip" }, `${labelName(l.label)} ${percent(l.score)}`))),
    uncertain.length > 0 &&
      h("p", { class: "muted" }, t("current.possibly", { labels: uncertain.map((l) => `${labelName(l.label)} ${percent(l.score)}`).join(", ") })),
  );
}

export function renderFindings(state: PaneState, actions: ResultActions, review?: ReviewView): HTMLElement {
  const result = state.result!;
  const shown = review ? { ...result, findings: result.findings.filter((f) => f.kind === "ok" || review.visible(f)) } : result;
  const grouped = groupFindings(shown);
  const hidden = result.findings.length - shown.findings.length;
  const clauseless = t("findings.notInContract");
  return h(
    "section",
    { class: "findings", "aria-labelledby": "findings-heading" },
    h("h2", { id: "findings-heading" }, t("findings.heading")),
    grouped.bySeverity.length === 0 && grouped.drafting.length === 0 && result.contractCheck?.isContract !== false && h("p", { class: "muted" }, hidden > 0 ? t("findings.noneFiltered") : t("findings.none")),
    hidden > 0 && grouped.bySeverity.length > 0 && h("p", { class: "muted filter-note" }, t("findings.hidden", { count: hidden })),
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
        h("h3", { id: "drafting-heading" }, t("findings.drafting", { count: grouped.drafting.length })),
        h("ul", { class: "finding-list" }, grouped.drafting.map((f) => h("li", {}, renderFinding(f, state, actions, review)))),
      ),
    grouped.passed.length > 0 &&
      h(
        "details",
        { class: "passed" },
        h("summary", {}, t("findings.passed", { count: grouped.passed.length })),
        h("ul", { "data-testid": "passed-list" }, grouped.passed.map((f) => h("li", { "data-finding": f.id }, passedStatement(result, f)))),
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
        title: finding.clauseId ? t("finding.goTo") : t("finding.select"),
        onclick: () => actions.selectFinding(finding.id),
      },
      h("span", { class: `sev-dot sev-${finding.severity}`, "aria-hidden": "true" }),
      h("span", { class: "visually-hidden" }, `${SEVERITY_NAMES[finding.severity]}: `),
      finding.title,
    ),
    h("p", { class: "kind" }, `${kindName(finding.kind)} · ${labelName(finding.kind === "drafting" && finding.check ? String(finding.check) : finding.label)}`),
    finding.detail && detailParts(finding.detail).map((part) => h("p", { class: `detail detail-${part.kind}` }, h("strong", {}, t(DETAIL_LABELS[part.kind])), part.text)),
    renderGrounding(finding, state),
    h("p", { class: "ask" }, h("strong", {}, t("finding.ask")), finding.ask),
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
    h("summary", { "data-key": `why-${finding.id}` }, t("finding.why")),
    h("p", { class: "explanation" }, finding.explanation),
    finding.talkingPoint && h("p", { class: "talking-point" }, h("strong", {}, t("finding.howToRaise")), finding.talkingPoint),
    h("p", { class: "source muted" }, t("finding.source", { source: finding.source })),
  );
  details.addEventListener("toggle", () => (details.open ? openWhy.add(finding.id) : openWhy.delete(finding.id)));
  return details;
}

function renderFallback(findingId: string, text: string): HTMLElement {
  const quote = h("blockquote", {}, text);
  const copy = h("button", { type: "button", class: "subtle copy", "data-key": `copy-${findingId}`, onclick: () => void copyText(quote, copy, text) }, t("finding.copy"));
  return h("div", { class: "fallback" }, h("div", { class: "fallback-heading" }, h("span", {}, t("finding.fallback")), copy), quote);
}

/** Copies to the clipboard; where the host forbids that, selects the text for Ctrl+C instead. */
async function copyText(quote: HTMLElement, button: HTMLButtonElement, text: string): Promise<void> {
  try {
    if (!navigator.clipboard) throw new Error("no clipboard");
    await navigator.clipboard.writeText(text);
    button.textContent = t("finding.copied");
  } catch {
    window.getSelection()?.selectAllChildren(quote);
    button.textContent = t("finding.selectedCopy");
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
        t("finding.comment"),
      ),
    );
  }
  if (finding.fallbackText) {
    const verb = finding.fallbackPlacement === "replace" ? t("finding.replace") : anchored ? t("finding.insert") : t("finding.insertEnd");
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
          t("finding.insertSelection"),
        ),
      );
    }
  }
  return h("div", { class: "actions", role: "group", "aria-label": t("finding.actions") }, buttons);
}

function kindName(kind: Finding["kind"]): string {
  const key = `kind.${kind}`;
  return key in KIND_KEYS ? t(KIND_KEYS[key]!) : String(kind);
}

const KIND_KEYS: Record<string, MessageKey> = {
  "kind.missing": "kind.missing",
  "kind.overly_broad": "kind.overly_broad",
  "kind.unbalanced": "kind.unbalanced",
  "kind.uncertain": "kind.uncertain",
  "kind.ok": "kind.ok",
  "kind.drafting": "kind.drafting",
};

const DETAIL_LABELS: Record<"found" | "missing" | "unsure", MessageKey> = { found: "finding.found", missing: "finding.missingElements", unsure: "finding.unsure" };

/**
 * A passed check as what the contract has, from the server's statement; an older server without
 * statements gets the label and the clause, never the rule's problem-worded title.
 */
function passedStatement(result: AnalysisResult, finding: Finding): string {
  const stated = result.passed?.find((p) => p.findingId === finding.id)?.statement;
  if (stated) return stated;
  const clause = finding.clauseId ? result.clauses.find((c) => c.id === finding.clauseId) : undefined;
  return clause ? `${labelName(finding.label)}: ${clauseTitle(clause)}` : `${labelName(finding.label)}: ${t("kind.ok")}`;
}

/** The text the finding relied on, quoted; or where the check looked. */
function renderGrounding(finding: Finding, state: PaneState): HTMLElement {
  const ground = groundingOf(state.result!, state.paragraphs, finding);
  if (ground.kind === "quote") {
    return h("figure", { class: "evidence" }, h("figcaption", {}, t("finding.quote")), h("blockquote", { class: "evidence-quote" }, ground.text));
  }
  return h("p", { class: "looked-in muted" }, ground.kind === "clause" ? t("finding.lookedIn", { where: ground.where }) : t("finding.lookedWhole"));
}

function percent(score: number): string {
  return `${Math.round(score * 100)}%`;
}
