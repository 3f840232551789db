import { describe, expect, it, vi } from "vitest";
import { ClauseLensApi } from "../src/api/client";
import { NetworkError, ProblemError, plainMessage } from "../src/api/problems";
import { aResult } from "./builders";

const BASE = "http://127.0.0.1:5999";

function problem(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/problem+json", ...headers } });
}

function json(body: unknown): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });
}

describe("ClauseLensApi", () => {
  it("asks for the negotiation brief as HTML for the same paragraphs and playbook", async () => {
    const fetch = vi.fn(async () => new Response("<h1>Brief</h1>", { status: 200, headers: { "content-type": "text/html" } }));
    const api = new ClauseLensApi(BASE, fetch);
    const brief = await api.brief(["A.", "B."], "japan-sme-collaboration");
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(`${BASE}/api/briefs?format=html`);
    expect(JSON.parse(init.body as string)).toEqual({ paragraphs: ["A.", "B."], playbook: "japan-sme-collaboration" });
    expect((init.headers as Record<string, string>).accept).toBe("text/html");
    expect(await brief.text()).toBe("<h1>Brief</h1>");
  });

  it("turns a failed brief into the server's problem", async () => {
    const fetch = vi.fn(async () => problem(400, { status: 400, title: "The contract is empty", detail: "There is no text to analyse." }));
    const api = new ClauseLensApi(BASE, fetch);
    await expect(api.brief([""], undefined)).rejects.toBeInstanceOf(ProblemError);
  });

  it("posts the paragraphs and the chosen playbook as JSON", async () => {
    const fetch = vi.fn(async () => json(aResult()));
    const api = new ClauseLensApi(BASE, fetch);
    await api.analyzeParagraphs(["A.", "B."], "custom-playbook");
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(`${BASE}/api/analyze`);
    expect(init.method).toBe("POST");
    expect(JSON.parse(init.body as string)).toEqual({ paragraphs: ["A.", "B."], playbook: "custom-playbook" });
    expect((init.headers as Record<string, string>)["content-type"]).toBe("application/json");
  });

  it("uploads a file as multipart with its playbook and asks for the paragraphs back", async () => {
    const fetch = vi.fn(async () => json(aResult({ paragraphs: ["A."] })));
    const api = new ClauseLensApi(BASE, fetch);
    const result = await api.analyzeFile(new Blob(["hello"], { type: "text/plain" }), "nda.txt", "japan-sme-collaboration");
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(`${BASE}/api/analyze/file?includeParagraphs=true`);
    const form = init.body as FormData;
    expect((form.get("file") as File).name).toBe("nda.txt");
    expect(await (form.get("file") as File).text()).toBe("hello");
    expect(form.get("playbook")).toBe("japan-sme-collaboration");
    expect(result.paragraphs).toEqual(["A."]);
  });

  it("turns a problem response into a ProblemError carrying the detail", async () => {
    const api = new ClauseLensApi(BASE, async () => problem(400, { type: "about:blank", title: "Bad request", status: 400, detail: "The document has no text." }));
    const error = await api.analyzeParagraphs([]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemError);
    expect((error as ProblemError).status).toBe(400);
    expect(plainMessage(error)).toBe("The document has no text.");
  });

  it("leads with a specific title, then the detail", async () => {
    const api = new ClauseLensApi(BASE, async () => problem(400, { title: "The contract is empty", status: 400, detail: "Send non-blank text." }));
    expect(plainMessage(await api.listPlaybooks().catch((e: unknown) => e))).toBe("The contract is empty. Send non-blank text.");
  });

  it("reads Retry-After on 429 and says when to retry", async () => {
    const api = new ClauseLensApi(BASE, async () => problem(429, { title: "Too many requests", status: 429 }, { "retry-after": "12" }));
    const error = (await api.listPlaybooks().catch((e: unknown) => e)) as ProblemError;
    expect(error.retryAfterSeconds).toBe(12);
    expect(plainMessage(error)).toBe("Too many requests. Try again in 12 seconds.");
  });

  it("explains an error with no body by its status", async () => {
    const api = new ClauseLensApi(BASE, async () => new Response("", { status: 415 }));
    expect(plainMessage(await api.listPlaybooks().catch((e: unknown) => e))).toMatch(/cannot be analysed/);
  });

  it("says the server had a problem on a 5xx with a broken body", async () => {
    const api = new ClauseLensApi(BASE, async () => new Response("{oops", { status: 502, headers: { "content-type": "application/json" } }));
    expect(plainMessage(await api.listPlaybooks().catch((e: unknown) => e))).toBe("The server had a problem. Try again in a moment.");
  });

  it("reports a failed fetch as a network error in plain words", async () => {
    const api = new ClauseLensApi(BASE, async () => {
      throw new TypeError("Failed to fetch");
    });
    const error = await api.listPlaybooks().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(plainMessage(error)).toMatch(/Could not reach the ClauseLens server/);
  });

  it("lets an abort through instead of calling it a network failure", async () => {
    const api = new ClauseLensApi(BASE, async () => {
      throw new DOMException("aborted", "AbortError");
    });
    const error = await api.listPlaybooks().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
  });
});
