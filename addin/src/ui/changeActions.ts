// The buttons under each change of a draft comparison: "Show in document" (Word: select the
// change's tracked changes, or its clause; browser: scroll the contract view to the clause and
// highlight it) and, for a redline in Word, "Accept"/"Reject". Each change has its own status line
// that says what happened, including when the change was found only by its words or not at all.

import { plainMessage } from "../api/problems";
import { t, type MessageKey } from "../core/i18n";
import { shiftPlacements, type ChangeTarget, type Placement, type ResolveOutcome, type ShowOutcome } from "../core/redlineTargets";
import { h } from "./dom";

export interface ChangeServices {
  /** Word: selects the change (its tracked changes when `tracked`). */
  showChange?(target: ChangeTarget, tracked: boolean): Promise<ShowOutcome>;
  /** Word with WordApi 1.6: accepts or rejects the tracked changes of the change's clause. */
  resolveChange?(target: ChangeTarget, action: "accept" | "reject"): Promise<ResolveOutcome>;
  /**
   * Browser: scrolls the contract view to the clause holding `paragraph` of the analysed contract
   * and highlights it; false when that paragraph no longer reads `text` (another contract is shown).
   * `from` is where the reader came from, to go back to.
   */
  revealInView?(paragraph: number, text: string, from?: HTMLElement): boolean;
}

export interface ChangeControls {
  /** The buttons and status line for change `index`, or the reason it cannot be shown. */
  row(index: number): HTMLElement;
  /** Shows change `index` (its button, or a finding listed under it, was clicked). */
  show(index: number): Promise<void>;
  /** Whether change `index` can be shown at all. */
  canShow(index: number): boolean;
}

type Tone = "success" | "info" | "warning" | "error";

const REASONS = { removed: "change.removedHere", unknown: "change.unknown" } as const satisfies Record<string, MessageKey>;

export function changeControls(services: ChangeServices, placements: Placement[], tracked: boolean): ChangeControls {
  let places = placements;
  const statuses = new Map<number, HTMLElement>();
  const buttons = new Map<number, HTMLButtonElement[]>();
  const showButtons = new Map<number, HTMLButtonElement>();
  const reachable = Boolean(services.showChange || services.revealInView);
  const targetOf = (index: number): ChangeTarget | undefined => {
    const place = places[index];
    return place && "target" in place ? place.target : undefined;
  };
  const say = (index: number, text: string, tone: Tone): void => {
    const status = statuses.get(index);
    if (!status) return;
    status.className = `change-status message ${tone}`;
    status.textContent = text;
  };

  const show = async (index: number): Promise<void> => {
    const target = targetOf(index);
    if (!target) return;
    try {
      if (services.showChange) {
        say(index, t("change.locating"), "info");
        const outcome = await services.showChange(target, tracked);
        say(index, ...showMessage(outcome, tracked));
      } else if (services.revealInView) {
        const shown = services.revealInView(target.check.paragraph, target.check.text, showButtons.get(index));
        say(index, shown ? t("change.shownInView") : t("change.viewChanged"), shown ? "success" : "warning");
      }
    } catch (error) {
      say(index, t("change.failed", { reason: plainMessage(error) }), "error");
    }
  };

  const resolve = async (index: number, action: "accept" | "reject"): Promise<void> => {
    const target = targetOf(index);
    if (!target || !services.resolveChange) return;
    const own = buttons.get(index) ?? [];
    for (const button of own) button.disabled = true;
    try {
      const outcome = await services.resolveChange(target, action);
      if (outcome.how === "done") {
        // The paragraphs that vanished move the changes below them up.
        places = shiftPlacements(places, target, outcome.removedParagraphs);
        const key = `change.${action === "accept" ? "accepted" : "rejected"}.${outcome.count === 1 ? "one" : "other"}` as MessageKey;
        say(index, `${t(key, { n: outcome.count })} ${t("change.resolvedNote")}`, "success");
        // Done once: the buttons give way to a mark beside the change's name.
        const item = statuses.get(index)?.closest<HTMLElement>(".change");
        item?.setAttribute("data-resolved", action);
        item?.querySelector("strong")?.after(" ", h("span", { class: "change-resolved" }, t(action === "accept" ? "change.acceptedMark" : "change.rejectedMark")));
        for (const button of own) button.remove();
        return;
      }
      say(index, outcome.how === "nothing" ? t("change.nothingToResolve") : t("change.resolveMoved"), "warning");
    } catch (error) {
      say(index, t("change.failed", { reason: plainMessage(error) }), "error");
    }
    for (const button of own) button.disabled = false;
  };

  const row = (index: number): HTMLElement => {
    const place = places[index];
    if (!place || "reason" in place || !reachable) {
      const reason = !reachable ? t("change.cannotShow") : place && "reason" in place ? t(REASONS[place.reason]) : t("change.unknown");
      return h("p", { class: "change-note", "data-key": `change-note-${index}` }, reason);
    }
    const status = h("p", { class: "change-status", role: "status", "aria-live": "polite" });
    statuses.set(index, status);
    const showButton = h("button", { type: "button", class: "subtle", "data-key": `show-change-${index}`, onclick: () => void show(index) }, t("change.show"));
    const edits =
      tracked && place.target.resolvable && services.resolveChange
        ? [
            h("button", { type: "button", class: "subtle", "data-key": `accept-change-${index}`, "aria-label": t("change.acceptLabel"), onclick: () => void resolve(index, "accept") }, t("change.accept")),
            h("button", { type: "button", class: "subtle", "data-key": `reject-change-${index}`, "aria-label": t("change.rejectLabel"), onclick: () => void resolve(index, "reject") }, t("change.reject")),
          ]
        : [];
    buttons.set(index, edits);
    showButtons.set(index, showButton);
    return h("div", { class: "change-controls" }, h("div", { class: "change-actions" }, showButton, edits), status);
  };

  return { row, show, canShow: (index) => reachable && targetOf(index) !== undefined };
}

function showMessage(outcome: ShowOutcome, tracked: boolean): [string, Tone] {
  switch (outcome.how) {
    case "tracked":
      return [t(outcome.count === 1 ? "change.shownTracked.one" : "change.shownTracked.other", { n: outcome.count }), "success"];
    case "clause":
      return tracked ? [t("change.shownClauseNoTracked"), "info"] : [t("change.shownClause"), "success"];
    case "text":
      return [t("change.shownByText"), "warning"];
    case "none":
      return [t("change.notFound"), "warning"];
  }
}
