import { describe, expect, it } from "vitest";
import { normaliseParagraph } from "../src/core/normalise";

describe("paragraphs as the server sees them", () => {
  it.each([
    ["plain text", "plain text"],
    ["tab\tstays", "tab\tstays"],
    ["manual\u000bline break", "manual line break"], // Word's manual line break separates words
    ["page\u000cbreak", "page break"],
    ["windows\r\nbreak", "windows break"],
    ["a\rb\nc\u2028d\u2029e", "a b c d e"],
    ["bell\u0007 and nul\u0000", "bell and nul"],
    ["\uFEFFbom", "bom"],
    ["symbol \uF0B7 glyph", "symbol  glyph"],
    ["emoji \uD83D\uDE00 kept", "emoji \uD83D\uDE00 kept"],
    ["lone \uD83D surrogate", "lone \uFFFD surrogate"],
    ["C1 \u0085 control", "C1   control"],
    ["C1 \u0086 control", "C1  control"],
  ])("%j becomes %j", (input, output) => {
    expect(normaliseParagraph(input)).toBe(output);
  });
});
