// "Show in document", "Accept" and "Reject" for one change of a draft comparison: the change's
// clause is found by its paragraphs (checked to still hold the text that was compared), its tracked
// changes (WordApi 1.6: Range.getTrackedChanges) selected, accepted or rejected. When the
// paragraphs no longer hold that text, the clause is searched for by its opening words instead,
// and the caller is told which of these happened.

import { sameParagraph, type ChangeTarget, type ResolveOutcome, type ShowOutcome } from "../core/redlineTargets";
import { UnsupportedError } from "./word";

export type { ResolveOutcome, ShowOutcome } from "../core/redlineTargets";

const ITEMS_ONLY = "items/style";

/** WordApi 1.6: tracked changes can be listed, selected, accepted and rejected. */
export function canUseTrackedChanges(): boolean {
  return Office.context.requirements.isSetSupported("WordApi", "1.6");
}

/**
 * Selects the change in Word: its tracked changes when `tracked` (WordApi 1.6), else the clause's
 * paragraphs (WordApi 1.3; the first paragraph on 1.1). At most three syncs.
 */
export async function showChange(target: ChangeTarget, tracked: boolean): Promise<ShowOutcome> {
  const ranges = Office.context.requirements.isSetSupported("WordApi", "1.3");
  const reviewed = tracked && canUseTrackedChanges();
  return Word.run(async (context) => {
    const body = context.document.body;
    const paragraphs = body.paragraphs;
    paragraphs.load(ITEMS_ONLY);
    // Queued now so a moved clause costs no extra round trip.
    const hits = target.opening ? body.search(target.opening, { matchCase: true }) : undefined;
    hits?.load(ITEMS_ONLY);
    await context.sync();

    const first = paragraphs.items[target.first];
    const last = paragraphs.items[target.last];
    const checked = paragraphs.items[target.check.paragraph];
    const reading = checked && readingOf(checked, target, reviewed);
    const span = first && last && ranges ? first.getRange("Start").expandTo(last.getRange("End")) : undefined;
    const changes = span && reviewed ? span.getTrackedChanges() : undefined;
    changes?.load("items/type");
    await context.sync();

    if (first && reading && sameParagraph(reading(), target.check.text)) {
      const items = changes?.items ?? [];
      if (items.length > 0) {
        items[0]!.getRange("Whole").expandTo(items[items.length - 1]!.getRange("Whole")).select();
        await context.sync();
        return { how: "tracked", count: items.length };
      }
      (span ?? first).select();
      await context.sync();
      return { how: "clause" };
    }
    const hit = hits?.items[0];
    if (!hit) return { how: "none" };
    hit.select();
    await context.sync();
    return { how: "text" };
  });
}

/**
 * Accepts or rejects every tracked change in the change's clause (WordApi 1.6), after checking
 * the clause is still where the comparison found it: never edits a paragraph that moved.
 * Reports how many paragraphs vanished (a rejected inserted paragraph, an accepted deleted one)
 * so the places of the changes below can be moved up.
 */
export async function resolveChange(target: ChangeTarget, action: "accept" | "reject"): Promise<ResolveOutcome> {
  if (!canUseTrackedChanges()) throw new UnsupportedError("This version of Word cannot accept or reject tracked changes from an add-in (needs Word API 1.6).");
  return Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load(ITEMS_ONLY);
    await context.sync();
    const first = paragraphs.items[target.first];
    const last = paragraphs.items[target.last];
    const checked = paragraphs.items[target.check.paragraph];
    if (!first || !last || !checked) return { how: "moved" };
    const reading = readingOf(checked, target, true);
    const changes = first.getRange("Start").expandTo(last.getRange("End")).getTrackedChanges();
    changes.load("items/type");
    await context.sync();
    if (!sameParagraph(reading(), target.check.text)) return { how: "moved" };
    const count = changes.items.length;
    if (count === 0) return { how: "nothing" };
    if (action === "accept") changes.acceptAll();
    else changes.rejectAll();
    const now = context.document.body.paragraphs;
    now.load(ITEMS_ONLY);
    await context.sync();
    return { how: "done", count, removedParagraphs: Math.max(0, paragraphs.items.length - now.items.length) };
  });
}

/** Queues the read of the check paragraph's text; the returned function reads it after the sync. */
function readingOf(paragraph: Word.Paragraph, target: ChangeTarget, reviewed: boolean): () => string {
  if (reviewed) {
    const version = target.check.reading === "original" ? Word.ChangeTrackingVersion.original : Word.ChangeTrackingVersion.current;
    const text = paragraph.getReviewedText(version);
    return () => text.value;
  }
  paragraph.load("text");
  return () => paragraph.text;
}
