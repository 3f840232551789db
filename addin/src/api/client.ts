import type { Credentials } from "../auth";
import type { AnalysisResult, DealChoice, DraftComparison, IssueRow, PlaybookInfo } from "./types";
import { ApiHttp } from "./http";

type Fetch = typeof fetch;

/**
 * The ClauseLens HTTP API. The pane is served by the server itself, so the base URL is
 * normally the page's own origin and no CORS is involved.
 */
export class ClauseLensApi {
  private readonly http: ApiHttp;

  constructor(baseUrl: string, fetchImpl?: Fetch, credentials?: Credentials) {
    this.http = new ApiHttp(baseUrl, fetchImpl, credentials);
  }

  listPlaybooks(): Promise<PlaybookInfo[]> {
    return this.request<PlaybookInfo[]>("/api/playbooks", { method: "GET" });
  }

  /** Sends paragraphs, so the offsets in the result map back to the same paragraphs. */
  analyzeParagraphs(paragraphs: readonly string[], playbook?: string, signal?: AbortSignal, deal?: DealChoice): Promise<AnalysisResult> {
    return this.request<AnalysisResult>("/api/analyze", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ paragraphs, ...(playbook ? { playbook } : {}), ...dealFields(deal) }),
      signal,
    });
  }

  /** Uploads one file; asks for the extracted paragraphs so the pane can show the contract. */
  analyzeFile(file: Blob, fileName: string, playbook?: string, signal?: AbortSignal, deal?: DealChoice): Promise<AnalysisResult> {
    const form = new FormData();
    form.append("file", file, fileName);
    if (playbook) form.append("playbook", playbook);
    for (const [name, value] of Object.entries(dealFields(deal))) form.append(name, value);
    return this.request<AnalysisResult>("/api/analyze/file?includeParagraphs=true", { method: "POST", body: form, signal });
  }

  /** The negotiation brief (print-friendly HTML) for the same paragraphs and playbook. */
  async brief(paragraphs: readonly string[], playbook?: string, signal?: AbortSignal, deal?: DealChoice): Promise<Blob> {
    const response = await this.send("/api/briefs?format=html", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/html" },
      body: JSON.stringify({ paragraphs, ...(playbook ? { playbook } : {}), ...dealFields(deal) }),
      signal,
    });
    return response.blob();
  }

  /** Two drafts as paragraphs, compared against one playbook, read from the reviewer's side when `deal` names one. */
  compare(before: readonly string[], after: readonly string[], playbook?: string, signal?: AbortSignal, deal?: DealChoice): Promise<DraftComparison> {
    return this.request<DraftComparison>("/api/compare", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ before: { paragraphs: before }, after: { paragraphs: after }, ...(playbook ? { playbook } : {}), ...dealFields(deal) }),
      signal,
    });
  }

  /** The issue list as an .xlsx workbook, rendered by the server and not kept there. */
  async issuesXlsx(rows: readonly IssueRow[], language?: string): Promise<Blob> {
    const response = await this.send("/api/issues/export?format=xlsx", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
      body: JSON.stringify({ rows, ...(language ? { language } : {}) }),
    });
    return response.blob();
  }

  private request<T>(path: string, init: RequestInit): Promise<T> {
    return this.http.json<T>(path, init);
  }

  private send(path: string, init: RequestInit): Promise<Response> {
    return this.http.send(path, init);
  }
}

/** The request fields for what the reviewer chose; nothing for "detect" and "not chosen". */
function dealFields(deal?: DealChoice): Record<string, string> {
  const fields: Record<string, string> = {};
  if (deal?.contractType) fields.contractType = deal.contractType;
  if (deal?.side) fields.side = deal.side;
  if (deal?.language) fields.language = deal.language;
  return fields;
}
