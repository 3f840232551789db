// From a change in the comparison to the document, in a real browser against the real server: in
// Word (the office.js stand-in with WordApi 1.6 and a tracked change), "Show in document" selects
// the tracked change, Accept takes it into the document, and after the document moves on the
// clause is found by its opening words and the pane says so; in the plain browser, the clause is
// scrolled to and highlighted in the contract view. Screenshots at 360 px go to
// $E2E_SCREENSHOTS (default: a temp folder), for people to look at.
import { mkdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "./harness";
import { openPane, useSession, waitForResults } from "./session";

const BALANCED = readFileSync(join(REPO_ROOT, "tests", "ClauseLens.Analysis.Tests", "Playbooks", "Contracts", "jda-balanced.txt"), "utf8")
  .split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "");
const EXCLUSIVITY = BALANCED.findIndex((p) => p.startsWith("During the Term and for twelve (12) months"));
const WIDER = "The SME shall not, directly or indirectly, engage in any business that develops, manufactures or sells sensors or any other product or service, anywhere in the world, in perpetuity.";
const SHOTS = process.env.E2E_SCREENSHOTS ?? join(tmpdir(), "clauselens-screenshots");

const session = useSession({}, () => mkdirSync(SHOTS, { recursive: true }));

type FakeWord = { paragraphs: string[]; revisions: Record<number, { original: string; current: string }>; selected?: [number, number] };
const word = (page: Page): Promise<FakeWord> => page.evaluate(() => (window as unknown as { __word: FakeWord }).__word);

async function comparisonShown(page: Page): Promise<void> {
  await page.waitForSelector(".comparison, .compare-output [role=alert]");
  const alert = await page.$(".compare-output [role=alert]");
  if (alert) throw new Error(`The comparison failed: ${await alert.textContent()}`);
}

async function statusOf(page: Page, index: number, words: string): Promise<string> {
  const selector = `[data-index="${index}"] .change-status`;
  await page.waitForFunction(([s, w]) => (document.querySelector(s!)?.textContent ?? "").includes(w!), [selector, words]);
  return (await page.textContent(selector)) ?? "";
}

describe("a redline's change in Word", () => {
  it("is selected, accepted, and found by its words once the document has moved on", async () => {
    expect(EXCLUSIVITY).toBeGreaterThan(0);
    const page = await openPane(session, { width: 360, wordApi: ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6"] });
    await page.evaluate(
      ({ paragraphs, at, original, current }) => {
        const doc = (window as unknown as { __word: FakeWord }).__word;
        doc.paragraphs = paragraphs.map((p, i) => (i === at ? current : p));
        doc.revisions = { [at]: { original, current } };
      },
      { paragraphs: BALANCED, at: EXCLUSIVITY, original: BALANCED[EXCLUSIVITY]!, current: WIDER },
    );

    await page.click("[data-key=redline]");
    await comparisonShown(page);
    expect(await page.$$("[data-change]")).toHaveLength(1);
    // Every new finding counted is listed: under its change, or on a clause that did not change.
    const counted = Number(/(\d+) new/.exec((await page.textContent(".comparison-summary")) ?? "")?.[1]);
    const listed = (await page.$$(".change-findings.new li")).length + (await page.$$eval(".change-document", (ps) => ps.filter((p) => p.textContent?.startsWith("New")).length));
    expect(listed).toBe(counted);
    await page.click("[data-key=show-change-0]");
    expect(await statusOf(page, 0, "selected")).toBe("Its tracked change is selected in the document.");
    expect((await word(page)).selected).toEqual([EXCLUSIVITY, EXCLUSIVITY]);
    await page.locator(".compare").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "redline-360-shown.png") });
    // The pane fits the narrow task pane: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    await page.click("[data-key=accept-change-0]");
    await statusOf(page, 0, "Accepted");
    const accepted = await word(page);
    expect(accepted.revisions).toEqual({});
    expect(accepted.paragraphs[EXCLUSIVITY]).toBe(WIDER);
    expect(await page.textContent("[data-index='0'] .change-resolved")).toBe("Accepted");
    expect(await page.$("[data-key=accept-change-0]")).toBeNull();
    await page.screenshot({ path: join(SHOTS, "redline-360-accepted.png") });

    // The reviewer adds a cover note at the top: every paragraph moves down by one.
    await page.evaluate(() => (window as unknown as { __word: FakeWord }).__word.paragraphs.unshift("Draft for discussion"));
    await page.click("[data-key=show-change-0]");
    expect(await statusOf(page, 0, "opening words")).toContain("could not be located");
    const moved = await word(page);
    const [from] = moved.selected!;
    // The clause's first paragraph, now one further down.
    expect(moved.paragraphs[from]!.length).toBeGreaterThan(0);
    expect(from).toBeGreaterThan(0);
    expect(moved.paragraphs[from]).toBe(BALANCED[from - 1]);
    await page.close();
  });
});

describe("a change in the plain browser", () => {
  it("is scrolled to and highlighted in the contract view", async () => {
    const page = await openPane(session, { width: 360, height: 800 });
    const later = BALANCED.map((p, i) => (i === EXCLUSIVITY ? WIDER : p));
    await page.fill("#contract-text", later.join("\n"));
    await page.click("[data-key=analyse-text]");
    await waitForResults(page);
    await page.setInputFiles("#earlier-draft", { name: "earlier.txt", mimeType: "text/plain", buffer: Buffer.from(BALANCED.join("\n"), "utf8") });
    await comparisonShown(page);
    expect(await page.$$("[data-change]")).toHaveLength(1);
    // No Word here: nothing to accept or reject.
    expect(await page.$("[data-key=accept-change-0]")).toBeNull();

    await page.click("[data-key=show-change-0]");
    expect(await statusOf(page, 0, "highlighted")).toBe("The clause is highlighted in the contract view.");
    const located = page.locator(".contract-body .is-located");
    expect(await located.count()).toBeGreaterThan(0);
    expect((await located.allTextContents()).join(" ")).toContain("anywhere in the world, in perpetuity");
    // Brought into view: the clause's start is on screen.
    const box = await page.locator(".contract-body .is-located[data-clause-start]").first().boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(800);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.screenshot({ path: join(SHOTS, "compare-browser-360-located.png") });
    // Below the pane at 360 px: a way back to the change.
    await page.click("[data-key=back-to-change]");
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-key") === "show-change-0");
    const back = await page.locator("[data-key=show-change-0]").boundingBox();
    expect(back!.y).toBeGreaterThanOrEqual(0);
    expect(back!.y).toBeLessThan(800);
    await page.close();
  });
});
