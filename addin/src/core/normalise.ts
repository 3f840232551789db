// The server cleans each paragraph before it computes offsets (drops control and private-use
// characters, turns in-paragraph line breaks into spaces). Word text carries such characters
// (symbol-font glyphs in the private-use area, manual line breaks), so the pane applies the
// same rules to what it sends: the offsets that come back then fit the paragraphs it holds.

const PRIVATE_USE = /[\uE000-\uF8FF]/;

function dropped(c: string): boolean {
  const code = c.charCodeAt(0);
  const control = code < 0x20 || (code >= 0x7f && code <= 0x9f);
  return (control && c !== "\t" && c !== "\n" && c !== "\r") || c === "\uFEFF" || PRIVATE_USE.test(c);
}

/** One paragraph as the server will see it. */
export function normaliseParagraph(raw: string): string {
  // Word's manual line break (\v), a page break (\f) and NEL separate words: spaces, as on the server.
  const text = raw.replace(/[\v\f\u0085]/g, " ");
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) {
      out += c + text[i + 1];
      i++;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      out += "\uFFFD";
    } else if (!dropped(c)) {
      out += c;
    }
  }
  return out.replace(/\r\n/g, " ").replace(/[\r\n\u2028\u2029]/g, " ");
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
