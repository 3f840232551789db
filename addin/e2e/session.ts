// What every end-to-end spec does around its tests, written once: one server and one browser for the
// spec file, a page with the run's patience, the pane opened ready (in the browser, or in Word through
// the office.js stand-in), the server's own analysis of a contract, and waiting for the pane's results.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import type { AnalysisResult } from "../src/core/types";
import { FAKE_OFFICE_JS } from "./fakeWord";
import { startBrowser, startServer, type RunningBrowser, type RunningServer } from "./harness";

/** Waits are for events, not for a speed: the limit only ends a run that would never finish. */
export const PATIENCE_MS = 120_000;

export interface Session {
  readonly server: RunningServer;
  readonly browser: RunningBrowser;
}

/**
 * Starts the server (with extra `settings`, e.g. `AzureAd__ClientId`) and the browser before the spec
 * file's first test, after `prepare` (files, data checks), and stops both after its last test.
 */
export function useSession(settings: Record<string, string> = {}, prepare?: () => unknown): Session {
  let server: RunningServer | undefined;
  let browser: RunningBrowser | undefined;
  beforeAll(async () => {
    await prepare?.();
    server = await startServer(settings);
    browser = await startBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("The server and browser start in beforeAll; use them inside a test.");
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
  };
}

export interface PageOptions {
  /** Viewport width; the browser's default (1280 × 900) when not given. */
  width?: number;
  height?: number;
  patience?: number;
  /**
   * The browser's language (`navigator.language`), with the reader's saved language choice cleared
   * once per tab (the pane and the batch page share it), so a reload keeps what the reader chose.
   */
  language?: string;
}

/** A new tab with the run's patience (and the viewport asked for), not yet at any address. */
export async function newPage(session: Session, { width, height = 900, patience = PATIENCE_MS, language }: PageOptions = {}): Promise<Page> {
  const page = await session.browser.context.newPage();
  page.setDefaultTimeout(patience);
  if (width !== undefined) await page.setViewportSize({ width, height });
  if (language) {
    await page.addInitScript((lang) => {
      Object.defineProperty(navigator, "language", { get: () => lang });
      if (!sessionStorage.getItem("e2e-seeded")) {
        localStorage.removeItem("clauselens.uiLanguage");
        sessionStorage.setItem("e2e-seeded", "1");
      }
    }, language);
  }
  return page;
}

export interface PaneOptions extends PageOptions {
  /** Opens the pane in Word (the office.js stand-in) rather than in the browser. */
  inWord?: boolean;
  /** Word API versions the stand-in claims (implies `inWord`). */
  wordApi?: string[];
  /** The Word document's paragraphs (implies `inWord`). */
  paragraphs?: string[];
}

/** The task pane, ready (`body[data-ready=true]`): in the browser, or in Word through the office.js stand-in. */
export async function openPane(session: Session, options: PaneOptions = {}): Promise<Page> {
  const page = await newPage(session, options);
  const { wordApi, paragraphs } = options;
  if (wordApi) await page.addInitScript((versions) => ((window as unknown as { __wordApi: string[] }).__wordApi = versions), wordApi);
  if (options.inWord || wordApi || paragraphs) {
    await page.route("https://appsforoffice.microsoft.com/**", (route) => route.fulfill({ contentType: "text/javascript", body: FAKE_OFFICE_JS }));
  }
  await page.goto(`${session.server.origin}/addin/taskpane.html`);
  await page.waitForSelector("body[data-ready=true]");
  if (paragraphs) await page.evaluate((ps) => ((window as unknown as { __word: { paragraphs: string[] } }).__word.paragraphs = ps), paragraphs);
  return page;
}

/** Waits for the results; an error shown instead fails the test with the pane's own words. */
export async function waitForResults(page: Page): Promise<void> {
  await page.waitForSelector(".summary, [role=alert]");
  const alert = await page.$("[role=alert]");
  if (alert) throw new Error(`The pane showed an error instead of results: ${await alert.textContent()}`);
}

/** The server's own answer for these paragraphs (with `request`'s other fields), to know which clause each finding is about. */
export async function analysisOf(session: Session, paragraphs: string[], request: Record<string, unknown> = {}): Promise<AnalysisResult> {
  const response = await fetch(`${session.server.origin}/api/analyze`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ paragraphs, ...request }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as AnalysisResult;
}
