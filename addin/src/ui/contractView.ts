// Browser mode's read-only contract: each paragraph split into clause parts by offsets, parts of
// clauses with findings tinted by their worst severity, the selected finding's clause and
// evidence marked.

import { t } from "../core/i18n";
import type { PaneState } from "../core/controller";
import { clauseTitle } from "../core/findings";
import { layoutPieces, type Piece } from "../core/layout";
import { SEVERITY_ORDER, labelName, type AnalysisResult, type AnalyzedClause, type Severity } from "../core/types";
import { h, replaceChildren } from "./dom";

export function renderContract(
  container: HTMLElement,
  state: PaneState,
  onClause: (clauseId: string) => void,
  onBackToFinding: (findingId: string) => void,
): void {
  const { result, paragraphs } = state;
  if (!result || paragraphs.length === 0) {
    replaceChildren(container, h("p", { class: "muted empty-view" }, t("contract.empty")));
    return;
  }
  const selected = result.findings.find((f) => f.id === state.selectedFindingId);
  const selectedClause = selected?.clauseId ?? undefined;
  const clauses = new Map(result.clauses.map((c) => [c.id, c] as const));
  const worst = worstSeverityByClause(result);
  const rows = layoutPieces(paragraphs, result.clauses, selected?.evidence);

  const part = (runs: Piece[]): HTMLElement | string => {
    const clause = runs[0]!.clauseId ? clauses.get(runs[0]!.clauseId) : undefined;
    const text = runs.map((p) => (p.evidence ? h("mark", { class: "evidence" }, p.text) : p.text));
    if (!clause) return h("span", {}, text);
    const isSelected = clause.id === selectedClause;
    const first = runs[0]!.clauseStarts;
    const severity = worst.get(clause.id);
    const classes = ["clause", severity ? `has-sev-${severity}` : "", isSelected ? "is-selected" : "", clause.id === state.currentClauseId ? "is-current" : ""];
    return h(
      "span",
      {
        class: classes.filter(Boolean).join(" "),
        "data-clause-id": clause.id,
        "data-clause-start": first ? "true" : undefined,
        "aria-current": isSelected && first ? "true" : undefined,
        tabindex: first ? -1 : undefined,
        onclick: () => onClause(clause.id),
      },
      first && h("span", { class: "clause-tag", "aria-hidden": "true" }, tagText(clause)),
      first && isSelected && selected && h("button", { type: "button", class: "subtle back-to-finding", onclick: () => onBackToFinding(selected.id) }, t("contract.back")),
      text,
    );
  };

  const nodes = rows.map((pieces, i) => h("p", { "data-paragraph": i }, groupByClause(pieces).map(part)));
  replaceChildren(container, ...nodes);
}

/** Scrolls to the start of the clause and moves focus there so keyboard users land on it too. */
export function revealClause(container: HTMLElement, clauseId: string): void {
  const clause = container.querySelector<HTMLElement>(`[data-clause-id="${CSS.escape(clauseId)}"][data-clause-start]`);
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

function groupByClause(pieces: Piece[]): Piece[][] {
  const groups: Piece[][] = [];
  for (const piece of pieces) {
    const last = groups.at(-1);
    if (last && last[0]!.clauseId === piece.clauseId && !piece.clauseStarts) last.push(piece);
    else groups.push([piece]);
  }
  return groups;
}

function tagText(clause: AnalyzedClause): string {
  return [clauseTitle(clause), ...clause.labels.map((l) => labelName(l.label))].join(" · ");
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
