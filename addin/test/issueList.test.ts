import { afterEach, describe, expect, it } from "vitest";
import { attachDecisions, decide, emptyBook } from "../src/core/decisions";
import { setUiLanguage, t } from "../src/core/i18n";
import { issueCsv, issueRows } from "../src/core/issueList";
import { PARAGRAPHS, aResult } from "./builders";

describe("the issue list", () => {
  const result = aResult();
  const book = decide(emptyBook(), { result, paragraphs: PARAGRAPHS }, result.findings[0]!, { status: "raised", note: "先方に提起済み, \"firmly\"" }, "Aiko", new Date("2026-12-07T09:15:00Z"));
  const rows = issueRows(result, PARAGRAPHS, attachDecisions(book, result, PARAGRAPHS));

  it("has one row per open finding, most serious first, with its decision", () => {
    expect(rows.map((r) => r.finding)).toEqual(["No dispute resolution clause", "Non-compete is worldwide (worldwide; limit: named countries)", "No standard exclusions"]);
    expect(rows[1]).toMatchObject({ clause: "2.", heading: "Non-compete", severity: "High", kind: "Overly broad", evidence: "anywhere in the world", decision: "Raised with the other side", reviewer: "Aiko", date: "2026-12-07 09:15 UTC" });
    expect(rows[1]!.history).toBe("2026-12-07 09:15 UTC Aiko: — → Raised with the other side (note)");
    expect(rows[0]!.clause).toBe("Not in the contract");
  });

  it("is a CSV with a byte-order mark, a header and rows numbered from 1, Japanese intact", () => {
    const csv = issueCsv(rows);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe('"#","Clause","Heading","Finding","Severity","Kind","Evidence","Ask for","Fallback","Decision","Note","Reviewer","Date","History"');
    expect(lines[1]!.startsWith('"1","Not in the contract"')).toBe(true);
    expect(lines[2]).toContain('"2","2.","Non-compete"');
    expect(lines[2]).toContain('"先方に提起済み, ""firmly"""');
    expect(lines).toHaveLength(rows.length + 2);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  describe("in Japanese", () => {
    afterEach(() => setUiLanguage("en"));

    it("has Japanese column headings and says in Japanese what is not in the contract", () => {
      setUiLanguage("ja");
      const japanese = issueRows(result, PARAGRAPHS, new Map());
      const header = issueCsv(japanese).slice(1).split("\r\n")[0]!;
      expect(header).toBe('"#","条項","見出し","指摘事項","重要度","種別","根拠となる文言","要望","代替案","対応","メモ","確認者","日時","履歴"');
      expect(japanese[0]!.clause).toBe(t("findings.notInContract"));
      expect(japanese[0]!.clause).not.toBe("Not in the contract");
    });

    it("names kinds and severities with the pane's words", () => {
      setUiLanguage("ja");
      const japanese = issueRows(result, PARAGRAPHS, new Map());
      expect(japanese.map((r) => r.kind)).toEqual(["欠落", "範囲が広すぎる", "一方に偏っている"]);
      expect(japanese.map((r) => r.kind)).toContain(t("kind.overly_broad"));
      expect(japanese.map((r) => r.severity)).toContain("高");
    });
  });

  it("never lets a cell start a formula", () => {
    const csv = issueCsv([{ ...rows[0]!, note: "=HYPERLINK(\"x\")" }]);
    expect(csv).toContain('"\'=HYPERLINK(""x"")"');
  });
});
