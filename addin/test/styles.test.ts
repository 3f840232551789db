// The pane and the batch page share one set of design tokens (src/tokens.css): each page links it
// before its own sheet, and every token a sheet uses is defined there, so the two cannot drift apart
// and no colour silently falls back to the browser's default.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(__dirname, "..", "src");
const read = (file: string) => readFileSync(join(SRC, file), "utf8");
const stylesheets = (html: string) => [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!.replace(/^\/addin\//, ""));
const defined = (css: string) => new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]!));
const used = (css: string) => new Set([...css.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]!));

describe("design tokens", () => {
  it.each([
    ["taskpane.html", "taskpane.css"],
    ["batches.html", "batches.css"],
  ])("%s links the shared tokens before its own stylesheet", (page, own) => {
    expect(stylesheets(read(page))).toEqual(["tokens.css", own]);
  });

  it.each(["taskpane.css", "batches.css"])("every token %s uses is defined in tokens.css", (sheet) => {
    const tokens = defined(read("tokens.css"));
    const missing = [...used(read(sheet))].filter((name) => !tokens.has(name));
    expect(missing).toEqual([]);
  });

  it("defines the tokens in one place only", () => {
    const elsewhere = readdirSync(SRC).filter((f) => f.endsWith(".css") && f !== "tokens.css" && /:root\s*\{/.test(read(f)));
    expect(elsewhere).toEqual([]);
  });

  it("every stylesheet a page links is in src/, which the build copies whole", () => {
    const files = new Set(readdirSync(SRC));
    const linked = readdirSync(SRC).filter((f) => f.endsWith(".html")).flatMap((page) => stylesheets(read(page)));
    expect(linked.filter((sheet) => !files.has(sheet))).toEqual([]);
  });
});
