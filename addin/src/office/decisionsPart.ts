// Keeps the reviewer's decisions inside the Word document, in a custom XML part of our own
// namespace (WordApi 1.4), so they travel with the file to the next reviewer. Each call is one
// Word.run with at most two syncs.

import { DECISIONS_NAMESPACE, bookFromXml, bookToXml, type DecisionStore } from "../core/decisionStore";
import { emptyBook, type DecisionBook } from "../core/decisions";
import { UnsupportedError } from "./word";

/** True when this Word can keep custom XML parts in the document (WordApi 1.4). */
export function canKeepDecisionsInDocument(): boolean {
  return Office.context.requirements.isSetSupported("WordApi", "1.4");
}

/** Reads the decisions saved in the open document; none when it has no ClauseLens part. */
export async function readDecisions(): Promise<DecisionBook> {
  if (!canKeepDecisionsInDocument()) throw new UnsupportedError("This version of Word cannot keep decisions in the document (needs Word API 1.4).");
  return Word.run(async (context) => {
    const parts = context.document.customXmlParts.getByNamespace(DECISIONS_NAMESPACE);
    parts.load("items/id");
    await context.sync();
    const part = parts.items[0];
    if (!part) return emptyBook();
    const xml = part.getXml();
    await context.sync();
    return bookFromXml(xml.value);
  });
}

/** Writes the decisions into the document's ClauseLens part, adding it the first time. */
export async function writeDecisions(book: DecisionBook): Promise<void> {
  if (!canKeepDecisionsInDocument()) throw new UnsupportedError("This version of Word cannot keep decisions in the document (needs Word API 1.4).");
  await Word.run(async (context) => {
    const parts = context.document.customXmlParts.getByNamespace(DECISIONS_NAMESPACE);
    parts.load("items/id");
    await context.sync();
    const [first, ...extra] = parts.items;
    if (first) first.setXml(bookToXml(book));
    else context.document.customXmlParts.add(bookToXml(book));
    // Two parts can only come from two panes writing at once: keep one.
    for (const part of extra) part.delete();
    await context.sync();
  });
}

/** The document's decisions behind the DecisionStore seam. */
export function documentDecisionStore(): DecisionStore {
  return { place: "document", load: readDecisions, save: writeDecisions };
}
