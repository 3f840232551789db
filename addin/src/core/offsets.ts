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
