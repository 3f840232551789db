// Builds the web UI into dist/: the task pane, the batch page and the sign-in redirect page, each
// an ES module sharing code chunks (MSAL is a chunk of its own, loaded only when sign-in is on),
// their pages and stylesheets, the icons and the manifest with the server's origin.
// CLAUSELENS_ORIGIN (default http://localhost:5000) is the origin that serves /addin/ — see README.md.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const DEFAULT_ORIGIN = "http://localhost:5000";

export function originFrom(value) {
  if (!value) return DEFAULT_ORIGIN;
  const url = new URL(value); // throws on anything that is not a URL
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`CLAUSELENS_ORIGIN must be http(s): ${value}`);
  return url.origin;
}

const origin = originFrom(process.env.CLAUSELENS_ORIGIN);

rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, "assets"), { recursive: true });

await build({
  entryPoints: {
    taskpane: join(root, "src", "main.ts"),
    batches: join(root, "src", "batches", "main.ts"),
    "auth-redirect": join(root, "src", "auth", "redirect.ts"),
  },
  bundle: true,
  format: "esm",
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  target: ["es2020", "chrome100", "safari15"],
  minify: true,
  sourcemap: true,
  outdir: dist,
  logLevel: "warning",
});

// Every page and stylesheet in src/ (the pages link tokens.css beside their own sheet), so a new one cannot be left out.
for (const page of readdirSync(join(root, "src")).filter((f) => f.endsWith(".html") || f.endsWith(".css"))) {
  copyFileSync(join(root, "src", page), join(dist, page));
}
for (const icon of readdirSync(join(root, "assets")).filter((f) => f.endsWith(".png"))) {
  copyFileSync(join(root, "assets", icon), join(dist, "assets", icon));
}
const manifest = readFileSync(join(root, "manifest.xml"), "utf8").replaceAll(DEFAULT_ORIGIN, origin);
writeFileSync(join(dist, "manifest.xml"), manifest);
console.log(`built dist/ for ${origin}`);
