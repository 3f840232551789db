// The broker's contract (what sign-in needs from MSAL), apart from the session so that ./msal, which
// implements it, and ./index, which uses it, do not import each other.

/** What `GET /api/config` says about sign-in. */
export interface IdentitySettings {
  enabled: boolean;
  clientId?: string | null;
  authority?: string | null;
  scopes: string[];
}

/** The signed-in person, as the pane shows them. */
export interface Account {
  name: string;
  username: string;
}

/** A token for the API, and whose it is. */
export interface Token {
  accessToken: string;
  account: Account;
}

/**
 * Why a token could not be had. "unfinished": the popup never answered — MSAL v5 hears from it over a
 * BroadcastChannel and cannot see it being closed, so a closed popup shows up as a timeout.
 */
export type BrokerFailure = "interaction-required" | "cancelled" | "unfinished" | "blocked" | "failed";

/** MSAL reduced to what sign-in needs, so the session's rules are tested apart from MSAL's API. */
export interface TokenBroker {
  /** "nested" inside Office (the host signs in), "popup" in a plain browser. */
  readonly kind: "nested" | "popup";
  /** The account MSAL remembers, if any, without a network call. */
  knownAccount(): Account | undefined;
  /** A cached or silently renewed token; `forceRefresh` skips the cache. Throws BrokerError. */
  silent(forceRefresh: boolean): Promise<Token>;
  /** Asks the person (popup or the Office host's dialog). Throws BrokerError. */
  interactive(): Promise<Token>;
  /** Forgets the account and its tokens on this device. */
  forget(): Promise<void>;
}

export class BrokerError extends Error {
  override readonly name = "BrokerError";
  constructor(
    readonly failure: BrokerFailure,
    override readonly cause?: unknown,
  ) {
    super(`sign-in ${failure}`);
  }
}
