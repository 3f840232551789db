import { afterEach, describe, expect, it } from "vitest";
import { DocumentChangedError, UnsupportedError, addComment, insertTracked, officeWordDocument, readDocument, selectSpan, wordCapabilities } from "../src/office/word";
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

const whole = (start: number, end: number) => ({ startParagraph: start, startOffset: 0, endParagraph: end, endOffset: PARAGRAPHS[end]!.length });

describe("going to a clause", () => {
  it("selects from the start of the first paragraph to the end of the last", async () => {
    const word = installWordMock({ paragraphs: PARAGRAPHS });
    await selectSpan(ALL, whole(3, 4), {});
    expect(word.operations).toEqual([{ op: "select", from: { paragraph: 3, edge: "Start" }, to: { paragraph: 4, edge: "End" } }]);
    expect(word.syncs()).toBe(2);
  });

  it("finds a clause that starts inside a paragraph by its text, choosing the right match", async () => {
    const paragraphs = ["4 Fees. 5 Fees. 5.1 Late fees.", "Next."];
    const word = installWordMock({ paragraphs });
    const span = { startParagraph: 0, startOffset: 8, endParagraph: 1, endOffset: 5 };
    await selectSpan(ALL, span, { start: { paragraph: 0, text: "Fees.", occurrence: 1 } });
    expect(word.operations).toEqual([
      { op: "search", from: { paragraph: 0, edge: "Start" }, text: "Fees.", options: { matchCase: true } },
      { op: "select", from: { paragraph: 0, edge: "Start", offset: 10 }, to: { paragraph: 1, edge: "End" } },
    ]);
    expect(word.syncs()).toBe(3);
  });

  it("falls back to the paragraph boundary when the anchor text is no longer there", async () => {
    const word = installWordMock({ paragraphs: PARAGRAPHS });
    await selectSpan(ALL, { startParagraph: 4, startOffset: 4, endParagraph: 4, endOffset: 10 }, { start: { paragraph: 4, text: "gone", occurrence: 0 } });
    expect(word.operations.at(-1)).toEqual({ op: "select", from: { paragraph: 4, edge: "Start" }, to: { paragraph: 4, edge: "End" } });
  });

  it("on WordApi 1.1 selects the clause's first paragraph", async () => {
    const word = installWordMock({ paragraphs: PARAGRAPHS, wordApi: ["1.1"] });
    await selectSpan(WORD_1_1, whole(3, 4), { start: { paragraph: 3, text: "Non", occurrence: 0 } });
    expect(word.operations).toEqual([{ op: "select", from: { paragraph: 3, edge: "Start" }, to: { paragraph: 3, edge: "End" } }]);
  });

  it("refuses a paragraph the document no longer has", async () => {
    installWordMock({ paragraphs: PARAGRAPHS.slice(0, 3) });
    await expect(selectSpan(ALL, whole(3, 4), {})).rejects.toBeInstanceOf(DocumentChangedError);
  });
});

describe("commenting", () => {
  const evidence = { startParagraph: 4, startOffset: 31, endParagraph: 4, endOffset: 52 };
  const anchor = { paragraph: 4, text: "anywhere in the world", occurrence: 0 };

  it("anchors the comment exactly on the evidence text", async () => {
    const word = installWordMock({ paragraphs: PARAGRAPHS });
    await addComment(ALL, evidence, { start: anchor, end: anchor }, "ClauseLens: Worldwide\nAsk: Japan only");
    expect(word.operations.filter((o) => o.op === "search")).toHaveLength(2);
    expect(word.operations.at(-1)).toEqual({
      op: "insertComment",
      from: { paragraph: 4, edge: "Start", offset: 31 },
      to: { paragraph: 4, edge: "End", offset: 52 },
      text: "ClauseLens: Worldwide\nAsk: Japan only",
    });
    expect(word.syncs()).toBe(3);
  });

  it("comments on whole paragraphs without searching", async () => {
    const word = installWordMock({ paragraphs: PARAGRAPHS });
    await addComment(ALL, whole(3, 4), {}, "note");
    expect(word.operations).toEqual([{ op: "insertComment", from: { paragraph: 3, edge: "Start" }, to: { paragraph: 4, edge: "End" }, text: "note" }]);
    expect(word.syncs()).toBe(2);
  });

  it("without WordApi 1.4 says so and touches nothing", async () => {
    const word = installWordMock({ paragraphs: PARAGRAPHS, wordApi: ["1.1", "1.2", "1.3"] });
    await expect(addComment({ ...ALL, comments: false }, evidence, { start: anchor }, "note")).rejects.toBeInstanceOf(UnsupportedError);
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
