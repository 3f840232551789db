// Browser mode's read-only contract: paragraphs grouped into clauses, the clauses with
// findings tinted by their worst severity, the selected finding's clause and evidence marked.

import type { PaneState } from "../core/controller";
import { clauseTitle } from "../core/findings";
import { evidenceSpan, type ParagraphSpan } from "../core/offsets";
import { SEVERITY_ORDER, labelName, type AnalysisResult, type Severity } from "../core/types";
import { h, replaceChildren } from "./dom";

export function renderContract(
  container: HTMLElement,
  state: PaneState,
  onParagraph: (index: number) => void,
  onBackToFinding: (findingId: string) => void,
): void {
  const { result, paragraphs } = state;
  if (!result || paragraphs.length === 0) {
    replaceChildren(container, h("p", { class: "muted empty-view" }, "The contract appears here once it has been analysed."));
    return;
  }
  const selected = result.findings.find((f) => f.id === state.selectedFindingId);
  const mark = selected?.evidence ? evidenceSpan(paragraphs, selected.evidence.start, selected.evidence.end) : undefined;
  const selectedClause = selected?.clauseId ?? undefined;
  const worst = worstSeverityByClause(result);
  const paragraphNode = (i: number): HTMLElement =>
    h("p", { "data-paragraph": i, onclick: () => onParagraph(i) }, ...paragraphContent(paragraphs[i] ?? "", i, mark));

  const nodes: HTMLElement[] = [];
  let next = 0;
  for (const clause of [...result.clauses].sort((a, b) => a.paragraphStart - b.paragraphStart)) {
    for (; next < clause.paragraphStart && next < paragraphs.length; next++) nodes.push(paragraphNode(next));
    const severity = worst.get(clause.id);
    const classes = ["clause", severity ? `has-sev-${severity}` : "", clause.id === selectedClause ? "is-selected" : "", clause.id === state.currentClauseId ? "is-current" : ""];
    const body: HTMLElement[] = [];
    for (let i = Math.max(next, clause.paragraphStart); i <= clause.paragraphEnd && i < paragraphs.length; i++) body.push(paragraphNode(i));
    next = Math.max(next, clause.paragraphEnd + 1);
    nodes.push(
      h(
        "section",
        {
          class: classes.filter(Boolean).join(" "),
          "data-clause-id": clause.id,
          "aria-label": clauseTitle(clause),
          "aria-current": clause.id === selectedClause ? "true" : undefined,
          tabindex: -1,
        },
        h("p", { class: "clause-tag", "aria-hidden": "true" }, [clauseTitle(clause), ...clause.labels.map((l) => labelName(l.label))].join(" · ")),
        clause.id === selectedClause && selected &&
          h("button", { type: "button", class: "subtle back-to-finding", onclick: () => onBackToFinding(selected.id) }, "Back to the finding"),
        body,
      ),
    );
  }
  for (; next < paragraphs.length; next++) nodes.push(paragraphNode(next));
  replaceChildren(container, ...nodes);
}

/** Scrolls the clause into view and moves focus there so keyboard users land on it too. */
export function revealClause(container: HTMLElement, clauseId: string): void {
  const clause = container.querySelector<HTMLElement>(`[data-clause-id="${CSS.escape(clauseId)}"]`);
  if (!clause) return;
  // Start, not centre: a long clause would otherwise show its middle and hide its heading.
  // Beside the results the contract scrolls in its own box; moving the whole page there would
  // also move the findings the reader is working through.
  const box = container.closest<HTMLElement>(".contract-view");
  if (box && box.scrollHeight > box.clientHeight && getComputedStyle(box).overflowY !== "visible") {
    box.scrollTop += clause.getBoundingClientRect().top - box.getBoundingClientRect().top - 16;
  } else {
    clause.scrollIntoView({ block: "start", behavior: "auto" });
  }
  clause.focus({ preventScroll: true });
}

function paragraphContent(text: string, index: number, mark: ParagraphSpan | undefined): (string | HTMLElement)[] {
  if (!mark || index < mark.startParagraph || index > mark.endParagraph) return [text];
  const from = index === mark.startParagraph ? mark.startOffset : 0;
  const to = index === mark.endParagraph ? mark.endOffset : text.length;
  return [text.slice(0, from), h("mark", { class: "evidence" }, text.slice(from, to)), text.slice(to)];
}

function worstSeverityByClause(result: AnalysisResult): Map<string, Severity> {
  const worst = new Map<string, Severity>();
  for (const finding of result.findings) {
    if (finding.kind === "ok" || !finding.clauseId) continue;
    const current = worst.get(finding.clauseId);
    if (!current || SEVERITY_ORDER.indexOf(finding.severity) < SEVERITY_ORDER.indexOf(current)) worst.set(finding.clauseId, finding.severity);
  }
  return worst;
}
