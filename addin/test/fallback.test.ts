import { describe, expect, it } from "vitest";
import { commentText, fallbackTarget, pastedParagraphs } from "../src/core/fallback";
import { aFinding, aResult } from "./builders";

describe("where fallback text goes", () => {
  it("after the clause's last paragraph by default", () => {
    const result = aResult();
    expect(fallbackTarget(result, aFinding({ id: "x", clauseId: "c1" }))).toEqual({ kind: "afterParagraph", paragraph: 2 });
  });

  it("in place of the whole clause when the rule says replace", () => {
    const result = aResult();
    expect(fallbackTarget(result, aFinding({ id: "x", clauseId: "c2", fallbackPlacement: "replace" }))).toEqual({ kind: "replaceParagraphs", start: 3, end: 4 });
  });

  it.each([
    ["end", { kind: "endOfDocument" }],
    ["selection", { kind: "afterSelection" }],
  ] as const)("a missing clause goes to the %s", (placement, target) => {
    expect(fallbackTarget(aResult(), aFinding({ id: "x", kind: "missing" }), placement)).toEqual(target);
  });
});

describe("comment text", () => {
  it("says what is wrong and what to ask for", () => {
    expect(commentText(aFinding({ id: "x", title: "Worldwide non-compete", ask: "Limit it to Japan." }))).toBe(
      "ClauseLens: Worldwide non-compete\nAsk: Limit it to Japan.",
    );
  });
});

describe("pasted text", () => {
  it.each([
    ["One.\nTwo.", ["One.", "Two."]],
    ["One.\r\n\r\nTwo.\r", ["One.", "Two."]],
    ["  indented  \n\t\n", ["indented"]],
    ["   \n \t ", []],
  ])("%j becomes %j", (text, paragraphs) => {
    expect(pastedParagraphs(text)).toEqual(paragraphs);
  });
});
