// "Show in document", "Accept" and "Reject" for a change of a redline, against office-addin-mock:
// the redline read from the document places each change (changed, added, removed) on its tracked
// changes; a document that moved on is searched by the clause's words, and that is reported.
import { afterEach, describe, expect, it } from "vitest";
import type { DraftComparison } from "../src/core/compare";
import { placeChanges, shiftPlacements, type ChangeTarget, type DraftPair, type Placement } from "../src/core/redlineTargets";
import { readRedline } from "../src/office/redline";
import { resolveChange, showChange } from "../src/office/trackedChanges";
import { UnsupportedError } from "../src/office/word";
import { aChange, aClause, aComparison, aResult } from "./builders";
import { installWordMock, uninstallWordMock } from "./wordMock";

afterEach(uninstallWordMock);

const V16 = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6"];
// The document as Word shows it with markup: clause 5 edited, clause 6 inserted, clause 7 deleted.
const DOCUMENT = [
  "5. Exclusivity",
  "The SME shall not compete anywhere for 60 months.",
  "6. Audit",
  "The other side may audit the SME at any time.",
  "7. Governing Law",
  "This agreement is governed by the laws of Japan.",
];
const REVISIONS = {
  1: { original: "The SME shall not compete in Japan for 12 months.", current: "The SME shall not compete anywhere for 60 months." },
  2: { original: "", current: "6. Audit" },
  3: { original: "", current: "The other side may audit the SME at any time." },
  4: { original: "7. Governing Law", current: "" },
  5: { original: "This agreement is governed by the laws of Japan.", current: "" },
};

function redline(paragraphs = DOCUMENT, wordApi = V16) {
  return installWordMock({ paragraphs, wordApi, revisions: REVISIONS });
}

// The server's comparison of the two readings: before = [5, 5 text, 7, 7 text], after = [5, 5 text, 6, 6 text].
function comparison(): DraftComparison {
  const before = aResult({ clauses: [aClause({ id: "b5", paragraphStart: 0, paragraphEnd: 1 }), aClause({ id: "b7", paragraphStart: 2, paragraphEnd: 3 })] });
  const after = aResult({ clauses: [aClause({ id: "a5", paragraphStart: 0, paragraphEnd: 1 }), aClause({ id: "a6", paragraphStart: 2, paragraphEnd: 3 })] });
  return aComparison(before, after, [
    aChange({ kind: "changed", beforeClauseId: "b5", afterClauseId: "a5", similarity: 0.5 }),
    aChange({ kind: "added", beforeClauseId: null, afterClauseId: "a6" }),
    aChange({ kind: "removed", beforeClauseId: "b7", afterClauseId: null }),
  ]);
}

async function placed(): Promise<ChangeTarget[]> {
  const states = await readRedline();
  const pair: DraftPair = { ...states, tracked: true };
  return placeChanges(comparison(), pair).map((p) => {
    if (!("target" in p)) throw new Error(`not placed: ${p.reason}`);
    return p.target;
  });
}

const selections = (word: ReturnType<typeof redline>) => word.operations.filter((o) => o.op === "select").map((o) => [o.from!.paragraph, o.to!.paragraph]);

describe("showing a change of a redline in Word", () => {
  it("reads where each draft's paragraphs sit in the document", async () => {
    redline();
    const states = await readRedline();
    expect(states.beforeAt).toEqual([0, 1, 4, 5]);
    expect(states.afterAt).toEqual([0, 1, 2, 3]);
  });

  it("selects the tracked changes of an edited, an inserted and a deleted clause", async () => {
    const word = redline();
    const [changed, added, removed] = await placed();
    const before = { runs: word.runs(), syncs: word.syncs() };

    expect(await showChange(changed!, true)).toEqual({ how: "tracked", count: 1 });
    expect(await showChange(added!, true)).toEqual({ how: "tracked", count: 2 });
    // The deleted clause is still in the document as a tracked deletion: that is what is selected.
    expect(await showChange(removed!, true)).toEqual({ how: "tracked", count: 2 });
    expect(selections(word)).toEqual([[1, 1], [2, 3], [4, 5]]);
    expect(word.runs() - before.runs).toBe(3);
    // Each show: paragraphs, then the check and the tracked changes, then the selection.
    expect(word.syncs() - before.syncs).toBe(9);
  });

  it("when the document moved on, finds the clause by its opening words and says so", async () => {
    redline();
    const [changed] = await placed();
    uninstallWordMock();
    // A cover page was added above: every paragraph moved down by one.
    const word = installWordMock({ paragraphs: ["Cover page", ...DOCUMENT], wordApi: V16 });
    expect(await showChange(changed!, true)).toEqual({ how: "text" });
    expect(word.operations.find((o) => o.op === "search")?.text).toBe("5. Exclusivity");
    expect(selections(word)).toEqual([[1, 1]]);
  });

  it("selects nothing and says so when the clause is gone", async () => {
    redline();
    const [changed] = await placed();
    uninstallWordMock();
    const word = installWordMock({ paragraphs: ["Something else entirely", "and more"], wordApi: V16 });
    expect(await showChange(changed!, true)).toEqual({ how: "none" });
    expect(selections(word)).toEqual([]);
  });

  it("without tracked changes (an earlier draft from a file), selects the clause's paragraphs", async () => {
    const now = ["Preamble", "5. Exclusivity", "The SME shall not compete anywhere."];
    const word = installWordMock({ paragraphs: now });
    const after = aResult({ clauses: [aClause({ id: "a5", paragraphStart: 1, paragraphEnd: 2 })] });
    const compared: DraftComparison = { ...comparison(), after, changes: [aChange({ kind: "changed", beforeClauseId: "b5", afterClauseId: "a5", similarity: 0.5 })] };
    const [place] = placeChanges(compared, { before: [], after: now, afterAt: [0, 1, 2], tracked: false });
    expect(await showChange((place as { target: ChangeTarget }).target, false)).toEqual({ how: "clause" });
    expect(selections(word)).toEqual([[1, 2]]);
  });
});

describe("accepting or rejecting a change of a redline from the pane", () => {
  it("accepts the edited clause's tracked change and leaves the others", async () => {
    const word = redline();
    const [changed] = await placed();
    expect(await resolveChange(changed!, "accept")).toEqual({ how: "done", count: 1, removedParagraphs: 0 });
    expect(word.paragraphs()[1]).toBe("The SME shall not compete anywhere for 60 months.");
    expect(word.trackedParagraphs()).toEqual([2, 3, 4, 5]);
  });

  it("rejecting an inserted clause removes its paragraphs, and the changes below are still found", async () => {
    const word = redline();
    const states = await readRedline();
    let placements: Placement[] = placeChanges(comparison(), { ...states, tracked: true });
    const added = (placements[1] as { target: ChangeTarget }).target;
    const outcome = await resolveChange(added, "reject");
    expect(outcome).toEqual({ how: "done", count: 2, removedParagraphs: 2 });
    expect(word.paragraphs()).not.toContain("6. Audit");

    placements = shiftPlacements(placements, added, 2);
    const removed = (placements[2] as { target: ChangeTarget }).target;
    expect(await showChange(removed, true)).toEqual({ how: "tracked", count: 2 });
    // Original indexes: the deleted Governing Law clause, not whatever moved into its old place.
    expect(selections(word).at(-1)).toEqual([4, 5]);
    expect(await resolveChange(removed, "accept")).toEqual({ how: "done", count: 2, removedParagraphs: 2 });
    expect(word.paragraphs()).toEqual(["5. Exclusivity", "The SME shall not compete anywhere for 60 months."]);
  });

  it("edits nothing when the clause is no longer where it was compared", async () => {
    redline();
    const [changed] = await placed();
    uninstallWordMock();
    const word = installWordMock({ paragraphs: ["Cover page", ...DOCUMENT], wordApi: V16, revisions: { 2: REVISIONS[1] } });
    expect(await resolveChange(changed!, "reject")).toEqual({ how: "moved" });
    expect(word.operations.some((o) => o.op === "rejectAll" || o.op === "acceptAll")).toBe(false);
    expect(word.trackedParagraphs()).toEqual([2]);
  });

  it("says there is nothing to do when the clause holds no tracked change", async () => {
    redline();
    const [changed] = await placed();
    uninstallWordMock();
    const word = installWordMock({ paragraphs: DOCUMENT, wordApi: V16 });
    expect(await resolveChange(changed!, "accept")).toEqual({ how: "nothing" });
    expect(word.operations.some((o) => o.op === "acceptAll")).toBe(false);
  });

  it("needs WordApi 1.6, and says so without touching the document", async () => {
    redline();
    const [changed] = await placed();
    uninstallWordMock();
    const word = installWordMock({ paragraphs: DOCUMENT });
    await expect(resolveChange(changed!, "accept")).rejects.toBeInstanceOf(UnsupportedError);
    expect(word.runs()).toBe(0);
  });
});
