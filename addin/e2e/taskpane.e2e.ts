// The pane in a real browser against the real server: browser mode (office.js unreachable),
// a real contract from ../shared/data pasted in, a generated .docx uploaded, a server error shown.
import { Document, HeadingLevel, Packer, Paragraph } from "docx";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADDIN_DIR, dataDir, startBrowser, startServer, type RunningBrowser, type RunningServer } from "./harness";

const SCREENSHOTS = join(ADDIN_DIR, "screenshots");
const CONTRACT = "cuad_CARDAX_INC_08_19_2014-EX-10.1-COLLABORATION_AGREEMENT.txt";

let server: RunningServer;
let browser: RunningBrowser;

beforeAll(async () => {
  const contracts = join(dataDir(), "contracts");
  if (!readdirSync(contracts).includes(CONTRACT)) throw new Error(`${CONTRACT} is missing from ${contracts}.`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startServer();
  browser = await startBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openPane(width = 1280, height = 900): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(`${server.origin}/addin/taskpane.html`);
  await page.waitForSelector("body[data-ready=true]");
  return page;
}

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
    const page = await openPane();
    expect(await page.getAttribute("body", "data-mode")).toBe("browser");
    const options = await page.$$eval("#playbook option", (os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options).toContain("japan-sme-collaboration");
    expect(await page.inputValue("#playbook")).toBe("japan-sme-collaboration");
    await page.close();
  });

  it.each([
    ["desktop", 1280, 900],
    ["narrow", 320, 800],
  ])("pasting a real contract shows findings; clicking one highlights its clause in view (%s)", async (name, width, height) => {
    const page = await openPane(width, height);
    const text = readFileSync(join(dataDir(), "contracts", CONTRACT), "utf8");
    await pasteAndAnalyse(page, text);
    await page.waitForSelector(".summary");
    const findings = await page.$$("[data-finding][data-clause]");
    expect(findings.length).toBeGreaterThan(0);
    expect(await page.$$eval(".contract-body [data-paragraph]", (ps) => ps.length)).toBeGreaterThan(10);

    // Take the last finding tied to a clause, so its clause is far down the contract.
    const last = findings.at(-1)!;
    const clauseId = (await last.getAttribute("data-clause"))!;
    await (await last.$(".finding-title"))!.click();
    const clause = `.contract-body [data-clause-id="${clauseId}"]`;
    await page.waitForSelector(`${clause}.is-selected`);
    expect(await inView(page, clause)).toBe(true);
    expect(await page.$$eval(".contract-body .is-selected", (s) => s.length)).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, `pasted-${name}.png`) });

    // The page must not scroll sideways at 320 px.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it("a finding can be reached and opened from the keyboard", async () => {
    const page = await openPane();
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

  it("uploading a .docx shows its paragraphs beside the findings", async () => {
    const page = await openPane();
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
    await page.waitForSelector(".summary");
    const paragraphs = await page.$$eval(".contract-body [data-paragraph]", (ps) => ps.map((p) => p.textContent));
    expect(paragraphs).toContain("2. Non-competition");
    expect(paragraphs.some((p) => p?.includes("anywhere in the world"))).toBe(true);
    expect(await page.$$eval(".contract-body section.clause", (s) => s.length)).toBeGreaterThan(1);
    await page.screenshot({ path: join(SCREENSHOTS, "docx-desktop.png"), fullPage: true });
    await page.close();
  });

  it("pasting only whitespace shows the server's problem in plain words, with Retry", async () => {
    const page = await openPane(320, 700);
    await pasteAndAnalyse(page, "   \n\t\n  ");
    const alert = await page.waitForSelector("[role=alert]");
    expect(await alert.textContent()).toContain("The contract is empty.");
    expect(await page.$("[role=alert] [data-key=retry]")).not.toBeNull();
    await page.screenshot({ path: join(SCREENSHOTS, "error-narrow.png") });

    // Retry after the reader pastes a contract runs the same (empty) request again, not a new one.
    await page.click("[data-key=retry]");
    await page.waitForSelector("[role=alert]");
    await page.close();
  });

  it("an unsupported upload is refused by the server and explained", async () => {
    const page = await openPane();
    await page.setInputFiles("#contract-file", { name: "scan.png", mimeType: "image/png", buffer: readFileSync(join(ADDIN_DIR, "assets", "icon-16.png")) });
    const alert = await page.waitForSelector("[role=alert]");
    expect(await alert.textContent()).toMatch(/cannot be analysed/);
    await page.close();
  });

  it("serves the manifest with the build's origin", async () => {
    const response = await fetch(`${server.origin}/addin/manifest.xml`);
    expect(response.status).toBe(200);
    const manifest = await response.text();
    expect(manifest).toContain('<SourceLocation DefaultValue="http://localhost:5000/addin/taskpane.html"/>');
    expect(manifest).toContain("<AppDomain>http://localhost:5000</AppDomain>");
  });
});
