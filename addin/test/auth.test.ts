// @vitest-environment happy-dom
// The pane's token handling against a mocked @azure/msal-browser: which MSAL flow is chosen, silent
// before interactive, the bearer token on requests, one retry after a 401, cancel and sign-out.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ClauseLensApi } from "../src/api/client";
import { plainMessage } from "../src/api/problems";
import { SignInRequiredError, startSignIn, type SignInSession } from "../src/auth";
import { mountAccount } from "../src/ui/account";
import { aToken, anAccount, FakeMsalApp, msalError } from "./msalFake";

const msal = vi.hoisted(() => ({ app: undefined as unknown, flows: [] as string[], configs: [] as unknown[] }));

vi.mock("@azure/msal-browser", () => {
  class InteractionRequiredAuthError extends Error {
    errorCode = "interaction_required";
  }
  const create = (flow: string) => async (configuration: unknown) => {
    msal.flows.push(flow);
    msal.configs.push(configuration);
    return msal.app;
  };
  return {
    BrowserCacheLocation: { LocalStorage: "localStorage" },
    InteractionRequiredAuthError,
    createNestablePublicClientApplication: create("nested"),
    createStandardPublicClientApplication: create("standard"),
  };
});

const BASE = "https://clauselens.contoso.example";
const SCOPE = "api://0f1e2d3c/Contracts.Analyze";
const CONFIG = { identity: { enabled: true, clientId: "0f1e2d3c", authority: "https://login.microsoftonline.com/tenant", scopes: [SCOPE] } };

/** The server: /api/config, and /api/playbooks answering 200 only to the tokens in `accepted`. */
function fakeServer(accepted: Set<string>, status403 = false) {
  const seen: (string | null)[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    if (url.pathname === "/api/config") return Response.json(CONFIG);
    const auth = new Headers(init?.headers).get("authorization");
    seen.push(auth);
    const token = auth?.replace(/^Bearer /, "") ?? "";
    if (!accepted.has(token)) return new Response(JSON.stringify({ status: 401, title: "Unauthorized" }), { status: 401, headers: { "content-type": "application/problem+json" } });
    if (status403) return new Response(JSON.stringify({ status: 403, title: "Forbidden" }), { status: 403, headers: { "content-type": "application/problem+json" } });
    return Response.json([{ id: "japan-sme-collaboration", name: "Japan SME collaboration", version: "1.0", builtIn: true }]);
  });
  return { fetch, seen };
}

let app: FakeMsalApp;

beforeEach(() => {
  app = new FakeMsalApp();
  msal.app = app;
  msal.flows.length = 0;
  msal.configs.length = 0;
});

async function signedInApi(nestedAppAuth: boolean, server: ReturnType<typeof fakeServer>): Promise<{ session: SignInSession; api: ClauseLensApi }> {
  const session = await startSignIn({ baseUrl: BASE, nestedAppAuth, fetchImpl: server.fetch });
  return { session, api: new ClauseLensApi(BASE, server.fetch, session) };
}

async function interactionRequired(): Promise<Error> {
  const { InteractionRequiredAuthError } = await import("@azure/msal-browser");
  return new InteractionRequiredAuthError("interaction_required", "consent needed");
}

describe("choosing the MSAL flow", () => {
  it("uses nested app authentication inside Office, configured from /api/config", async () => {
    app.silent.mockResolvedValue(aToken("tok-office"));
    const { session } = await signedInApi(true, fakeServer(new Set()));

    expect(msal.flows).toEqual(["nested"]);
    expect(msal.configs[0]).toMatchObject({ auth: { clientId: "0f1e2d3c", authority: "https://login.microsoftonline.com/tenant", redirectUri: `${BASE}/addin/auth-redirect.html` } });
    // The host already has the person signed in: one silent call shows the account at once.
    expect(session.state).toEqual({ status: "signed-in", account: { name: "Ada Lovelace", username: "ada@contoso.example" } });
    expect(app.silent).toHaveBeenCalledWith(expect.objectContaining({ scopes: [SCOPE] }));
    expect(app.popup).not.toHaveBeenCalled();
  });

  it("uses the popup flow in a browser and does not open a popup nobody asked for", async () => {
    const server = fakeServer(new Set(["tok-1"]));
    const { session, api } = await signedInApi(false, server);

    expect(msal.flows).toEqual(["standard"]);
    expect(session.state.status).toBe("signed-out");
    const error = await api.listPlaybooks().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInRequiredError);
    expect(app.popup).not.toHaveBeenCalled();
    expect(server.seen).toEqual([]); // nothing was sent without a token
  });

  it("signs in by popup when asked, choosing the account, then attaches the token", async () => {
    const server = fakeServer(new Set(["tok-1"]));
    const { session, api } = await signedInApi(false, server);
    app.popup.mockImplementation(async () => aToken("tok-popup"));
    app.silent.mockResolvedValue(aToken("tok-1"));

    await session.signIn();

    expect(app.popup).toHaveBeenCalledWith({ scopes: [SCOPE], prompt: "select_account" });
    expect(session.state).toMatchObject({ status: "signed-in", account: { name: "Ada Lovelace" } });
    await api.listPlaybooks();
    expect(server.seen).toEqual(["Bearer tok-1"]);
    expect(app.silent).toHaveBeenLastCalledWith({ scopes: [SCOPE], account: anAccount(), forceRefresh: false });
  });

  it("remembers the signed-in account in a browser without asking again", async () => {
    app.accounts = [anAccount("Grace Hopper", "grace@contoso.example")];
    const { session } = await signedInApi(false, fakeServer(new Set()));

    expect(session.state).toEqual({ status: "signed-in", account: { name: "Grace Hopper", username: "grace@contoso.example" } });
    expect(app.silent).not.toHaveBeenCalled();
  });
});

describe("tokens on requests", () => {
  it("tries silently first and only then asks the Office host interactively", async () => {
    const server = fakeServer(new Set(["tok-2"]));
    app.silent.mockRejectedValueOnce(await interactionRequired()); // at start-up: consent needed
    const { session, api } = await signedInApi(true, server);
    expect(session.state.status).toBe("signed-out");

    const order: string[] = [];
    app.silent.mockImplementationOnce(async () => {
      order.push("silent");
      throw await interactionRequired();
    });
    app.popup.mockImplementationOnce(async () => {
      order.push("popup");
      return aToken("tok-popup");
    });
    app.silent.mockImplementationOnce(async () => {
      order.push("silent");
      return aToken("tok-2");
    });

    await api.listPlaybooks();

    expect(order).toEqual(["silent", "popup", "silent"]);
    expect(server.seen).toEqual(["Bearer tok-2"]);
    expect(session.state.status).toBe("signed-in");
  });

  it("asks MSAL on every request, so a token renewed after expiry is used at once", async () => {
    const server = fakeServer(new Set(["tok-1", "tok-renewed"]));
    app.silent.mockResolvedValueOnce(aToken("tok-1")).mockResolvedValueOnce(aToken("tok-1")).mockResolvedValueOnce(aToken("tok-renewed"));
    const { api } = await signedInApi(true, server);

    await api.listPlaybooks();
    await api.listPlaybooks();

    expect(server.seen).toEqual(["Bearer tok-1", "Bearer tok-renewed"]);
  });

  it("retries a 401 once with a freshly acquired token", async () => {
    const server = fakeServer(new Set(["tok-fresh"]));
    app.silent.mockResolvedValueOnce(aToken("tok-revoked")).mockResolvedValueOnce(aToken("tok-revoked")).mockResolvedValueOnce(aToken("tok-fresh"));
    const { api } = await signedInApi(true, server);

    const playbooks = await api.listPlaybooks();

    expect(playbooks).toHaveLength(1);
    expect(server.seen).toEqual(["Bearer tok-revoked", "Bearer tok-fresh"]);
    expect(app.silent.mock.calls.at(-1)?.[0]).toMatchObject({ forceRefresh: true });
  });

  it("after a second 401 stops retrying and asks the person to sign in", async () => {
    const server = fakeServer(new Set());
    app.silent.mockResolvedValue(aToken("tok-unwanted"));
    const { session, api } = await signedInApi(true, server);

    const error = await api.listPlaybooks().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SignInRequiredError);
    expect(plainMessage(error)).toMatch(/Sign in again/);
    expect(server.seen).toHaveLength(2);
    expect(session.state).toMatchObject({ status: "signed-out", message: expect.stringMatching(/expired/) });
  });

  it("explains a 403 (signed in, but without the scope) without retrying or signing out", async () => {
    const server = fakeServer(new Set(["tok-1"]), true);
    app.silent.mockResolvedValue(aToken("tok-1"));
    const { session, api } = await signedInApi(true, server);

    const error = await api.listPlaybooks().catch((e: unknown) => e);

    expect(plainMessage(error)).toMatch(/not allowed to use ClauseLens.*Contracts\.Analyze.*administrator/);
    expect(server.seen).toHaveLength(1);
    expect(session.state.status).toBe("signed-in");
  });

  it("in a browser, an expired sign-in asks for the Sign in button instead of a surprise popup", async () => {
    app.accounts = [anAccount()];
    const server = fakeServer(new Set(["tok-1"]));
    const { session, api } = await signedInApi(false, server);
    app.silent.mockRejectedValue(await interactionRequired());

    const error = await api.listPlaybooks().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SignInRequiredError);
    expect(app.popup).not.toHaveBeenCalled();
    expect(session.state).toMatchObject({ status: "signed-out", message: expect.stringMatching(/expired/) });
  });
});

describe("cancel, blocked popups and sign-out", () => {
  it("a cancelled sign-in leaves the person signed out with a clear message", async () => {
    const { session, api } = await signedInApi(false, fakeServer(new Set(["tok-1"])));
    app.popup.mockRejectedValue(msalError("user_cancelled"));

    await session.signIn();

    expect(session.state).toEqual({ status: "signed-out", message: "Sign-in was cancelled. Sign in to use ClauseLens." });
    expect(app.active).toBeNull();
    await expect(api.listPlaybooks()).rejects.toBeInstanceOf(SignInRequiredError);
  });

  it("a cancelled Office dialog fails the request with the same message", async () => {
    app.silent.mockRejectedValue(await interactionRequired());
    const { session, api } = await signedInApi(true, fakeServer(new Set(["tok-1"])));
    app.popup.mockRejectedValue(msalError("user_canceled"));

    const error = await api.listPlaybooks().catch((e: unknown) => e);

    expect(plainMessage(error)).toBe("Sign-in was cancelled. Sign in to use ClauseLens.");
    expect(session.state.status).toBe("signed-out");
  });

  it("a popup closed without an answer (MSAL's bridge times out) says sign-in did not finish", async () => {
    const { session } = await signedInApi(false, fakeServer(new Set()));
    app.popup.mockRejectedValue(msalError("timed_out"));

    await session.signIn();

    expect(session.state).toMatchObject({ status: "signed-out", message: expect.stringMatching(/window was closed or timed out/) });
  });

  it("a blocked popup says to allow pop-ups", async () => {
    const { session } = await signedInApi(false, fakeServer(new Set()));
    app.popup.mockRejectedValue(msalError("popup_window_error"));

    await session.signIn();

    expect(session.state).toMatchObject({ status: "signed-out", message: expect.stringMatching(/Allow pop-ups/) });
  });

  it("signing out forgets the account and its tokens", async () => {
    app.accounts = [anAccount()];
    const server = fakeServer(new Set(["tok-1"]));
    const { session, api } = await signedInApi(false, server);

    await session.signOut();

    expect(app.clearCache).toHaveBeenCalledWith({ account: anAccount() });
    expect(session.state.status).toBe("signed-out");
    await expect(api.listPlaybooks()).rejects.toBeInstanceOf(SignInRequiredError);
    expect(server.seen).toEqual([]);
  });
});

describe("the account bar", () => {
  it("shows who is signed in with Sign out, and Sign in after signing out", async () => {
    app.accounts = [anAccount()];
    const { session } = await signedInApi(false, fakeServer(new Set()));
    const bar = document.createElement("div");
    mountAccount(bar, session);

    expect(bar.hidden).toBe(false);
    expect(bar.textContent).toContain("Signed in as Ada Lovelace");
    bar.querySelector<HTMLButtonElement>("[data-key=sign-out]")!.click();
    await vi.waitFor(() => expect(bar.querySelector("[data-key=sign-in]")).not.toBeNull());

    app.popup.mockRejectedValue(msalError("user_cancelled"));
    bar.querySelector<HTMLButtonElement>("[data-key=sign-in]")!.click();
    await vi.waitFor(() => expect(bar.querySelector("[role=alert]")?.textContent).toMatch(/cancelled/));
    expect(app.popup).toHaveBeenCalledTimes(1);
  });
});
