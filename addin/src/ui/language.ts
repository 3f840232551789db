// The reviewer's UI language, shared by the task pane and the batch page: where the choice is kept
// (the same key for both pages, so a choice made in one holds in the other), the language a page
// starts in, and the switch in the page's header.

import type { KeyValueStorage } from "../core/decisionStore";
import { t, uiLanguage, uiLanguageOf, UI_LANGUAGES, type UiLanguage } from "../core/i18n";
import { h } from "./dom";

export const LANGUAGE_KEY = "clauselens.uiLanguage";

/** The reviewer's own choice wins; else the host's UI language (Office's, in Word), else the browser's. */
export function initialUiLanguage(storage: KeyValueStorage, ...hosts: (string | undefined | null)[]): UiLanguage {
  return uiLanguageOf(storage.getItem(LANGUAGE_KEY) ?? hosts.find((tag) => !!tag));
}

/** localStorage, or (where the host forbids it) a map that lasts as long as the page. */
export function browserStorage(): KeyValueStorage {
  try {
    const storage = window.localStorage;
    storage.getItem("clauselens.probe");
    return storage;
  } catch {
    const memory = new Map<string, string>();
    return { getItem: (key) => memory.get(key) ?? null, setItem: (key, value) => void memory.set(key, value) };
  }
}

/** The language picker (#ui-language) showing the current language; picking one calls `chooseLanguage`. */
export function languageSwitch(chooseLanguage: (language: UiLanguage) => void): HTMLElement {
  const select = h(
    "select",
    { id: "ui-language", "aria-label": t("pane.language"), onchange: (e: Event) => chooseLanguage((e.target as HTMLSelectElement).value as UiLanguage) },
    UI_LANGUAGES.map((l) => h("option", { value: l.id, lang: l.id }, l.name)),
  );
  select.value = uiLanguage();
  return h("div", { class: "language-switch" }, select);
}
