// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PaneController } from "../src/core/controller";
import { browserDecisionStore } from "../src/core/decisionStore";
import { fingerprint } from "../src/core/fingerprint";
import { ReviewController } from "../src/core/review";
import { mountPane } from "../src/ui/app";
import { PARAGRAPHS } from "./builders";
import { fakeApi } from "./fakes";

let root: HTMLElement;
const storage = new Map<string, string>();
const kv = { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v) };

beforeEach(() => {
  storage.clear();
  root = document.createElement("div");
  document.body.append(root);
});

afterEach(() => root.remove());

const $ = <T extends HTMLElement = HTMLElement>(selector: string): T => {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};
const shown = (): string[] => [...root.querySelectorAll<HTMLElement>("article.finding")].map((e) => e.dataset.finding ?? "");
const tick = async (): Promise<void> => {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
};

async function analysedPane(xlsx = vi.fn(async () => new Blob(["x"]))) {
  const pane = new PaneController(fakeApi());
  const review = new ReviewController((p) => browserDecisionStore(kv, fingerprint(p)), () => "local", () => new Date("2026-12-07T09:15:00Z"));
  mountPane(root, pane, undefined, { review, services: { issuesXlsx: xlsx } });
  $<HTMLTextAreaElement>("#contract-text").value = PARAGRAPHS.join("\n");
  $("[data-key=analyse-text]").click();
  await tick();
  return { pane, review, xlsx };
}

describe("decisions in the pane", () => {
  it("marks a finding, shows who and when, and counts it", async () => {
    await analysedPane();
    $("[data-key=decide-f-nc-raised]").click();
    await tick();
    expect($("[data-key=decide-f-nc-raised]").getAttribute("aria-pressed")).toBe("true");
    expect($("[data-finding=f-nc] .decision-line").textContent).toBe("Raised with the other side · local · 2026-12-07 09:15 UTC");
    expect($("[data-key=filter-decision-raised] .count").textContent).toBe("1");
    expect($("[data-key=filter-decision-open] .count").textContent).toBe("2");
    expect($(".decision-place").textContent).toContain("kept in this browser");
  });

  it("filters by severity chip and by decision", async () => {
    await analysedPane();
    $("[data-key=decide-f-nc-resolved]").click();
    await tick();
    $("[data-key=filter-sev-high]").click();
    await tick();
    expect(shown()).toEqual(["f-dr", "f-nc"]);
    $("[data-key=filter-decision-open]").click();
    await tick();
    expect(shown()).toEqual(["f-dr"]);
    expect($(".filter-note").textContent).toBe("2 findings are hidden by the filters.");
    $("[data-key=clear-filters]").click();
    await tick();
    expect(shown()).toHaveLength(3);
  });

  it("saves a note with the decision", async () => {
    await analysedPane();
    $<HTMLTextAreaElement>("[data-key=note-f-nda]").value = "Agreed to add exclusions";
    $("[data-key=save-note-f-nda]").click();
    await tick();
    expect($<HTMLTextAreaElement>("[data-key=note-f-nda]").value).toBe("Agreed to add exclusions");
    expect(JSON.parse([...storage.values()][0]!).decisions["rule-f-nda@1."].note).toBe("Agreed to add exclusions");
  });

  it("keeps a note being typed when another decision re-renders the findings", async () => {
    await analysedPane();
    const note = $<HTMLTextAreaElement>("[data-key=note-f-nda]");
    note.value = "half-written";
    note.dispatchEvent(new Event("input"));
    $("[data-key=decide-f-nc-accepted]").click();
    await tick();
    expect($<HTMLTextAreaElement>("[data-key=note-f-nda]").value).toBe("half-written");
    expect(storage.size).toBe(1);
    expect([...storage.values()][0]).not.toContain("half-written");
  });

  it("sends the issue rows for the .xlsx and nothing else", async () => {
    const { xlsx } = await analysedPane();
    $("[data-key=export-xlsx]").click();
    await tick();
    expect(xlsx).toHaveBeenCalledTimes(1);
    const [rows] = xlsx.mock.calls[0] as unknown as [unknown[]];
    expect(rows).toHaveLength(3);
  });
});
