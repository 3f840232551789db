import { afterEach, describe, expect, it } from "vitest";
import { canReadRedline, readRedline } from "../src/office/redline";
import { UnsupportedError } from "../src/office/word";
import { installWordMock, uninstallWordMock } from "./wordMock";

afterEach(uninstallWordMock);

const PARAGRAPHS = [
  "5. Exclusivity",
  "The SME shall not compete in Japan for 12 months.",
  "6. New clause inserted by the other side",
  "7. Governing Law",
];

describe("reading a redline", () => {
  it("reads the document with its tracked changes rejected and accepted, in one run and two syncs", async () => {
    const word = installWordMock({
      paragraphs: PARAGRAPHS,
      wordApi: ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6"],
      revisions: {
        1: { original: "The SME shall not compete in Japan for 12 months.", current: "The SME shall not compete anywhere for 60 months." },
        2: { original: "", current: "6. New clause inserted by the other side" },
        3: { original: "7. Governing Law", current: "" },
      },
    });
    const states = await readRedline();
    expect(states.before).toEqual(["5. Exclusivity", "The SME shall not compete in Japan for 12 months.", "7. Governing Law"]);
    expect(states.after).toEqual(["5. Exclusivity", "The SME shall not compete anywhere for 60 months.", "6. New clause inserted by the other side"]);
    expect(states.trackedChanges).toBe(3);
    expect(word.runs()).toBe(1);
    expect(word.syncs()).toBe(2);
  });

  it("needs WordApi 1.6, and says so", async () => {
    const word = installWordMock({ paragraphs: PARAGRAPHS });
    expect(canReadRedline()).toBe(false);
    await expect(readRedline()).rejects.toBeInstanceOf(UnsupportedError);
    expect(word.runs()).toBe(0);
  });
});
