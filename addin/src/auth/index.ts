// Issue 6 (sign-in by nested app authentication) plugs in here: the API client will ask this
// module for request headers. Until the server publishes /api/config there is nothing to sign in to,
// so requests carry no credentials.

/** Headers that authenticate a request to the ClauseLens server (none yet). */
export async function authHeaders(): Promise<Record<string, string>> {
  return {};
}
