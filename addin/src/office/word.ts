// The only module that calls Word.run. Each function is one batch: queue the work, sync once
// (twice when a collection's items must be loaded before they can be addressed), never in a loop.

import type { ParagraphSpan, SpanAnchors } from "../core/offsets";
import type { Capabilities, DocumentSnapshot, InsertionTarget, WordDocument } from "../core/surface";

/** A Word feature this host lacks (an optional requirement set). */
export class UnsupportedError extends Error {
  override readonly name = "UnsupportedError";
}

/** The document has fewer paragraphs than the analysis refers to: it changed since. */
export class DocumentChangedError extends Error {
  override readonly name = "DocumentChangedError";
  constructor() {
    super("The document changed since it was analysed. Analyse it again.");
  }
}

// Loading one short property makes a collection's items addressable without copying the
// whole contract text again.
const ITEMS_ONLY = "items/style";

export function wordCapabilities(): Capabilities {
  const supports = (version: string): boolean => Office.context.requirements.isSetSupported("WordApi", version);
  const v14 = supports("1.4");
  return { ranges: supports("1.3"), comments: v14, trackedChanges: v14 };
}

/** Reads every paragraph's text (one sync) and, with WordApi 1.3, where the selection is. */
export async function readDocument(capabilities: Capabilities): Promise<DocumentSnapshot> {
  return Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    let before: Word.ParagraphCollection | undefined;
    if (capabilities.ranges) {
      // The paragraphs from the top of the body to the selection: their count gives its index.
      const selectionStart = context.document.getSelection().getRange("Start");
      before = context.document.body.getRange("Start").expandTo(selectionStart).paragraphs;
      before.load(ITEMS_ONLY);
    }
    await context.sync();
    const snapshot: DocumentSnapshot = { paragraphs: paragraphs.items.map((p) => p.text) };
    if (before && before.items.length > 0) snapshot.selectedParagraph = before.items.length - 1;
    return snapshot;
  });
}

/**
 * Selects the span and scrolls Word to it. Ends inside a paragraph are found by searching for
 * their anchor text; whole paragraphs need no search. WordApi 1.1 can select only whole
 * paragraphs, so there the span's first paragraph is selected.
 */
export async function selectSpan(capabilities: Capabilities, span: ParagraphSpan, anchors: SpanAnchors): Promise<void> {
  await Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load(ITEMS_ONLY);
    await context.sync();
    if (!capabilities.ranges) {
      paragraphAt(paragraphs, span.startParagraph).select();
    } else {
      (await rangeOf(context, paragraphs, span, anchors)).select();
    }
    await context.sync();
  });
}

/** Adds a Word comment on the span (WordApi 1.4). */
export async function addComment(capabilities: Capabilities, span: ParagraphSpan, anchors: SpanAnchors, text: string): Promise<void> {
  if (!capabilities.comments) throw new UnsupportedError("This version of Word cannot add comments (needs Word API 1.4).");
  await Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load(ITEMS_ONLY);
    await context.sync();
    (await rangeOf(context, paragraphs, span, anchors)).insertComment(text);
    await context.sync();
  });
}

/**
 * The span as one range (WordApi 1.3): both anchor searches go in one sync; an anchor Word
 * does not find (the text changed) falls back to its paragraph's boundary.
 */
async function rangeOf(
  context: Word.RequestContext,
  paragraphs: Word.ParagraphCollection,
  span: ParagraphSpan,
  anchors: SpanAnchors,
): Promise<Word.Range> {
  const search = (anchor: SpanAnchors["start"]): Word.RangeCollection | undefined => {
    if (!anchor) return undefined;
    const hits = paragraphAt(paragraphs, anchor.paragraph).search(anchor.text, { matchCase: true });
    hits.load(ITEMS_ONLY);
    return hits;
  };
  const startHits = search(anchors.start);
  const endHits = search(anchors.end);
  if (startHits || endHits) await context.sync();
  const from = (anchors.start && startHits?.items[anchors.start.occurrence]) || paragraphAt(paragraphs, span.startParagraph).getRange("Start");
  const to = (anchors.end && endHits?.items[anchors.end.occurrence]) || paragraphAt(paragraphs, Math.max(span.startParagraph, span.endParagraph)).getRange("End");
  return from.getRange("Start").expandTo(to.getRange("End"));
}

/**
 * Turns on tracked changes and inserts `text` so the other side sees a redline (WordApi 1.4).
 * Without 1.4 nothing is inserted: an untracked edit would hide the change from the other side.
 */
export async function insertTracked(capabilities: Capabilities, target: InsertionTarget, text: string): Promise<void> {
  if (!capabilities.trackedChanges) {
    throw new UnsupportedError("This version of Word cannot track changes from an add-in (needs Word API 1.4).");
  }
  await Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    const needsItems = target.kind === "afterParagraph" || target.kind === "replaceParagraphs";
    if (needsItems) {
      paragraphs.load(ITEMS_ONLY);
      await context.sync();
    }
    context.document.changeTrackingMode = Word.ChangeTrackingMode.trackAll;
    const inserted = insert(context, paragraphs, target, text);
    inserted.select();
    await context.sync();
  });
}

function insert(
  context: Word.RequestContext,
  paragraphs: Word.ParagraphCollection,
  target: InsertionTarget,
  text: string,
): Word.Range | Word.Paragraph {
  switch (target.kind) {
    case "afterParagraph":
      return paragraphAt(paragraphs, target.paragraph).insertParagraph(text, "After");
    case "replaceParagraphs":
      return spanRange(paragraphs, target.start, target.end).insertText(text, "Replace");
    case "endOfDocument":
      return context.document.body.insertParagraph(text, "End");
    case "afterSelection":
      return context.document.getSelection().insertParagraph(text, "After");
  }
}

function paragraphAt(paragraphs: Word.ParagraphCollection, index: number): Word.Paragraph {
  const paragraph = paragraphs.items[index];
  if (!paragraph) throw new DocumentChangedError();
  return paragraph;
}

/** Paragraphs start..end (inclusive) as one range (WordApi 1.3; implied by 1.4). */
function spanRange(paragraphs: Word.ParagraphCollection, start: number, end: number): Word.Range {
  const first = paragraphAt(paragraphs, start);
  const last = paragraphAt(paragraphs, Math.max(start, end));
  return first.getRange("Start").expandTo(last.getRange("End"));
}

/** The Word document behind the WordDocument seam. */
export function officeWordDocument(): WordDocument {
  const capabilities = wordCapabilities();
  return {
    capabilities,
    read: () => readDocument(capabilities),
    selectSpan: (span, anchors) => selectSpan(capabilities, span, anchors),
    addComment: (span, anchors, text) => addComment(capabilities, span, anchors, text),
    insertTracked: (target, text) => insertTracked(capabilities, target, text),
    onSelectionChanged: (listener) => {
      const handler = (): void => listener();
      Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, handler);
      return () => Office.context.document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler });
    },
  };
}
