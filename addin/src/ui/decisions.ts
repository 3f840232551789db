// The reviewer's decisions in the pane: a decision bar and note on each finding card, counts by
// decision, filters by severity and decision, and the issue-list and decisions exports. Renders
// ReviewController's state; results.ts calls in through the ReviewView hooks.

import { t, uiLanguage } from "../core/i18n";
import { DECISION_NAMES, DECISION_ORDER, statusName, type DecisionStatus } from "../core/decisions";
import { issueCsv, issueRows, shortTime, type IssueRow } from "../core/issueList";
import type { DecisionFilter, ReviewController } from "../core/review";
import { SEVERITY_NAMES, type AnalysisResult, type Finding, type Severity } from "../core/types";
import { h } from "./dom";

/** What results.ts asks of the review: which findings to show, what to add to a card and to the summary. */
export interface ReviewView {
  visible(finding: Finding): boolean;
  severityChip(severity: Severity, count: number): HTMLElement;
  summary(): HTMLElement;
  decorate(finding: Finding): HTMLElement;
}

/** The pane's services the review needs beyond its controller. */
export interface ReviewServices {
  issuesXlsx(rows: readonly IssueRow[], language?: string): Promise<Blob>;
}

function filterName(filter: DecisionFilter): string {
  return filter === "open" ? t("filter.open") : filter === "raised" ? t("filter.raised") : DECISION_NAMES[filter];
}

type Current = () => { result?: AnalysisResult; paragraphs: string[]; mode?: "word" | "browser" };

export function reviewView(review: ReviewController, current: Current, services: ReviewServices): ReviewView {
  return {
    visible: (finding) => review.visible(finding),
    severityChip: (severity, count) => {
      const pressed = review.state.severities.has(severity);
      return h(
        "button",
        {
          type: "button",
          class: `chip sev-${severity} filter-chip`,
          "data-severity": severity,
          "data-key": `filter-sev-${severity}`,
          "aria-pressed": pressed ? "true" : "false",
          title: pressed ? t("review.severityPressed") : t("review.severityFilter"),
          onclick: () => review.toggleSeverity(severity),
        },
        h("span", { class: "count" }, String(count)),
        ` ${SEVERITY_NAMES[severity]}`,
      );
    },
    summary: () => renderReviewSummary(review, current, services),
    decorate: (finding) => renderDecision(review, finding),
  };
}

function renderReviewSummary(review: ReviewController, current: Current, services: ReviewServices): HTMLElement {
  const { counts, place, problem, severities, decisions } = review.state;
  const filters: DecisionFilter[] = ["open", ...DECISION_ORDER];
  const status = h("p", { class: "muted export-status", role: "status" });
  const filtered = severities.size > 0 || decisions.size > 0;
  return h(
    "section",
    { class: "card review", "aria-labelledby": "review-heading" },
    h("h2", { id: "review-heading" }, t("review.heading")),
    h(
      "ul",
      { class: "decision-counts", "aria-label": t("review.counts") },
      filters.map((filter) =>
        h(
          "li",
          {},
          h(
            "button",
            {
              type: "button",
              class: `chip decision-chip decision-${filter}`,
              "data-key": `filter-decision-${filter}`,
              "data-decision": filter,
              "aria-pressed": decisions.has(filter) ? "true" : "false",
              onclick: () => review.toggleDecision(filter),
            },
            h("span", { class: "count" }, String(counts[filter])),
            ` ${filterName(filter)}`,
          ),
        ),
      ),
    ),
    filtered && h("button", { type: "button", class: "subtle", "data-key": "clear-filters", onclick: () => review.clearFilters() }, t("review.showAll")),
    h(
      "p",
      { class: "muted decision-place" },
      place === "document"
        ? t("review.inDocument")
        : current().mode === "word"
          ? t("review.noDocumentApi")
          : t("review.inBrowser"),
    ),
    problem && h("p", { class: "message error", role: "alert" }, problem),
    h(
      "div",
      { class: "actions export-actions", role: "group", "aria-label": t("review.export") },
      h("button", { type: "button", "data-key": "export-csv", onclick: () => exportCsv(review, current, status) }, t("review.csv")),
      h("button", { type: "button", "data-key": "export-xlsx", onclick: () => void exportXlsx(review, current, services, status) }, t("review.xlsx")),
      place === "browser" && h("button", { type: "button", "data-key": "export-decisions", onclick: () => download(new Blob([review.exportJson()], { type: "application/json" }), "clauselens-decisions.json") }, t("review.exportDecisions")),
      place === "browser" && importButton(review),
    ),
    status,
  );
}

function importButton(review: ReviewController): HTMLElement {
  // A hidden file input behind a real button: reachable by keyboard, and it takes no room.
  const input = h("input", {
    type: "file",
    accept: ".json,application/json",
    hidden: true,
    "data-key": "import-decisions-file",
    onchange: (e: Event) => {
      const file = (e.target as HTMLInputElement).files?.[0];
      if (file) void file.text().then((text) => review.importJson(text));
    },
  });
  return h("span", {}, h("button", { type: "button", "data-key": "import-decisions", onclick: () => input.click() }, t("review.importDecisions")), input);
}

function rowsOf(review: ReviewController, current: Current): IssueRow[] {
  const { result, paragraphs } = current();
  return result ? issueRows(result, paragraphs, review.state.attached) : [];
}

function exportCsv(review: ReviewController, current: Current, status: HTMLElement): void {
  const rows = rowsOf(review, current);
  download(new Blob([issueCsv(rows)], { type: "text/csv;charset=utf-8" }), "clauselens-issues.csv");
  status.textContent = t("review.savedCsv", { count: rows.length });
}

async function exportXlsx(review: ReviewController, current: Current, services: ReviewServices, status: HTMLElement): Promise<void> {
  const rows = rowsOf(review, current);
  status.textContent = t("review.preparingXlsx");
  try {
    // The workbook's headings in the pane's language, as the rows already are.
    download(await services.issuesXlsx(rows, uiLanguage()), "clauselens-issues.xlsx");
    status.textContent = t("review.savedXlsx", { count: rows.length });
  } catch (error) {
    status.textContent = t("review.xlsxFailed", { reason: error instanceof Error ? error.message : t("review.tryAgain") });
  }
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = h("a", { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// Notes being typed and not yet saved, so a re-render (another decision saved) does not lose them.
const noteDrafts = new Map<string, string>();

function renderDecision(review: ReviewController, finding: Finding): HTMLElement {
  const attached = review.state.attached.get(finding.id);
  const decision = attached?.decision;
  const status = decision?.status ?? null;
  const noteId = `note-${finding.id}`;
  const note = h("textarea", {
    id: noteId,
    rows: 2,
    "data-key": `note-${finding.id}`,
    placeholder: t("review.notePlaceholder"),
    oninput: (e: Event) => noteDrafts.set(finding.id, (e.target as HTMLTextAreaElement).value),
  });
  const draft = noteDrafts.get(finding.id);
  note.value = draft ?? decision?.note ?? "";
  return h(
    "div",
    { class: "decision", "data-decision": status ?? "open" },
    h(
      "div",
      { class: "decision-buttons", role: "group", "aria-label": t("review.decision") },
      DECISION_ORDER.map((s: DecisionStatus) =>
        h(
          "button",
          {
            type: "button",
            class: `subtle decide decision-${s}`,
            "data-key": `decide-${finding.id}-${s}`,
            "aria-pressed": status === s ? "true" : "false",
            onclick: () => void review.mark(finding.id, status === s ? null : s),
          },
          DECISION_NAMES[s],
        ),
      ),
    ),
    decision?.status && h("p", { class: "decision-line" }, `${statusName(decision.status)} · ${decision.by} · ${shortTime(decision.at)}`),
    attached?.clauseChanged && h("p", { class: "clause-changed", role: "status" }, t("review.clauseChanged")),
    h(
      "details",
      { class: "note", open: !!decision?.note || draft !== undefined },
      h("summary", { "data-key": `note-toggle-${finding.id}` }, decision?.note ? t("review.note") : t("review.addNote")),
      h("label", { for: noteId, class: "visually-hidden" }, t("review.note")),
      note,
      h("button", { type: "button", class: "subtle", "data-key": `save-note-${finding.id}`, onclick: () => {
          noteDrafts.delete(finding.id);
          void review.note(finding.id, note.value);
        } }, t("review.saveNote")),
    ),
    decision && decision.history.length > 0 &&
      h(
        "details",
        { class: "history" },
        h("summary", {}, t("review.history", { count: decision.history.length })),
        h(
          "ol",
          {},
          decision.history.map((step) =>
            h("li", {}, `${shortTime(step.at)} ${step.by}: ${statusName(step.from)} → ${statusName(step.to)}${step.noteChanged ? t("review.noteChanged") : ""}`),
          ),
        ),
      ),
  );
}
