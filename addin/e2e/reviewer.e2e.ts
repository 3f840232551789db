// The reviewer workflow in a real browser against the real server: decisions on findings (mark,
// note, filter, export .csv built in the page and .xlsx by the server, reload and find them kept);
// in Word (the office.js stand-in), decisions saved in the document, "clause changed" after an
// edit, and "What does this redline do?" over a document with tracked changes.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEFAULT_PLAYBOOK_ID, type AnalysisResult } from "../src/core/types";
import { REPO_ROOT } from "./harness";
import { analysisOf as serverAnalysisOf, openPane, useSession, waitForResults } from "./session";

const CONTRACT = readFileSync(join(REPO_ROOT, "tests", "ClauseLens.Analysis.Tests", "Playbooks", "Contracts", "jda-perpetual-worldwide-noncompete.txt"), "utf8");
const PARAGRAPHS = CONTRACT.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "");
const BALANCED = readFileSync(join(REPO_ROOT, "tests", "ClauseLens.Analysis.Tests", "Playbooks", "Contracts", "jda-balanced.txt"), "utf8")
  .split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "");
const session = useSession();

type FakeWord = { paragraphs: string[]; xmlParts: string[] };
const word = (page: Page) => page.evaluate(() => (window as unknown as { __word: FakeWord }).__word);

// The pane starts on the default playbook; the API alone would pick one by the contract's type.
const analysisOf = (paragraphs: string[]): Promise<AnalysisResult> =>
  serverAnalysisOf(session, paragraphs, DEFAULT_PLAYBOOK_ID ? { playbook: DEFAULT_PLAYBOOK_ID } : {});

async function pasteAndAnalyse(page: Page): Promise<void> {
  await page.fill("#contract-text", PARAGRAPHS.join("\n"));
  await page.click("[data-key=analyse-text]");
  await waitForResults(page);
  await page.waitForSelector(".review .decision-place");
}

async function downloadOf(page: Page, key: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click(`[data-key=${key}]`)]);
  const path = await download.path();
  return readFileSync(path!);
}

describe("decisions in the browser", () => {
  it("marks, notes, filters, exports, and keeps them across a reload", async () => {
    const expected = await analysisOf(PARAGRAPHS);
    const open = expected.findings.filter((f) => f.kind !== "ok");
    const target = open.find((f) => f.clauseId)!;
    const page = await openPane(session);
    await pasteAndAnalyse(page);

    await page.click(`[data-key="decide-${target.id}-raised"]`);
    await page.waitForSelector(`[data-key="decide-${target.id}-raised"][aria-pressed=true]`);
    await page.click(`[data-key="note-toggle-${target.id}"]`);
    await page.fill(`[data-key="note-${target.id}"]`, "相手方に提起済み — wants 12 months");
    await page.click(`[data-key="save-note-${target.id}"]`);
    await page.waitForSelector(`[data-finding="${target.id}"] .history`);
    expect(await page.textContent("[data-key=filter-decision-raised] .count")).toBe("1");
    expect(await page.textContent("[data-key=filter-decision-open] .count")).toBe(String(open.length - 1));

    await page.click("[data-key=filter-decision-raised]");
    await page.waitForFunction(() => document.querySelectorAll("article.finding").length === 1);
    expect(await page.getAttribute("article.finding", "data-finding")).toBe(target.id);
    await page.click("[data-key=clear-filters]");
    await page.click(`[data-key=filter-sev-${target.severity}]`);
    const bySeverity = open.filter((f) => f.severity === target.severity).length;
    await page.waitForFunction((n) => document.querySelectorAll("article.finding").length === n, bySeverity);
    await page.click(`[data-key=filter-sev-${target.severity}]`);

    const csv = await downloadOf(page, "export-csv");
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString("utf8");
    expect(text.split("\r\n").filter((l) => l !== "")).toHaveLength(open.length + 1);
    expect(text).toContain('"相手方に提起済み — wants 12 months"');
    expect(text).toContain('"Raised with the other side"');

    const xlsx = await downloadOf(page, "export-xlsx");
    expect(xlsx.subarray(0, 2).toString("latin1")).toBe("PK");

    await page.reload();
    await page.waitForSelector("body[data-ready=true]");
    await pasteAndAnalyse(page);
    await page.waitForSelector(`[data-key="decide-${target.id}-raised"][aria-pressed=true]`);
    expect(await page.inputValue(`[data-key="note-${target.id}"]`)).toBe("相手方に提起済み — wants 12 months");
    await page.close();
  });
});

describe("decisions in Word", () => {
  it("are saved in the document and flagged when their clause changes", async () => {
    const expected = await analysisOf(PARAGRAPHS);
    const target = expected.findings.find((f) => f.kind !== "ok" && f.clauseId)!;
    const clause = expected.clauses.find((c) => c.id === target.clauseId)!;
    const page = await openPane(session, { width: 320, paragraphs: PARAGRAPHS });
    await page.click("[data-key=analyse]");
    await waitForResults(page);
    expect(await page.textContent(".decision-place")).toContain("saved in this Word document");

    await page.click(`[data-key="decide-${target.id}-accepted"]`);
    await page.waitForFunction(() => (window as unknown as { __word: FakeWord }).__word.xmlParts.length === 1);
    expect((await word(page)).xmlParts[0]).toContain('xmlns="urn:clauselens:decisions:1"');
    expect(await page.$(`[data-finding="${target.id}"] .clause-changed`)).toBeNull();

    // The counterparty tightens the wording of the clause: the decision stays, flagged.
    await page.evaluate((i) => {
      const doc = (window as unknown as { __word: FakeWord }).__word;
      doc.paragraphs[i] = doc.paragraphs[i] + " This restriction applies to affiliates.";
    }, clause.paragraphEnd);
    await page.click("[data-key=analyse]");
    await page.waitForSelector(`[data-finding="${target.id}"] .clause-changed`);
    expect(await page.getAttribute(`[data-key="decide-${target.id}-accepted"]`, "aria-pressed")).toBe("true");
    await page.close();
  });
});

describe("a redline in Word", () => {
  it("shows which clauses the counterparty's tracked changes touch and the findings they bring", async () => {
    const exclusivity = BALANCED.findIndex((p) => p.startsWith("During the Term and for twelve (12) months"));
    expect(exclusivity).toBeGreaterThan(0);
    const wider = "The SME shall not, directly or indirectly, engage in any business that develops, manufactures or sells sensors or any other product or service, anywhere in the world, in perpetuity.";
    const page = await openPane(session, { wordApi: ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6"] });
    await page.evaluate(
      ({ paragraphs, at, original, current }) => {
        const doc = (window as unknown as { __word: FakeWord & { revisions: Record<number, { original: string; current: string }> } }).__word;
        doc.paragraphs = paragraphs.map((p, i) => (i === at ? current : p));
        doc.revisions = { [at]: { original, current } };
      },
      { paragraphs: BALANCED, at: exclusivity, original: BALANCED[exclusivity]!, current: wider },
    );

    await page.click("[data-key=redline]");
    await page.waitForSelector(".comparison, .compare-output [role=alert]");
    const alert = await page.$(".compare-output [role=alert]");
    if (alert) throw new Error(`The comparison failed: ${await alert.textContent()}`);
    const changes = await page.$$eval("[data-change]", (items) => items.map((i) => i.textContent ?? ""));
    expect(changes).toHaveLength(1);
    expect(changes[0]).toContain("Changed 5 Exclusivity");
    expect(changes[0]).toMatch(/New: .*\(High\)/);
    await page.close();
  });
});
