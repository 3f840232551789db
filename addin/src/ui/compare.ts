// "What does this redline do?" (Word, WordApi 1.6) and "Compare with an earlier draft" (a file):
// two drafts sent to POST /api/compare, the changed clauses listed with the findings each brought
// or settled.

import { count, t, type MessageKey } from "../core/i18n";
import { plainMessage } from "../api/problems";
import { changeLines, type ChangeLine, type DraftComparison } from "../core/compare";
import { clauseTitle } from "../core/findings";
import { placeChanges, type DraftPair } from "../core/redlineTargets";
import { SEVERITY_NAMES, type Finding } from "../core/types";
import { changeControls, type ChangeControls, type ChangeServices } from "./changeActions";
import { h, replaceChildren } from "./dom";

export interface CompareServices extends ChangeServices {
  compare(before: readonly string[], after: readonly string[], playbook?: string): Promise<DraftComparison>;
  /** The paragraphs of an uploaded earlier draft, as the server extracts them. */
  paragraphsOf(file: Blob, fileName: string): Promise<string[]>;
  /** The open document now (Word), or the analysed one (browser); undefined when there is none. */
  currentParagraphs(): Promise<string[] | undefined>;
  /** Word with WordApi 1.6: the document with its tracked changes rejected and accepted. */
  readRedline?: () => Promise<{ before: string[]; after: string[]; trackedChanges: number; beforeAt: number[]; afterAt: number[] }>;
  /** Why the redline cannot be read here, when it cannot (shown instead of the button). */
  redlineUnavailable?: string;
  playbook(): string;
}

const KIND_KEYS = { added: "compare.added", removed: "compare.removed", changed: "compare.changed", moved: "compare.moved" } as const satisfies Record<ChangeLine["kind"], MessageKey>;

export function mountCompare(services: CompareServices): HTMLElement {
  const output = h("div", { class: "compare-output", "aria-live": "polite" });
  const show = (...nodes: Node[]): void => replaceChildren(output, ...nodes);
  const run = async (what: string, drafts: () => Promise<DraftPair | string>): Promise<void> => {
    show(h("p", { class: "muted", role: "status" }, `${what}…`));
    try {
      const pair = await drafts();
      if (typeof pair === "string") return show(h("p", { class: "message info", role: "status" }, pair));
      const comparison = await services.compare(pair.before, pair.after, services.playbook());
      // Each change gets "Show in document" (and, for a redline, Accept/Reject) placed by the pair.
      show(renderComparison(comparison, changeControls(services, placeChanges(comparison, pair), pair.tracked)));
    } catch (error) {
      show(h("p", { class: "message error", role: "alert" }, t("compare.failed", { reason: plainMessage(error) })));
    }
  };

  const redline = services.readRedline
    ? h("button", {
        type: "button",
        "data-key": "redline",
        onclick: () =>
          void run(t("compare.readingTracked"), async () => {
            const states = await services.readRedline!();
            return states.trackedChanges === 0 ? t("compare.noTracked") : { ...states, tracked: true };
          }),
      }, t("compare.redline"))
    : services.redlineUnavailable && h("p", { class: "redline-note", role: "note" }, services.redlineUnavailable);

  const earlier = h("input", {
    id: "earlier-draft",
    type: "file",
    accept: ".docx,.pdf,.html,.htm,.txt",
    onchange: (e: Event) => {
      const file = (e.target as HTMLInputElement).files?.[0];
      if (!file) return;
      void run(t("compare.comparingWith", { name: file.name }), async () => {
        const after = await services.currentParagraphs();
        if (!after) return t("compare.analyseFirst");
        // The later draft is the open document (or the contract shown): paragraph i is paragraph i.
        return { before: await services.paragraphsOf(file, file.name), after, afterAt: after.map((_, i) => i), tracked: false };
      });
    },
  });

  return h(
    "section",
    { class: "card compare", "aria-labelledby": "compare-heading" },
    h("h2", { id: "compare-heading" }, t("compare.heading")),
    redline,
    h("div", { class: "field" }, h("label", { for: "earlier-draft" }, t("compare.earlier")), earlier),
    output,
  );
}

export function renderComparison(comparison: DraftComparison, controls?: ChangeControls): HTMLElement {
  const lines = changeLines(comparison);
  const { findings } = comparison;
  return h(
    "div",
    { class: "comparison" },
    h("p", { class: "comparison-summary" }, t("compare.summary", { clauses: count("clause", lines.length), new: findings.new.length, resolved: findings.resolved.length })),
    lines.length === 0 && h("p", { class: "muted" }, t("compare.same")),
    h(
      "ul",
      { class: "change-list" },
      lines.map((line, index) => {
        // A finding brought or settled by a change leads to that change in the document too.
        const finding = (f: Finding, key: "compare.new" | "compare.resolved"): HTMLElement => {
          const text = t(key, { finding: findingLine(f) });
          return h(
            "li",
            {},
            controls?.canShow(index)
              ? h("button", { type: "button", class: "link", "data-key": `show-finding-${f.id}`, title: t("change.showFinding"), onclick: () => void controls.show(index) }, text)
              : text,
          );
        };
        return h(
          "li",
          { class: `change change-${line.kind}`, "data-change": line.kind, "data-index": index },
          h("strong", {}, t(KIND_KEYS[line.kind])),
          ` ${line.clause}`,
          line.added.length > 0 && h("ul", { class: "change-findings new" }, line.added.map((f) => finding(f, "compare.new"))),
          line.settled.length > 0 && h("ul", { class: "change-findings resolved" }, line.settled.map((f) => finding(f, "compare.resolved"))),
          controls?.row(index),
        );
      }),
    ),
    // Findings tied to no change: about the whole contract (a clause that went missing), or on a
    // clause that did not change (an edit elsewhere left a defined term unused). Counted above, so listed.
    ...[...unlinked(comparison, findings.new).map((f) => t("compare.new", { finding: elsewhere(comparison, f) })), ...unlinked(comparison, findings.resolved).map((f) => t("compare.resolved", { finding: elsewhere(comparison, f) }))].map((text) =>
      h("p", { class: "change-document" }, text),
    ),
  );
}

function unlinked(comparison: DraftComparison, findings: Finding[]): Finding[] {
  const linked = new Set(comparison.changes.flatMap((c) => [...c.newFindingIds, ...c.resolvedFindingIds]));
  return findings.filter((f) => !linked.has(f.id));
}

/** A finding with the unchanged clause it is on, when it is on one. */
function elsewhere(comparison: DraftComparison, finding: Finding): string {
  const clause = finding.clauseId ? (comparison.after.clauses.find((c) => c.id === finding.clauseId) ?? comparison.before.clauses.find((c) => c.id === finding.clauseId)) : undefined;
  return clause ? t("compare.onUnchanged", { finding: findingLine(finding), clause: clauseTitle(clause) }) : findingLine(finding);
}

function findingLine(finding: Finding): string {
  return `${finding.title} (${SEVERITY_NAMES[finding.severity]})`;
}
