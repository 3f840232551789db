import { describe, expect, it } from "vitest";
import { layoutPieces } from "../src/core/layout";
import { aClause } from "./builders";

const compact = (pieces: ReturnType<typeof layoutPieces>) =>
  pieces.map((row) => row.map((p) => `${p.clauseStarts ? "^" : ""}${p.clauseId ?? "-"}${p.evidence ? "*" : ""}:${p.text}`));

describe("laying clauses over paragraphs", () => {
  it("gives each paragraph to the clause that covers it", () => {
    const paragraphs = ["Title", "1. Law", "Japan."];
    const clauses = [aClause({ id: "a", paragraphStart: 0, paragraphEnd: 0, start: 0, end: 5 }), aClause({ id: "b", paragraphStart: 1, paragraphEnd: 2, start: 6, end: 19 })];
    expect(compact(layoutPieces(paragraphs, clauses))).toEqual([["^a:Title"], ["^b:1. Law"], ["b:Japan."]]);
  });

  it("splits a paragraph holding several sections at each clause's start", () => {
    const paragraphs = ["4 Exclusivity none. 5 Royalties 5%."];
    const clauses = [aClause({ id: "c4", paragraphStart: 0, paragraphEnd: 0, start: 0, end: 20 }), aClause({ id: "c5", paragraphStart: 0, paragraphEnd: 0, start: 20, end: 35 })];
    expect(compact(layoutPieces(paragraphs, clauses))).toEqual([["^c4:4 Exclusivity none. ", "^c5:5 Royalties 5%."]]);
  });

  it("marks the evidence inside its clause, across paragraphs", () => {
    const paragraphs = ["Shall not compete", "anywhere at all."];
    const clauses = [aClause({ id: "nc", paragraphStart: 0, paragraphEnd: 1, start: 0, end: 34 })];
    expect(compact(layoutPieces(paragraphs, clauses, { start: 10, end: 26 }))).toEqual([
      ["^nc:Shall not ", "nc*:compete"],
      ["nc*:anywhere", "nc: at all."],
    ]);
  });

  it("leaves text outside every clause unassigned", () => {
    const paragraphs = ["Cover page", "1. Term"];
    const clauses = [aClause({ id: "t", paragraphStart: 1, paragraphEnd: 1, start: 11, end: 18 })];
    expect(compact(layoutPieces(paragraphs, clauses))).toEqual([["-:Cover page"], ["^t:1. Term"]]);
  });

  it("keeps an empty paragraph as an empty row", () => {
    expect(layoutPieces(["", "x"], [])).toEqual([[], [{ text: "x", clauseId: undefined, clauseStarts: false, evidence: false }]]);
  });
});
