import { afterEach, describe, expect, it } from "vitest";
import { decide, emptyBook } from "../src/core/decisions";
import { DECISIONS_NAMESPACE, bookToXml } from "../src/core/decisionStore";
import { UnsupportedError } from "../src/office/word";
import { canKeepDecisionsInDocument, documentDecisionStore, readDecisions, writeDecisions } from "../src/office/decisionsPart";
import { PARAGRAPHS, aResult } from "./builders";
import { installWordMock, uninstallWordMock } from "./wordMock";

afterEach(uninstallWordMock);

const result = aResult();
const book = decide(emptyBook(), { result, paragraphs: PARAGRAPHS }, result.findings[0]!, { status: "raised", note: "相手方へ" }, "Aiko", new Date("2026-12-07T09:15:00Z"));

describe("decisions kept in the Word document", () => {
  it("are written to a custom XML part of ClauseLens's namespace and read back", async () => {
    const word = installWordMock({ paragraphs: PARAGRAPHS });
    await writeDecisions(book);
    expect(word.xmlParts()).toHaveLength(1);
    expect(word.xmlParts()[0]).toContain(`xmlns="${DECISIONS_NAMESPACE}"`);
    expect(await readDecisions()).toEqual(book);
  });

  it("replace the part on the next save instead of adding another", async () => {
    const word = installWordMock({ paragraphs: PARAGRAPHS, xmlParts: [bookToXml(emptyBook()), '<other xmlns="urn:someone-else"/>'] });
    await documentDecisionStore().save(book);
    expect(word.xmlParts()).toEqual([bookToXml(book), '<other xmlns="urn:someone-else"/>']);
  });

  it("read as none from a document without the part, in one run and one sync", async () => {
    const word = installWordMock({ paragraphs: PARAGRAPHS, xmlParts: ['<other xmlns="urn:someone-else"/>'] });
    expect(await readDecisions()).toEqual(emptyBook());
    expect(word.runs()).toBe(1);
    expect(word.syncs()).toBe(1);
  });

  it("read what another reviewer saved (two syncs: find the part, then its XML)", async () => {
    const word = installWordMock({ paragraphs: PARAGRAPHS, xmlParts: [bookToXml(book)] });
    expect(await documentDecisionStore().load()).toEqual(book);
    expect(word.syncs()).toBe(2);
  });

  it("need WordApi 1.4: older Word is told, and nothing is touched", async () => {
    const word = installWordMock({ paragraphs: PARAGRAPHS, wordApi: ["1.1", "1.2", "1.3"] });
    expect(canKeepDecisionsInDocument()).toBe(false);
    await expect(writeDecisions(book)).rejects.toBeInstanceOf(UnsupportedError);
    expect(word.runs()).toBe(0);
  });
});
