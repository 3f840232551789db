import { describe, expect, it } from "vitest";
import { clauseAtParagraph, clauseTitle, groupFindings, severityCounts } from "../src/core/findings";
import { fingerprint } from "../src/core/fingerprint";
import { aClause, aFinding, aResult } from "./builders";

describe("grouping findings", () => {
  it("orders severities most serious first and leaves out empty ones", () => {
    const grouped = groupFindings(aResult());
    expect(grouped.bySeverity.map((g) => g.severity)).toEqual(["high", "low"]);
    expect(grouped.bySeverity.map((g) => g.count)).toEqual([2, 1]);
  });

  it("puts missing clauses before clause findings within a severity, then clauses in document order", () => {
    const result = aResult({
      findings: [
        aFinding({ id: "late", severity: "high", clauseId: "c3" }),
        aFinding({ id: "early", severity: "high", clauseId: "c1" }),
        aFinding({ id: "gap", severity: "high", kind: "missing" }),
        aFinding({ id: "early-2", severity: "high", clauseId: "c1" }),
      ],
    });
    const high = groupFindings(result).bySeverity[0]!;
    expect(high.clauses.map((g) => g.clause?.id ?? "none")).toEqual(["none", "c1", "c3"]);
    expect(high.clauses[1]!.findings.map((f) => f.id)).toEqual(["early", "early-2"]);
  });

  it("keeps passed checks apart from problems", () => {
    const grouped = groupFindings(aResult());
    expect(grouped.passed.map((f) => f.id)).toEqual(["f-law"]);
    expect(grouped.bySeverity.flatMap((g) => g.clauses.flatMap((c) => c.findings)).some((f) => f.kind === "ok")).toBe(false);
  });

  it("puts drafting findings in a Drafting group of their own, in document order, not among the severities", () => {
    const result = aResult({
      findings: [
        aFinding({ id: "late", kind: "drafting", check: "broken_reference", severity: "medium", clauseId: "c3", evidence: { start: 90, end: 95 } }),
        aFinding({ id: "early", kind: "drafting", check: "undefined_term", severity: "medium", clauseId: "c1", evidence: { start: 10, end: 20 } }),
        aFinding({ id: "rule", severity: "high", clauseId: "c1" }),
      ],
    });
    const grouped = groupFindings(result);
    expect(grouped.drafting.map((f) => f.id)).toEqual(["early", "late"]);
    expect(grouped.bySeverity.flatMap((g) => g.clauses.flatMap((c) => c.findings)).map((f) => f.id)).toEqual(["rule"]);
  });

  it("a finding naming an unknown clause is grouped with the clauseless ones rather than lost", () => {
    const result = aResult({ findings: [aFinding({ id: "x", clauseId: "gone" })] });
    expect(groupFindings(result).bySeverity[0]!.clauses[0]!.findings.map((f) => f.id)).toEqual(["x"]);
  });

  it("counts by severity come from the summary, highest first, zeros included", () => {
    expect(severityCounts(aResult())).toEqual([
      { severity: "high", count: 2 },
      { severity: "medium", count: 0 },
      { severity: "low", count: 1 },
      { severity: "info", count: 0 },
    ]);
  });
});

describe("clauses", () => {
  it.each([
    [0, "c0"],
    [1, "c1"],
    [2, "c1"],
    [4, "c2"],
    [6, "c3"],
    [7, undefined],
  ])("paragraph %i belongs to clause %s", (index, id) => {
    expect(clauseAtParagraph(aResult(), index)?.id).toBe(id);
  });

  it.each([
    [{ number: "12.", heading: "Governing law" }, "12. Governing law"],
    [{ heading: "Recitals" }, "Recitals"],
    [{ number: "3" }, "3"],
    [{ kind: "signature", number: null, heading: "  " }, "Signature"],
  ])("a clause %j is called %s", (fields, title) => {
    expect(clauseTitle(aClause({ id: "c", paragraphStart: 0, paragraphEnd: 0, ...fields }))).toBe(title);
  });
});

describe("fingerprint", () => {
  it("is the same for the same paragraphs", () => {
    expect(fingerprint(["a", "b"])).toBe(fingerprint(["a", "b"]));
  });

  it.each([
    [["a", "b"], ["a", "c"]],
    [["ab", "c"], ["a", "bc"]],
    [["a"], ["a", ""]],
    [["Clause 1."], ["Clause 1. "]],
  ])("tells %j from %j", (before, after) => {
    expect(fingerprint(before)).not.toBe(fingerprint(after));
  });
});
