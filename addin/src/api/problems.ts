// Errors the pane can show: RFC 7807 problem details from the server, or no answer at all.

import { SignInRequiredError } from "../auth";

/** An RFC 7807 problem details body, as the server sends it. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
}

/** The server answered with an error status. */
export class ProblemError extends Error {
  override readonly name = "ProblemError";
  constructor(
    readonly status: number,
    readonly problem: ProblemDetails,
    /** Seconds to wait before retrying, from Retry-After (429/503). */
    readonly retryAfterSeconds?: number,
  ) {
    super(problem.detail ?? problem.title ?? `The server answered ${status}.`);
  }
}

/** The request never got an answer: offline, server down, blocked. */
export class NetworkError extends Error {
  override readonly name = "NetworkError";
  constructor(override readonly cause: unknown) {
    super("The ClauseLens server could not be reached.");
  }
}

const FALLBACK_BY_STATUS: Record<number, string> = {
  400: "The request was not accepted.",
  401: "Sign in to ClauseLens to continue.",
  // Signed in, but the token lacks the API's scope (or the account is not allowed).
  403: "Your account is signed in but not allowed to use ClauseLens: the sign-in lacks the Contracts.Analyze permission. Ask your administrator to grant it to you.",
  413: "The document is too large to analyse.",
  415: "That kind of file cannot be analysed. Use .docx, .pdf, .html or .txt.",
  422: "The file could not be read.",
  429: "Too many analyses at once.",
};

/** What to tell the reviewer, in plain words, for any error the pane can meet. */
export function plainMessage(error: unknown): string {
  if (error instanceof SignInRequiredError) return error.message;
  if (error instanceof NetworkError) {
    return "Could not reach the ClauseLens server. Check your connection and that the server is running, then try again.";
  }
  if (error instanceof ProblemError) {
    // A bare 401/403 from the sign-in check says only its status; ours says what to do.
    const bare = (error.status === 401 || error.status === 403) && !error.problem.detail?.trim();
    const said = (bare ? undefined : describe(error.problem)) ?? FALLBACK_BY_STATUS[error.status];
    const base = sentence(said ?? (error.status >= 500 ? "The server had a problem." : `The server refused the request (${error.status}).`));
    if (error.status === 429) {
      const wait = error.retryAfterSeconds;
      return `${base} Try again${wait ? ` in ${wait} seconds` : " shortly"}.`;
    }
    if (error.status >= 500) return `${base} Try again in a moment.`;
    return base;
  }
  return "Something went wrong. Try again.";
}

// Titles that only restate the status add nothing a reviewer can act on.
const STATUS_TITLES = new Set([
  "bad request",
  "unauthorized",
  "forbidden",
  "not found",
  "payload too large",
  "request entity too large",
  "content too large",
  "unsupported media type",
  "unprocessable entity",
  "unprocessable content",
  "too many requests",
  "internal server error",
  "service unavailable",
  "an error occurred while processing your request.",
]);

/** The server's own words: a specific title as the headline, then the detail. */
function describe(problem: ProblemDetails): string | undefined {
  const title = problem.title?.trim();
  const detail = problem.detail?.trim();
  const specificTitle = title && !STATUS_TITLES.has(title.toLowerCase()) ? title : undefined;
  if (specificTitle && detail) return `${sentence(specificTitle)} ${detail}`;
  return detail || title || undefined;
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Reads a failed response into a ProblemError, whatever shape its body has. */
export async function problemFrom(response: Response): Promise<ProblemError> {
  let problem: ProblemDetails = { status: response.status };
  const type = response.headers.get("content-type") ?? "";
  if (type.includes("json")) {
    try {
      const body: unknown = await response.json();
      if (body && typeof body === "object") problem = { ...problem, ...pickProblem(body as Record<string, unknown>) };
    } catch {
      // A broken error body still leaves the status to explain the failure.
    }
  }
  return new ProblemError(response.status, problem, retryAfter(response.headers.get("retry-after")));
}

function pickProblem(body: Record<string, unknown>): ProblemDetails {
  const text = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
  return { type: text(body.type), title: text(body.title), detail: text(body.detail) };
}

function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
