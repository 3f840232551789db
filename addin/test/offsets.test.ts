import { describe, expect, it } from "vitest";
import { anchorAt, evidenceSpan, locate, paragraphStarts, spanAnchors, spanText } from "../src/core/offsets";
import { PARAGRAPHS, offsetsOf } from "./builders";

describe("offsets", () => {
  it("paragraph starts count the joining newline", () => {
    expect(paragraphStarts(["ab", "", "cde"])).toEqual([0, 3, 4]);
  });

  it.each([
    // offset, paragraph, offset in paragraph
    [0, 0, 0],
    [1, 0, 1],
    [2, 0, 2], // the "\n" after "ab" belongs to the paragraph it ends
    [3, 1, 0],
    [4, 2, 0],
    [6, 2, 2],
    [99, 2, 3], // past the end clamps to the last paragraph's end
  ])("offset %i falls in paragraph %i at %i", (offset, paragraph, inParagraph) => {
    const paragraphs = ["ab", "", "cde"];
    expect(locate(paragraphStarts(paragraphs), paragraphs.map((p) => p.length), offset)).toEqual({ paragraph, offset: inParagraph });
  });

  it("evidence inside one paragraph maps to that paragraph and its exact text", () => {
    const { start, end } = offsetsOf(PARAGRAPHS, "anywhere in the world");
    const span = evidenceSpan(PARAGRAPHS, start, end);
    expect(span).toEqual({ startParagraph: 4, startOffset: 31, endParagraph: 4, endOffset: 52 });
    expect(spanText(PARAGRAPHS, span)).toBe("anywhere in the world");
  });

  it("evidence across paragraphs spans from the first to the last and has no single excerpt", () => {
    const { start, end } = offsetsOf(PARAGRAPHS, "Non-compete\nThe Supplier");
    const span = evidenceSpan(PARAGRAPHS, start, end);
    expect(span).toMatchObject({ startParagraph: 3, endParagraph: 4, endOffset: "The Supplier".length });
    expect(spanText(PARAGRAPHS, span)).toBeUndefined();
  });

  it("evidence covering a whole paragraph ends at its last character", () => {
    const { start, end } = offsetsOf(PARAGRAPHS, PARAGRAPHS[5]!);
    expect(evidenceSpan(PARAGRAPHS, start, end)).toEqual({ startParagraph: 5, startOffset: 0, endParagraph: 5, endOffset: PARAGRAPHS[5]!.length });
  });

  it("rejects evidence that ends before it starts", () => {
    expect(() => evidenceSpan(PARAGRAPHS, 10, 5)).toThrow(RangeError);
  });

  it("an empty document has no paragraph to locate", () => {
    expect(() => locate([], [], 0)).toThrow(RangeError);
  });
});

describe("anchors Word can search for", () => {
  const paragraphs = ["Term. The term is two years. The term may be renewed.", "Whole paragraph."];

  it("a whole-paragraph span needs no anchors", () => {
    expect(spanAnchors(paragraphs, { startParagraph: 1, startOffset: 0, endParagraph: 1, endOffset: 16 })).toEqual({});
  });

  it("a span inside a paragraph is anchored at both ends by its own text", () => {
    const start = paragraphs[0]!.indexOf("The term may");
    const anchors = spanAnchors(paragraphs, { startParagraph: 0, startOffset: start, endParagraph: 0, endOffset: paragraphs[0]!.length });
    expect(anchors.start).toEqual({ paragraph: 0, text: "The term may be renewed.", occurrence: 0 });
    expect(anchors.end).toBeUndefined();
  });

  it("counts earlier matches so the right one is chosen", () => {
    const second = paragraphs[0]!.indexOf("term", 11);
    expect(anchorAt(paragraphs, 0, second, second + 4)).toEqual({ paragraph: 0, text: "term", occurrence: 1 });
  });

  it("anchors a long span by its first and last 255 characters", () => {
    const long = ["x".repeat(10) + "a".repeat(300) + "b".repeat(300) + "y".repeat(10)];
    const anchors = spanAnchors(long, { startParagraph: 0, startOffset: 10, endParagraph: 0, endOffset: 610 });
    expect(anchors.start?.text).toBe("a".repeat(255));
    expect(anchors.end?.text).toBe("b".repeat(255));
  });

  it.each([["  "], ["50^% share"]])("gives no anchor for text Word cannot search: %j", (text) => {
    expect(anchorAt([`a ${text} b`], 0, 2, 2 + text.length)).toBeUndefined();
  });
});
