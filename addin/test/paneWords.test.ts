// @vitest-environment happy-dom
// What the pane says after an analysis: passed checks as statements, a text that is not a contract,
// results brought into view, results that follow the playbook picker, and its words in two languages.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PaneController } from "../src/core/controller";
import { count, messageTable, setUiLanguage, t, uiLanguageOf } from "../src/core/i18n";
import { detailParts } from "../src/core/quotes";
import { mountPane } from "../src/ui/app";
import { PARAGRAPHS, aResult } from "./builders";
import { useRoot } from "./dom";
import { fakeApi } from "./fakes";

const dom = useRoot();
const { $, $$, texts, choose } = dom;

beforeEach(() => setUiLanguage("en"));
afterEach(() => setUiLanguage("en"));

async function analyse(pane: PaneController): Promise<void> {
  $<HTMLTextAreaElement>("#contract-text").value = PARAGRAPHS.join("\n");
  $<HTMLButtonElement>("[data-key=analyse-text]").click();
  for (let i = 0; i < 20 && pane.state.phase === "analysing"; i++) await new Promise((r) => setTimeout(r, 0));
}

describe("passed checks", () => {
  it("lists the server's statements of what is there", async () => {
    const base = aResult();
    const pane = new PaneController(fakeApi({ ...base, passed: [{ findingId: "f-law", ruleId: "law", statement: "Governing law: Japan (clause 3)", clauseId: "c3" }] }));
    mountPane(dom.root, pane);
    await analyse(pane);
    expect(texts("[data-testid=passed-list] li")).toEqual(["Governing law: Japan (clause 3)"]);
  });
});

describe("finding details", () => {
  it("names what is missing and what is unsure instead of 'Found: not found'", () => {
    expect(detailParts("not found: an exclusion for independently developed information; unsure: a carve-out (a sentence reads like it)")).toEqual([
      { kind: "missing", text: "an exclusion for independently developed information" },
      { kind: "unsure", text: "a carve-out (a sentence reads like it)" },
    ]);
    expect(detailParts("60 months; limit 24 months")).toEqual([{ kind: "found", text: "60 months; limit 24 months" }]);
  });

  it("reads a Japanese result's detail the same way", () => {
    expect(detailParts("欠けている事項：独自に開発した情報の除外；判断できない事項：法令等に基づく開示の例外（該当しそうな文がある）")).toEqual([
      { kind: "missing", text: "独自に開発した情報の除外" },
      { kind: "unsure", text: "法令等に基づく開示の例外（該当しそうな文がある）" },
    ]);
    expect(detailParts("5年（上限24か月）")).toEqual([{ kind: "found", text: "5年（上限24か月）" }]);
  });
});

describe("not a contract", () => {
  it("says so and shows no findings and no 'all present' line", async () => {
    const pane = new PaneController(
      fakeApi(aResult({ findings: [], contractCheck: { isContract: false, reason: "It has none of the wording a contract has.", contractWords: 0 } })),
    );
    mountPane(dom.root, pane);
    await analyse(pane);
    expect($("[data-testid=not-a-contract]").textContent).toMatch(/does not look like a contract.*none of the wording/);
    expect($$(".finding")).toHaveLength(0);
    expect($$(".ok-line")).toHaveLength(0);
    expect($$("[data-key=prepare-brief]")).toHaveLength(0);
  });
});

describe("after an analysis", () => {
  it("moves focus to the results", async () => {
    const pane = new PaneController(fakeApi());
    mountPane(dom.root, pane);
    await analyse(pane);
    expect(document.activeElement).toBe($("[data-testid=results-start]"));
  });

  it("analyses again when the playbook changes, and the results name the playbook applied", async () => {
    const api = fakeApi();
    const pane = new PaneController(api);
    mountPane(dom.root, pane);
    await pane.loadPlaybooks();
    await analyse(pane);
    api.analyzeParagraphs.mockResolvedValueOnce(aResult({ playbook: { id: "strict-nda", version: "2.1", name: "Strict NDA" } }));
    choose("#playbook", "strict-nda");
    for (let i = 0; i < 20 && (pane.state.phase === "analysing" || pane.state.result?.playbook.id !== "strict-nda"); i++) await new Promise((r) => setTimeout(r, 0));
    expect(api.analyzeParagraphs).toHaveBeenCalledTimes(2);
    expect(api.analyzeParagraphs.mock.calls[1]?.[1]).toBe("strict-nda");
    expect($("[data-testid=summary-line]").textContent).toContain("Strict NDA");
    expect($$("[data-testid=stale-choice]")).toHaveLength(0);
  });

  it("marks the results stale when they belong to another playbook than the one chosen", async () => {
    const api = fakeApi();
    const pane = new PaneController(api);
    mountPane(dom.root, pane);
    await pane.loadPlaybooks();
    await analyse(pane);
    api.analyzeParagraphs.mockRejectedValueOnce(new Error("offline"));
    await pane.choosePlaybook("strict-nda");
    expect($("[data-testid=stale-choice]").textContent).toMatch(/These results are for the playbook Japan SME collaboration; you chose Strict NDA/);
  });
});

describe("UI language", () => {
  it("has every string in Japanese, none left empty or in English", () => {
    const { en, ja } = messageTable();
    const untranslated = Object.keys(en).filter((k) => !ja[k as keyof typeof ja]?.trim() || (ja[k as keyof typeof ja] === en[k as keyof typeof en] && /[a-z]{3}/.test(en[k as keyof typeof en])));
    expect(untranslated).toEqual([]);
  });

  it("asks for the findings' texts in the reviewer's language, and again when it changes", async () => {
    const api = fakeApi();
    const pane = new PaneController(api);
    mountPane(dom.root, pane, undefined, undefined, (language) => {
      setUiLanguage(language);
      void pane.languageChanged();
    });
    await analyse(pane);
    expect(api.analyzeParagraphs.mock.calls[0]?.[3]).toEqual({ language: "en" });
    choose("#ui-language", "ja");
    for (let i = 0; i < 20 && api.analyzeParagraphs.mock.calls.length < 2; i++) await new Promise((r) => setTimeout(r, 0));
    expect(api.analyzeParagraphs.mock.calls[1]?.[3]).toEqual({ language: "ja" });
  });

  it("follows ja-JP and falls back to English", () => {
    expect(uiLanguageOf("ja-JP")).toBe("ja");
    expect(uiLanguageOf("ja")).toBe("ja");
    expect(uiLanguageOf("en-GB")).toBe("en");
    expect(uiLanguageOf("fr-FR")).toBe("en");
    expect(uiLanguageOf(undefined)).toBe("en");
  });

  it("switches the pane to Japanese and back, keeping the results", async () => {
    const pane = new PaneController(fakeApi());
    mountPane(dom.root, pane);
    await analyse(pane);
    choose("#ui-language", "ja");
    expect($("label[for=contract-text]").textContent).toBe("契約書の本文");
    expect($("#findings-heading").textContent).toBe("指摘事項");
    expect(texts(".severity-group h3")).toEqual(["高 (2)", "低 (1)"]);
    expect(document.documentElement.lang).toBe("ja");
    expect($<HTMLSelectElement>("#ui-language").value).toBe("ja");
    setUiLanguage("en");
    expect($("#findings-heading").textContent).toBe(t("findings.heading"));
    expect($("#findings-heading").textContent).toBe("Findings");
  });
});

describe("counts", () => {
  it("say one clause, not '1 clauses', and count in Japanese in the Japanese pane", () => {
    expect(count("clause", 1)).toBe("1 clause");
    expect(count("finding", 3)).toBe("3 findings");
    expect(t("compare.summary", { clauses: count("clause", 1), new: 0, resolved: 2 })).toBe("1 clause changed · 0 new, 2 resolved findings");
    setUiLanguage("ja");
    expect(count("clause", 5)).toBe("5 条項");
    expect(t("compare.summary", { clauses: count("clause", 1), new: 1, resolved: 0 })).not.toMatch(/[a-z]/);
  });
});
