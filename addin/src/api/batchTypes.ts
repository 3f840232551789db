// The batch API's shapes (server/ClauseLens.Server/Batches/BatchesApi.cs), beside its client (./batches).

export type DocumentStatus = "queued" | "analysing" | "done" | "failed";

export interface BatchDocument {
  index: number;
  name: string;
  status: DocumentStatus;
  reason?: string | null;
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
  playbook: string;
  createdAt: string;
  counts: BatchCounts;
  documents: BatchDocument[];
  links: { self: string; events: string; json: string; csv: string; html: string };
}

export type ResultsFormat = "json" | "csv" | "html";
