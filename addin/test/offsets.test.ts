import { describe, expect, it } from "vitest";
import { evidenceSpan, locate, paragraphStarts, spanText } from "../src/core/offsets";
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
