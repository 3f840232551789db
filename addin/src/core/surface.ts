import type { ParagraphSpan, SpanAnchors } from "./offsets";

/** What the host can do beyond reading and selecting (Word requirement sets). */
export interface Capabilities {
  /** WordApi 1.3: select a clause's whole paragraph range, locate the selection. */
  ranges: boolean;
  /** WordApi 1.4: Range.insertComment. */
  comments: boolean;
  /** WordApi 1.4: Document.changeTrackingMode, so inserted fallback text is a redline. */
  trackedChanges: boolean;
}

/** Where a fallback clause goes. */
export type InsertionTarget =
  | { kind: "afterParagraph"; paragraph: number }
  | { kind: "replaceParagraphs"; start: number; end: number }
  | { kind: "endOfDocument" }
  | { kind: "afterSelection" };

/** The document as the pane sees it now. */
export interface DocumentSnapshot {
  paragraphs: string[];
  /** Paragraph holding the start of the selection, when the host can tell. */
  selectedParagraph?: number;
}

/**
 * The open document in Word. Implemented by src/office (the only code that touches Office
 * globals) and by fakes in tests.
 */
export interface WordDocument {
  readonly capabilities: Capabilities;
  read(): Promise<DocumentSnapshot>;
  /** Selects the span; `anchors` locate ends that fall inside a paragraph. */
  selectSpan(span: ParagraphSpan, anchors: SpanAnchors): Promise<void>;
  addComment(span: ParagraphSpan, anchors: SpanAnchors, text: string): Promise<void>;
  insertTracked(target: InsertionTarget, text: string): Promise<void>;
  /** Calls `listener` when the selection moves; returns a function that stops listening. */
  onSelectionChanged(listener: () => void): () => void;
}
