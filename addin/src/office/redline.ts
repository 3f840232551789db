// "What does this redline do?": the open document read twice, as if its tracked changes were all
// rejected (the draft before the counterparty's edits) and all accepted (the draft after them),
// without touching the document. Paragraph.getReviewedText is WordApi 1.4, the tracked-change list
// WordApi 1.6; one Word.run, two syncs.

import { UnsupportedError } from "./word";

/** The two states of a document with tracked changes, as paragraphs. */
export interface RedlineStates {
  /** All tracked changes rejected. */
  before: string[];
  /** All tracked changes accepted. */
  after: string[];
  /** How many tracked changes the document holds. */
  trackedChanges: number;
  /** The document paragraph of each `before` paragraph (a wholly inserted one has none). */
  beforeAt: number[];
  /** The document paragraph of each `after` paragraph (a wholly deleted one has none). */
  afterAt: number[];
}

export function canReadRedline(): boolean {
  return Office.context.requirements.isSetSupported("WordApi", "1.6");
}

export async function readRedline(): Promise<RedlineStates> {
  if (!canReadRedline()) throw new UnsupportedError("This version of Word cannot read tracked changes from an add-in (needs Word API 1.6).");
  return Word.run(async (context) => {
    const body = context.document.body;
    const paragraphs = body.paragraphs;
    paragraphs.load("items/text");
    const tracked = body.getTrackedChanges();
    tracked.load("items/type");
    await context.sync();
    const reviewed = paragraphs.items.map((p) => ({
      original: p.getReviewedText(Word.ChangeTrackingVersion.original),
      current: p.getReviewedText(Word.ChangeTrackingVersion.current),
    }));
    await context.sync();
    const before: string[] = [];
    const after: string[] = [];
    const beforeAt: number[] = [];
    const afterAt: number[] = [];
    reviewed.forEach(({ original, current }, at) => {
      const was = clean(original.value);
      const is = clean(current.value);
      // A paragraph wholly inserted has no "before"; one wholly deleted has no "after".
      if (!(was === "" && is !== "")) {
        before.push(was);
        beforeAt.push(at);
      }
      if (!(is === "" && was !== "")) {
        after.push(is);
        afterAt.push(at);
      }
    });
    return { before, after, trackedChanges: tracked.items.length, beforeAt, afterAt };
  });
}

// getReviewedText ends a paragraph with its mark; the analysis takes paragraphs without it.
function clean(text: string): string {
  return text.replace(/[\r\n]+$/, "");
}
