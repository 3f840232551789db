// The pane and the batch page with sign-in on, in a real browser with the real MSAL: the server is
// configured for an Entra ID tenant, and Entra ID itself (unreachable here) is played by routes
// that answer MSAL's metadata requests and show a stand-in sign-in page. Covers what a mocked MSAL
// cannot: the lazily loaded chunk runs under the page's CSP, the popup goes to the authority with
// our client id, scope and redirect page, and closing it is reported in plain words.
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page, Request } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { newPage, useSession } from "./session";

const TENANT = "8d6c7f3e-5a1b-4c2d-9e0f-1a2b3c4d5e6f";
const CLIENT = "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0";
const AUTHORITY = `https://login.microsoftonline.com/${TENANT}`;
const SCREENSHOTS = process.env.E2E_SCREENSHOTS ?? join(tmpdir(), "clauselens-screenshots");

const authorityRequests: string[] = [];

/** Entra ID's part: OpenID metadata for the tenant, instance discovery, and a sign-in page that does nothing. */
async function playEntraId(context: BrowserContext): Promise<void> {
  await context.route("https://login.microsoftonline.com/**", async (route) => {
    const url = new URL(route.request().url());
    authorityRequests.push(url.pathname);
    const v2 = `${AUTHORITY}/oauth2/v2.0`;
    if (url.pathname.endsWith("/.well-known/openid-configuration")) {
      await route.fulfill({
        json: {
          issuer: `${AUTHORITY}/v2.0`,
          authorization_endpoint: `${v2}/authorize`,
          token_endpoint: `${v2}/token`,
          end_session_endpoint: `${v2}/logout`,
          jwks_uri: `${AUTHORITY}/discovery/v2.0/keys`,
        },
        headers: { "access-control-allow-origin": "*" },
      });
    } else if (url.pathname.endsWith("/discovery/instance")) {
      await route.fulfill({
        json: {
          tenant_discovery_endpoint: `${AUTHORITY}/v2.0/.well-known/openid-configuration`,
          metadata: [{ preferred_network: "login.microsoftonline.com", preferred_cache: "login.windows.net", aliases: ["login.microsoftonline.com", "login.windows.net"] }],
        },
        headers: { "access-control-allow-origin": "*" },
      });
    } else {
      await route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Sign in</title><p>Stand-in for the Microsoft sign-in page.</p>" });
    }
  });
}

const session = useSession(
  {
    AzureAd__Instance: "https://login.microsoftonline.com/",
    AzureAd__TenantId: TENANT,
    AzureAd__ClientId: CLIENT,
    AzureAd__Audience: `api://${CLIENT}`,
  },
  () => mkdirSync(SCREENSHOTS, { recursive: true }),
);

beforeAll(() => playEntraId(session.browser.context));

async function open(path: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await newPage(session);
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (r: Request) => requests.push(r.url()));
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && m.text().includes("Content Security Policy") && errors.push(m.text()));
  const response = await page.goto(`${session.server.origin}${path}`);
  expect(response?.headers()["content-security-policy"]).toContain("connect-src 'self' https://login.microsoftonline.com");
  await page.waitForSelector("body[data-ready=true]");
  return { page, requests, errors };
}

describe.skipIf(!!process.env.E2E_SERVER_ORIGIN)("sign-in on, in a browser", () => {
  it("the pane loads MSAL, asks to sign in and sends nothing to the API without a token", async () => {
    const { page, requests, errors } = await open("/addin/taskpane.html");

    expect(requests.some((url) => /\/addin\/chunks\/msal-[A-Z0-9]+\.js$/.test(url))).toBe(true);
    expect(await page.getAttribute("body", "data-sign-in")).toBe("signed-out");
    expect(await page.textContent(".account")).toContain("Sign in with your work account");

    await page.fill("#contract-text", "1. Governing Law. This Agreement is governed by the laws of Japan.");
    await page.click("[data-key=analyse-text]");
    await page.waitForSelector("[role=alert]");
    expect(await page.textContent("[role=alert]")).toContain("Sign in to ClauseLens to continue.");
    expect(requests.filter((url) => url.includes("/api/") && !url.endsWith("/api/config"))).toEqual([]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, "pane-sign-in.png") });
    await page.close();
  });

  it("Sign in opens Entra ID's page for our app, scope and redirect page; closing it leaves a clear message", async () => {
    const { page, errors } = await open("/addin/taskpane.html");

    const [popup] = await Promise.all([page.waitForEvent("popup"), page.click("[data-key=sign-in]")]);
    await popup.waitForURL(/\/oauth2\/v2\.0\/authorize/);
    const authorize = new URL(popup.url());
    expect(authorize.origin + authorize.pathname).toBe(`${AUTHORITY}/oauth2/v2.0/authorize`);
    expect(authorize.searchParams.get("client_id")).toBe(CLIENT);
    expect(authorize.searchParams.get("redirect_uri")).toBe(`${session.server.origin}/addin/auth-redirect.html`);
    expect(authorize.searchParams.get("scope")?.split(" ")).toContain(`api://${CLIENT}/Contracts.Analyze`);
    expect(authorize.searchParams.get("prompt")).toBe("select_account");
    expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorityRequests.some((p) => p.endsWith("/authorize"))).toBe(true);

    expect(await page.textContent(".account")).toContain("Signing in…");
    // MSAL v5 hears from the popup over a BroadcastChannel and cannot see it close: it gives up
    // after its popup timeout (60 s), and the pane says what happened.
    await popup.close();
    await page.waitForSelector(".account [role=alert]");
    expect(await page.textContent(".account [role=alert]")).toMatch(/^Sign-in did not finish: the sign-in window was closed or timed out\./);
    expect(await page.isEnabled("[data-key=sign-in]")).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the batch page shares the sign-in: it asks to sign in before it lets anything be checked", async () => {
    const { page, errors } = await open("/batches");

    expect(await page.isVisible("#account [data-key=sign-in]")).toBe(true);
    await page.setInputFiles("#files", [{ name: "nda.txt", mimeType: "text/plain", buffer: Buffer.from("1. Governing Law. Japan.") }]);
    expect(await page.textContent("#start")).toBe("Check 1 file");
    expect(await page.isDisabled("#start")).toBe(true);
    expect(await page.textContent("#picked")).toContain("Sign in to check them.");
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, "batch-sign-in.png") });
    await page.close();
  });
});
