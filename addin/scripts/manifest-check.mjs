// Offline manifest checks: the XML schema (xmllint, see schemas/README.md) and the icons the
// manifest names (each exists under assets/ and is a PNG of the size it is declared at).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ADDIN_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");
const SCHEMA = join(ADDIN_DIR, "schemas", "office-app.xsd");

/** Validates `file` against the schema; returns xmllint's complaints (empty when valid). */
export function schemaErrors(file) {
  const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA, file], { encoding: "utf8" });
  if (run.error) throw new Error("xmllint is not installed: apt-get install -y libxml2-utils");
  return run.status === 0 ? [] : run.stderr.split("\n").filter((line) => line.includes("error") || line.includes("fails"));
}

/** Every icon URL in the manifest must be a PNG in assets/ whose pixel size matches its name. */
export function iconErrors(manifestXml) {
  const errors = [];
  const urls = new Set([...manifestXml.matchAll(/"[^"]*\/addin\/assets\/([^"/]+\.png)"/g)].map((m) => m[1]));
  if (urls.size === 0) errors.push("the manifest names no icons");
  for (const name of urls) {
    const file = join(ADDIN_DIR, "assets", name);
    if (!existsSync(file)) {
      errors.push(`${name} is named in the manifest but missing from assets/`);
      continue;
    }
    const png = readFileSync(file);
    const signature = png.subarray(0, 8).toString("hex");
    if (signature !== "89504e470d0a1a0a") {
      errors.push(`${name} is not a PNG`);
      continue;
    }
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    const declared = Number(/icon-(\d+)\.png$/.exec(name)?.[1]);
    if (width !== height || (declared && width !== declared)) errors.push(`${name} is ${width}x${height}`);
  }
  return errors;
}

function main() {
  const targets = [join(ADDIN_DIR, "manifest.xml"), join(ADDIN_DIR, "dist", "manifest.xml")].filter(existsSync);
  let failed = false;
  for (const target of targets) {
    const errors = [...schemaErrors(target), ...iconErrors(readFileSync(target, "utf8"))];
    console.log(errors.length === 0 ? `${target}: valid` : `${target}:\n  ${errors.join("\n  ")}`);
    failed ||= errors.length > 0;
  }
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
