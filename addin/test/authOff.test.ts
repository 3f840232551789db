// Local mode: the server says sign-in is off, so MSAL is never loaded and requests carry nothing.
import { describe, expect, it, vi } from "vitest";
import { ClauseLensApi } from "../src/api/client";
import { startSignIn } from "../src/auth";

const loaded = vi.hoisted(() => ({ msal: false }));

vi.mock("@azure/msal-browser", () => {
  loaded.msal = true;
  return {};
});

describe("local mode", () => {
  it("signs nobody in, loads no MSAL and sends no Authorization header", async () => {
    const headers: Headers[] = [];
    const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).endsWith("/api/config")) return Response.json({ identity: { enabled: false, clientId: null, authority: null, scopes: [] } });
      headers.push(new Headers(init?.headers));
      return Response.json([]);
    });

    const session = await startSignIn({ baseUrl: "http://127.0.0.1:5000", nestedAppAuth: true, fetchImpl: fetch });
    await new ClauseLensApi("http://127.0.0.1:5000", fetch, session).listPlaybooks();

    expect(session.state).toEqual({ status: "off" });
    expect(session.enabled).toBe(false);
    expect(loaded.msal).toBe(false);
    expect(headers[0]?.has("authorization")).toBe(false);
  });

  it("treats a server that cannot say as local mode, leaving the API calls to report the problem", async () => {
    const session = await startSignIn({ baseUrl: "http://127.0.0.1:5000", nestedAppAuth: false, fetchImpl: async () => new Response("", { status: 502 }) });

    expect(session.state).toEqual({ status: "off" });
    expect(loaded.msal).toBe(false);
  });
});
