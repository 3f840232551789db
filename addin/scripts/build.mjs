// Builds the task pane into dist/: one bundled script, the page, its stylesheet, the icons and
// the manifest with the server's origin. CLAUSELENS_ORIGIN (default http://localhost:5000)
// is the origin that serves /addin/ — see README.md.
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
  entryPoints: [join(root, "src", "main.ts")],
  bundle: true,
  format: "iife",
  target: ["es2020", "chrome100", "safari15"],
  minify: true,
  sourcemap: true,
  outfile: join(dist, "taskpane.js"),
  logLevel: "warning",
});

copyFileSync(join(root, "src", "taskpane.html"), join(dist, "taskpane.html"));
copyFileSync(join(root, "src", "taskpane.css"), join(dist, "taskpane.css"));
for (const icon of readdirSync(join(root, "assets")).filter((f) => f.endsWith(".png"))) {
  copyFileSync(join(root, "assets", icon), join(dist, "assets", icon));
}
const manifest = readFileSync(join(root, "manifest.xml"), "utf8").replaceAll(DEFAULT_ORIGIN, origin);
writeFileSync(join(dist, "manifest.xml"), manifest);
console.log(`built dist/ for ${origin}`);
