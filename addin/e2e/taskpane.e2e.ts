// The pane in a real browser against the real server: browser mode (office.js unreachable),
// a real contract from ../shared/data pasted in, a generated .docx uploaded, a server error shown.
import { Document, HeadingLevel, Packer, Paragraph } from "docx";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ADDIN_DIR, dataDir } from "./harness";
import { analysisOf, openPane, useSession, waitForResults } from "./session";

const SCREENSHOTS = join(ADDIN_DIR, "screenshots");
const CONTRACT = "cuad_CARDAX_INC_08_19_2014-EX-10.1-COLLABORATION_AGREEMENT.txt";

const session = useSession({}, () => {
  const contracts = join(dataDir(), "contracts");
  if (!readdirSync(contracts).includes(CONTRACT)) throw new Error(`${CONTRACT} is missing from ${contracts}.`);
  mkdirSync(SCREENSHOTS, { recursive: true });
});

async function pasteAndAnalyse(page: Page, text: string): Promise<void> {
  await page.fill("#contract-text", text);
  await page.click("[data-key=analyse-text]");
}

/** True when the element is visible inside the window and inside its scrolling container. */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (element) => {
    const box = element.getBoundingClientRect();
    const visibleIn = (r: { top: number; bottom: number }) => box.bottom > r.top && box.top < r.bottom;
    const viewer = element.closest(".contract-view")!.getBoundingClientRect();
    return visibleIn({ top: 0, bottom: window.innerHeight }) && visibleIn(viewer);
  });
}

describe("the task pane in a browser", () => {
  it("starts in browser mode when office.js cannot load, with the server's playbooks", async () => {
    const page = await openPane(session);
    expect(await page.getAttribute("body", "data-mode")).toBe("browser");
    const options = await page.$$eval("#playbook option", (os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options).toContain("japan-sme-collaboration");
    // Automatic by default: the playbook for the contract's type, which the results then name.
    expect(await page.inputValue("#playbook")).toBe("");
    await page.close();
  });

  it.each([
    ["desktop", 1280, 900],
    ["narrow", 320, 800],
  ])("pasting a real contract shows findings; clicking one highlights its clause in view (%s)", async (name, width, height) => {
    const page = await openPane(session, { width, height });
    const text = readFileSync(join(dataDir(), "contracts", CONTRACT), "utf8");
    await pasteAndAnalyse(page, text);
    await waitForResults(page);
    const findings = await page.$$("[data-finding][data-clause]");
    expect(findings.length).toBeGreaterThan(0);
    expect(await page.$$eval(".contract-body [data-paragraph]", (ps) => ps.length)).toBeGreaterThan(10);

    // Take the last finding tied to a clause, so its clause is far down the contract.
    const last = findings.at(-1)!;
    const clauseId = (await last.getAttribute("data-clause"))!;
    await (await last.$(".finding-title"))!.click();
    const clause = `.contract-body [data-clause-id="${clauseId}"][data-clause-start]`;
    await page.waitForSelector(`${clause}.is-selected`);
    expect(await inView(page, clause)).toBe(true);
    expect(await page.$$eval(".contract-body .is-selected", (s) => [...new Set(s.map((e) => (e as HTMLElement).dataset.clauseId))])).toEqual([clauseId]);
    await page.screenshot({ path: join(SCREENSHOTS, `pasted-${name}.png`) });

    // The page must not scroll sideways at 320 px.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it("a finding can be reached and opened from the keyboard", async () => {
    const page = await openPane(session);
    await pasteAndAnalyse(page, readFileSync(join(dataDir(), "contracts", CONTRACT), "utf8"));
    await page.waitForSelector("[data-finding][data-clause] .finding-title");
    const first = await page.$("[data-finding][data-clause]");
    const clauseId = (await first!.getAttribute("data-clause"))!;
    await (await first!.$(".finding-title"))!.focus();
    await page.keyboard.press("Enter");
    await page.waitForSelector(`.contract-body [data-clause-id="${clauseId}"].is-selected`);
    expect(await page.$eval(".finding.is-selected .finding-title", (b) => b.getAttribute("aria-pressed"))).toBe("true");
    await page.close();
  });

  it("Prepare brief opens the negotiation brief for the analysed contract in a new window", async () => {
    const page = await openPane(session);
    await pasteAndAnalyse(page, readFileSync(join(dataDir(), "contracts", CONTRACT), "utf8"));
    await waitForResults(page);
    const [brief] = await Promise.all([page.context().waitForEvent("page"), page.click("[data-key=prepare-brief]")]);
    await brief.waitForLoadState();
    expect(await brief.textContent("body")).toContain("decision support");
    expect(await brief.title()).not.toBe("");
    await brief.screenshot({ path: join(SCREENSHOTS, "brief-from-pane.png") });
    // On a phone the deal's values are read as text, not a letter a line, and nothing scrolls sideways.
    await brief.setViewportSize({ width: 360, height: 800 });
    await brief.screenshot({ path: join(SCREENSHOTS, "brief-360.png"), fullPage: true });
    expect(await brief.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const valueWidths = await brief.$$eval("table.deal td", (cells) => cells.map((c) => c.getBoundingClientRect().width));
    expect(valueWidths.length).toBeGreaterThan(0);
    for (const width of valueWidths) expect(width).toBeGreaterThan(250);
    await brief.close();
    await page.close();
  });

  it("uploading a .docx shows its paragraphs beside the findings", async () => {
    const page = await openPane(session);
    const docx = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph({ text: "JOINT DEVELOPMENT AGREEMENT", heading: HeadingLevel.TITLE }),
              new Paragraph({ text: "1. Confidentiality", heading: HeadingLevel.HEADING_1 }),
              new Paragraph("Each party shall keep confidential all information disclosed by the other party and use it only for the Project."),
              new Paragraph({ text: "2. Non-competition", heading: HeadingLevel.HEADING_1 }),
              new Paragraph("During the term and for ten years after, the Supplier shall not develop, sell or license any competing product anywhere in the world."),
              new Paragraph({ text: "3. Governing law", heading: HeadingLevel.HEADING_1 }),
              new Paragraph("This Agreement shall be governed by the laws of the State of New York."),
            ],
          },
        ],
      }),
    );
    await page.setInputFiles("#contract-file", { name: "joint-development.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: docx });
    await waitForResults(page);
    const paragraphs = await page.$$eval(".contract-body [data-paragraph]", (ps) =>
      ps.map((p) => [...p.childNodes].map((n) => ((n as Element).querySelector?.(".clause-tag") ? [...n.childNodes].filter((c) => !(c as Element).classList?.contains("clause-tag")).map((c) => c.textContent).join("") : n.textContent)).join("")),
    );
    expect(paragraphs).toContain("2. Non-competition");
    expect(paragraphs.some((p) => p?.includes("anywhere in the world"))).toBe(true);
    expect(await page.$$eval(".contract-body [data-clause-start]", (s) => s.length)).toBeGreaterThan(1);
    await page.screenshot({ path: join(SCREENSHOTS, "docx-desktop.png") });
    await page.close();
  });

  it("pasting only whitespace shows the server's problem in plain words, with no Retry (the same request would fail again)", async () => {
    const page = await openPane(session, { width: 320, height: 700 });
    await pasteAndAnalyse(page, "   \n\t\n  ");
    const alert = await page.waitForSelector("[role=alert]");
    expect(await alert.textContent()).toContain("The contract is empty.");
    expect(await page.$("[role=alert] [data-key=retry]")).toBeNull();
    await page.screenshot({ path: join(SCREENSHOTS, "error-narrow.png") });
    await page.close();
  });

  it("a network failure is explained, and Retry works once the server is reachable", async () => {
    const page = await openPane(session);
    await page.route("**/api/analyze", (route) => route.abort("connectionrefused"));
    await pasteAndAnalyse(page, "1. Governing law. This Agreement is governed by the laws of Japan.");
    const alert = await page.waitForSelector("[role=alert]");
    expect(await alert.textContent()).toMatch(/Could not reach the ClauseLens server/);
    await page.unroute("**/api/analyze");
    await page.click("[data-key=retry]");
    await waitForResults(page);
    await page.close();
  });

  it("an unsupported upload is refused by the server and explained", async () => {
    const page = await openPane(session);
    await page.setInputFiles("#contract-file", { name: "scan.png", mimeType: "image/png", buffer: readFileSync(join(ADDIN_DIR, "assets", "icon-16.png")) });
    const alert = await page.waitForSelector("[role=alert]");
    expect(await alert.textContent()).toMatch(/cannot be analysed/);
    expect(await page.$("[role=alert] [data-key=retry]")).toBeNull();
    await page.close();
  });

  it("serves the manifest with the build's origin", async () => {
    const response = await fetch(`${session.server.origin}/addin/manifest.xml`);
    expect(response.status).toBe(200);
    const manifest = await response.text();
    expect(manifest).toContain('<SourceLocation DefaultValue="http://localhost:5000/addin/taskpane.html"/>');
    expect(manifest).toContain("<AppDomain>http://localhost:5000</AppDomain>");
  });
});

interface FakeWordDocument {
  paragraphs: string[];
  selection: number;
  selected?: [number, number];
  tracking: string;
  comments: { from: number; to: number; text: string }[];
  edits: { kind: string; location: string; tracking: string; text: string }[];
}
declare global {
  interface Window {
    __word: FakeWordDocument;
    __wordApi?: string[];
    __moveSelection(index: number): void;
  }
}

/** The contract as Word paragraphs: one per non-blank line. */
function contractParagraphs(): string[] {
  return readFileSync(join(dataDir(), "contracts", CONTRACT), "utf8")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

const openInWord = (paragraphs: string[], wordApi?: string[]): Promise<Page> => openPane(session, { width: 320, paragraphs, wordApi });

describe("the task pane in Word (office.js stand-in)", () => {
  it("analyses the open document, goes to a clause, comments, and inserts fallback text as a tracked change", async () => {
    const paragraphs = contractParagraphs();
    const expected = await analysisOf(session, paragraphs);
    const page = await openInWord(paragraphs);
    expect(await page.getAttribute("body", "data-mode")).toBe("word");
    expect(await page.$(".capability-note")).toBeNull();

    await page.click("[data-key=analyse]");
    await waitForResults(page);

    const anchored = expected.findings.find((f) => f.kind !== "ok" && f.clauseId);
    if (!anchored) throw new Error("The server found no clause-level finding in the test contract.");
    const clause = expected.clauses.find((c) => c.id === anchored.clauseId)!;
    await page.click(`[data-key="select-${anchored.id}"]`);
    await page.waitForFunction((start) => window.__word.selected?.[0] === start, clause.paragraphStart);
    expect(await page.evaluate(() => window.__word.selected)).toEqual([clause.paragraphStart, clause.paragraphEnd]);

    await page.click(`[data-key="comment-${anchored.id}"]`);
    await page.waitForSelector(`[data-finding="${anchored.id}"] .finding-notice.success`);
    const comments = await page.evaluate(() => window.__word.comments);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.text).toBe(`ClauseLens: ${anchored.title}\nAsk: ${anchored.ask}`);
    await page.screenshot({ path: join(SCREENSHOTS, "word-narrow.png") });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

    const withFallback = expected.findings.find((f) => f.kind !== "ok" && f.fallbackText);
    if (!withFallback) throw new Error("The server gave no finding with fallback text for the test contract.");
    await page.click(`[data-key="insert-${withFallback.id}"]`);
    await page.waitForSelector(`[data-finding="${withFallback.id}"] .finding-notice.success:has-text("tracked change")`);
    const edits = await page.evaluate(() => window.__word.edits);
    expect(edits).toHaveLength(1);
    expect(edits[0]).toMatchObject({ tracking: "TrackAll", text: withFallback.fallbackText });

    // The insert changed the document: the next selection change marks the results stale.
    await page.evaluate(() => window.__moveSelection(0));
    await page.waitForSelector(".stale-region .message");
    expect(await page.isDisabled(`[data-key="comment-${anchored.id}"]`)).toBe(true);
    await page.click("[data-key=reanalyse]");
    await page.waitForSelector(".stale-region .message", { state: "detached" });

    // After re-analysis the pane follows the cursor into a clause again.
    const again = await analysisOf(session, await page.evaluate(() => window.__word.paragraphs));
    const target = again.clauses.find((c) => c.labels.length > 0) ?? again.clauses.at(-1)!;
    await page.evaluate((i) => window.__moveSelection(i), target.paragraphStart);
    await page.waitForSelector(".current-clause .clause-name");
    await page.close();
  });

  it("on WordApi 1.1 says comments and tracked changes are unavailable and still goes to clauses", async () => {
    const paragraphs = contractParagraphs();
    const expected = await analysisOf(session, paragraphs);
    const page = await openInWord(paragraphs, ["1.1"]);
    expect(await page.textContent(".capability-note")).toMatch(/need Word API 1\.4/);
    await page.click("[data-key=analyse]");
    await waitForResults(page);
    const anchored = expected.findings.find((f) => f.kind !== "ok" && f.clauseId)!;
    const clause = expected.clauses.find((c) => c.id === anchored.clauseId)!;
    expect(await page.isDisabled(`[data-key="comment-${anchored.id}"]`)).toBe(true);
    await page.click(`[data-key="select-${anchored.id}"]`);
    await page.waitForFunction((start) => window.__word.selected?.[0] === start, clause.paragraphStart);
    // Without WordApi 1.3 only the clause's first paragraph can be selected.
    expect(await page.evaluate(() => window.__word.selected)).toEqual([clause.paragraphStart, clause.paragraphStart]);
    await page.screenshot({ path: join(SCREENSHOTS, "word-1.1-narrow.png") });
    await page.close();
  });
});
