// What a finding card quotes: the contract text the finding relied on (from the paragraphs the
// result's offsets refer to), or where the check looked when there is no text to quote.

import type { AnalysisResult, Finding } from "./types";
import { clauseTitle } from "./findings";

const joined = new WeakMap<readonly string[], string>();

/** The text of the document between two offsets (the server joins paragraphs with "\n"). */
export function documentSlice(paragraphs: readonly string[], start: number, end: number): string {
  let text = joined.get(paragraphs);
  if (text === undefined) {
    text = paragraphs.join("\n");
    joined.set(paragraphs, text);
  }
  return text.slice(Math.max(0, start), Math.max(start, end));
}

/** A quote of at most `max` characters, cut at a word and marked with "…" when shortened. */
export function shorten(text: string, max = 240): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export type Grounding = { kind: "quote"; text: string } | { kind: "clause"; where: string } | { kind: "document" };

/** What a card shows as its ground: the quoted evidence, else the clause it looked in, else the whole contract. */
export function groundingOf(result: AnalysisResult, paragraphs: readonly string[], finding: Finding): Grounding {
  if (finding.evidence && paragraphs.length > 0) {
    const text = shorten(documentSlice(paragraphs, finding.evidence.start, finding.evidence.end));
    if (text !== "") return { kind: "quote", text };
  }
  const clause = finding.clauseId ? result.clauses.find((c) => c.id === finding.clauseId) : undefined;
  return clause ? { kind: "clause", where: clauseTitle(clause) } : { kind: "document" };
}

export type DetailPart = { kind: "found" | "missing" | "unsure"; text: string };

// The markers the server writes before what it did not find and what it could not decide, in the
// finding's language (a Japanese result: 「欠けている事項：…；判断できない事項：…」).
const MISSING_MARKERS = ["not found: ", "欠けている事項："] as const;
const UNSURE_MARKERS = ["unsure: ", "判断できない事項："] as const;

/**
 * The server's detail ("not found: X; Y; unsure: Z", "60 months; limit 24", or the same in Japanese)
 * as parts a card can label precisely ("Missing: X; Y", "Unsure: Z", "Found: 60 months; limit 24").
 */
export function detailParts(detail: string): DetailPart[] {
  const parts: DetailPart[] = [];
  let rest = detail.trim();
  let unsure: string | undefined;
  for (const marker of UNSURE_MARKERS) {
    const at = rest.indexOf(marker);
    if (at < 0) continue;
    unsure = rest.slice(at + marker.length).trim();
    rest = rest.slice(0, at).replace(/[;,；、\s]+$/u, "");
    break;
  }
  const missing = MISSING_MARKERS.find((marker) => rest.startsWith(marker));
  if (missing) parts.push({ kind: "missing", text: rest.slice(missing.length) });
  else if (rest !== "") parts.push({ kind: "found", text: rest });
  if (unsure) parts.push({ kind: "unsure", text: unsure });
  return parts;
}
