import { describe, expect, it } from "vitest";
import { NetworkError, ProblemError } from "../src/api/problems";
import { PaneController } from "../src/core/controller";
import { PARAGRAPHS, aResult } from "./builders";
import { FakeWord, fakeApi } from "./fakes";

describe("analysing in Word", () => {
  it("sends the document's paragraphs with the chosen playbook and shows the result", async () => {
    const api = fakeApi();
    const pane = new PaneController(api, new FakeWord(PARAGRAPHS));
    await pane.loadPlaybooks();
    pane.choosePlaybook("strict-nda");
    await pane.analyseDocument();
    expect(api.analyzeParagraphs).toHaveBeenCalledWith(PARAGRAPHS, "strict-nda", expect.any(AbortSignal), { language: "en" });
    expect(pane.state.phase).toBe("ready");
    expect(pane.state.result?.findings).toHaveLength(4);
  });

  it("shows progress while the server works", async () => {
    let release!: () => void;
    const api = fakeApi();
    api.analyzeParagraphs.mockImplementation(() => new Promise((resolve) => (release = () => resolve(aResult()))));
    const pane = new PaneController(api, new FakeWord(PARAGRAPHS));
    const done = pane.analyseDocument();
    await Promise.resolve();
    await Promise.resolve();
    expect(pane.state.phase).toBe("analysing");
    expect(pane.state.progress).toBe(`Analysing ${PARAGRAPHS.length} paragraphs…`);
    release();
    await done;
    expect(pane.state.progress).toBeUndefined();
  });

  it("shows the server's problem detail and retries on request", async () => {
    const api = fakeApi();
    api.analyzeParagraphs.mockRejectedValueOnce(new ProblemError(413, { detail: "The document is over 2 MB." }));
    const pane = new PaneController(api, new FakeWord(PARAGRAPHS));
    await pane.analyseDocument();
    expect(pane.state).toMatchObject({ phase: "error", error: "The document is over 2 MB." });
    await pane.retry();
    expect(pane.state.phase).toBe("ready");
    expect(pane.state.error).toBeUndefined();
    expect(api.analyzeParagraphs).toHaveBeenCalledTimes(2);
  });

  it("says in plain words when the server cannot be reached", async () => {
    const api = fakeApi();
    api.analyzeParagraphs.mockRejectedValueOnce(new NetworkError(new TypeError("Failed to fetch")));
    const pane = new PaneController(api, new FakeWord(PARAGRAPHS));
    await pane.analyseDocument();
    expect(pane.state.error).toMatch(/Could not reach the ClauseLens server/);
  });

  it("starts on the playbook for the contract's type, keeps it and says so when the list cannot be loaded", async () => {
    const api = fakeApi();
    api.listPlaybooks.mockRejectedValueOnce(new NetworkError(new TypeError("offline")));
    const pane = new PaneController(api, new FakeWord(PARAGRAPHS));
    await pane.loadPlaybooks();
    expect(pane.state.playbookId).toBe("");
    expect(pane.state.notice?.tone).toBe("warning");
  });

  it("knows the clause at the selection once analysed", async () => {
    const word = new FakeWord(PARAGRAPHS);
    word.selectedParagraph = 4;
    const pane = new PaneController(fakeApi(), word);
    await pane.analyseDocument();
    expect(pane.state.currentClauseId).toBe("c2");
  });
});

describe("after the analysis", () => {
  async function analysed(word = new FakeWord([...PARAGRAPHS])) {
    const pane = new PaneController(fakeApi(), word);
    await pane.analyseDocument();
    return { pane, word };
  }

  it("selecting a finding selects its clause's paragraphs in Word", async () => {
    const { pane, word } = await analysed();
    await pane.selectFinding("f-nc");
    expect(word.selections).toEqual([{ span: { startParagraph: 3, startOffset: 0, endParagraph: 4, endOffset: PARAGRAPHS[4]!.length }, anchors: {} }]);
    expect(pane.state).toMatchObject({ selectedFindingId: "f-nc", currentClauseId: "c2" });
  });

  it("selecting a missing-clause finding moves nothing in Word", async () => {
    const { pane, word } = await analysed();
    await pane.selectFinding("f-dr");
    expect(word.selections).toEqual([]);
    expect(pane.state.selectedFindingId).toBe("f-dr");
  });

  it("comments on the evidence with the title and the ask", async () => {
    const { pane, word } = await analysed();
    await pane.addComment("f-nc");
    expect(word.comments).toEqual([
      {
        span: { startParagraph: 4, startOffset: 31, endParagraph: 4, endOffset: 52 },
        anchors: {
          start: { paragraph: 4, text: "anywhere in the world", occurrence: 0 },
          end: { paragraph: 4, text: "anywhere in the world", occurrence: 0 },
        },
        text: "ClauseLens: Non-compete is worldwide\nAsk: What to ask for.",
      },
    ]);
    expect(pane.state.notice).toEqual({ text: "Comment added.", tone: "success", findingId: "f-nc" });
  });

  it("inserts the fallback in place of the clause as a tracked change", async () => {
    const { pane, word } = await analysed();
    await pane.insertFallback("f-nc");
    expect(word.inserts).toEqual([{ target: { kind: "replaceParagraphs", start: 3, end: 4 }, text: "The Supplier shall not compete in Japan for 12 months." }]);
  });

  it("inserts a missing clause after the selection when asked", async () => {
    const { pane, word } = await analysed();
    await pane.insertFallback("f-dr", "selection");
    expect(word.inserts[0]?.target).toEqual({ kind: "afterSelection" });
  });

  it("marks the results stale when the document changes, and refuses to edit", async () => {
    const { pane, word } = await analysed();
    word.paragraphs.splice(1, 0, "A new paragraph.");
    await pane.refreshFromDocument();
    expect(pane.state.stale).toBe(true);
    await pane.insertFallback("f-nc");
    await pane.addComment("f-nc");
    expect(word.inserts).toEqual([]);
    expect(word.comments).toEqual([]);
  });

  it("checks the document is unchanged right before editing, even without a selection event", async () => {
    const { pane, word } = await analysed();
    word.paragraphs[4] = "Edited.";
    await pane.addComment("f-nc");
    expect(word.comments).toEqual([]);
    expect(pane.state.stale).toBe(true);
    expect(pane.state.notice?.tone).toBe("warning");
  });

  it("re-analysis after edits refreshes the paragraphs and clears staleness", async () => {
    const { pane, word } = await analysed();
    word.paragraphs.push("4. Arbitration");
    await pane.refreshFromDocument();
    expect(pane.state.stale).toBe(true);
    await pane.analyseDocument();
    expect(pane.state.stale).toBe(false);
    expect(pane.state.paragraphs).toHaveLength(PARAGRAPHS.length + 1);
    await pane.addComment("f-nc");
    expect(word.comments).toHaveLength(1);
  });

  it("updates the current clause as the selection moves", async () => {
    const { pane, word } = await analysed();
    word.selectedParagraph = 6;
    await pane.refreshFromDocument();
    expect(pane.state.currentClauseId).toBe("c3");
  });

  it("without WordApi 1.4 explains why it cannot comment or insert", async () => {
    const word = new FakeWord([...PARAGRAPHS], { ranges: true, comments: false, trackedChanges: false });
    const { pane } = await analysed(word);
    await pane.addComment("f-nc");
    expect(pane.state.notice?.text).toMatch(/cannot add comments/);
    await pane.insertFallback("f-nc");
    expect(pane.state.notice?.text).toMatch(/cannot track changes/);
    expect(word.comments).toEqual([]);
    expect(word.inserts).toEqual([]);
  });

  it("reports a Word failure without losing the results", async () => {
    const { pane, word } = await analysed();
    word.addComment = async () => {
      throw new Error("GeneralException");
    };
    await pane.addComment("f-nc");
    expect(pane.state.notice).toEqual({ text: "Word could not do that. Try again.", tone: "error", findingId: "f-nc" });
    expect(pane.state.phase).toBe("ready");
  });
});

describe("in the browser", () => {
  it("analyses pasted text one paragraph per line", async () => {
    const api = fakeApi();
    const pane = new PaneController(api);
    await pane.analyseText("First.\n\n  Second.  \n");
    expect(api.analyzeParagraphs.mock.calls[0]?.[0]).toEqual(["First.", "Second."]);
    expect(pane.state.paragraphs).toEqual(["First.", "Second."]);
  });

  it("shows an uploaded file with the paragraphs the server extracted", async () => {
    const api = fakeApi(aResult({ paragraphs: PARAGRAPHS }));
    const pane = new PaneController(api);
    await pane.analyseFile(new Blob(["x"]), "contract.docx");
    expect(api.analyzeFile).toHaveBeenCalledWith(expect.any(Blob), "contract.docx", undefined, expect.any(AbortSignal), { language: "en" });
    expect(pane.state.paragraphs).toEqual(PARAGRAPHS);
    expect(pane.state.result && "paragraphs" in pane.state.result).toBe(false);
  });

  it("clicking a clause shows it as the current clause; an unknown id changes nothing", async () => {
    const pane = new PaneController(fakeApi());
    await pane.analyseText(PARAGRAPHS.join("\n"));
    pane.showClause("c1");
    expect(pane.state.currentClauseId).toBe("c1");
    pane.showClause("nope");
    expect(pane.state.currentClauseId).toBe("c1");
  });

  it("a newer analysis wins over an older one still running", async () => {
    const api = fakeApi();
    const slow = aResult({ modelVersion: "slow" });
    api.analyzeParagraphs.mockImplementationOnce(
      (_p, _b, signal) => new Promise((resolve, reject) => signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))) ?? resolve(slow)),
    );
    const pane = new PaneController(api);
    const first = pane.analyseText("One.");
    await pane.analyseText("Two.");
    await first;
    expect(pane.state.phase).toBe("ready");
    expect(pane.state.paragraphs).toEqual(["Two."]);
  });
});

describe("overlapping analyses", () => {
  it("an older answer arriving late does not replace the newer one", async () => {
    const api = fakeApi();
    let answerOld!: () => void;
    api.analyzeParagraphs.mockImplementationOnce(() => new Promise((resolve) => (answerOld = () => resolve(aResult({ modelVersion: "old" })))));
    api.analyzeParagraphs.mockImplementationOnce(async () => aResult({ modelVersion: "new" }));
    const pane = new PaneController(api);
    const first = pane.analyseText("One.");
    await pane.analyseText("Two.");
    answerOld();
    await first;
    expect(pane.state.result?.modelVersion).toBe("new");
    expect(pane.state.paragraphs).toEqual(["Two."]);
  });
});

describe("clauses inside paragraphs", () => {
  it("selects a clause that starts inside a paragraph by searching for its text", async () => {
    const paragraphs = ["4 Exclusivity none. 5 Royalties of 5% are due."];
    const result = aResult({
      clauses: [
        { id: "c4", kind: "section", paragraphStart: 0, paragraphEnd: 0, start: 0, end: 20, labels: [] },
        { id: "c5", kind: "section", paragraphStart: 0, paragraphEnd: 0, start: 20, end: 46, labels: [] },
      ],
      findings: [aResult().findings[0]!].map((f) => ({ ...f, clauseId: "c5", evidence: null })),
    });
    const word = new FakeWord(paragraphs);
    const pane = new PaneController(fakeApi(result), word);
    await pane.analyseDocument();
    await pane.selectFinding("f-nc");
    expect(word.selections[0]).toEqual({
      span: { startParagraph: 0, startOffset: 20, endParagraph: 0, endOffset: 46 },
      anchors: { start: { paragraph: 0, text: "5 Royalties of 5% are due.", occurrence: 0 } },
    });
  });
});

describe("text the server cleans", () => {
  it("sends Word paragraphs cleaned as the server cleans them, so offsets line up", async () => {
    const api = fakeApi();
    const word = new FakeWord(["Symbol \uF0B7 bullet", "Line\u000bbreak"]);
    const pane = new PaneController(api, word);
    await pane.analyseDocument();
    expect(api.analyzeParagraphs.mock.calls[0]?.[0]).toEqual(["Symbol  bullet", "Line break"]);
  });

  it("does not call an unchanged document stale because of characters the server drops", async () => {
    const word = new FakeWord(["Symbol \uF0B7 bullet", ...PARAGRAPHS.slice(1)]);
    const pane = new PaneController(fakeApi(), word);
    await pane.analyseDocument();
    await pane.refreshFromDocument();
    expect(pane.state.stale).toBe(false);
  });
});

describe("the negotiation brief", () => {
  it("is prepared from the analysed paragraphs with the playbook that produced the findings", async () => {
    const api = fakeApi();
    const pane = new PaneController(api, new FakeWord(PARAGRAPHS));
    await pane.analyseDocument();
    const brief = await pane.prepareBrief();
    expect(api.brief).toHaveBeenCalledWith(PARAGRAPHS, aResult().playbook.id, undefined, { language: "en" });
    expect(await brief?.text()).toBe("<h1>Brief</h1>");
    expect(pane.state.notice?.tone).toBe("success");
  });

  it("asks for an analysis first instead of calling the server", async () => {
    const api = fakeApi();
    const pane = new PaneController(api, new FakeWord(PARAGRAPHS));
    expect(await pane.prepareBrief()).toBeUndefined();
    expect(api.brief).not.toHaveBeenCalled();
    expect(pane.state.notice?.text).toContain("Analyse a contract first");
  });

  it("refuses stale results, so the brief never describes a different draft", async () => {
    const api = fakeApi();
    const word = new FakeWord(PARAGRAPHS);
    const pane = new PaneController(api, word);
    await pane.analyseDocument();
    word.paragraphs = [...PARAGRAPHS, "A new clause."];
    await pane.refreshFromDocument();
    expect(pane.state.stale).toBe(true);
    expect(await pane.prepareBrief()).toBeUndefined();
    expect(api.brief).not.toHaveBeenCalled();
  });

  it("says in plain words when the server cannot prepare it", async () => {
    const api = fakeApi();
    api.brief.mockRejectedValue(new ProblemError(422, { status: 422, title: "Unreadable", detail: "The contract could not be read." }));
    const pane = new PaneController(api, new FakeWord(PARAGRAPHS));
    await pane.analyseDocument();
    expect(await pane.prepareBrief()).toBeUndefined();
    expect(pane.state.notice).toMatchObject({ tone: "error" });
    expect(pane.state.notice?.text).toContain("The contract could not be read.");
  });
});
