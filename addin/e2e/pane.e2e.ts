// The pane as a reader meets it, in a real browser against the real server, at 360 px (a Word task
// pane) and 1280 px: passed checks stated as what is there, cards grounded in the contract's text,
// results focused after an analysis, an e-mail not treated as a contract, results that follow the
// playbook picker, and the pane in Japanese. Screenshots go to $PANE_SCREENSHOTS (default: a temp folder).
import { mkdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { AnalysisResult } from "../src/core/types";
import { REPO_ROOT } from "./harness";
import { openPane as openPaneIn, useSession } from "./session";

const CONTRACTS = join(REPO_ROOT, "tests", "ClauseLens.Analysis.Tests", "Playbooks", "Contracts");
const NDA = readFileSync(join(CONTRACTS, "nda-balanced.txt"), "utf8");
const NDA_NO_EXCLUSIONS = readFileSync(join(CONTRACTS, "nda-no-exclusions.txt"), "utf8");
const JDA = readFileSync(join(CONTRACTS, "jda-balanced.txt"), "utf8");
const LUNCH = "Hi Tom,\nAre we still on for lunch on Friday? The Italian place at 12:30 works for me.\nThanks, Ken";
const SHOTS = process.env.PANE_SCREENSHOTS ?? join(tmpdir(), "clauselens-pane-shots");
// How the playbooks word a problem; a passed check must never read like one.
const PROBLEM = /^No\b|\bmissing\b|\bnot (?:defined|limited|stated|found)\b|\bis not\b/i;

// The pane is tested, not the time budget: the first analysis on a cold server shares 2 cores with others.
const session = useSession({ ClauseLens__Limits__AnalysisSeconds: "120" }, () => mkdirSync(SHOTS, { recursive: true }));

const openPane = (width: number, language = "en-GB"): Promise<Page> => openPaneIn(session, { width, language });

async function analyse(page: Page, text: string): Promise<AnalysisResult> {
  await page.fill("#contract-text", text);
  const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith("/api/analyze") && r.request().method() === "POST"), page.click("[data-key=analyse-text]")]);
  if (response.status() !== 200) throw new Error(`analysis answered ${response.status()}: ${await response.text()}`);
  const result = (await response.json()) as AnalysisResult;
  await page.waitForSelector(".summary");
  return result;
}

describe("the pane as a reader sees it", () => {
  it("at 360 px: results in view and focused, passed checks as statements, every card grounded", async () => {
    const page = await openPane(360);
    await page.selectOption("#playbook", "");
    await page.screenshot({ path: join(SHOTS, "pane-360-start.png"), fullPage: true });
    const result = await analyse(page, NDA_NO_EXCLUSIONS);

    await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "results-start");
    const top = await page.$eval("[data-testid=results-start]", (e) => e.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(900);
    await page.screenshot({ path: join(SHOTS, "pane-360-after-analysis.png") });

    const passed = await page.$$eval("[data-testid=passed-list] li", (items) => items.map((i) => i.textContent ?? ""));
    expect(passed.length).toBe(result.findings.filter((f) => f.kind === "ok").length);
    expect(passed.length).toBeGreaterThan(0);
    expect(passed.filter((p) => PROBLEM.test(p))).toEqual([]);
    const titles = new Set(result.findings.filter((f) => f.kind === "ok").map((f) => f.title));
    expect(passed.filter((p) => titles.has(p))).toEqual([]);

    expect((await page.$$(".finding")).length).toBeGreaterThan(0);
    const ungrounded = await page.$$eval(".finding", (cards) =>
      cards.filter((c) => !c.querySelector(".evidence-quote, .looked-in")).map((c) => c.getAttribute("data-finding")),
    );
    expect(ungrounded).toEqual([]);
    await page.click(".passed summary");
    await page.screenshot({ path: join(SHOTS, "pane-360-full.png"), fullPage: true });
    await page.$eval(".passed", (e) => e.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: join(SHOTS, "pane-360-passed.png") });
    await page.$eval(".finding", (e) => e.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: join(SHOTS, "pane-360-first-finding.png") });
    await page.close();
  });

  it("says an e-mail is not a contract and shows no findings", async () => {
    const page = await openPane(360);
    const result = await analyse(page, LUNCH);
    expect(result.contractCheck?.isContract).toBe(false);
    expect(result.findings).toEqual([]);
    expect(await page.textContent("[data-testid=not-a-contract]")).toMatch(/does not look like a contract/);
    expect(await page.$$(".finding")).toHaveLength(0);
    await page.$eval("[data-testid=not-a-contract]", (e) => e.scrollIntoView({ block: "center" }));
    await page.screenshot({ path: join(SHOTS, "pane-360-not-a-contract.png") });
    await page.close();
  });

  it("analyses again when the playbook changes; the results never name another playbook", async () => {
    const page = await openPane(1280);
    await page.selectOption("#playbook", "");
    const first = await analyse(page, JDA);
    expect(await page.textContent("[data-testid=summary-line]")).toContain(first.playbook.name ?? first.playbook.id);

    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith("/api/analyze") && r.request().method() === "POST"),
      page.selectOption("#playbook", "commercial-nda"),
    ]);
    const second = (await response.json()) as AnalysisResult;
    expect(JSON.parse(response.request().postData() ?? "{}").playbook).toBe("commercial-nda");
    expect(second.playbook.id).toBe("commercial-nda");
    await page.waitForFunction(() => document.querySelector("[data-testid=summary-line]")?.textContent?.includes("Commercial NDA"));
    expect(await page.textContent("[data-testid=applied-playbook]")).toContain("Commercial NDA");
    expect(await page.$$("[data-testid=stale-choice]")).toHaveLength(0);
    await page.screenshot({ path: join(SHOTS, "pane-1280-after-playbook-change.png"), fullPage: false });
    await page.close();
  });

  it("follows a Japanese browser, and the switch changes the pane's language both ways", async () => {
    const page = await openPane(360, "ja-JP");
    expect(await page.textContent("label[for=contract-text]")).toBe("契約書の本文");
    expect(await page.getAttribute("html", "lang")).toBe("ja");
    const [sent] = await Promise.all([page.waitForRequest((r) => r.url().endsWith("/api/analyze") && r.method() === "POST"), analyse(page, NDA_NO_EXCLUSIONS)]);
    // The findings' texts come in the reviewer's language, from the server.
    expect(JSON.parse(sent.postData() ?? "{}").language).toBe("ja");
    expect(await page.textContent("#findings-heading")).toBe("指摘事項");
    expect(await page.textContent(".finding .finding-title")).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    await page.screenshot({ path: join(SHOTS, "pane-360-japanese.png") });
    await page.screenshot({ path: join(SHOTS, "pane-360-japanese-full.png"), fullPage: true });

    const [again] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith("/api/analyze") && r.request().method() === "POST"),
      page.selectOption("#ui-language", "en"),
    ]);
    expect(JSON.parse(again.request().postData() ?? "{}").language).toBe("en");
    await page.waitForFunction(() => /^[\x00-\x7F]+$/.test(document.querySelector(".finding .finding-title")?.textContent ?? ""));
    expect(await page.textContent("#findings-heading")).toBe("Findings");
    expect(await page.textContent("label[for=contract-text]")).toBe("Contract text");
    // The results survive the switch.
    expect(await page.$$(".finding")).not.toHaveLength(0);
    // The choice is kept for the next time the pane opens.
    await page.reload();
    await page.waitForSelector("body[data-ready=true]");
    expect(await page.textContent("label[for=contract-text]")).toBe("Contract text");
    await page.close();
  });
});
