// Decides whether the pane runs inside Word or in a plain browser. office.js comes from
// Microsoft's CDN; when it cannot load (offline, tests) `Office` is undefined and the pane
// must still start, in browser mode.

import type { WordDocument } from "../core/surface";
import { officeWordDocument } from "./word";

/**
 * `nestedAppAuth`: the host brokers sign-in itself (requirement set NestedAppAuth 1.1). Word on the
 * web does not; there the pane signs in like a web page, by popup.
 */
export type PaneHost = { kind: "word"; document: WordDocument; nestedAppAuth: boolean } | { kind: "browser" };

/** Resolves the host; never waits longer than `timeoutMs` for Office.onReady. */
export async function detectHost(timeoutMs = 5000): Promise<PaneHost> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return { kind: "browser" };
  const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), timeoutMs));
  const info = await Promise.race([Office.onReady(), timeout]).catch(() => undefined);
  if (info?.host === Office.HostType.Word && typeof Word !== "undefined") {
    const nestedAppAuth = Office.context?.requirements?.isSetSupported("NestedAppAuth", "1.1") ?? false;
    return { kind: "word", document: officeWordDocument(), nestedAppAuth };
  }
  return { kind: "browser" };
}
