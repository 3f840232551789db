// The batch API's shapes (server/ClauseLens.Server/Batches/BatchesApi.cs), beside its client (./batches).

export type DocumentStatus = "queued" | "analysing" | "done" | "failed";

/** A finished document's findings: risk findings by severity, and drafting findings. */
export interface DocumentFindingCounts {
  high: number;
  medium: number;
  low: number;
  drafting: number;
}

export interface BatchDocument {
  index: number;
  name: string;
  status: DocumentStatus;
  reason?: string | null;
  /** Once done: its contract type (detected, or the batch's given one). */
  contractType?: string | null;
  /** Once done: the playbook applied to it. */
  playbook?: string | null;
  /** Once done: its findings counted. */
  findings?: DocumentFindingCounts | null;
}

export interface BatchCounts {
  total: number;
  queued: number;
  analysing: number;
  done: number;
  failed: number;
}

export interface BatchStatus {
  id: string;
  status: "queued" | "running" | "complete";
  /** The playbook named for every document; absent when each gets the one for its contract type. */
  playbook?: string | null;
  createdAt: string;
  counts: BatchCounts;
  documents: BatchDocument[];
  links: {
    self: string;
    events: string;
    json: string;
    csv: string;
    html: string;
    /** One row per finding. */
    findingsCsv?: string;
    /** Documents and findings as an Excel workbook. */
    xlsx?: string;
    /** A document's issue list: `{index}` replaced by the document's index. */
    issues?: string;
  };
  contractType?: string | null;
  side?: string | null;
  language?: string | null;
}

export type ResultsFormat = "json" | "csv" | "html" | "findingsCsv" | "xlsx";

/** What the reviewer says about every document of a batch; empty fields mean "detect" or "not chosen". */
export interface BatchDeal {
  contractType?: string;
  side?: string;
  language?: string;
}

export type IssueListFormat = "xlsx" | "csv";
