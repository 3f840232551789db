// In-memory stand-ins for the server and for Word, for controller and UI tests.
import { vi } from "vitest";
import type { AnalysisApi } from "../src/core/controller";
import type { Capabilities, DocumentSnapshot, InsertionTarget, WordDocument } from "../src/core/surface";
import type { AnalysisResult, DealChoice, PlaybookInfo } from "../src/core/types";
import type { ParagraphSpan, SpanAnchors } from "../src/core/offsets";
import { aResult } from "./builders";

export const PLAYBOOKS: PlaybookInfo[] = [
  { id: "japan-sme-collaboration", name: "Japan SME collaboration", version: "1.0", builtIn: true },
  { id: "strict-nda", name: "Strict NDA", version: "2.1", builtIn: false },
];

export function fakeApi(result: AnalysisResult = aResult()) {
  return {
    listPlaybooks: vi.fn(async () => PLAYBOOKS),
    analyzeParagraphs: vi.fn(async (_paragraphs: readonly string[], _playbook?: string, _signal?: AbortSignal, _deal?: DealChoice) => result),
    analyzeFile: vi.fn(async (_file: Blob, _name: string, _playbook?: string, _signal?: AbortSignal, _deal?: DealChoice) => result),
    brief: vi.fn(async (_paragraphs: readonly string[], _playbook?: string, _signal?: AbortSignal, _deal?: DealChoice) => new Blob(["<h1>Brief</h1>"], { type: "text/html" })),
  } satisfies AnalysisApi;
}

export class FakeWord implements WordDocument {
  comments: { span: ParagraphSpan; anchors: SpanAnchors; text: string }[] = [];
  inserts: { target: InsertionTarget; text: string }[] = [];
  selections: { span: ParagraphSpan; anchors: SpanAnchors }[] = [];
  listeners: (() => void)[] = [];
  selectedParagraph?: number;
  constructor(
    public paragraphs: string[],
    readonly capabilities: Capabilities = { ranges: true, comments: true, trackedChanges: true },
  ) {}
  async read(): Promise<DocumentSnapshot> {
    return { paragraphs: [...this.paragraphs], selectedParagraph: this.selectedParagraph };
  }
  async selectSpan(span: ParagraphSpan, anchors: SpanAnchors): Promise<void> {
    this.selections.push({ span, anchors });
  }
  async addComment(span: ParagraphSpan, anchors: SpanAnchors, text: string): Promise<void> {
    this.comments.push({ span, anchors, text });
  }
  async insertTracked(target: InsertionTarget, text: string): Promise<void> {
    this.inserts.push({ target, text });
  }
  onSelectionChanged(listener: () => void): () => void {
    this.listeners.push(listener);
    return () => undefined;
  }
}
