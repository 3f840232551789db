import { noCredentials, SignInRequiredError, type Credentials } from "../auth";
import { NetworkError, problemFrom } from "./problems";

type Fetch = typeof fetch;

/**
 * Requests to the ClauseLens server, for the pane and the batch page alike: JSON by default, the
 * sign-in's bearer token on every call, and after a 401 one retry with a freshly acquired token
 * before the person is asked to sign in again. Failures become ProblemError, NetworkError or
 * SignInRequiredError; an abort passes through.
 */
export class ApiHttp {
  constructor(
    readonly baseUrl: string,
    private readonly fetchImpl: Fetch = (input, init) => fetch(input, init),
    private readonly credentials: Credentials = noCredentials,
  ) {}

  async json<T>(path: string, init: RequestInit = {}): Promise<T> {
    const response = await this.send(path, init);
    return (await response.json()) as T;
  }

  async send(path: string, init: RequestInit = {}): Promise<Response> {
    let response = await this.attempt(path, init, false);
    if (response.status === 401 && this.credentials.enabled) {
      // The token may have been revoked or the server's clock moved on: one retry with a new one.
      response = await this.attempt(path, init, true);
      if (response.status === 401) {
        this.credentials.rejected();
        throw new SignInRequiredError("ClauseLens did not accept your sign-in. Sign in again to continue.");
      }
    }
    if (!response.ok) throw await problemFrom(response);
    return response;
  }

  private async attempt(path: string, init: RequestInit, refresh: boolean): Promise<Response> {
    const auth = await this.credentials.headers({ refresh });
    try {
      return await this.fetchImpl(new URL(path, this.baseUrl).toString(), {
        ...init,
        headers: { accept: "application/json", ...auth, ...(init.headers as Record<string, string> | undefined) },
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") throw error;
      throw new NetworkError(error);
    }
  }
}
