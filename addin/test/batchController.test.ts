// The batch page's controller without a DOM: picking, uploading, following (stream, then polling),
// deleting, and the address that lets a reload find the batch again.
import { afterEach, describe, expect, it } from "vitest";
import type { BatchesApi, PickedFile } from "../src/api/batches";
import { SignInSession } from "../src/auth";
import { ProblemError } from "../src/api/problems";
import type { PlaybookInfo } from "../src/api/types";
import { BatchPageController, documentRows, issueListLabel, sideChoices, statusWord, summaryOf, typeName, type BatchAddress } from "../src/batches/controller";
import { setUiLanguage, t } from "../src/core/i18n";
import type { BatchStatus } from "../src/batches/types";

function batch(done: number, total = 2): BatchStatus {
  const self = "/api/batches/b1";
  return {
    id: "b1",
    status: done === total ? "complete" : "running",
    playbook: "japan-sme-collaboration",
    createdAt: "2026-12-07T09:00:00Z",
    counts: { total, queued: total - done, analysing: 0, done, failed: 0 },
    documents: Array.from({ length: total }, (_, i) => ({ index: i, name: `c${i}.txt`, status: i < done ? "done" : "queued" })),
    links: { self, events: `${self}/events`, json: `${self}/results?format=json`, csv: `${self}/results?format=csv`, html: `${self}/results?format=html` },
  };
}

const file = (path: string): PickedFile => ({ file: new Blob(["x"]), path });

function fakes(api: Partial<BatchesApi>) {
  const calls: string[] = [];
  let remembered: string | undefined;
  const address: BatchAddress = { batchId: () => remembered, remember: (id) => void (remembered = id) };
  const full = { listPlaybooks: async () => [], ...api } as BatchesApi;
  return { controller: new BatchPageController(full, new SignInSession(), address, 0), calls, address };
}

describe("the batch page controller", () => {
  it("keeps supported files once each and says what it skipped", () => {
    const { controller } = fakes({});
    controller.add([file("a.docx"), file("b.pdf"), file("notes.xlsx"), file(".DS_Store"), file("a.docx")]);
    expect(controller.state.picked.map((p) => p.path)).toEqual(["a.docx", "b.pdf"]);
    expect(controller.pickedText).toBe("2 files chosen: a.docx, b.pdf. Skipped notes.xlsx: only .docx, .pdf, .html, .txt and .zip files are checked.");
    controller.clear();
    expect(controller.pickedText).toBe("No files chosen yet.");
  });

  it("uploads the picked files, remembers the batch and follows it to completion", async () => {
    const submitted: string[][] = [];
    const { controller, address } = fakes({
      submit: async (files, playbook) => {
        submitted.push([...files.map((f) => f.path), playbook ?? "(default)"]);
        return batch(0);
      },
      follow: async (_b, onStatus) => {
        onStatus(batch(1));
        onStatus(batch(2));
        return batch(2);
      },
    });
    const seen: number[] = [];
    controller.subscribe((s) => s.current && seen.push(s.current.counts.done));
    controller.add([file("a.txt"), file("b.txt")]);

    await controller.submit("commercial-nda");

    expect(submitted).toEqual([["a.txt", "b.txt", "commercial-nda"]]);
    expect(address.batchId()).toBe("b1");
    expect(controller.state.picked).toEqual([]);
    expect(controller.state.current?.status).toBe("complete");
    expect(seen).toEqual([0, 1, 2]);
  });

  it("polls when the event stream breaks, and deleting forgets the batch", async () => {
    let polls = 0;
    const { controller, address } = fakes({
      submit: async () => batch(0),
      follow: async () => {
        throw new TypeError("network error");
      },
      status: async () => batch(++polls),
      delete: async () => undefined,
    });
    controller.add([file("a.txt")]);

    await controller.submit(undefined);

    expect(polls).toBe(2);
    expect(controller.state.current?.status).toBe("complete");
    expect(controller.state.error).toBe("");
    await controller.remove();
    expect(controller.state.current).toBeUndefined();
    expect(address.batchId()).toBeUndefined();
  });

  it("shows a refused upload and keeps the files", async () => {
    const { controller } = fakes({
      submit: async () => {
        throw new Error("The server is busy.");
      },
    });
    controller.add([file("a.txt")]);
    await controller.submit(undefined);
    expect(controller.state.error).not.toBe("");
    expect(controller.state.picked).toHaveLength(1);
    expect(controller.state.submitting).toBe(false);
  });

  it("passes the type, side and language the reviewer chose, and leaves out what they left empty", async () => {
    const deals: unknown[] = [];
    const { controller } = fakes({
      submit: async (_files, playbook, deal) => {
        deals.push([playbook ?? "(by type)", deal]);
        return batch(1, 1);
      },
      follow: async () => batch(1, 1),
    });
    controller.add([file("a.txt")]);

    await controller.submit(undefined, { contractType: "nda", side: "recipient", language: "" });

    expect(deals).toEqual([["(by type)", { contractType: "nda", side: "recipient" }]]);
  });

  it("shows each document's type, playbook and findings as soon as it is done", () => {
    const running = batch(1, 2);
    running.documents[0] = { ...running.documents[0]!, contractType: "collaboration", playbook: "japan-sme-collaboration", findings: { high: 2, medium: 1, low: 0, drafting: 3 } };

    const rows = documentRows(running);

    expect(rows[0]).toMatchObject({ number: 1, type: "Collaboration", playbook: "japan-sme-collaboration", hasIssueList: true });
    expect(rows[0]!.counts).toEqual({ high: 2, medium: 1, low: 0, drafting: 3 });
    expect(rows[0]!.countsText).toBe("2 high, 1 medium, 0 low, 3 drafting");
    expect(rows[1]).toMatchObject({ number: 2, type: "", playbook: "", counts: undefined, countsText: "", hasIssueList: false });
    // With the playbooks listed, the playbook applied is named as a person reads it.
    const named = documentRows(running, [{ id: "japan-sme-collaboration", name: "Technology collaboration with a Japanese SME", nameJa: "日本の中小企業との技術協業", version: "1" }]);
    expect(named[0]!.playbook).toBe("Technology collaboration with a Japanese SME");
  });

  it("names contract types briefly for the table", () => {
    expect(["nda", "licence", "collaboration", "supply", "services", "other", null].map(typeName)).toEqual(
      ["NDA", "Licence", "Collaboration", "Supply", "Services", "Other", ""],
    );
  });

  it("offers the sides of the playbook chosen, else of the playbooks for the type, else of all", () => {
    const playbooks: PlaybookInfo[] = [
      { id: "commercial-nda", name: "NDA", version: "1", contractTypes: ["nda"], roles: [{ id: "recipient", name: "Recipient" }, { id: "discloser", name: "Discloser" }] },
      { id: "licence", name: "Licence", version: "1", contractTypes: ["licence"], roles: [{ id: "licensee", name: "Licensee" }, { id: "recipient", name: "Recipient" }] },
    ];

    expect(sideChoices(playbooks, "licence", undefined).map((s) => s.id)).toEqual(["licensee", "recipient"]);
    expect(sideChoices(playbooks, undefined, "nda").map((s) => s.id)).toEqual(["recipient", "discloser"]);
    expect(sideChoices(playbooks, undefined, undefined).map((s) => s.id)).toEqual(["recipient", "discloser", "licensee"]);
  });

  it("fetches a document's issue list and shows a failure", async () => {
    const asked: unknown[] = [];
    const { controller } = fakes({
      submit: async () => batch(2),
      follow: async () => batch(2),
      issueList: async (_b, index, format) => {
        asked.push([index, format]);
        if (index === 1) throw new ProblemError(409, { title: "Document not analysed", detail: "Document 1 is failed: its issue list exists once it is done.", status: 409 });
        return new Blob(["x"]);
      },
    });
    controller.add([file("a.txt")]);
    await controller.submit(undefined);

    expect(await controller.issueList(0, "xlsx")).toBeInstanceOf(Blob);
    expect(await controller.issueList(1, "csv")).toBeUndefined();
    expect(asked).toEqual([[0, "xlsx"], [1, "csv"]]);
    expect(controller.state.error).toContain("issue list exists once it is done");
  });
});

describe("the batch page controller in Japanese", () => {
  afterEach(() => setUiLanguage("en"));

  it("summarises progress and completion in Japanese", () => {
    setUiLanguage("ja");
    const running = batch(1, 4);
    running.counts = { total: 4, queued: 1, analysing: 1, done: 1, failed: 1 };
    const complete = batch(4, 4);
    complete.counts = { total: 4, queued: 0, analysing: 0, done: 3, failed: 1 };

    expect(summaryOf(running)).toBe("4 件中 2 件が終了（完了 1 件、失敗 1 件、分析中 1 件、待機中 1 件）。");
    expect(summaryOf(complete)).toBe("完了：4 件中 3 件を分析しました（1 件は失敗）。");
    expect(summaryOf(batch(2, 2))).toBe("完了：2 件中 2 件を分析しました。");
    setUiLanguage("en");
    expect(summaryOf(complete)).toBe("Complete: 3 of 4 analysed, 1 failed.");
  });

  it("says what was chosen and skipped in Japanese, with Japanese list punctuation and no spaces between sentences", () => {
    setUiLanguage("ja");
    const { controller } = fakes({});
    expect(controller.pickedText).toBe("ファイルはまだ選択されていません。");
    controller.add(["a", "b", "c", "d", "e", "f", "g"].map((n) => file(`${n}.docx`)).concat(file("notes.xlsx")));
    expect(controller.pickedText).toBe(
      "7 件のファイルを選択しました：a.docx、b.docx、c.docx、d.docx、e.docx ほか 2 件。notes.xlsx は対象外のため除きました（確認できるのは .docx、.pdf、.html、.txt、.zip のファイルです）。",
    );
  });

  it("names types, severities, statuses and issue lists with the pane's Japanese words", () => {
    setUiLanguage("ja");
    const done = batch(1, 1);
    done.documents[0] = { ...done.documents[0]!, contractType: "nda", playbook: "commercial-nda", findings: { high: 2, medium: 1, low: 0, drafting: 3 } };

    const [row] = documentRows(done);

    expect(row!.type).toBe(t("type.nda"));
    expect(row!.type).toBe("秘密保持契約");
    expect(row!.countsText).toBe(`${t("severity.high")} 2 件、${t("severity.medium")} 1 件、${t("severity.low")} 0 件、${t("kind.drafting")} 3 件`);
    expect(["queued", "analysing", "done", "failed"].map((s) => statusWord(s as "done"))).toEqual(["待機中", "分析中…", "完了", "失敗"]);
    expect(issueListLabel("契約A.docx", "xlsx")).toBe("契約A.docx の指摘一覧（.xlsx）");
  });

  it("offers a playbook role's Japanese name in the Japanese page", () => {
    const playbooks: PlaybookInfo[] = [
      { id: "commercial-nda", name: "NDA", version: "1", contractTypes: ["nda"], roles: [{ id: "recipient", name: "Recipient", nameJa: "受領者" }, { id: "mutual", name: "Mutual" }] },
    ];
    setUiLanguage("ja");
    expect(sideChoices(playbooks, undefined, "nda").map((s) => s.name)).toEqual(["受領者", "Mutual"]);
    setUiLanguage("en");
    expect(sideChoices(playbooks, undefined, "nda").map((s) => s.name)).toEqual(["Recipient", "Mutual"]);
  });
});
