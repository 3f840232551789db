// @vitest-environment happy-dom
// The batch page itself (batches.html with its view) in the reviewer's language: Japanese when the
// UI language is Japanese, every word from the messages tables, and the switch back to English
// keeping the batch shown.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { BatchesApi } from "../src/api/batches";
import { SignInSession } from "../src/auth";
import { mountBatchPage } from "../src/batches/page";
import type { BatchStatus } from "../src/batches/types";
import { setUiLanguage, t } from "../src/core/i18n";
import { initialUiLanguage, LANGUAGE_KEY } from "../src/ui/language";

const PAGE = readFileSync(join(__dirname, "..", "src", "batches.html"), "utf8");

/** batches.html's head and body, without its scripts and stylesheets (the test mounts the view itself). */
function loadPage(): void {
  const inner = PAGE.slice(PAGE.indexOf("<head>"), PAGE.lastIndexOf("</html>")).replace(/<script[^>]*><\/script>|<link[^>]*>/g, "");
  document.documentElement.innerHTML = inner;
  document.documentElement.lang = "en";
}

function completeBatch(): BatchStatus {
  const self = "/api/batches/b1";
  return {
    id: "b1",
    status: "complete",
    playbook: "commercial-nda",
    createdAt: "2026-12-07T09:00:00Z",
    counts: { total: 2, queued: 0, analysing: 0, done: 1, failed: 1 },
    documents: [
      { index: 0, name: "秘密保持契約書.docx", status: "done", contractType: "nda", playbook: "commercial-nda", findings: { high: 2, medium: 0, low: 1, drafting: 0 } },
      { index: 1, name: "broken.docx", status: "failed", reason: "The file is not a .docx." },
    ],
    links: { self, events: `${self}/events`, json: `${self}/results?format=json`, csv: `${self}/results?format=csv`, html: `${self}/results?format=html` },
  };
}

const api = {
  listPlaybooks: async () => [{ id: "commercial-nda", name: "Commercial NDA", nameJa: "秘密保持契約（標準）", version: "2", contractTypes: ["nda"], roles: [{ id: "recipient", name: "Recipient", nameJa: "受領者" }] }],
  get: async () => completeBatch(),
} as unknown as BatchesApi;

const text = (selector: string): string => document.querySelector(selector)?.textContent?.trim() ?? "";
const texts = (selector: string): string[] => Array.from(document.querySelectorAll(selector), (e) => e.textContent?.trim() ?? "");

beforeEach(() => {
  loadPage();
  history.replaceState(null, "", "/batches#batch=b1");
});
afterEach(() => {
  setUiLanguage("en");
  history.replaceState(null, "", "/batches");
});

describe("the batch page in Japanese", () => {
  it("starts in the browser's language unless the reviewer chose one, in this page or the pane", () => {
    const stored = new Map<string, string>();
    const storage = { getItem: (key: string) => stored.get(key) ?? null, setItem: (key: string, value: string) => void stored.set(key, value) };
    expect(initialUiLanguage(storage, "ja-JP")).toBe("ja");
    expect(initialUiLanguage(storage, "en-GB")).toBe("en");
    expect(initialUiLanguage(storage, undefined, "ja")).toBe("ja");
    storage.setItem(LANGUAGE_KEY, "en");
    expect(initialUiLanguage(storage, "ja-JP")).toBe("en");
  });

  it("shows its headings, labels, buttons, table and batch in Japanese", async () => {
    setUiLanguage("ja");
    await mountBatchPage(document, api, new SignInSession());

    expect(document.documentElement.lang).toBe("ja");
    expect(document.title).toBe("ClauseLens – 契約書の一括確認");
    expect(text("h1")).toBe("契約書をまとめて確認");
    expect(text("#progress-heading")).toBe("進捗");
    expect(text("#drop-help")).toBe("ここにファイルかフォルダーをドロップするか、ファイルを選択またはフォルダーを選択してください。");
    expect(text("#picked")).toBe("ファイルはまだ選択されていません。");
    expect(texts(".options label > span")).toEqual(["プレイブック", "契約類型", "あなたの立場", "指摘の言語"]);
    expect(texts("#playbook option")).toEqual([t("playbook.automatic"), "秘密保持契約（標準） (v2)"]);
    expect(texts("#contract-type option")).toContain("秘密保持契約");
    expect(texts("#side option")).toEqual(["選択しない（中立的に読む）", "受領者"]);
    expect(text("#start")).toBe("0 件のファイルを確認");
    expect(texts("thead th")).toEqual(["#", "文書", "類型・プレイブック", "指摘", "状態", "指摘一覧"]);
    expect(text("#report")).toBe("レポートを開く");
    expect(text("#summary")).toBe("完了：2 件中 1 件を分析しました（1 件は失敗）。");
    expect(texts("#documents td.type")[0]).toBe("秘密保持契約秘密保持契約（標準）"); // the type, then the playbook's Japanese name
    expect(texts("#documents tr:first-child .chip")).toEqual(["高 2 件", "中 0 件", "低 1 件", "起案上の問題 0 件"]);
    expect(texts("#documents td.status").map((s) => s.slice(0, 2))).toEqual(["完了", "失敗"]);
    expect(Array.from(document.querySelectorAll("#documents td.issues button"), (b) => b.getAttribute("aria-label"))).toEqual([
      "秘密保持契約書.docx の指摘一覧（.xlsx）",
      "秘密保持契約書.docx の指摘一覧（.csv）",
    ]);
    // No English word of the page's own is left (file names, ids and extensions aside).
    const shown = document.body.textContent!.replace(/broken\.docx|The file is not a \.docx\.|\.(docx|pdf|html|txt|zip|xlsx|csv)|JSON|Excel|CSV|English|PoC|ClauseLens/g, "");
    expect(shown).not.toMatch(/[A-Za-z]{3,}/);
  });

  it("switches to English and back in place, keeping the batch shown", async () => {
    const chosen: string[] = [];
    setUiLanguage("ja");
    await mountBatchPage(document, api, new SignInSession(), (language) => {
      chosen.push(language);
      setUiLanguage(language);
    });
    const picker = document.querySelector<HTMLSelectElement>("#ui-language")!;
    expect(picker.value).toBe("ja");
    expect(picker.getAttribute("aria-label")).toBe("表示言語");

    picker.value = "en";
    picker.dispatchEvent(new Event("change"));

    expect(chosen).toEqual(["en"]);
    expect(document.documentElement.lang).toBe("en");
    expect(text("h1")).toBe("Check a batch of contracts");
    expect(text("#summary")).toBe("Complete: 1 of 2 analysed, 1 failed.");
    expect(texts("#documents tr:first-child .chip")).toEqual(["2 high", "0 medium", "1 low", "0 drafting"]);
    expect(texts("#side option")).toEqual(["Not chosen (balanced reading)", "Recipient"]);
    expect(document.querySelector<HTMLSelectElement>("#ui-language")!.value).toBe("en");
    expect(document.querySelectorAll("#ui-language")).toHaveLength(1);
  });
});
