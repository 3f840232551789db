import { describe, expect, it } from "vitest";
import { attachDecisions, decide, decisionCounts, emptyBook, parseBook, serialiseBook, type DecisionBook } from "../src/core/decisions";
import { bookFromXml, bookToXml, browserDecisionStore, STORAGE_PREFIX } from "../src/core/decisionStore";
import { fingerprint } from "../src/core/fingerprint";
import { ReviewController } from "../src/core/review";
import { PARAGRAPHS, aResult } from "./builders";

const AT = new Date("2026-12-07T09:15:00Z");
const LATER = new Date("2026-12-07T10:00:00Z");

function finding(id: string) {
  return aResult().findings.find((f) => f.id === id)!;
}

function decideOn(book: DecisionBook, id: string, change: Parameters<typeof decide>[3], by = "Aiko", now = AT, paragraphs = PARAGRAPHS): DecisionBook {
  const result = aResult();
  const previous = attachDecisions(book, result, paragraphs).get(id)?.decision;
  return decide(book, { result, paragraphs, previous }, finding(id), change, by, now);
}

describe("a decision on a finding", () => {
  it("records status, note, reviewer, time and the step in its history", () => {
    const book = decideOn(emptyBook(), "f-nc", { status: "raised", note: "Sent to their counsel" });
    const attached = attachDecisions(book, aResult(), PARAGRAPHS).get("f-nc")!;
    expect(attached.decision).toMatchObject({ status: "raised", note: "Sent to their counsel", by: "Aiko", at: AT.toISOString() });
    expect(attached.decision.history).toEqual([{ by: "Aiko", at: AT.toISOString(), from: null, to: "raised", noteChanged: true }]);
    expect(attached.clauseChanged).toBe(false);
  });

  it("keeps who changed it from what to what", () => {
    let book = decideOn(emptyBook(), "f-nc", { status: "raised" });
    book = decideOn(book, "f-nc", { status: "accepted" }, "Ben", LATER);
    const decision = attachDecisions(book, aResult(), PARAGRAPHS).get("f-nc")!.decision;
    expect(decision.history.map((h) => [h.by, h.from, h.to])).toEqual([["Aiko", null, "raised"], ["Ben", "raised", "accepted"]]);
    expect(decision.by).toBe("Ben");
  });

  it("survives a re-analysis that renumbers clause ids while the clause's words are the same", () => {
    const book = decideOn(emptyBook(), "f-nc", { status: "resolved" });
    const renumbered = aResult();
    renumbered.clauses = renumbered.clauses.map((c) => ({ ...c, id: `x${c.id}` }));
    renumbered.findings = renumbered.findings.map((f) => ({ ...f, id: `${f.ruleId}/x${f.clauseId}`, clauseId: f.clauseId ? `x${f.clauseId}` : f.clauseId }));
    const attached = attachDecisions(book, renumbered, PARAGRAPHS);
    expect(attached.get("rule-f-nc/xc2")).toMatchObject({ decision: { status: "resolved" }, clauseChanged: false });
  });

  it("is flagged when the clause's words changed since", () => {
    const book = decideOn(emptyBook(), "f-nc", { status: "accepted" });
    const edited = PARAGRAPHS.map((p) => p.replace("five years", "ten years"));
    const attached = attachDecisions(book, aResult(), edited).get("f-nc")!;
    expect(attached.clauseChanged).toBe(true);
    expect(attached.decision.status).toBe("accepted");
  });

  it("on a finding about the whole contract never reads as a clause change", () => {
    const book = decideOn(emptyBook(), "f-dr", { status: "raised" });
    expect(attachDecisions(book, aResult(), PARAGRAPHS.map((p) => p + " x")).get("f-dr")!.clauseChanged).toBe(false);
  });

  it("counts open findings by decision, leaving out checks that passed", () => {
    const book = decideOn(decideOn(emptyBook(), "f-nc", { status: "raised" }), "f-nda", { status: "resolved" });
    expect(decisionCounts(aResult(), attachDecisions(book, aResult(), PARAGRAPHS))).toEqual({ open: 1, resolved: 1, accepted: 0, raised: 1 });
  });

  it("does nothing when neither status nor note changes", () => {
    const book = decideOn(emptyBook(), "f-nc", { status: "raised", note: "x" });
    expect(decideOn(book, "f-nc", { status: "raised", note: "x" })).toBe(book);
  });
});

describe("keeping decisions", () => {
  it("round-trips through the document's XML part, Japanese and markup intact", () => {
    const book = decideOn(emptyBook(), "f-nc", { status: "raised", note: "相手方に確認 <b>&\"'" });
    const xml = bookToXml(book);
    expect(xml).toMatch(/^<decisions xmlns="urn:clauselens:decisions:1">/);
    expect(bookFromXml(`<?xml version="1.0" encoding="utf-8"?>\n${xml}`)).toEqual(book);
  });

  it("refuses an exported file that is not a decisions file", () => {
    expect(() => parseBook('{"hello": 1}')).toThrow(/not a ClauseLens decisions file/);
    expect(parseBook(serialiseBook(emptyBook()))).toEqual(emptyBook());
  });

  it("in the browser keys them by the document's fingerprint", async () => {
    const storage = new Map<string, string>();
    const kv = { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v) };
    const book = decideOn(emptyBook(), "f-nc", { status: "resolved" });
    await browserDecisionStore(kv, fingerprint(PARAGRAPHS)).save(book);
    expect([...storage.keys()]).toEqual([STORAGE_PREFIX + fingerprint(PARAGRAPHS)]);
    expect(await browserDecisionStore(kv, fingerprint(PARAGRAPHS)).load()).toEqual(book);
    expect(await browserDecisionStore(kv, fingerprint(["another"])).load()).toEqual(emptyBook());
  });
});

describe("the review", () => {
  function review() {
    const storage = new Map<string, string>();
    const kv = { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v) };
    const controller = new ReviewController((p) => browserDecisionStore(kv, fingerprint(p)), () => "local", () => AT);
    return { controller, storage };
  }

  it("marks, saves and filters by decision and severity", async () => {
    const { controller, storage } = review();
    await controller.open(aResult(), PARAGRAPHS);
    await controller.mark("f-nc", "raised");
    expect(storage.size).toBe(1);
    expect(controller.state.counts).toEqual({ open: 2, resolved: 0, accepted: 0, raised: 1 });
    controller.toggleDecision("open");
    expect(aResult().findings.filter((f) => f.kind !== "ok" && controller.visible(f)).map((f) => f.id)).toEqual(["f-dr", "f-nda"]);
    controller.clearFilters();
    controller.toggleSeverity("high");
    expect(aResult().findings.filter((f) => f.kind !== "ok" && controller.visible(f)).map((f) => f.id)).toEqual(["f-nc", "f-dr"]);
  });

  it("imports an export into another browser, the later decision winning", async () => {
    const first = review();
    await first.controller.open(aResult(), PARAGRAPHS);
    await first.controller.mark("f-nc", "accepted");
    await first.controller.note("f-nc", "Agreed on the call");
    const second = review();
    await second.controller.open(aResult(), PARAGRAPHS);
    await second.controller.importJson(first.controller.exportJson());
    expect(second.controller.state.attached.get("f-nc")?.decision).toMatchObject({ status: "accepted", note: "Agreed on the call" });
    await second.controller.importJson("not json");
    expect(second.controller.state.problem).toMatch(/not a ClauseLens decisions file/);
  });
});
