// @vitest-environment happy-dom
// "Show in document", "Accept" and "Reject" under each change of a comparison: what the reviewer
// clicks, what reaches Word (faked here; office-addin-mock covers the Word side in
// trackedChanges.test.ts), and what the pane says, in English and Japanese. In the browser the
// change is shown in the contract view.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PaneController } from "../src/core/controller";
import type { DraftComparison } from "../src/core/compare";
import { browserDecisionStore } from "../src/core/decisionStore";
import { fingerprint } from "../src/core/fingerprint";
import { setUiLanguage } from "../src/core/i18n";
import type { ChangeTarget, ResolveOutcome, ShowOutcome } from "../src/core/redlineTargets";
import { ReviewController } from "../src/core/review";
import { mountPane } from "../src/ui/app";
import { mountCompare, type CompareServices } from "../src/ui/compare";
import { PARAGRAPHS, aChange, aClause, aComparison, aFinding, aResult } from "./builders";
import { fakeApi } from "./fakes";

let root: HTMLElement;
beforeEach(() => {
  setUiLanguage("en");
  root = document.createElement("div");
  document.body.append(root);
});
afterEach(() => {
  root.remove();
  setUiLanguage("en");
});

const tick = async (): Promise<void> => {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
};
const $ = <T extends HTMLElement = HTMLElement>(selector: string): T => {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};
const status = (index: number): string => $(`[data-index="${index}"] .change-status`).textContent ?? "";

const WIDER = aFinding({ id: "nc-territory/c2", clauseId: "c2", severity: "high", title: "Non-compete is worldwide" });

// Against the builders' contract: clause 2 changed (a new finding), clause 3 moved, a clause 4 of the earlier draft removed.
function comparison(): DraftComparison {
  const after = aResult();
  const before = aResult({ clauses: [...aResult().clauses, aClause({ id: "c4", number: "4.", heading: "Audit", paragraphStart: 7, paragraphEnd: 7 })] });
  return aComparison(
    before,
    after,
    [
      aChange({ kind: "changed", beforeClauseId: "c2", afterClauseId: "c2", labels: ["non_compete"], similarity: 0.4, newFindingIds: [WIDER.id] }),
      aChange({ kind: "moved", beforeClauseId: "c3", afterClauseId: "c3", labels: ["governing_law"], textChanged: false, similarity: 1 }),
      aChange({ kind: "removed", beforeClauseId: "c4", afterClauseId: null }),
    ],
    { new: [WIDER] },
  );
}

// The redline as Word holds it: every paragraph of both readings in place, plus the deleted clause 4 at the end.
const EARLIER = [...PARAGRAPHS, "4. Audit"];
function wordServices(overrides: Partial<CompareServices> = {}): CompareServices {
  return {
    compare: vi.fn(async () => comparison()),
    paragraphsOf: vi.fn(async () => EARLIER),
    currentParagraphs: vi.fn(async () => PARAGRAPHS),
    readRedline: vi.fn(async () => ({ before: EARLIER, after: PARAGRAPHS, trackedChanges: 3, beforeAt: EARLIER.map((_, i) => i), afterAt: PARAGRAPHS.map((_, i) => i) })),
    showChange: vi.fn(async (): Promise<ShowOutcome> => ({ how: "tracked", count: 1 })),
    resolveChange: vi.fn(async (): Promise<ResolveOutcome> => ({ how: "done", count: 1, removedParagraphs: 0 })),
    playbook: () => "p",
    ...overrides,
  };
}

async function redlineShown(services: CompareServices): Promise<void> {
  root.append(mountCompare(services));
  $("[data-key=redline]").click();
  await tick();
}

describe("showing a change of a redline in Word", () => {
  it("selects the change's clause, paragraphs of both readings, and says its tracked change is selected", async () => {
    const services = wordServices();
    await redlineShown(services);
    $("[data-key=show-change-0]").click();
    await tick();
    const target = vi.mocked(services.showChange!).mock.calls[0]![0] as ChangeTarget;
    expect(target).toMatchObject({ first: 3, last: 4, check: { paragraph: 3, reading: "current", text: "2. Non-compete" } });
    expect(vi.mocked(services.showChange!).mock.calls[0]![1]).toBe(true);
    expect(status(0)).toBe("Its tracked change is selected in the document.");
  });

  it("shows a deleted clause where the deletion is tracked", async () => {
    const services = wordServices();
    await redlineShown(services);
    $("[data-key=show-change-2]").click();
    await tick();
    expect(vi.mocked(services.showChange!).mock.calls[0]![0]).toMatchObject({ first: 7, last: 7, check: { reading: "original", text: "4. Audit" } });
  });

  it("a finding listed under a change leads to that change", async () => {
    const services = wordServices();
    await redlineShown(services);
    $(`[data-key="show-finding-${WIDER.id}"]`).click();
    await tick();
    expect(services.showChange).toHaveBeenCalledTimes(1);
    expect(status(0)).toContain("selected in the document");
  });

  it.each([
    [{ how: "text" } as ShowOutcome, "the clause's opening words were found and are selected instead"],
    [{ how: "none" } as ShowOutcome, "could not be found in the document"],
    [{ how: "clause" } as ShowOutcome, "holds no tracked change"],
  ])("says what was shown when the tracked change was not: %o", async (outcome, words) => {
    await redlineShown(wordServices({ showChange: vi.fn(async () => outcome) }));
    $("[data-key=show-change-0]").click();
    await tick();
    expect(status(0)).toContain(words);
  });

  it("says when Word fails instead of failing silently", async () => {
    await redlineShown(wordServices({ showChange: vi.fn(async () => Promise.reject(new Error("GeneralException"))) }));
    $("[data-key=show-change-0]").click();
    await tick();
    expect($("[data-index='0'] .change-status").className).toContain("error");
    expect(status(0)).toContain("Word could not do that");
  });

  it("accepts a change's tracked changes, marks it done and takes its buttons away so it cannot act twice", async () => {
    const services = wordServices();
    await redlineShown(services);
    $("[data-key=accept-change-0]").click();
    await tick();
    expect(services.resolveChange).toHaveBeenCalledWith(expect.objectContaining({ first: 3, last: 4 }), "accept");
    expect(status(0)).toContain("Accepted: its tracked change is now part of the document.");
    expect($("[data-index='0']").dataset.resolved).toBe("accept");
    expect($("[data-index='0'] .change-resolved").textContent).toBe("Accepted");
    expect(root.querySelector("[data-key=accept-change-0]")).toBeNull();
    expect(root.querySelector("[data-key=reject-change-0]")).toBeNull();
    // Still there: the clause can be found again.
    expect(root.querySelector("[data-key=show-change-0]")).not.toBeNull();
  });

  it("says nothing was edited when the document moved on, and lets the reviewer try again", async () => {
    await redlineShown(wordServices({ resolveChange: vi.fn(async (): Promise<ResolveOutcome> => ({ how: "moved" })) }));
    $("[data-key=reject-change-0]").click();
    await tick();
    expect(status(0)).toContain("nothing was accepted or rejected");
    expect($<HTMLButtonElement>("[data-key=reject-change-0]").disabled).toBe(false);
  });

  it("offers no Accept/Reject for half of a move, nor without WordApi 1.6", async () => {
    await redlineShown(wordServices());
    expect(root.querySelector("[data-key=show-change-1]")).not.toBeNull();
    expect(root.querySelector("[data-key=accept-change-1]")).toBeNull();
    root.replaceChildren();
    await redlineShown(wordServices({ resolveChange: undefined }));
    expect(root.querySelector("[data-key=accept-change-0]")).toBeNull();
  });

  it("speaks Japanese in the Japanese pane", async () => {
    setUiLanguage("ja");
    await redlineShown(wordServices());
    expect($("[data-key=show-change-0]").textContent).toBe("文書で表示");
    expect($("[data-key=accept-change-0]").textContent).toBe("承諾");
    $("[data-key=show-change-0]").click();
    await tick();
    expect(status(0)).toBe("この変更履歴を文書で選択しました。");
  });
});

describe("showing a change compared with an earlier draft file in Word", () => {
  it("selects the clause, offers no Accept/Reject, and says why a removed clause has no button", async () => {
    const services = wordServices({ showChange: vi.fn(async (): Promise<ShowOutcome> => ({ how: "clause" })) });
    root.append(mountCompare(services));
    const input = $<HTMLInputElement>("#earlier-draft");
    Object.defineProperty(input, "files", { value: [new File(["x"], "v1.docx")] });
    input.dispatchEvent(new Event("change"));
    await tick();
    $("[data-key=show-change-0]").click();
    await tick();
    expect(vi.mocked(services.showChange!).mock.calls[0]![1]).toBe(false);
    expect(status(0)).toBe("The clause is selected in the document.");
    expect(root.querySelector("[data-key=accept-change-0]")).toBeNull();
    expect(root.querySelector("[data-key=show-change-2]")).toBeNull();
    expect($("[data-key=change-note-2]").textContent).toContain("only the earlier draft has this clause");
  });
});

describe("showing a change in the browser", () => {
  async function browserPane() {
    const pane = new PaneController(fakeApi());
    const storage = new Map<string, string>();
    const kv = { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v) };
    const review = new ReviewController((p) => browserDecisionStore(kv, fingerprint(p)), () => "local");
    const compare: CompareServices = {
      compare: vi.fn(async () => comparison()),
      paragraphsOf: vi.fn(async () => EARLIER),
      currentParagraphs: async () => (pane.state.result ? pane.state.paragraphs : undefined),
      playbook: () => "p",
    };
    mountPane(root, pane, undefined, { review, services: { issuesXlsx: vi.fn() }, compare });
    const analyse = async (paragraphs: string[]): Promise<void> => {
      $<HTMLTextAreaElement>("#contract-text").value = paragraphs.join("\n");
      $("[data-key=analyse-text]").click();
      await tick();
    };
    await analyse(PARAGRAPHS);
    const input = $<HTMLInputElement>("#earlier-draft");
    Object.defineProperty(input, "files", { value: [new File(["x"], "v1.docx")] });
    input.dispatchEvent(new Event("change"));
    await tick();
    return { pane, analyse };
  }

  it("scrolls to the clause in the contract view and highlights it", async () => {
    const { pane } = await browserPane();
    $("[data-key=show-change-0]").click();
    await tick();
    const located = [...root.querySelectorAll<HTMLElement>(".contract-body .is-located")];
    expect(located.length).toBeGreaterThan(0);
    expect(located.every((e) => e.dataset.clauseId === "c2")).toBe(true);
    expect(pane.state.currentClauseId).toBe("c2");
    expect(status(0)).toBe("The clause is highlighted in the contract view.");
    // Narrow, the contract is below the pane: the reader can go back to the change.
    $("[data-key=back-to-change]").click();
    expect(document.activeElement).toBe($("[data-key=show-change-0]"));
    // Another change moves the highlight.
    $("[data-key=show-change-1]").click();
    await tick();
    expect([...root.querySelectorAll<HTMLElement>(".contract-body .is-located")].every((e) => e.dataset.clauseId === "c3")).toBe(true);
    expect(root.querySelector("[data-key=accept-change-0]")).toBeNull();
  });

  it("says so when the contract shown is no longer the one compared", async () => {
    const { analyse } = await browserPane();
    await analyse(PARAGRAPHS.map((p, i) => (i === 3 ? "2. Exclusivity" : p)));
    $("[data-key=show-change-0]").click();
    await tick();
    expect(root.querySelector(".contract-body .is-located")).toBeNull();
    expect(status(0)).toContain("no longer the one that was compared");
  });
});
