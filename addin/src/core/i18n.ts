// The pane's words in English and Japanese: one table per language (messages.en.ts, messages.ja.ts),
// the Japanese one typed by the English keys, so a string is translated in one place and a missing
// translation is a type error. The contract itself is quoted in its own language; these are
// only the pane's own words (the findings' texts come from the server in the language asked for).

import { en, type MessageKey } from "./messages.en";
import { ja } from "./messages.ja";

export type { MessageKey };

export type UiLanguage = "en" | "ja";

export const UI_LANGUAGES: readonly { id: UiLanguage; name: string }[] = [
  { id: "en", name: "English" },
  { id: "ja", name: "日本語" },
];

const TABLE: Record<UiLanguage, Record<MessageKey, string>> = { en, ja };

let current: UiLanguage = "en";
const listeners = new Set<(language: UiLanguage) => void>();

/** "ja-JP", "ja" → ja; anything else → en. */
export function uiLanguageOf(tag: string | undefined | null): UiLanguage {
  return tag && /^ja\b/i.test(tag) ? "ja" : "en";
}

export function uiLanguage(): UiLanguage {
  return current;
}

export function setUiLanguage(language: UiLanguage): void {
  if (language === current) return;
  current = language;
  for (const listener of listeners) listener(language);
}

export function onUiLanguage(listener: (language: UiLanguage) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current language's text for `key`, with `{name}` placeholders filled from `values`. */
export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  const text = TABLE[current][key] ?? en[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A count with its noun ("1 clause", "3 clauses"; 「3 条項」) in the pane's language. */
export function count(noun: "clause" | "finding", n: number): string {
  return t(n === 1 ? `count.${noun}.one` : `count.${noun}.other`, { n });
}

/**
 * A playbook's or a role's name in the pane's language: its Japanese name (the playbook's `ja: name:`)
 * in the Japanese UI when it has one, else its name, else its id.
 */
export function localName(item: { id: string; name?: string | null; nameJa?: string | null }): string {
  return (current === "ja" && item.nameJa) || item.name || item.id;
}

/** True when `key` is in the table (for keys built from server ids: labels, kinds). */
export function hasMessage(key: string): key is MessageKey {
  return key in en;
}

/** Every key and its text in each language (tests check none is missing or left in English). */
export function messageTable(): Readonly<Record<UiLanguage, Readonly<Record<MessageKey, string>>>> {
  return TABLE;
}
