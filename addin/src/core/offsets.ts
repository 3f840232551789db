// Maps the server's document offsets back to paragraphs. The server joins the paragraphs
// it was sent with "\n", so paragraph i starts at the sum of the earlier lengths plus i.

/** Where a document offset falls: which paragraph, and how far into it. */
export interface ParagraphPosition {
  paragraph: number;
  offset: number;
}

/** A stretch of the document in paragraph terms; `endOffset` is exclusive. */
export interface ParagraphSpan {
  startParagraph: number;
  startOffset: number;
  endParagraph: number;
  endOffset: number;
}

export function paragraphStarts(paragraphs: readonly string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const text of paragraphs) {
    starts.push(at);
    at += text.length + 1;
  }
  return starts;
}

/** The paragraph holding `offset`; an offset on a joining "\n" belongs to the paragraph it ends. */
export function locate(starts: readonly number[], lengths: readonly number[], offset: number): ParagraphPosition {
  if (starts.length === 0) throw new RangeError("The document has no paragraphs.");
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  const start = starts[lo] ?? 0;
  const length = lengths[lo] ?? 0;
  return { paragraph: lo, offset: Math.max(0, Math.min(offset - start, length)) };
}

/** Turns evidence offsets [start, end) into a paragraph span, clamped to the document. */
export function evidenceSpan(paragraphs: readonly string[], start: number, end: number): ParagraphSpan {
  if (end < start) throw new RangeError("Evidence ends before it starts.");
  const starts = paragraphStarts(paragraphs);
  const lengths = paragraphs.map((p) => p.length);
  const first = locate(starts, lengths, start);
  // end is exclusive: the last character is end - 1 (unless the span is empty).
  const last = locate(starts, lengths, Math.max(start, end - 1));
  const lastLength = lengths[last.paragraph] ?? 0;
  return {
    startParagraph: first.paragraph,
    startOffset: first.offset,
    endParagraph: last.paragraph,
    endOffset: end > start ? Math.min(last.offset + 1, lastLength) : last.offset,
  };
}

/** The exact text of a span when it lies inside one paragraph, else undefined. */
export function spanText(paragraphs: readonly string[], span: ParagraphSpan): string | undefined {
  if (span.startParagraph !== span.endParagraph) return undefined;
  return paragraphs[span.startParagraph]?.slice(span.startOffset, span.endOffset);
}

/** Text Word can search for to find an exact spot: the nth match of `text` in a paragraph. */
export interface TextAnchor {
  paragraph: number;
  text: string;
  /** Which non-overlapping match in the paragraph, from 0, as Word's search lists them. */
  occurrence: number;
}

/** The ends of a span as searchable text; none where the span starts or ends on a paragraph boundary. */
export interface SpanAnchors {
  start?: TextAnchor;
  end?: TextAnchor;
}

// Word's search takes at most 255 characters and reads ^ as a special-character escape.
const MAX_SEARCH = 255;

export function anchorAt(paragraphs: readonly string[], paragraph: number, from: number, to: number): TextAnchor | undefined {
  const whole = paragraphs[paragraph] ?? "";
  const text = whole.slice(from, to);
  if (text.trim() === "" || text.length > MAX_SEARCH || text.includes("^")) return undefined;
  let occurrence = 0;
  for (let at = whole.indexOf(text); at >= 0 && at < from; at = whole.indexOf(text, at + text.length)) occurrence++;
  return { paragraph, text, occurrence };
}

/**
 * Anchors for a span that starts or ends inside a paragraph: the first (and last) up to 255
 * characters of it. A span of whole paragraphs needs none.
 */
export function spanAnchors(paragraphs: readonly string[], span: ParagraphSpan): SpanAnchors {
  const endLength = paragraphs[span.endParagraph]?.length ?? 0;
  const anchors: SpanAnchors = {};
  if (span.startOffset > 0 || (span.startParagraph === span.endParagraph && span.endOffset < endLength)) {
    const stop = span.startParagraph === span.endParagraph ? span.endOffset : (paragraphs[span.startParagraph]?.length ?? 0);
    anchors.start = anchorAt(paragraphs, span.startParagraph, span.startOffset, Math.min(stop, span.startOffset + MAX_SEARCH));
  }
  if (span.endOffset < endLength) {
    const begin = span.startParagraph === span.endParagraph ? span.startOffset : 0;
    anchors.end = anchorAt(paragraphs, span.endParagraph, Math.max(begin, span.endOffset - MAX_SEARCH), span.endOffset);
  }
  return anchors;
}
