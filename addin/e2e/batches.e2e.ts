// The batch page in a real browser against the real server (local mode): real contracts from
// ../shared/data turned into .txt, .docx and .html at test time, plus a corrupt file; progress
// followed live without a reload, then the report opened from the page.
import { Document, Packer, Paragraph } from "docx";
import { mkdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { dataDir } from "./harness";
import { newPage, useSession } from "./session";

// Screenshots are for people to look at, never committed: $E2E_SCREENSHOTS or a folder in /tmp.
const SCREENSHOTS = process.env.E2E_SCREENSHOTS ?? join(tmpdir(), "clauselens-screenshots");
const CONTRACTS = [
  "cuad_CARDAX_INC_08_19_2014-EX-10.1-COLLABORATION_AGREEMENT.txt",
  "cuad_EtonPharmaceuticalsInc_20191114_10-Q_EX-10.1_11893941_EX-10.1_Development_Agreement.txt",
  "cuad_MJBIOTECH_INC_12_06_2018-EX-99.01-JOINT_VENTURE_AGREEMENT.txt",
];
// Waits are for events, not for a speed: the limit only ends a run that would never finish.
const PATIENCE_MS = 300_000;

interface Upload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

let uploads: Upload[];

function paragraphsOf(file: string): string[] {
  return readFileSync(join(dataDir(), "contracts", file), "utf8").split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean);
}

const escapeHtml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const session = useSession({}, async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const [txt, docx, html] = CONTRACTS;
  uploads = [
    { name: "collaboration.txt", mimeType: "text/plain", buffer: readFileSync(join(dataDir(), "contracts", txt!)) },
    {
      name: "development.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: await Packer.toBuffer(new Document({ sections: [{ children: paragraphsOf(docx!).map((text) => new Paragraph({ text })) }] })),
    },
    {
      name: "joint-venture.html",
      mimeType: "text/html",
      buffer: Buffer.from(`<!doctype html><html><body>${paragraphsOf(html!).map((p) => `<p>${escapeHtml(p)}</p>`).join("")}</body></html>`),
    },
    // A .docx that is not a zip at all: it must fail alone, with a reason.
    { name: "corrupt.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: Buffer.from("PK\u0003\u0004 this is not a real archive") },
  ];
});

async function openBatchPage(language?: string): Promise<Page> {
  const page = await newPage(session, { width: 1280, patience: PATIENCE_MS, language });
  await page.goto(`${session.server.origin}/batches`);
  await page.waitForSelector("body[data-ready=true]");
  return page;
}

describe("the batch page", () => {
  it("checks several real files, follows progress without a reload and opens the report", async () => {
    const requests: string[] = [];
    session.browser.context.on("request", (r) => requests.push(r.url()));
    const page = await openBatchPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    expect(await page.isHidden("#account")).toBe(true); // local mode: no sign-in
    expect(requests.filter((url) => url.includes("/chunks/msal-"))).toEqual([]); // and no MSAL downloaded
    const playbooks = await page.$$eval("#playbook option", (os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(playbooks).toContain("japan-sme-collaboration");

    await page.setInputFiles("#files", uploads);
    expect(await page.textContent("#count")).toBe("4");
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await page.click("#start");

    await page.waitForSelector("#links:not([hidden])");
    // Still the same document: the page followed the batch live instead of reloading.
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(await page.textContent("#summary")).toBe("Complete: 3 of 4 analysed, 1 failed.");
    const rows = await page.$$eval("#documents tr", (trs) =>
      trs.map((tr) => ({ name: (tr as HTMLTableRowElement).cells[1]!.textContent, status: (tr as HTMLElement).dataset.status, reason: tr.querySelector(".reason")?.textContent ?? "" })),
    );
    expect(rows.map((r) => r.name)).toEqual(uploads.map((u) => u.name));
    expect(rows.slice(0, 3).map((r) => r.status)).toEqual(["done", "done", "done"]);
    expect(rows[3]).toMatchObject({ name: "corrupt.docx", status: "failed" });
    expect(rows[3]!.reason.length).toBeGreaterThan(10);
    expect(await page.$eval("#overall", (p) => [(p as HTMLProgressElement).value, (p as HTMLProgressElement).max])).toEqual([4, 4]);
    // No playbook named: each document says its detected type and the playbook applied, and its counts.
    const details = await page.$$eval("#documents tr", (trs) =>
      trs.map((tr) => ({
        type: tr.querySelector("td.type")?.textContent ?? "",
        chips: Array.from(tr.querySelectorAll("td.counts .chip"), (c) => c.textContent),
        issues: Array.from(tr.querySelectorAll("td.issues button"), (b) => b.textContent),
      })),
    );
    for (const done of details.slice(0, 3)) {
      expect(done.type).toMatch(/^(Collaboration|Licence|Supply|Services|Other|NDA)\S*/);
      expect(done.chips).toEqual([expect.stringMatching(/^\d+ high$/), expect.stringMatching(/^\d+ medium$/), expect.stringMatching(/^\d+ low$/), expect.stringMatching(/^\d+ drafting$/)]);
      expect(done.issues).toEqual([".xlsx", ".csv"]);
    }
    expect(details[3]).toEqual({ type: "", chips: [], issues: [] });
    await page.screenshot({ path: join(SCREENSHOTS, "batch-complete.png"), fullPage: true });
    // The table fits a 1280 px screen without scrolling sideways.
    expect(await page.$eval(".table-scroll", (d) => d.scrollWidth <= d.clientWidth)).toBe(true);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.screenshot({ path: join(SCREENSHOTS, "batch-complete-360.png"), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360); // only the table scrolls, in its box
    await page.setViewportSize({ width: 1280, height: 900 });

    // A document's issue list downloads as .xlsx (a zip: "PK") and .csv (UTF-8 with a byte-order mark).
    const [xlsx] = await Promise.all([page.waitForEvent("download"), page.click("#documents tr:first-child td.issues button[data-issues=xlsx]")]);
    expect(xlsx.suggestedFilename()).toMatch(/document-1-issues\.xlsx$/);
    expect(readFileSync((await xlsx.path())!).subarray(0, 2).toString("latin1")).toBe("PK");
    const [csv] = await Promise.all([page.waitForEvent("download"), page.click("#documents tr:first-child td.issues button[data-issues=csv]")]);
    const csvBytes = readFileSync((await csv.path())!);
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csvBytes.subarray(3).toString("utf8")).toMatch(/^"#","Clause","Heading","Finding"/);
    const [workbook] = await Promise.all([page.waitForEvent("download"), page.click("#xlsx")]);
    expect(workbook.suggestedFilename()).toMatch(/\.xlsx$/);

    const [report] = await Promise.all([page.context().waitForEvent("page"), page.click("#report")]);
    const violations: string[] = [];
    report.on("console", (m) => m.text().includes("Content Security Policy") && violations.push(m.text()));
    report.setDefaultTimeout(PATIENCE_MS);
    await report.waitForSelector("table.sortable tbody tr");
    const reportRows = await report.$$eval("table.sortable tbody tr", (trs) => trs.map((tr) => tr.textContent ?? ""));
    expect(reportRows).toHaveLength(4);
    for (const upload of uploads) expect(reportRows.some((r) => r.includes(upload.name))).toBe(true);
    // The report's own sorting script runs under the page's policy (allowed by its hash).
    await report.click("table.sortable th button");
    expect(await report.getAttribute("table.sortable th button", "data-dir")).toBe("asc");
    expect(violations).toEqual([]);
    await report.screenshot({ path: join(SCREENSHOTS, "batch-report.png"), fullPage: true });
    await report.screenshot({ path: join(SCREENSHOTS, "batch-report-top.png") }); // the heat map, at reading size
    // The documents table fits 1280 px; at 360 px it scrolls in its own box, not the page.
    expect(await report.$eval("table.docs", (t) => t.getBoundingClientRect().right)).toBeLessThanOrEqual(1280);
    await report.setViewportSize({ width: 360, height: 800 });
    await report.screenshot({ path: join(SCREENSHOTS, "batch-report-360.png"), fullPage: true });
    await report.screenshot({ path: join(SCREENSHOTS, "batch-report-360-top.png") });
    expect(await report.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await report.close();

    // The batch's id is in the address: a reload finds it again.
    expect(new URL(page.url()).hash).toMatch(/^#batch=[0-9a-f]{32}$/);
    await page.reload();
    await page.waitForSelector("#links:not([hidden])");
    expect(await page.textContent("#summary")).toBe("Complete: 3 of 4 analysed, 1 failed.");
    expect(await page.$$eval("#documents tr", (trs) => trs.length)).toBe(4);

    await page.click("#delete");
    await page.waitForSelector("#batch[hidden]", { state: "attached" });
    expect(new URL(page.url()).hash).toBe("");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("sends the type, side and language chosen, and the documents are analysed for that deal", async () => {
    const page = await openBatchPage();
    await page.selectOption("#contract-type", "nda");
    const sides = await page.$$eval("#side option", (os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(sides).toEqual(["", "discloser", "recipient", "mutual"]); // the NDA playbook's roles
    await page.selectOption("#side", "recipient");
    await page.selectOption("#language", "ja");
    await page.setInputFiles("#files", [uploads[0]!]);
    await page.click("#start");
    await page.waitForSelector("#links:not([hidden])");

    expect(await page.textContent("#documents tr td.type")).toBe("NDACommercial NDA"); // the playbook by its name, not its id
    const id = new URL(page.url()).hash.replace("#batch=", "");
    const status = await page.evaluate(async (batch) => (await fetch(`/api/batches/${batch}`)).json(), id);
    expect([status.contractType, status.side, status.language]).toEqual(["nda", "recipient", "ja"]);
    await page.click("#delete");
    await page.close();
  });

  it("skips files of other types, says so, and keeps Check disabled", async () => {
    const page = await openBatchPage();
    expect(await page.isDisabled("#start")).toBe(true);
    await page.setInputFiles("#files", [{ name: "notes.md", mimeType: "text/markdown", buffer: Buffer.from("# not a contract") }]);
    expect(await page.textContent("#count")).toBe("0");
    expect(await page.textContent("#picked")).toMatch(/Skipped notes\.md/);
    expect(await page.isDisabled("#start")).toBe(true);
    await page.close();
  });

  it("reads in Japanese for a Japanese browser, fits 360 and 1280 px, and switches to English", async () => {
    const page = await openBatchPage("ja-JP");
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    expect(await page.getAttribute("html", "lang")).toBe("ja");
    expect(await page.title()).toBe("ClauseLens – 契約書の一括確認");
    expect(await page.textContent("h1")).toBe("契約書をまとめて確認");
    expect(await page.$eval("#ui-language", (s) => (s as HTMLSelectElement).value)).toBe("ja");

    await page.setInputFiles("#files", [uploads[0]!, uploads[3]!]);
    expect(await page.textContent("#start")).toBe("2 件のファイルを確認");
    await page.click("#start");
    await page.waitForSelector("#links:not([hidden])");
    expect(await page.textContent("#summary")).toBe("完了：2 件中 1 件を分析しました（1 件は失敗）。");
    expect(await page.$$eval("thead th", (ths) => ths.map((th) => th.textContent))).toEqual(["#", "文書", "類型・プレイブック", "指摘", "状態", "指摘一覧"]);
    const chips = await page.$$eval("#documents tr:first-child .chip", (cs) => cs.map((c) => c.textContent));
    expect(chips).toEqual([expect.stringMatching(/^高 \d+ 件$/), expect.stringMatching(/^中 \d+ 件$/), expect.stringMatching(/^低 \d+ 件$/), expect.stringMatching(/^起案上の問題 \d+ 件$/)]);
    expect(await page.textContent("#documents tr:last-child td.status")).toMatch(/^失敗/);
    // The playbook applied by its Japanese name (the playbooks' ja: name), not its id.
    expect(await page.textContent("#documents tr:first-child td.type .playbook")).toMatch(/^[^a-z]*[\u3040-\u30ff\u4e00-\u9fff]/);

    await page.screenshot({ path: join(SCREENSHOTS, "batch-ja-1280.png"), fullPage: true });
    expect(await page.$eval(".table-scroll", (d) => d.scrollWidth <= d.clientWidth)).toBe(true);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.screenshot({ path: join(SCREENSHOTS, "batch-ja-360.png"), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 900 });

    // The switch re-labels the page in place and is remembered for the next visit (and for the pane).
    await page.selectOption("#ui-language", "en");
    expect(await page.textContent("h1")).toBe("Check a batch of contracts");
    expect(await page.textContent("#summary")).toBe("Complete: 1 of 2 analysed, 1 failed.");
    await page.reload();
    await page.waitForSelector("#links:not([hidden])");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.textContent("h1")).toBe("Check a batch of contracts");

    await page.click("#delete");
    await page.evaluate(() => localStorage.removeItem("clauselens.uiLanguage"));
    expect(errors).toEqual([]);
    await page.close();
  });
});
