// The add-in's import graph has no cycles: not between modules (type-only and lazy imports count), and
// not between the folders of src/ (office, auth, api, core, ui, batches), so each layer can be read,
// tested and changed without the ones above it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), "../src");

/** Every relative import of every .ts file under `root`: static, re-export, side-effect and dynamic. */
export function importGraph(root: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s*)["']([^"']+)["']/gm;
  for (const file of files(root)) {
    const source = readFileSync(file, "utf8");
    const targets = [...source.matchAll(pattern)]
      .map((m) => m[1] ?? "")
      .filter((spec) => spec.startsWith("."))
      .map((spec) => resolveModule(dirname(file), spec))
      .filter((target): target is string => target !== undefined);
    graph.set(relative(root, file), [...new Set(targets.map((t) => relative(root, t)))]);
  }
  return graph;
}

function resolveModule(from: string, spec: string): string | undefined {
  const base = resolve(from, spec);
  return [base, `${base}.ts`, join(base, "index.ts")].find((candidate) => candidate.endsWith(".ts") && existsSync(candidate));
}

/** The folder of src/ a module belongs to ("." for the entry points at its root). */
function folderOf(module: string): string {
  return module.includes("/") ? (module.split("/")[0] ?? ".") : ".";
}

/** One cycle per strongly connected component with more than one node (or a self-loop), as a path. */
export function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.reverse());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

function folderGraph(modules: Map<string, string[]>): Map<string, string[]> {
  const folders = new Map<string, Set<string>>();
  for (const [module, targets] of modules) {
    const from = folderOf(module);
    const edges = folders.get(from) ?? new Set<string>();
    for (const target of targets) if (folderOf(target) !== from) edges.add(folderOf(target));
    folders.set(from, edges);
  }
  return new Map([...folders].map(([k, v]) => [k, [...v]]));
}

describe("the add-in's import graph", () => {
  const modules = importGraph(SRC);

  it("reads the imports it is checking", () => {
    expect(modules.size).toBeGreaterThan(20);
    expect(modules.get("main.ts")).toContain("core/controller.ts");
    expect(modules.get("auth/index.ts")).toContain("auth/msal.ts"); // the lazy import() counts
  });

  it("has no cycle between modules", () => {
    expect(cycles(modules)).toEqual([]);
  });

  it("has no cycle between the folders of src/", () => {
    expect(cycles(folderGraph(modules))).toEqual([]);
  });

  it("finds a cycle when there is one", () => {
    const graph = new Map([
      ["a/x.ts", ["b/y.ts"]],
      ["b/y.ts", ["a/z.ts"]],
      ["a/z.ts", []],
    ]);
    expect(cycles(graph)).toEqual([]);
    expect(cycles(folderGraph(graph))).toEqual([["a", "b"]]);
    expect(cycles(new Map([["p.ts", ["q.ts"]], ["q.ts", ["p.ts"]]]))).toEqual([["p.ts", "q.ts"]]);
  });
});
