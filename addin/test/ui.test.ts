// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import { ProblemError } from "../src/api/problems";
import { PaneController } from "../src/core/controller";
import { mountPane } from "../src/ui/app";
import { PARAGRAPHS, aResult } from "./builders";
import { useRoot } from "./dom";
import { FakeWord, fakeApi } from "./fakes";

const dom = useRoot();
const { $, $$, texts, choose } = dom;

async function pasteAndAnalyse(pane: PaneController, text = PARAGRAPHS.join("\n")): Promise<void> {
  $<HTMLTextAreaElement>("#contract-text").value = text;
  $<HTMLButtonElement>("[data-key=analyse-text]").click();
  await settle(pane);
}

async function settle(pane: PaneController): Promise<void> {
  for (let i = 0; i < 20 && pane.state.phase === "analysing"; i++) await new Promise((r) => setTimeout(r, 0));
}

describe("browser mode", () => {
  it("offers paste and upload, each with a label", () => {
    mountPane(dom.root, new PaneController(fakeApi()));
    expect($("label[for=contract-text]").textContent).toBe("Contract text");
    expect($("label[for=contract-file]").textContent).toMatch(/upload a file/);
    expect($<HTMLInputElement>("#contract-file").accept).toBe(".docx,.pdf,.html,.htm,.txt");
  });

  it("lists the server's playbooks in the picker", async () => {
    const pane = new PaneController(fakeApi());
    mountPane(dom.root, pane);
    await pane.loadPlaybooks();
    expect(texts("#playbook option")).toEqual(["By contract type (automatic)", "Japan SME collaboration (v1.0)", "Strict NDA (v2.1)"]);
  });

  it("shows the summary, missing core clauses and findings grouped by severity", async () => {
    const pane = new PaneController(fakeApi());
    mountPane(dom.root, pane);
    await pasteAndAnalyse(pane);
    expect(texts(".severity-counts li")).toEqual(["2 High", "0 Medium", "1 Low", "0 Info"]);
    expect(texts(".missing li")).toEqual(["Dispute resolution"]);
    expect(texts(".severity-group h3")).toEqual(["High (2)", "Low (1)"]);
    expect(texts(".severity-group.sev-high .clause-group-title")).toEqual(["Not in the contract", "2. Non-compete"]);
    expect($("[data-finding=f-nc] .fallback blockquote").textContent).toBe("The Supplier shall not compete in Japan for 12 months.");
    // Every card quotes what it relied on, or says where it looked.
    expect($("[data-finding=f-nc] .evidence-quote").textContent).toBe("anywhere in the world");
    expect($("[data-finding=f-dr] .looked-in").textContent).toBe("Looked in: the whole contract; no clause covers it.");
    expect($("[data-finding=f-nc] .ask").textContent).toBe("Ask for: What to ask for.");
    expect($("[data-finding=f-nc] .detail").textContent).toBe("Found: worldwide; limit: named countries");
    expect($$("[data-finding=f-nda] .detail")).toHaveLength(0);
    // A passed check says what is there, never the rule's title (an older server sends no statements).
    expect(texts(".passed li")).not.toContain("Governing law is named");
    expect(texts(".passed li")[0]).toMatch(/^Governing law: /);
  });

  it("shows the contract with its clauses and no Word buttons", async () => {
    const pane = new PaneController(fakeApi());
    mountPane(dom.root, pane);
    await pasteAndAnalyse(pane);
    expect($$(".contract-body [data-paragraph]")).toHaveLength(PARAGRAPHS.length);
    expect($$(".contract-body [data-clause-start]").map((s) => s.dataset.clauseId)).toEqual(["c0", "c1", "c2", "c3"]);
    expect($$(".contract-body [data-clause-id=c2]").every((s) => s.classList.contains("has-sev-high"))).toBe(true);
    expect($(".contract-body [data-clause-id=c2] .clause-tag").textContent).toBe("2. Non-compete · Non-compete");
    expect($$(".actions")).toHaveLength(0);
  });

  it("clicking a finding highlights its clause and marks the evidence", async () => {
    const pane = new PaneController(fakeApi());
    mountPane(dom.root, pane);
    await pasteAndAnalyse(pane);
    $<HTMLButtonElement>("[data-finding=f-nc] .finding-title").click();
    const clause = $("[data-clause-id=c2][data-clause-start]");
    expect($$(".contract-body .is-selected").map((s) => s.dataset.clauseId)).toEqual(["c2", "c2"]);
    expect(clause.getAttribute("aria-current")).toBe("true");
    expect($("mark.evidence").textContent).toBe("anywhere in the world");
    expect($("[data-finding=f-nc] .finding-title").getAttribute("aria-pressed")).toBe("true");
    expect(document.activeElement).toBe(clause);
  });

  it("clicking a clause in the contract shows its labels", async () => {
    const pane = new PaneController(fakeApi());
    mountPane(dom.root, pane);
    await pasteAndAnalyse(pane);
    $("[data-paragraph='4'] [data-clause-id=c2]").click();
    expect($(".current-clause .clause-name").textContent).toBe("2. Non-compete");
    expect(texts(".current-clause .label-chip")).toEqual(["Non-compete 88%"]);
    expect($(".current-clause").textContent).toMatch(/Possibly also: Term and termination 41%/);
  });

  it("shows a problem a retry cannot fix in plain words, with no Retry button", async () => {
    for (const status of [400, 413, 415, 422]) {
      const api = fakeApi();
      api.analyzeParagraphs.mockRejectedValueOnce(new ProblemError(status, { title: "Refused", detail: "The contract has no text to analyse." }));
      const pane = new PaneController(api);
      mountPane(dom.root, pane);
      await pasteAndAnalyse(pane, "   ");
      expect($("[role=alert] p").textContent).toMatch(/The contract has no text to analyse\.$/);
      expect($$("[data-key=retry]")).toHaveLength(0);
    }
  });

  it("shows a server problem in plain words with a Retry button that works", async () => {
    const api = fakeApi();
    api.analyzeParagraphs.mockRejectedValueOnce(new ProblemError(503, { title: "Service Unavailable", detail: "The server is busy." }));
    const pane = new PaneController(api);
    mountPane(dom.root, pane);
    await pasteAndAnalyse(pane, "   ");
    expect($("[role=alert] p").textContent).toMatch(/^The server is busy\./);
    $<HTMLButtonElement>("[data-key=retry]").click();
    await settle(pane);
    expect($$("[role=alert]")).toHaveLength(0);
  });

  it("disables analysing while an analysis runs and shows a progress bar", async () => {
    const api = fakeApi();
    let release!: () => void;
    api.analyzeParagraphs.mockImplementationOnce(() => new Promise((resolve) => (release = () => resolve(aResult()))));
    const pane = new PaneController(api);
    mountPane(dom.root, pane);
    $<HTMLTextAreaElement>("#contract-text").value = "One.";
    $<HTMLButtonElement>("[data-key=analyse-text]").click();
    await new Promise((r) => setTimeout(r, 0));
    expect($<HTMLButtonElement>("[data-key=analyse-text]").disabled).toBe(true);
    expect($("[role=progressbar]").getAttribute("aria-label")).toBe("Analysing");
    release();
    await settle(pane);
    expect($<HTMLButtonElement>("[data-key=analyse-text]").disabled).toBe(false);
  });
});

describe("Word mode", () => {
  it("offers comment and insert on each finding", async () => {
    const pane = new PaneController(fakeApi(), new FakeWord([...PARAGRAPHS]));
    mountPane(dom.root, pane);
    await pane.analyseDocument();
    expect(texts("[data-finding=f-nc] .actions button")).toEqual(["Comment", "Replace clause"]);
    expect(texts("[data-finding=f-dr] .actions button")).toEqual(["Insert at end", "Insert after selection"]);
    expect(texts("[data-finding=f-nda] .actions button")).toEqual(["Comment", "Insert fallback"]);
    expect($$(".contract-view")).toHaveLength(0);
  });

  it("says what is unavailable without WordApi 1.4 and disables those buttons", async () => {
    const word = new FakeWord([...PARAGRAPHS], { ranges: true, comments: false, trackedChanges: false });
    const pane = new PaneController(fakeApi(), word);
    mountPane(dom.root, pane);
    await pane.analyseDocument();
    expect($(".capability-note").textContent).toMatch(/need Word API 1\.4/);
    expect($$("[data-finding=f-nc] .actions button").every((b) => (b as HTMLButtonElement).disabled)).toBe(true);
  });

  it("clicking Comment adds the comment and says so", async () => {
    const word = new FakeWord([...PARAGRAPHS]);
    const pane = new PaneController(fakeApi(), word);
    mountPane(dom.root, pane);
    await pane.analyseDocument();
    $<HTMLButtonElement>("[data-key=comment-f-nc]").click();
    await new Promise((r) => setTimeout(r, 0));
    expect(word.comments).toHaveLength(1);
    expect($("[data-finding=f-nc] .finding-notice.success").textContent).toBe("Comment added.");
  });

  it("a stale analysis shows a banner, disables editing and re-analyses on request", async () => {
    const word = new FakeWord([...PARAGRAPHS]);
    const api = fakeApi();
    const pane = new PaneController(api, word);
    mountPane(dom.root, pane);
    await pane.analyseDocument();
    word.paragraphs.push("New text.");
    await pane.refreshFromDocument();
    expect($(".stale-region").textContent).toMatch(/changed since it was analysed/);
    expect($<HTMLButtonElement>("[data-key=comment-f-nc]").disabled).toBe(true);
    $<HTMLButtonElement>("[data-key=reanalyse]").click();
    await settle(pane);
    expect(api.analyzeParagraphs).toHaveBeenCalledTimes(2);
    expect($$(".stale-region .message")).toHaveLength(0);
  });

  it("keeps keyboard focus on the finding button across re-renders", async () => {
    const pane = new PaneController(fakeApi(), new FakeWord([...PARAGRAPHS]));
    mountPane(dom.root, pane);
    await pane.analyseDocument();
    const button = $<HTMLButtonElement>("[data-key=select-f-nda]");
    button.focus();
    button.click();
    await new Promise((r) => setTimeout(r, 0));
    expect((document.activeElement as HTMLElement).dataset.key).toBe("select-f-nda");
  });
});

describe("playbook picker", () => {
  it("shows the server's name even when its id is the default one", async () => {
    const api = fakeApi();
    api.listPlaybooks.mockResolvedValueOnce([{ id: "japan-sme-collaboration", name: "Japan SME collaboration", version: "3.0" }]);
    const pane = new PaneController(api);
    mountPane(dom.root, pane);
    expect(texts("#playbook option")).toEqual(["By contract type (automatic)", "Default playbook"]);
    await pane.loadPlaybooks();
    expect(texts("#playbook option")).toEqual(["By contract type (automatic)", "Japan SME collaboration (v3.0)"]);
  });

  it("sets the reader's own playbooks apart from the built-in ones", async () => {
    const pane = new PaneController(fakeApi());
    mountPane(dom.root, pane);
    await pane.loadPlaybooks();
    expect(texts("#playbook optgroup[label='Built-in'] option")).toEqual(["Japan SME collaboration (v1.0)"]);
    expect(texts("#playbook optgroup[label='Your playbooks'] option")).toEqual(["Strict NDA (v2.1)"]);
  });

  it("shows no groups when every playbook is built in", async () => {
    const api = fakeApi();
    api.listPlaybooks.mockResolvedValueOnce([{ id: "japan-sme-collaboration", name: "Japan SME collaboration", version: "3.0", builtIn: true }]);
    const pane = new PaneController(api);
    mountPane(dom.root, pane);
    await pane.loadPlaybooks();
    expect($$("#playbook optgroup")).toHaveLength(0);
  });

  it("sends the playbook the reader picked", async () => {
    const api = fakeApi();
    const pane = new PaneController(api);
    mountPane(dom.root, pane);
    await pane.loadPlaybooks();
    choose("#playbook", "strict-nda");
    await pasteAndAnalyse(pane, "One.");
    expect(api.analyzeParagraphs.mock.calls[0]?.[1]).toBe("strict-nda");
  });
});

describe("back from the contract", () => {
  it("the selected clause offers a way back to its finding", async () => {
    const pane = new PaneController(fakeApi());
    mountPane(dom.root, pane);
    await pasteAndAnalyse(pane);
    $<HTMLButtonElement>("[data-finding=f-nc] .finding-title").click();
    $<HTMLButtonElement>("[data-clause-id=c2] .back-to-finding").click();
    expect($$(".back-to-finding")).toHaveLength(1);
    expect((document.activeElement as HTMLElement).dataset.key).toBe("select-f-nc");
  });
});

describe("fallback text", () => {
  it("Copy puts the fallback text on the clipboard", async () => {
    const written: string[] = [];
    Object.defineProperty(navigator, "clipboard", { value: { writeText: async (t: string) => void written.push(t) }, configurable: true });
    const pane = new PaneController(fakeApi());
    mountPane(dom.root, pane);
    await pasteAndAnalyse(pane);
    $<HTMLButtonElement>("[data-key=copy-f-nda]").click();
    await new Promise((r) => setTimeout(r, 0));
    expect(written).toEqual(["Information that is public is excluded."]);
    expect($("[data-key=copy-f-nda]").textContent).toBe("Copied");
  });

  it("where the clipboard is refused, selects the text for the reader to copy", async () => {
    Object.defineProperty(navigator, "clipboard", { value: { writeText: async () => Promise.reject(new Error("denied")) }, configurable: true });
    const pane = new PaneController(fakeApi());
    mountPane(dom.root, pane);
    await pasteAndAnalyse(pane);
    $<HTMLButtonElement>("[data-key=copy-f-nda]").click();
    await new Promise((r) => setTimeout(r, 0));
    expect(window.getSelection()?.toString()).toBe("Information that is public is excluded.");
    expect($("[data-key=copy-f-nda]").textContent).toMatch(/Ctrl\+C/);
  });
});

describe("screen readers", () => {
  it("announce once that the analysis is complete, with the counts", async () => {
    const pane = new PaneController(fakeApi());
    mountPane(dom.root, pane);
    await pasteAndAnalyse(pane);
    const status = $("[role=status].status");
    expect(status.textContent).toBe("Analysis complete: 2 high, 0 medium, 1 low.");
    const announced = status.firstElementChild;
    $<HTMLButtonElement>("[data-finding=f-nc] .finding-title").click();
    expect(status.firstElementChild).toBe(announced);
  });
});

describe("why it matters", () => {
  it("is folded away until the finding is selected, then open", async () => {
    const pane = new PaneController(fakeApi());
    mountPane(dom.root, pane);
    await pasteAndAnalyse(pane);
    expect($<HTMLDetailsElement>("[data-finding=f-nc] details.why").open).toBe(false);
    expect($("[data-finding=f-nc] details.why .explanation").textContent).toBe("Why it matters.");
    $<HTMLButtonElement>("[data-finding=f-nc] .finding-title").click();
    expect($<HTMLDetailsElement>("[data-finding=f-nc] details.why").open).toBe(true);
    expect($<HTMLDetailsElement>("[data-finding=f-nda] details.why").open).toBe(false);
  });
});

describe("rate limiting", () => {
  it("holds Retry back until the server's Retry-After has passed", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "Date"] });
    try {
      const api = fakeApi();
      api.analyzeParagraphs.mockRejectedValueOnce(new ProblemError(429, { title: "Too many requests" }, 10));
      const pane = new PaneController(api);
      mountPane(dom.root, pane);
      $<HTMLTextAreaElement>("#contract-text").value = "One.";
      $<HTMLButtonElement>("[data-key=analyse-text]").click();
      await vi.advanceTimersByTimeAsync(0);
      expect($("[role=alert] p").textContent).toBe("Too many requests. Try again in 10 seconds.");
      expect($<HTMLButtonElement>("[data-key=retry]").disabled).toBe(true);
      await vi.advanceTimersByTimeAsync(10_000);
      expect($<HTMLButtonElement>("[data-key=retry]").disabled).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
