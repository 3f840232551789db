// The deal in a real browser against the real server: the detected type shown and changeable,
// the side picker filled from the applied playbook's roles, and a new analysis on every change.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { AnalysisResult } from "../src/core/types";
import { REPO_ROOT } from "./harness";
import { openPane, useSession } from "./session";

const LICENCE = readFileSync(join(REPO_ROOT, "tests", "ClauseLens.Analysis.Tests", "Playbooks", "Contracts", "licence-exclusive-grant-back.txt"), "utf8");
const session = useSession();

/** Runs `action` and returns the analysis the server answered with, and what the pane sent. */
async function analysisAfter(page: Page, action: () => Promise<unknown>): Promise<{ sent: Record<string, unknown>; result: AnalysisResult }> {
  const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith("/api/analyze") && r.request().method() === "POST"), action()]);
  expect(response.status()).toBe(200);
  const sent = JSON.parse(response.request().postData() ?? "{}") as Record<string, unknown>;
  const result = (await response.json()) as AnalysisResult;
  await page.waitForSelector(".summary");
  return { sent, result };
}

const selectedText = (page: Page, id: string) => page.$eval(`#${id}`, (s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent ?? "");
const optionValues = (page: Page, id: string) => page.$$eval(`#${id} option`, (os) => os.map((o) => (o as HTMLOptionElement).value));

describe("the deal in the pane", () => {
  it("shows the detected type, offers the applied playbook's sides, and analyses again on every change", async () => {
    const page = await openPane(session);
    await page.selectOption("#playbook", "");
    await page.fill("#contract-text", LICENCE);

    const first = await analysisAfter(page, () => page.click("[data-key=analyse-text]"));
    expect(first.sent.playbook).toBeUndefined();
    expect(first.result.contractType?.id).toBe("licence");
    expect(await selectedText(page, "contract-type")).toMatch(/^Detected: Licence \(\d+%\)$/);
    expect(await optionValues(page, "side")).toEqual(["", "licensor", "licensee"]);
    expect(await page.textContent("[data-testid=applied-playbook]")).toContain(first.result.playbook.name ?? first.result.playbook.id);

    const licensor = await analysisAfter(page, () => page.selectOption("#side", "licensor"));
    expect(licensor.sent.side).toBe("licensor");
    expect(licensor.result.side).toBe("licensor");
    const grantBack = licensor.result.findings.find((f) => f.ruleId === "no-exclusive-grant-back");
    expect(grantBack?.severity).toBe("info");
    expect(await page.$eval("#side", (s) => (s as HTMLSelectElement).value)).toBe("licensor");

    // Another type: another playbook, whose roles do not include the licensor; the pickers follow the result.
    const nda = await analysisAfter(page, () => page.selectOption("#contract-type", "nda"));
    expect(nda.sent.contractType).toBe("nda");
    expect(nda.sent.side).toBeUndefined();
    expect(nda.result.playbook.id).toBe("commercial-nda");
    expect(await optionValues(page, "side")).toEqual(["", "discloser", "recipient", "mutual"]);
    expect(await page.$eval("#side", (s) => (s as HTMLSelectElement).value)).toBe("");
    expect(await page.textContent("[data-testid=applied-playbook]")).toContain("Commercial NDA");
    await page.close();
  });
});
