// The deal: the contract's type (detected, or chosen by the reviewer) and the reviewer's side.
// Changing either after an analysis analyses again, so the results always follow the pickers.

import type { PaneController, PaneState } from "../core/controller";
import { CONTRACT_TYPES, contractTypeName } from "../core/types";
import { h } from "./dom";
import { localName, t } from "../core/i18n";

export interface DealControls {
  element: HTMLElement;
  type: HTMLSelectElement;
  side: HTMLSelectElement;
  applied: HTMLElement;
}

export function buildDeal(controller: PaneController): DealControls {
  const type = h("select", { id: "contract-type", onchange: (e: Event) => void controller.chooseContractType((e.target as HTMLSelectElement).value) });
  const side = h("select", { id: "side", onchange: (e: Event) => void controller.chooseSide((e.target as HTMLSelectElement).value) });
  const applied = h("p", { class: "applied-playbook", "data-testid": "applied-playbook" });
  const element = h(
    "div",
    { class: "deal" },
    h("div", { class: "field" }, h("label", { for: "contract-type" }, t("deal.type")), type),
    h("div", { class: "field" }, h("label", { for: "side" }, t("deal.side")), side),
    applied,
  );
  return { element, type, side, applied };
}

export function renderDeal(controls: DealControls, state: PaneState, controller: PaneController): void {
  const detected = state.result?.contractType;
  const detectLabel = detected && detected.source === "detected" && !state.contractType
    ? t("deal.detected", { type: contractTypeName(detected.id), percent: Math.round(detected.confidence * 100) })
    : t("deal.detect");
  const typeOptions = [{ value: "", label: detectLabel }, ...CONTRACT_TYPES.map((t) => ({ value: t.id, label: t.name }))];
  fill(controls.type, typeOptions, state.contractType);

  const roles = controller.sideOptions(state);
  const sideOptions = [{ value: "", label: roles.length ? t("deal.noSide") : t("deal.sideFirst") }, ...roles.map((r) => ({ value: r.id, label: localName(r) }))];
  fill(controls.side, sideOptions, roles.some((r) => r.id === state.side) ? state.side : "");

  const busy = state.phase === "analysing";
  controls.type.disabled = busy;
  controls.side.disabled = busy || roles.length === 0;
  const playbook = state.result?.playbook;
  controls.applied.textContent = playbook ? `${t("deal.applied", { name: localName(playbook) })}${playbook.reason ? ` — ${playbook.reason}` : ""}` : "";
}

function fill(select: HTMLSelectElement, options: { value: string; label: string }[], value: string): void {
  const signature = JSON.stringify(options);
  if (select.dataset.signature !== signature) {
    select.replaceChildren(...options.map((o) => h("option", { value: o.value }, o.label)));
    select.dataset.signature = signature;
  }

  select.value = value;
}
