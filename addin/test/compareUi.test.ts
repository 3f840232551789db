// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { DraftComparison } from "../src/core/compare";
import { mountCompare, type CompareServices } from "../src/ui/compare";
import { aChange, aComparison, aFinding, aResult } from "./builders";

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement("div");
  document.body.append(root);
});
afterEach(() => root.remove());

const tick = async (): Promise<void> => {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
};

function comparison(): DraftComparison {
  const after = aResult();
  const wider = aFinding({ id: "nc-territory/c2", clauseId: "c2", severity: "high", title: "Non-compete is worldwide" });
  return aComparison(
    aResult(),
    after,
    [
      aChange({ kind: "changed", beforeClauseId: "c2", afterClauseId: "c2", labels: ["non_compete"], similarity: 0.4, newFindingIds: [wider.id] }),
      aChange({ kind: "moved", beforeClauseId: "c3", afterClauseId: "c3", labels: ["governing_law"], textChanged: false, similarity: 1 }),
    ],
    { new: [wider] },
  );
}

function services(overrides: Partial<CompareServices> = {}): CompareServices {
  return {
    compare: vi.fn(async () => comparison()),
    paragraphsOf: vi.fn(async () => ["earlier"]),
    currentParagraphs: vi.fn(async () => ["now"]),
    playbook: () => "japan-sme-collaboration",
    ...overrides,
  };
}

describe("comparing drafts in the pane", () => {
  it("reads the redline's two states and lists each changed clause with the findings it brought", async () => {
    const fake = services({ readRedline: vi.fn(async () => ({ before: ["b"], after: ["a"], trackedChanges: 2, beforeAt: [0], afterAt: [0] })) });
    root.append(mountCompare(fake));
    root.querySelector<HTMLButtonElement>("[data-key=redline]")!.click();
    await tick();
    expect(fake.compare).toHaveBeenCalledWith(["b"], ["a"], "japan-sme-collaboration");
    expect(root.querySelector(".comparison-summary")!.textContent).toBe("2 clauses changed · 1 new, 0 resolved findings");
    const changed = root.querySelector("[data-change=changed]")!;
    expect(changed.textContent).toContain("Changed 2. Non-compete");
    expect(changed.textContent).toContain("New: Non-compete is worldwide (High)");
    expect(root.querySelector("[data-change=moved]")!.textContent).toContain("Moved 3. Governing law");
  });

  it("lists a new finding on a clause that did not change, so every finding counted is shown", async () => {
    const unused = aFinding({ id: "drafting/unused_definition/c1", clauseId: "c1", severity: "low", title: "A defined term is never used" });
    const base = comparison();
    const fake = services({ compare: vi.fn(async () => ({ ...base, findings: { ...base.findings, new: [...base.findings.new, unused] } })), readRedline: vi.fn(async () => ({ before: ["b"], after: ["a"], trackedChanges: 1, beforeAt: [0], afterAt: [0] })) });
    root.append(mountCompare(fake));
    root.querySelector<HTMLButtonElement>("[data-key=redline]")!.click();
    await tick();
    expect(root.querySelector(".comparison-summary")!.textContent).toContain("2 new");
    expect([...root.querySelectorAll(".change-document")].map((p) => p.textContent)).toEqual(["New: A defined term is never used (Low), in 1. Confidentiality, which did not change"]);
  });

  it("says when there are no tracked changes, without calling the server", async () => {
    const fake = services({ readRedline: vi.fn(async () => ({ before: [], after: [], trackedChanges: 0, beforeAt: [], afterAt: [] })) });
    root.append(mountCompare(fake));
    root.querySelector<HTMLButtonElement>("[data-key=redline]")!.click();
    await tick();
    expect(fake.compare).not.toHaveBeenCalled();
    expect(root.textContent).toContain("no tracked changes");
  });

  it("on older Word says what is unavailable instead of offering the button", () => {
    root.append(mountCompare(services({ redlineUnavailable: "needs Word API 1.6" })));
    expect(root.querySelector("[data-key=redline]")).toBeNull();
    expect(root.querySelector(".redline-note")!.textContent).toBe("needs Word API 1.6");
  });

  it("compares an earlier draft file with the current document", async () => {
    const fake = services();
    root.append(mountCompare(fake));
    const input = root.querySelector<HTMLInputElement>("#earlier-draft")!;
    Object.defineProperty(input, "files", { value: [new File(["x"], "v1.docx")] });
    input.dispatchEvent(new Event("change"));
    await tick();
    expect(fake.compare).toHaveBeenCalledWith(["earlier"], ["now"], "japan-sme-collaboration");
  });
});
