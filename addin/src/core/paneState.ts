// What the pane shows and the server calls it makes: the state the controller keeps and the UI renders.

import type { Capabilities } from "./surface";
import type { AnalysisResult, DealChoice, PlaybookInfo } from "./types";

/** The server calls the pane makes (ClauseLensApi, or a fake in tests). */
export interface AnalysisApi {
  listPlaybooks(): Promise<PlaybookInfo[]>;
  analyzeParagraphs(paragraphs: readonly string[], playbook?: string, signal?: AbortSignal, deal?: DealChoice): Promise<AnalysisResult>;
  analyzeFile(file: Blob, fileName: string, playbook?: string, signal?: AbortSignal, deal?: DealChoice): Promise<AnalysisResult>;
  brief(paragraphs: readonly string[], playbook?: string, signal?: AbortSignal, deal?: DealChoice): Promise<Blob>;
}

export type Phase = "idle" | "analysing" | "ready" | "error";
export type NoticeTone = "info" | "success" | "warning" | "error";

export interface PaneState {
  mode: "word" | "browser";
  capabilities: Capabilities;
  playbooks: PlaybookInfo[];
  playbookId: string;
  /** The contract type the reviewer chose; "" lets the server detect it. */
  contractType: string;
  /** The reviewer's side; "" for the balanced reading. */
  side: string;
  phase: Phase;
  /** What is being analysed, for the progress line. */
  progress?: string;
  /** Plain-words error with a Retry button. */
  error?: string;
  /** False when trying again cannot help (the server refused this input: 400, 413, 415, 422 …): no Retry button. */
  retryable?: boolean;
  /** When the server asked to wait (Retry-After), the time (ms since epoch) Retry makes sense again. */
  retryAt?: number;
  result?: AnalysisResult;
  /** The paragraphs the result's indexes and offsets refer to. */
  paragraphs: string[];
  /** True when the document changed after the analysis: indexes may no longer fit. */
  stale: boolean;
  selectedFindingId?: string;
  currentClauseId?: string;
  /** Feedback on the last action; `findingId` when it is about one finding, to show it there. */
  notice?: { text: string; tone: NoticeTone; findingId?: string };
}
