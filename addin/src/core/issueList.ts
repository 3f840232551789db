// The reviewer's issue list: one row per open finding with its decision. The .csv is built here, in
// the browser; the .xlsx is rendered by the server from these same rows (POST /api/issues/export),
// which keeps nothing.

import { statusName, type FindingDecision } from "./decisions";
import { groupFindings } from "./findings";
import { hasMessage, t } from "./i18n";
import type { MessageKey } from "./messages.en";
import { SEVERITY_NAMES, type AnalysisResult, type Finding } from "./types";

import type { IssueRow } from "../api/types";

export type { IssueRow } from "../api/types";

/** The columns in order, each with its heading's message key (the same headings the server's workbook uses, en and ja). */
export const ISSUE_COLUMNS: readonly (readonly [keyof IssueRow | "#", MessageKey])[] = [
  ["#", "issues.col.number"],
  ["clause", "issues.col.clause"],
  ["heading", "issues.col.heading"],
  ["finding", "issues.col.finding"],
  ["severity", "issues.col.severity"],
  ["kind", "issues.col.kind"],
  ["evidence", "issues.col.evidence"],
  ["ask", "issues.col.ask"],
  ["fallback", "issues.col.fallback"],
  ["decision", "issues.col.decision"],
  ["note", "issues.col.note"],
  ["reviewer", "issues.col.reviewer"],
  ["date", "issues.col.date"],
  ["history", "issues.col.history"],
];

/** A kind as the pane names it everywhere (messages.*.ts `kind.*`), the id when the table has none. */
function kindName(kind: string): string {
  const key = `kind.${kind}`;
  return hasMessage(key) ? t(key) : kind;
}

/** "2026-12-07 09:15" in UTC: the same in every reviewer's copy. */
export function shortTime(iso: string): string {
  return iso ? iso.slice(0, 16).replace("T", " ") + " UTC" : "";
}

/** The open findings, most serious first then in document order, with their decisions. */
export function issueRows(result: AnalysisResult, paragraphs: readonly string[], attached: ReadonlyMap<string, FindingDecision>): IssueRow[] {
  const text = paragraphs.join("\n");
  const rows: IssueRow[] = [];
  for (const group of groupFindings(result).bySeverity) {
    for (const clauseGroup of group.clauses) {
      for (const finding of clauseGroup.findings) rows.push(row(finding, clauseGroup.clause, text, attached.get(finding.id)));
    }
  }
  return rows;
}

function row(finding: Finding, clause: AnalysisResult["clauses"][number] | undefined, text: string, decided: FindingDecision | undefined): IssueRow {
  const decision = decided?.decision;
  return {
    clause: clause?.number ?? (clause ? "" : t("findings.notInContract")),
    heading: clause?.heading ?? "",
    finding: finding.detail ? `${finding.title} (${finding.detail})` : finding.title,
    severity: SEVERITY_NAMES[finding.severity],
    kind: kindName(finding.kind),
    evidence: finding.evidence ? text.slice(finding.evidence.start, finding.evidence.end).replace(/\s+/g, " ").trim() : "",
    ask: finding.ask,
    fallback: finding.fallbackText ?? "",
    decision: decision?.status ? statusName(decision.status) + (decided?.clauseChanged ? t("issues.clauseChanged") : "") : "",
    note: decision?.note ?? "",
    reviewer: decision?.by ?? "",
    date: decision ? shortTime(decision.at) : "",
    history: (decision?.history ?? [])
      .map((h) => `${shortTime(h.at)} ${h.by}: ${statusName(h.from)} → ${statusName(h.to)}${h.noteChanged ? t("issues.noteChanged") : ""}`)
      .join("\n"),
  };
}

/** The rows as CSV for Excel: UTF-8 with a byte-order mark (so Japanese shows), CRLF, every field quoted. */
export function issueCsv(rows: readonly IssueRow[]): string {
  const quote = (value: string): string => `"${neutralise(value).replace(/"/g, '""')}"`;
  const lines = [ISSUE_COLUMNS.map(([, title]) => quote(t(title))).join(",")];
  rows.forEach((r, i) => lines.push(ISSUE_COLUMNS.map(([key]) => quote(key === "#" ? String(i + 1) : r[key])).join(",")));
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}

// A cell starting with = + - @ is a formula to Excel: a contract's text must never run as one.
function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
