// Starts the real ClauseLens server and Debian's Chromium for the end-to-end tests, and finds
// the shared data (never copied into the repo).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext } from "playwright-core";

export const ADDIN_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const REPO_ROOT = resolve(ADDIN_DIR, "..");

/** shared/data: $CLAUSELENS_DATA, else the first shared/data beside a folder above the add-in. */
export function dataDir(): string {
  const configured = process.env.CLAUSELENS_DATA;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CLAUSELENS_DATA points at ${configured}, which does not exist.`);
    return configured;
  }
  for (let dir = ADDIN_DIR; ; dir = dirname(dir)) {
    const candidate = join(dir, "shared", "data");
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) break;
  }
  throw new Error("The shared data was not found: expected ../shared/data beside the repository, or set CLAUSELENS_DATA.");
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolvePort(address.port) : reject(new Error("no port"))));
    });
  });
}

export interface RunningServer {
  origin: string;
  stop(): Promise<void>;
  output(): string;
}

/**
 * Builds the server (Release) and starts it on a free loopback port, serving addin/dist.
 * `settings` are extra configuration (environment variables, e.g. `AzureAd__ClientId`).
 * E2E_SERVER_ORIGIN points the tests at a server that is already running instead.
 */
export async function startServer(settings: Record<string, string> = {}): Promise<RunningServer> {
  const external = process.env.E2E_SERVER_ORIGIN;
  if (external) return { origin: new URL(external).origin, stop: async () => undefined, output: () => "" };
  await buildServer();
  const dll = join(REPO_ROOT, "server", "ClauseLens.Server", "bin", "Release", "net10.0", "ClauseLens.Server.dll");
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let log = "";
  // Batches go to a database of this run's own, never the developer's.
  const state = mkdtempSync(join(tmpdir(), "clauselens-e2e-db-"));
  const child: ChildProcess = spawn("dotnet", [dll, "--urls", origin], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      ClauseLens__AddinPath: join(ADDIN_DIR, "dist"),
      ConnectionStrings__ClauseLens: `Data Source=${join(state, "clauselens.db")}`,
      // The pane is tested, not the start-up warm-up (which would only compete with the first test for CPU).
      ClauseLens__WarmUp__Iterations: "0",
      DOTNET_ENVIRONMENT: "Production",
      ASPNETCORE_ENVIRONMENT: "Production",
      ...settings,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolveExit) => child.once("exit", () => resolveExit()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
    rmSync(state, { recursive: true, force: true });
  };
  try {
    await waitForHealth(origin, child);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\nServer output:\n${log}`);
  }
  return { origin, stop, output: () => log };
}

/** dotnet build, without blocking the event loop (a blocked test worker stops answering vitest). */
function buildServer(): Promise<void> {
  return new Promise((resolveBuild, reject) => {
    let output = "";
    const build = spawn("dotnet", ["build", "server/ClauseLens.Server", "-c", "Release", "--nologo", "-v", "q", "-p:SkipAddinBuild=true"], {
      cwd: REPO_ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    build.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    build.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    build.once("error", reject);
    build.once("exit", (code) => (code === 0 ? resolveBuild() : reject(new Error(`The server did not build (exit ${code}):\n${output}`))));
  });
}

async function waitForHealth(origin: string, child: ChildProcess): Promise<void> {
  // Waits for readiness, not for a speed: the limit only stops a server that never comes up.
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode} before it was ready.`);
    try {
      const response = await fetch(`${origin}/addin/taskpane.html`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("The server did not answer within two minutes.");
}

export interface RunningBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Debian's Chromium, headless, with a fresh profile; office.js's CDN is unreachable on purpose. */
export async function startBrowser(): Promise<RunningBrowser> {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(executablePath)) throw new Error(`Chromium is not at ${executablePath}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  const profile = mkdtempSync(join(tmpdir(), "clauselens-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: 1280, height: 900 },
  });
  // The machine has no internet; make the CDN failure immediate and certain rather than a DNS wait.
  await context.route("https://appsforoffice.microsoft.com/**", (route) => route.abort("internetdisconnected"));
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
