// A stand-in for @azure/msal-browser's application object, for the module mock in the auth tests.
import { vi } from "vitest";
import type { AccountInfo, AuthenticationResult } from "@azure/msal-browser";

export function anAccount(name = "Ada Lovelace", username = "ada@contoso.example"): AccountInfo {
  return { homeAccountId: `${username}.home`, environment: "login.microsoftonline.com", tenantId: "tenant", username, localAccountId: username, name };
}

export function aToken(accessToken: string, account: AccountInfo = anAccount()): AuthenticationResult {
  return { accessToken, account } as AuthenticationResult;
}

/** The IPublicClientApplication surface the broker uses, with spies for what the tests script. */
export class FakeMsalApp {
  accounts: AccountInfo[] = [];
  active: AccountInfo | null = null;
  silent = vi.fn(async (_request: { scopes: string[]; account?: AccountInfo; forceRefresh?: boolean }): Promise<AuthenticationResult> => {
    throw new Error("silent was not scripted");
  });
  popup = vi.fn(async (_request: { scopes: string[]; prompt?: string }): Promise<AuthenticationResult> => {
    throw new Error("popup was not scripted");
  });
  clearCache = vi.fn(async (_request?: { account?: AccountInfo }) => {
    this.accounts = [];
    this.active = null;
  });

  acquireTokenSilent(request: { scopes: string[]; account?: AccountInfo; forceRefresh?: boolean }): Promise<AuthenticationResult> {
    return this.silent(request);
  }
  acquireTokenPopup(request: { scopes: string[]; prompt?: string }): Promise<AuthenticationResult> {
    return this.popup(request);
  }
  getActiveAccount(): AccountInfo | null {
    return this.active;
  }
  getAllAccounts(): AccountInfo[] {
    return this.accounts;
  }
  setActiveAccount(account: AccountInfo | null): void {
    this.active = account;
    if (account && !this.accounts.includes(account)) this.accounts.push(account);
  }
}

/** An MSAL error with a code, as BrowserAuthError and ClientAuthError carry. */
export function msalError(errorCode: string): Error {
  return Object.assign(new Error(errorCode), { errorCode });
}
