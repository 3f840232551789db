// The batch page's client: the event stream read with fetch (so it can carry the bearer token),
// results fetched with the token, and which dropped files are worth uploading.
import { describe, expect, it, vi } from "vitest";
import { BatchesApi, parseEvents } from "../src/api/batches";
import type { Credentials } from "../src/auth";
import { acceptable, summaryOf } from "../src/batches/controller";
import type { BatchStatus } from "../src/batches/types";

const BASE = "http://127.0.0.1:5999";

function aBatch(done: number, total = 3, status: BatchStatus["status"] = done === total ? "complete" : "running"): BatchStatus {
  const self = "/api/batches/b1";
  return {
    id: "b1",
    status,
    playbook: "japan-sme-collaboration",
    createdAt: "2026-11-25T12:00:00Z",
    counts: { total, queued: total - done, analysing: 0, done, failed: 0 },
    documents: Array.from({ length: total }, (_, index) => ({ index, name: `c${index}.txt`, status: index < done ? "done" : "queued" })),
    links: { self, events: `${self}/events`, json: `${self}/results?format=json`, csv: `${self}/results?format=csv`, html: `${self}/results?format=html` },
  };
}

const signedIn: Credentials = { enabled: true, headers: async () => ({ authorization: "Bearer tok-1" }), rejected: () => undefined };

/** A text/event-stream body delivered in the given pieces (split mid-event on purpose). */
function stream(...pieces: string[]): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(encoder.encode(piece));
      controller.close();
    },
  });
  return new Response(body, { headers: { "content-type": "text/event-stream" } });
}

describe("parseEvents", () => {
  it("returns complete events and keeps the unfinished rest", () => {
    const { events, rest } = parseEvents('event: progress\ndata: {"a":1}\n\n: keep-alive\n\nevent: complete\r\ndata: {"a"');
    expect(events).toEqual([{ event: "progress", data: '{"a":1}' }]);
    expect(rest).toBe('event: complete\ndata: {"a"');
  });

  it("joins multi-line data and defaults the event name", () => {
    expect(parseEvents("data: one\ndata: two\n\n").events).toEqual([{ event: "message", data: "one\ntwo" }]);
  });
});

describe("BatchesApi", () => {
  it("follows the event stream with the bearer token until the batch is complete", async () => {
    const first = JSON.stringify(aBatch(1));
    const last = JSON.stringify(aBatch(3));
    const fetch = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) =>
      stream(`event: progress\ndata: ${first.slice(0, 10)}`, `${first.slice(10)}\n\n`, `event: complete\ndata: ${last}\n\n`),
    );
    const seen: number[] = [];

    const final = await new BatchesApi(BASE, fetch, signedIn).follow(aBatch(0), (s) => seen.push(s.counts.done));

    expect(seen).toEqual([1, 3]);
    expect(final.status).toBe("complete");
    const [url, init] = fetch.mock.calls[0]!;
    expect(String(url)).toBe(`${BASE}/api/batches/b1/events`);
    expect(new Headers(init?.headers).get("authorization")).toBe("Bearer tok-1");
    expect(new Headers(init?.headers).get("accept")).toBe("text/event-stream");
  });

  it("returns the last status when the stream ends early, so the page can poll", async () => {
    const fetch = vi.fn(async () => stream(`event: progress\ndata: ${JSON.stringify(aBatch(1))}\n\n`));

    const last = await new BatchesApi(BASE, fetch, signedIn).follow(aBatch(0), () => undefined);

    expect(last.status).toBe("running");
  });

  it("fetches the report with the bearer token", async () => {
    const fetch = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => new Response("<h1>Portfolio</h1>", { headers: { "content-type": "text/html" } }));

    const report = await new BatchesApi(BASE, fetch, signedIn).results(aBatch(3), "html");

    expect(await report.text()).toBe("<h1>Portfolio</h1>");
    expect(String(fetch.mock.calls[0]![0])).toBe(`${BASE}/api/batches/b1/results?format=html`);
    expect(new Headers(fetch.mock.calls[0]![1]?.headers).get("authorization")).toBe("Bearer tok-1");
  });

  it("uploads every picked file under its folder path, with the playbook", async () => {
    const fetch = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => Response.json(aBatch(0), { status: 202 }));

    await new BatchesApi(BASE, fetch, signedIn).submit([{ file: new Blob(["a"]), path: "deals/a.txt" }, { file: new Blob(["b"]), path: "b.docx" }], "strict-nda");

    const form = fetch.mock.calls[0]![1]?.body as FormData;
    expect(form.getAll("files").map((f) => (f as File).name)).toEqual(["deals/a.txt", "b.docx"]);
    expect(form.get("playbook")).toBe("strict-nda");
  });

  it("uploads the deal: type, side and language", async () => {
    const fetch = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => Response.json(aBatch(0), { status: 202 }));

    await new BatchesApi(BASE, fetch, signedIn).submit([{ file: new Blob(["a"]), path: "a.txt" }], undefined, { contractType: "licence", side: "licensee", language: "ja" });

    const form = fetch.mock.calls[0]![1]?.body as FormData;
    expect([form.get("playbook"), form.get("contractType"), form.get("side"), form.get("language")]).toEqual([null, "licence", "licensee", "ja"]);
  });

  it("fetches a document's issue list, the workbook and the findings CSV with the bearer token", async () => {
    const fetch = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => new Response("x"));
    const api = new BatchesApi(BASE, fetch, signedIn);
    const withLinks = { ...aBatch(3), links: { ...aBatch(3).links, issues: "/api/batches/b1/documents/{index}/issues", xlsx: "/api/batches/b1/results?format=xlsx" } };

    await api.issueList(withLinks, 2, "csv");
    await api.results(withLinks, "xlsx");
    await api.results(aBatch(3), "findingsCsv"); // a server without the link: the same address

    expect(fetch.mock.calls.map((c) => String(c[0]))).toEqual([
      `${BASE}/api/batches/b1/documents/2/issues?format=csv`,
      `${BASE}/api/batches/b1/results?format=xlsx`,
      `${BASE}/api/batches/b1/results?format=findings-csv`,
    ]);
    expect(fetch.mock.calls.every((c) => new Headers(c[1]?.headers).get("authorization") === "Bearer tok-1")).toBe(true);
  });
});

describe("the batch page", () => {
  it.each([
    ["contract.docx", true],
    ["deals/2024/nda.PDF", true],
    ["terms.htm", true],
    ["archive.zip", true],
    ["notes.md", false],
    [".hidden/contract.docx", false],
    ["__MACOSX/contract.docx", false],
    ["deals/.DS_Store", false],
  ])("uploads %s: %s", (path, expected) => {
    expect(acceptable(path)).toBe(expected);
  });

  it("summarises progress and completion in words", () => {
    expect(summaryOf(aBatch(1))).toBe("1 of 3 finished (1 done, 0 failed, 0 analysing, 2 queued).");
    expect(summaryOf({ ...aBatch(3), counts: { total: 3, queued: 0, analysing: 0, done: 2, failed: 1 } })).toBe("Complete: 2 of 3 analysed, 1 failed.");
  });
});
