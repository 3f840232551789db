// Sign-in for the pane and the batch page. The server says at /api/config whether identity is on;
// when it is, MSAL (loaded only then, see ./msal) gets a token for the API's scope: by nested app
// authentication inside Office, by a popup in a plain browser. The API client asks `headers()`
// for every request and `headers({ refresh: true })` once after a 401.

import { BrokerError, type Account, type BrokerFailure, type IdentitySettings, type Token, type TokenBroker } from "./broker";

export { BrokerError, type Account, type BrokerFailure, type IdentitySettings, type Token, type TokenBroker } from "./broker";

export type SignInState =
  | { status: "off" }
  | { status: "signed-out"; message?: string }
  | { status: "signing-in" }
  | { status: "signed-in"; account: Account };

/** What the API client needs: headers for each request, and a way to get fresher ones after a 401. */
export interface Credentials {
  /** False in local mode: requests carry nothing and a 401 cannot be fixed by signing in. */
  readonly enabled: boolean;
  headers(options?: { refresh?: boolean }): Promise<Record<string, string>>;
  /** The server refused even a fresh token: forget it and ask the person to sign in. */
  rejected(): void;
}

/** Local mode: no sign-in, no headers. */
export const noCredentials: Credentials = { enabled: false, headers: async () => ({}), rejected: () => undefined };

/** A request could not get credentials: nobody is signed in, the sign-in ran out, or it failed. The message says which. */
export class SignInRequiredError extends Error {
  override readonly name = "SignInRequiredError";
  constructor(message = "Sign in to ClauseLens to continue.") {
    super(message);
  }
}

const MESSAGES: Record<Exclude<BrokerFailure, "interaction-required">, string> = {
  cancelled: "Sign-in was cancelled. Sign in to use ClauseLens.",
  unfinished: "Sign-in did not finish: the sign-in window was closed or timed out. Sign in to use ClauseLens.",
  blocked: "The sign-in window could not open. Allow pop-ups for this site, then sign in again.",
  failed: "Sign-in did not succeed. Try again, or ask your administrator whether ClauseLens is set up for your account.",
};

const EXPIRED = "Your sign-in has expired. Sign in again to continue.";

/**
 * The person's sign-in, shared by the API client and the account bar. Identity off: state "off" and
 * no MSAL. Identity on: tokens come from the broker; anything that needs the person ends in state
 * "signed-out" with a message and a SignInRequiredError for the request that met it.
 */
export class SignInSession implements Credentials {
  private listeners = new Set<(state: SignInState) => void>();
  state: SignInState;

  constructor(private readonly broker?: TokenBroker) {
    const known = broker?.knownAccount();
    this.state = !broker ? { status: "off" } : known ? { status: "signed-in", account: known } : { status: "signed-out" };
  }

  get enabled(): boolean {
    return this.broker !== undefined;
  }

  subscribe(listener: (state: SignInState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Inside Office the host usually has the person signed in already: one silent call finds out, so
   * the pane can show the account at once. In a browser only a remembered account counts.
   */
  async resume(): Promise<void> {
    if (!this.broker || this.broker.kind !== "nested" || this.state.status === "signed-in") return;
    try {
      this.signedIn(await this.broker.silent(false));
    } catch {
      // Not signed in to Office, or consent is needed: the Sign in button asks when the person wants.
    }
  }

  async headers(options: { refresh?: boolean } = {}): Promise<Record<string, string>> {
    if (!this.broker) return {};
    const token = await this.token(options.refresh ?? false);
    return { authorization: `Bearer ${token.accessToken}` };
  }

  rejected(): void {
    if (this.broker) this.set({ status: "signed-out", message: EXPIRED });
  }

  /** Asks the person to sign in (popup, or the Office host's dialog). Never throws: the state says how it went. */
  async signIn(): Promise<void> {
    if (!this.broker) return;
    this.set({ status: "signing-in" });
    try {
      this.signedIn(await this.broker.interactive());
    } catch (error) {
      const failure = failureOf(error);
      this.set({ status: "signed-out", message: MESSAGES[failure === "interaction-required" ? "failed" : failure] });
    }
  }

  /** Forgets the account on this device; the next sign-in asks which account to use. */
  async signOut(): Promise<void> {
    if (!this.broker) return;
    await this.broker.forget();
    this.set({ status: "signed-out" });
  }

  private async token(refresh: boolean): Promise<Token> {
    const broker = this.broker!;
    // In a browser only the Sign in button signs in; until it has, requests wait for it.
    if (broker.kind === "popup" && this.state.status !== "signed-in") {
      throw new SignInRequiredError(this.state.status === "signed-out" ? this.state.message : undefined);
    }
    try {
      return this.signedIn(await broker.silent(refresh));
    } catch (error) {
      // Anything but "needs the person" (offline, Entra ID unreachable) leaves the sign-in as it was.
      if (failureOf(error) !== "interaction-required") throw new SignInRequiredError(MESSAGES.failed);
    }
    // The cached sign-in ran out or was never there. Inside Office the host shows its own dialog,
    // as Microsoft's NAA guidance does; a browser would block an unasked-for popup, so the person
    // presses Sign in instead.
    if (broker.kind === "nested") {
      await this.signIn();
      if (this.state.status === "signed-in") return this.signedIn(await broker.silent(false));
      throw new SignInRequiredError(this.state.status === "signed-out" ? this.state.message : undefined);
    }
    const message = this.state.status === "signed-in" ? EXPIRED : undefined;
    this.set({ status: "signed-out", message });
    throw new SignInRequiredError(message);
  }

  private signedIn(token: Token): Token {
    const same = this.state.status === "signed-in" && this.state.account.username === token.account.username && this.state.account.name === token.account.name;
    if (!same) this.set({ status: "signed-in", account: token.account });
    return token;
  }

  private set(state: SignInState): void {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }
}

function failureOf(error: unknown): BrokerFailure {
  return error instanceof BrokerError ? error.failure : "failed";
}

/** Reads `/api/config`. A server that cannot say is treated as local mode; its API calls will tell. */
export async function identitySettings(baseUrl: string, fetchImpl: typeof fetch = (i, init) => fetch(i, init)): Promise<IdentitySettings> {
  try {
    const response = await fetchImpl(new URL("/api/config", baseUrl).toString(), { headers: { accept: "application/json" } });
    if (!response.ok) return { enabled: false, scopes: [] };
    const body = (await response.json()) as { identity?: Partial<IdentitySettings> };
    const identity = body.identity;
    if (!identity?.enabled || !identity.clientId || !Array.isArray(identity.scopes)) return { enabled: false, scopes: [] };
    return { enabled: true, clientId: identity.clientId, authority: identity.authority ?? null, scopes: identity.scopes };
  } catch {
    return { enabled: false, scopes: [] };
  }
}

export interface StartOptions {
  /** The server's origin (the page's own). */
  baseUrl: string;
  /** True inside an Office host that brokers sign-in (NestedAppAuth 1.1): nested app authentication. */
  nestedAppAuth: boolean;
  fetchImpl?: typeof fetch;
}

/**
 * The session for this page: asks the server whether sign-in is on and, only then, loads MSAL
 * (a separate chunk, so local mode never downloads it).
 */
export async function startSignIn(options: StartOptions): Promise<SignInSession> {
  const settings = await identitySettings(options.baseUrl, options.fetchImpl);
  if (!settings.enabled) return new SignInSession();
  const { msalBroker } = await import("./msal");
  const broker = await msalBroker(settings, { nestedAppAuth: options.nestedAppAuth, redirectUri: new URL("/addin/auth-redirect.html", options.baseUrl).toString() });
  const session = new SignInSession(broker);
  await session.resume();
  return session;
}
