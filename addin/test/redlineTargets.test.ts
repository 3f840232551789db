// Placing a comparison's changes in the document they came from: which paragraphs, which text
// must still be there, which words to search for, and how places move when paragraphs go.
import { describe, expect, it } from "vitest";
import type { DraftComparison } from "../src/core/compare";
import { openingWords, placeChanges, sameParagraph, shiftPlacements, type ChangeTarget, type Placement } from "../src/core/redlineTargets";
import { aChange, aClause, aComparison, aResult } from "./builders";

function comparison(kind: "moved" | "changed"): DraftComparison {
  // Before: clause X at paragraphs 0-1, Y at 2-3. After: Y first (0-1), X below (2-3).
  const before = aResult({ clauses: [aClause({ id: "x", paragraphStart: 0, paragraphEnd: 1 }), aClause({ id: "y", paragraphStart: 2, paragraphEnd: 3 })] });
  const after = aResult({ clauses: [aClause({ id: "y", paragraphStart: 0, paragraphEnd: 1 }), aClause({ id: "x", paragraphStart: 2, paragraphEnd: 3 })] });
  return aComparison(before, after, [aChange({ kind, beforeClauseId: "x", afterClauseId: "x", textChanged: kind === "changed", similarity: 1 })]);
}

// Word holds the move as a deletion at the top (0-1) and an insertion below (4-5).
const PAIR = {
  before: ["X.", "x text", "Y.", "y text"],
  after: ["Y.", "y text", "X.", "x text"],
  beforeAt: [0, 1, 2, 3],
  afterAt: [2, 3, 4, 5],
  tracked: true,
};

const target = (p: Placement | undefined): ChangeTarget => {
  if (!p || !("target" in p)) throw new Error("not placed");
  return p.target;
};

describe("placing changes", () => {
  it("shows a moved clause where it is now, and does not offer to accept half of the move", () => {
    const moved = target(placeChanges(comparison("moved"), PAIR)[0]);
    expect(moved).toMatchObject({ first: 4, last: 5, check: { paragraph: 4, reading: "current", text: "X." }, resolvable: false });
  });

  it("covers a changed clause's paragraphs in both readings", () => {
    const changed = target(placeChanges(comparison("changed"), PAIR)[0]);
    expect(changed).toMatchObject({ first: 0, last: 5, resolvable: true });
  });

  it("a removed clause of an earlier draft read from a file has no place in the document", () => {
    const c = comparison("changed");
    c.changes = [{ ...c.changes[0]!, kind: "removed", afterClauseId: null }];
    expect(placeChanges(c, { ...PAIR, beforeAt: undefined, tracked: false })).toEqual([{ reason: "removed" }]);
  });

  it("moves the places below paragraphs that left the document, and only those", () => {
    const done: ChangeTarget = { first: 2, last: 3, check: { paragraph: 2, reading: "current", text: "a" }, opening: "a", resolvable: true };
    const above: ChangeTarget = { ...done, first: 0, last: 1, check: { ...done.check, paragraph: 0 } };
    const below: ChangeTarget = { ...done, first: 6, last: 7, check: { ...done.check, paragraph: 6 } };
    const shifted = shiftPlacements([{ target: above }, { target: done }, { target: below }, { reason: "removed" }], done, 2);
    expect(shifted.map((p) => ("target" in p ? [p.target.first, p.target.last, p.target.check.paragraph] : p.reason))).toEqual([[0, 1, 0], [2, 3, 2], [4, 5, 4], "removed"]);
  });
});

describe("the words searched for when the document moved on", () => {
  it("keeps a short heading whole and cuts a long sentence at a word", () => {
    expect(openingWords("5. Exclusivity")).toBe("5. Exclusivity");
    const long = "The SME shall not, directly or indirectly, engage in any business that develops sensors.";
    const words = openingWords(long);
    expect(long.startsWith(words)).toBe(true);
    expect(words.length).toBeLessThanOrEqual(60);
    expect(long[words.length]).toBe(" ");
  });

  it("cuts Japanese, which has no spaces, by length, and never sends Word's special '^'", () => {
    const ja = "甲は、本契約の有効期間中及び終了後五年間、世界のいかなる地域においても、乙の事業と競合する事業を直接又は間接に行ってはならないものとし、これに違反した場合は損害を賠償する。";
    expect(ja.length).toBeGreaterThan(60);
    expect(openingWords(ja)).toBe(ja.slice(0, 60));
    expect(openingWords("Price ^ in yen")).toBe("Price");
  });

  it("takes Word's paragraph mark and spacing as the same text", () => {
    expect(sameParagraph("5.  Exclusivity\r", "5. Exclusivity")).toBe(true);
    expect(sameParagraph("5. Exclusivity", "6. Exclusivity")).toBe(false);
  });
});
