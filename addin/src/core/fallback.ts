import type { InsertionTarget } from "./surface";
import type { AnalysisResult, Finding } from "./types";

/** Where a missing clause goes when the reviewer has not said: the end of the contract. */
export type MissingClausePlacement = "end" | "selection";

/**
 * Where a finding's fallback text goes: after its clause, or in place of it when the rule says
 * the clause should be replaced; a missing clause goes at the end or after the selection.
 */
export function fallbackTarget(
  result: AnalysisResult,
  finding: Finding,
  missingPlacement: MissingClausePlacement = "end",
): InsertionTarget {
  const clause = finding.clauseId ? result.clauses.find((c) => c.id === finding.clauseId) : undefined;
  if (!clause) return missingPlacement === "selection" ? { kind: "afterSelection" } : { kind: "endOfDocument" };
  if (finding.fallbackPlacement === "replace") {
    return { kind: "replaceParagraphs", start: clause.paragraphStart, end: clause.paragraphEnd };
  }
  return { kind: "afterParagraph", paragraph: clause.paragraphEnd };
}

/** The comment a reviewer leaves for the other side: what is wrong and what to ask for. */
export function commentText(finding: Finding): string {
  return `ClauseLens: ${finding.title}\nAsk: ${finding.ask}`;
}

/** Splits pasted text into paragraphs the way the reader sees them: one per non-blank line. */
export function pastedParagraphs(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}
