// Where a document's decisions are kept: inside the Word document (src/office/decisionsPart.ts),
// or, in the browser, in local storage under the document's fingerprint. Never on the server.

import { emptyBook, parseBook, serialiseBook, type DecisionBook } from "./decisions";

export interface DecisionStore {
  /** "document": saved in the Word file, travels with it; "browser": this browser only. */
  readonly place: "document" | "browser";
  load(): Promise<DecisionBook>;
  save(book: DecisionBook): Promise<void>;
}

/** The part of the Web Storage API the browser store uses (localStorage, or a fake in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const STORAGE_PREFIX = "clauselens.decisions.";

/** Decisions for the document with `fingerprint`, kept in `storage` (browser mode). */
export function browserDecisionStore(storage: KeyValueStorage, fingerprint: string): DecisionStore {
  const key = STORAGE_PREFIX + fingerprint;
  return {
    place: "browser",
    load: async () => {
      const saved = storage.getItem(key);
      if (!saved) return emptyBook();
      try {
        return parseBook(saved);
      } catch {
        // A damaged entry is not the reviewer's fault and must not block the review: start afresh.
        return emptyBook();
      }
    },
    save: async (book) => storage.setItem(key, serialiseBook(book)),
  };
}

// The document's custom XML part: one element in our namespace holding the book as JSON text.
export const DECISIONS_NAMESPACE = "urn:clauselens:decisions:1";

export function bookToXml(book: DecisionBook): string {
  const escaped = serialiseBook(book).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<decisions xmlns="${DECISIONS_NAMESPACE}">${escaped}</decisions>`;
}

/** Reads the part's XML as Word returns it (it may add a declaration or a prefix). */
export function bookFromXml(xml: string): DecisionBook {
  const match = /<(?:[\w.-]+:)?decisions\b[^>]*>([\s\S]*)<\/(?:[\w.-]+:)?decisions>/.exec(xml);
  if (!match) throw new Error("The document's ClauseLens decisions part is not in the expected form.");
  const text = match[1]!
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
  return text.trim() === "" ? emptyBook() : parseBook(text);
}
