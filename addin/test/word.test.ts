import { afterEach, describe, expect, it } from "vitest";
import { DocumentChangedError, UnsupportedError, addComment, insertTracked, officeWordDocument, readDocument, selectParagraphs, wordCapabilities } from "../src/office/word";
import { PARAGRAPHS } from "./builders";
import { installWordMock, uninstallWordMock } from "./wordMock";

const ALL = { ranges: true, comments: true, trackedChanges: true };
const WORD_1_1 = { ranges: false, comments: false, trackedChanges: false };

afterEach(uninstallWordMock);

describe("reading the document", () => {
  it("reads every paragraph's text in one run and one sync", async () => {
    const word = installWordMock({ paragraphs: PARAGRAPHS, selectedParagraph: 4 });
    const snapshot = await readDocument(ALL);
    expect(snapshot.paragraphs).toEqual(PARAGRAPHS);
    expect(word.runs()).toBe(1);
    expect(word.syncs()).toBe(1);
  });

  it("tells which paragraph holds the selection", async () => {
    installWordMock({ paragraphs: PARAGRAPHS, selectedParagraph: 4 });
    expect((await readDocument(ALL)).selectedParagraph).toBe(4);
  });

  it("on WordApi 1.1 reads the text without locating the selection", async () => {
    const word = installWordMock({ paragraphs: PARAGRAPHS, selectedParagraph: 4, wordApi: ["1.1"] });
    const snapshot = await readDocument(WORD_1_1);
    expect(snapshot.paragraphs).toEqual(PARAGRAPHS);
    expect(snapshot.selectedParagraph).toBeUndefined();
    expect(word.syncs()).toBe(1);
  });
});

describe("going to a clause", () => {
  it("selects from the start of the first paragraph to the end of the last", async () => {
    const word = installWordMock({ paragraphs: PARAGRAPHS });
    await selectParagraphs(ALL, 3, 4);
    expect(word.operations).toEqual([{ op: "select", from: { paragraph: 3, edge: "Start" }, to: { paragraph: 4, edge: "End" } }]);
    expect(word.syncs()).toBe(2);
  });

  it("on WordApi 1.1 selects the clause's first paragraph", async () => {
    const word = installWordMock({ paragraphs: PARAGRAPHS, wordApi: ["1.1"] });
    await selectParagraphs(WORD_1_1, 3, 4);
    expect(word.operations).toEqual([{ op: "select", from: { paragraph: 3, edge: "Start" }, to: { paragraph: 3, edge: "End" } }]);
  });

  it("refuses a paragraph the document no longer has", async () => {
    installWordMock({ paragraphs: PARAGRAPHS.slice(0, 3) });
    await expect(selectParagraphs(ALL, 3, 4)).rejects.toBeInstanceOf(DocumentChangedError);
  });
});

describe("commenting", () => {
  it("anchors the comment on the evidence text found in its paragraph", async () => {
    const word = installWordMock({ paragraphs: PARAGRAPHS });
    const span = { startParagraph: 4, startOffset: 31, endParagraph: 4, endOffset: 52 };
    await addComment(ALL, span, "anywhere in the world", "ClauseLens: Worldwide\nAsk: Japan only");
    expect(word.operations).toEqual([
      { op: "search", from: { paragraph: 4, edge: "Start" }, text: "anywhere in the world", options: { matchCase: true } },
      { op: "insertComment", from: { paragraph: 4, edge: "Start" }, to: { paragraph: 4, edge: "End" }, text: "ClauseLens: Worldwide\nAsk: Japan only" },
    ]);
  });

  it("comments on the whole span when the evidence crosses paragraphs", async () => {
    const word = installWordMock({ paragraphs: PARAGRAPHS });
    await addComment(ALL, { startParagraph: 3, startOffset: 0, endParagraph: 4, endOffset: 12 }, undefined, "note");
    expect(word.operations).toEqual([{ op: "insertComment", from: { paragraph: 3, edge: "Start" }, to: { paragraph: 4, edge: "End" }, text: "note" }]);
    expect(word.syncs()).toBe(2);
  });

  it("falls back to the paragraphs when the excerpt is not found", async () => {
    const word = installWordMock({ paragraphs: PARAGRAPHS });
    await addComment(ALL, { startParagraph: 4, startOffset: 0, endParagraph: 4, endOffset: 5 }, "not there", "note");
    expect(word.operations.at(-1)).toEqual({ op: "insertComment", from: { paragraph: 4, edge: "Start" }, to: { paragraph: 4, edge: "End" }, text: "note" });
  });

  it.each([["x".repeat(256)], ["50^% share"], ["   "]])("does not search for an excerpt Word cannot search: %s", async (excerpt) => {
    const word = installWordMock({ paragraphs: PARAGRAPHS });
    await addComment(ALL, { startParagraph: 4, startOffset: 0, endParagraph: 4, endOffset: 5 }, excerpt, "note");
    expect(word.operations.map((o) => o.op)).toEqual(["insertComment"]);
  });

  it("without WordApi 1.4 says so and touches nothing", async () => {
    const word = installWordMock({ paragraphs: PARAGRAPHS, wordApi: ["1.1", "1.2", "1.3"] });
    await expect(addComment({ ...ALL, comments: false }, { startParagraph: 4, startOffset: 0, endParagraph: 4, endOffset: 5 }, "The", "note")).rejects.toBeInstanceOf(UnsupportedError);
    expect(word.runs()).toBe(0);
    expect(word.operations).toEqual([]);
  });
});

describe("inserting fallback text", () => {
  it("turns on tracked changes before inserting after the clause", async () => {
    const word = installWordMock({ paragraphs: PARAGRAPHS });
    await insertTracked(ALL, { kind: "afterParagraph", paragraph: 2 }, "Public information is excluded.");
    expect(await word.trackingMode()).toBe("TrackAll");
    expect(word.operations[0]).toEqual({
      op: "insertParagraph",
      from: { paragraph: 2, edge: "Start" },
      to: { paragraph: 2, edge: "End" },
      text: "Public information is excluded.",
      location: "After",
      tracking: "TrackAll",
    });
  });

  it("replaces the whole clause as a tracked change when asked to", async () => {
    const word = installWordMock({ paragraphs: PARAGRAPHS });
    await insertTracked(ALL, { kind: "replaceParagraphs", start: 3, end: 4 }, "Japan only, 12 months.");
    expect(word.operations[0]).toMatchObject({ op: "insertText", from: { paragraph: 3, edge: "Start" }, to: { paragraph: 4, edge: "End" }, location: "Replace", tracking: "TrackAll" });
  });

  it("puts a missing clause at the end of the document in one sync", async () => {
    const word = installWordMock({ paragraphs: PARAGRAPHS });
    await insertTracked(ALL, { kind: "endOfDocument" }, "Arbitration in Tokyo.");
    expect(word.operations[0]).toMatchObject({ op: "insertParagraph", location: "body:End", tracking: "TrackAll" });
    expect(word.syncs()).toBe(1);
  });

  it("or after the selection", async () => {
    const word = installWordMock({ paragraphs: PARAGRAPHS, selectedParagraph: 5 });
    await insertTracked(ALL, { kind: "afterSelection" }, "Arbitration in Tokyo.");
    expect(word.operations[0]).toMatchObject({ op: "insertParagraph", from: { paragraph: 5, edge: "Start" }, location: "After", tracking: "TrackAll" });
  });

  it("selects what it inserted so the reviewer sees the redline", async () => {
    const word = installWordMock({ paragraphs: PARAGRAPHS });
    await insertTracked(ALL, { kind: "afterParagraph", paragraph: 2 }, "Text.");
    expect(word.operations.map((o) => o.op)).toEqual(["insertParagraph", "select"]);
  });

  it("without WordApi 1.4 inserts nothing rather than an untracked edit", async () => {
    const word = installWordMock({ paragraphs: PARAGRAPHS, wordApi: ["1.1"] });
    await expect(insertTracked(WORD_1_1, { kind: "endOfDocument" }, "Text.")).rejects.toBeInstanceOf(UnsupportedError);
    expect(word.runs()).toBe(0);
    expect(await word.trackingMode()).toBe("Off");
    expect(word.operations).toEqual([]);
  });
});

describe("host capabilities", () => {
  it.each([
    [["1.1"], WORD_1_1],
    [["1.1", "1.2", "1.3"], { ranges: true, comments: false, trackedChanges: false }],
    [["1.1", "1.2", "1.3", "1.4"], ALL],
  ])("WordApi %j gives %j", (versions, capabilities) => {
    installWordMock({ paragraphs: PARAGRAPHS, wordApi: versions });
    expect(wordCapabilities()).toEqual(capabilities);
  });

  it("listens for selection changes and stops when asked", () => {
    const word = installWordMock({ paragraphs: PARAGRAPHS });
    const stop = officeWordDocument().onSelectionChanged(() => undefined);
    expect(word.selectionHandlers).toHaveLength(1);
    stop();
    expect(word.selectionHandlers).toHaveLength(0);
  });
});
