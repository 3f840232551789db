import { afterEach, describe, expect, it, vi } from "vitest";
import { detectHost } from "../src/office/host";
import { PARAGRAPHS } from "./builders";
import { installWordMock, uninstallWordMock } from "./wordMock";

afterEach(() => {
  uninstallWordMock();
  vi.useRealTimers();
});

describe("finding the host", () => {
  it("is the browser when office.js did not load", async () => {
    expect(await detectHost()).toEqual({ kind: "browser" });
  });

  it("is Word when Office.onReady says so", async () => {
    installWordMock({ paragraphs: PARAGRAPHS });
    Object.assign(globalThis.Office, { onReady: async () => ({ host: "Word", platform: "PC" }), HostType: { Word: "Word" } });
    const host = await detectHost();
    expect(host.kind).toBe("word");
    expect(host.kind === "word" && host.document.capabilities).toEqual({ ranges: true, comments: true, trackedChanges: true });
    expect(host.kind === "word" && host.nestedAppAuth).toBe(false);
  });

  it("knows when Word brokers sign-in (nested app authentication)", async () => {
    installWordMock({ paragraphs: PARAGRAPHS });
    Object.assign(globalThis.Office, { onReady: async () => ({ host: "Word", platform: "PC" }), HostType: { Word: "Word" } });
    Object.assign(globalThis.Office.context.requirements, { isSetSupported: (name: string, version: string) => name === "NestedAppAuth" ? version === "1.1" : true });
    const host = await detectHost();
    expect(host.kind === "word" && host.nestedAppAuth).toBe(true);
  });

  it("is the browser when office.js loaded outside Office", async () => {
    installWordMock({ paragraphs: PARAGRAPHS });
    Object.assign(globalThis.Office, { onReady: async () => ({ host: null, platform: null }), HostType: { Word: "Word" } });
    expect(await detectHost()).toEqual({ kind: "browser" });
  });

  it("gives up waiting for Office.onReady and starts in the browser", async () => {
    vi.useFakeTimers();
    installWordMock({ paragraphs: PARAGRAPHS });
    Object.assign(globalThis.Office, { onReady: () => new Promise(() => undefined), HostType: { Word: "Word" } });
    const host = detectHost(5000);
    await vi.advanceTimersByTimeAsync(5000);
    expect(await host).toEqual({ kind: "browser" });
  });
});
