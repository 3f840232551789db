import type { Credentials } from "../auth";
import type { PlaybookInfo } from "./types";
import type { BatchDeal, BatchStatus, IssueListFormat, ResultsFormat } from "./batchTypes";
import { ApiHttp } from "./http";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** One file to upload, with the path it had in a dropped folder (the server shows it as the name). */
export interface PickedFile {
  file: Blob;
  path: string;
}

/** One server-sent event: its name and data. */
export interface ServerEvent {
  event: string;
  data: string;
}

/**
 * Splits a text/event-stream buffer into complete events and the unfinished rest. Only `event:`
 * and `data:` fields matter here; comments and other fields are skipped.
 */
export function parseEvents(buffer: string): { events: ServerEvent[]; rest: string } {
  const blocks = buffer.replace(/\r\n?/g, "\n").split("\n\n");
  const rest = blocks.pop() ?? "";
  const events: ServerEvent[] = [];
  for (const block of blocks) {
    let event = "message";
    const data: string[] = [];
    for (const line of block.split("\n")) {
      const colon = line.indexOf(":");
      if (colon === 0) continue;
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
      if (field === "event") event = value;
      else if (field === "data") data.push(value);
    }
    if (data.length > 0) events.push({ event, data: data.join("\n") });
  }
  return { events, rest };
}

/** `/api/batches`: upload, follow, read results, delete — with the same sign-in as the pane. */
export class BatchesApi {
  private readonly http: ApiHttp;

  constructor(baseUrl: string, fetchImpl?: typeof fetch, credentials?: Credentials) {
    this.http = new ApiHttp(baseUrl, fetchImpl, credentials);
  }

  listPlaybooks(): Promise<PlaybookInfo[]> {
    return this.http.json<PlaybookInfo[]>("/api/playbooks");
  }

  submit(files: readonly PickedFile[], playbook?: string, deal: BatchDeal = {}): Promise<BatchStatus> {
    const form = new FormData();
    for (const picked of files) form.append("files", picked.file, picked.path);
    if (playbook) form.append("playbook", playbook);
    if (deal.contractType) form.append("contractType", deal.contractType);
    if (deal.side) form.append("side", deal.side);
    if (deal.language) form.append("language", deal.language);
    return this.http.json<BatchStatus>("/api/batches", { method: "POST", body: form });
  }

  /** A batch by id (a reload of the page finds its batch this way). */
  get(id: string): Promise<BatchStatus> {
    return this.http.json<BatchStatus>(`/api/batches/${encodeURIComponent(id)}`);
  }

  status(batch: BatchStatus, signal?: AbortSignal): Promise<BatchStatus> {
    return this.http.json<BatchStatus>(batch.links.self, { signal });
  }

  /**
   * Follows the batch's server-sent events until it is complete. EventSource cannot send an
   * Authorization header, so the stream is read with fetch. Resolves with the last status, which
   * is not complete when the stream ended early (the caller then polls).
   */
  async follow(batch: BatchStatus, onStatus: (status: BatchStatus) => void, signal?: AbortSignal): Promise<BatchStatus> {
    const response = await this.http.send(batch.links.events, { headers: { accept: "text/event-stream" }, signal });
    let last = batch;
    if (!response.body) return last;
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return last;
      const parsed = parseEvents(buffer + value);
      buffer = parsed.rest;
      for (const event of parsed.events) {
        if (event.event !== "progress" && event.event !== "complete") continue;
        last = JSON.parse(event.data) as BatchStatus;
        onStatus(last);
        if (last.status === "complete") {
          await reader.cancel();
          return last;
        }
      }
    }
  }

  /** The results as a file: the HTML report, a CSV (per document or per finding), the workbook or JSON. */
  async results(batch: BatchStatus, format: ResultsFormat): Promise<Blob> {
    const accept = { json: "application/json", csv: "text/csv", findingsCsv: "text/csv", xlsx: XLSX, html: "text/html" }[format];
    const link = batch.links[format] ?? `${batch.links.self}/results?format=${format === "findingsCsv" ? "findings-csv" : format}`;
    const response = await this.http.send(link, { headers: { accept } });
    return response.blob();
  }

  /** One document's issue list (.xlsx or .csv), as the pane exports it. */
  async issueList(batch: BatchStatus, index: number, format: IssueListFormat): Promise<Blob> {
    const link = (batch.links.issues ?? `${batch.links.self}/documents/{index}/issues`).replace("{index}", String(index));
    const response = await this.http.send(`${link}?format=${format}`, { headers: { accept: format === "xlsx" ? XLSX : "text/csv" } });
    return response.blob();
  }

  async delete(batch: BatchStatus): Promise<void> {
    await this.http.send(batch.links.self, { method: "DELETE" });
  }
}
