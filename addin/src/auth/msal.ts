// MSAL behind the TokenBroker seam. This module is imported dynamically, only when the server says
// sign-in is on, so esbuild puts MSAL in a chunk of its own that local mode never downloads.

import {
  BrowserCacheLocation,
  InteractionRequiredAuthError,
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  type AccountInfo,
  type AuthenticationResult,
  type Configuration,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import { BrokerError, type Account, type BrokerFailure, type IdentitySettings, type Token, type TokenBroker } from "./broker";

const CANCELLED = new Set(["user_cancelled", "user_canceled"]);
const UNFINISHED = new Set(["timed_out"]);
const BLOCKED = new Set(["popup_window_error", "empty_window_error"]);
const NO_ACCOUNT = new Set(["no_account_error", "no_account_found"]);

/** Maps MSAL's errors to the few outcomes the pane treats differently. */
export function brokerFailure(error: unknown): BrokerFailure {
  if (error instanceof InteractionRequiredAuthError) return "interaction-required";
  const code = (error as { errorCode?: unknown } | null)?.errorCode;
  if (typeof code !== "string") return "failed";
  if (CANCELLED.has(code)) return "cancelled";
  if (UNFINISHED.has(code)) return "unfinished";
  if (BLOCKED.has(code)) return "blocked";
  if (NO_ACCOUNT.has(code)) return "interaction-required";
  return "failed";
}

export interface BrokerOptions {
  /** The Office host brokers sign-in: nested app authentication (MSAL falls back to the standard flow if the bridge is missing). */
  nestedAppAuth: boolean;
  /** The page that hands the popup's answer back (./redirect.ts); registered as an SPA redirect URI. */
  redirectUri: string;
}

/** Creates the MSAL application for the server's settings and wraps it as a TokenBroker. */
export async function msalBroker(settings: IdentitySettings, options: BrokerOptions): Promise<TokenBroker> {
  const configuration: Configuration = {
    auth: { clientId: settings.clientId!, authority: settings.authority ?? undefined, redirectUri: options.redirectUri },
    // Shared by the pane and the batch page on the same origin, so one sign-in serves both.
    cache: { cacheLocation: BrowserCacheLocation.LocalStorage },
  };
  const app = options.nestedAppAuth ? await createNestablePublicClientApplication(configuration) : await createStandardPublicClientApplication(configuration);
  return new MsalBroker(app, settings.scopes, options.nestedAppAuth ? "nested" : "popup");
}

class MsalBroker implements TokenBroker {
  constructor(
    private readonly app: IPublicClientApplication,
    private readonly scopes: string[],
    readonly kind: "nested" | "popup",
  ) {}

  knownAccount(): Account | undefined {
    const account = this.account();
    return account ? accountOf(account) : undefined;
  }

  async silent(forceRefresh: boolean): Promise<Token> {
    const account = this.account();
    // Inside Office the host knows the account; in a browser there is nothing to renew without one.
    if (!account && this.kind === "popup") throw new BrokerError("interaction-required");
    return this.call(() => this.app.acquireTokenSilent({ scopes: this.scopes, account, forceRefresh }));
  }

  interactive(): Promise<Token> {
    // In a browser, let the person choose the account (after a sign-out, another one); inside Office
    // the host decides.
    const prompt = this.kind === "popup" ? "select_account" : undefined;
    return this.call(() => this.app.acquireTokenPopup({ scopes: this.scopes, prompt }));
  }

  async forget(): Promise<void> {
    const account = this.account();
    this.app.setActiveAccount(null);
    await this.app.clearCache(account ? { account } : undefined);
  }

  private account(): AccountInfo | undefined {
    return this.app.getActiveAccount() ?? this.app.getAllAccounts()[0] ?? undefined;
  }

  private async call(acquire: () => Promise<AuthenticationResult>): Promise<Token> {
    let result: AuthenticationResult;
    try {
      result = await acquire();
    } catch (error) {
      throw new BrokerError(brokerFailure(error), error);
    }
    if (result.account) this.app.setActiveAccount(result.account);
    return { accessToken: result.accessToken, account: accountOf(result.account) };
  }
}

function accountOf(account: AccountInfo | null): Account {
  const username = account?.username ?? "";
  return { name: account?.name || username || "Signed in", username };
}
