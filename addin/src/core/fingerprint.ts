// A cheap fingerprint of the paragraph texts, to tell whether the document changed since the
// analysis without keeping a second copy of the contract around.

/** FNV-1a (32-bit) over the paragraphs, with the paragraph count mixed in. */
export function fingerprint(paragraphs: readonly string[]): string {
  let hash = 0x811c9dc5;
  const mix = (code: number): void => {
    hash ^= code;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  };
  for (const text of paragraphs) {
    for (let i = 0; i < text.length; i++) mix(text.charCodeAt(i));
    mix(0x2029); // paragraph separator: ["ab","c"] and ["a","bc"] differ
  }
  return `${paragraphs.length}:${hash.toString(16).padStart(8, "0")}`;
}
