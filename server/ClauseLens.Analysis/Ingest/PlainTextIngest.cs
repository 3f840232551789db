using System.Text;
using System.Text.RegularExpressions;
using ClauseLens.Analysis.Writing;

namespace ClauseLens.Analysis.Ingest;

/// <summary>
/// Reads plain text. Blank lines separate paragraphs. In hard-wrapped text (a narrow, well-filled
/// right margin of ~30-120 columns) a line is joined to the next when the next line's first word
/// would not have fitted on it, which is the only reason a wrapper breaks a line. A line opening a
/// numbered item ("1.", "1.1", "Section 3", "ARTICLE V", "第5条") or an ALL-CAPS heading starts a
/// new paragraph unless the line before ends mid-phrase ("under"); a "(ii)" after a wrapped line
/// that did not end a sentence is an inline enumeration and runs on. Text whose lines are already
/// paragraphs (long, ragged lines: ContractNLI, CUAD) keeps one paragraph per line. Spacing inside
/// a line is left as it is: CUAD's triple-space column separators are structure the segmenter reads.
/// </summary>
internal sealed partial class PlainTextIngest(IngestLimits limits)
{
    // A text is treated as hard-wrapped only when its typical long line is no wider than this;
    // anything wider is a file of one-line paragraphs.
    private const int MaxWrapWidth = 120;

    /// <summary>Decodes the bytes of a text file and reads it.</summary>
    public ContractDocument Read(Stream content, CancellationToken cancellationToken = default) =>
        FromText(Decode(BoundedRead.ToArray(content, limits)), cancellationToken);

    /// <summary>
    /// UTF-8 unless a BOM says UTF-16/UTF-32; invalid byte sequences become U+FFFD rather than an error,
    /// because a stray Latin-1 byte should not cost the user the whole contract.
    /// </summary>
    public static string Decode(byte[] bytes)
    {
        Encoding encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
        var skip = 0;
        if (bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]))
        {
            skip = 3;
        }
        else if (bytes.AsSpan().StartsWith((byte[])[0xFF, 0xFE, 0x00, 0x00]))
        {
            encoding = new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: false);
            skip = 4;
        }
        else if (bytes.AsSpan().StartsWith((byte[])[0xFF, 0xFE]))
        {
            encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false);
            skip = 2;
        }
        else if (bytes.AsSpan().StartsWith((byte[])[0xFE, 0xFF]))
        {
            encoding = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false);
            skip = 2;
        }

        return encoding.GetString(bytes, skip, bytes.Length - skip);
    }

    /// <summary>Splits <paramref name="text"/> into paragraphs; stops at the next line once <paramref name="cancellationToken"/> is cancelled.</summary>
    public ContractDocument FromText(string text, CancellationToken cancellationToken = default)
    {
        var lines = SplitLines(TextCleaner.Clean(text));
        cancellationToken.ThrowIfCancellationRequested();
        var sink = new ParagraphSink(limits, cancellationToken);
        var layout = WrapLayout.Of(lines);
        var paragraph = new StringBuilder();
        string? previous = null;
        for (var i = 0; i < lines.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                Flush(sink, paragraph);
                previous = null;
                continue;
            }

            var afterNext = i + 1 < lines.Length ? lines[i + 1].Trim() : string.Empty;
            if (previous is not null && !layout.Continues(previous, line, afterNext))
            {
                Flush(sink, paragraph);
            }

            AppendJoined(paragraph, line);
            previous = line;
        }

        Flush(sink, paragraph);
        return sink.ToDocument();
    }

    /// <summary>
    /// Normalises CRLF, CR, NEL, U+2028 (line separator) to line breaks; U+2029 (paragraph separator)
    /// to a blank line; form and vertical feeds (page breaks in extracted text) to line breaks.
    /// </summary>
    internal static string[] SplitLines(string text) =>
        text.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\u0085', '\n').Replace('\u2028', '\n')
            .Replace("\u2029", "\n\n").Replace('\f', '\n').Replace('\v', '\n')
            .Split('\n');

    private static void Flush(ParagraphSink sink, StringBuilder paragraph)
    {
        if (paragraph.Length > 0)
        {
            sink.Add(paragraph.ToString());
            paragraph.Clear();
        }
    }

    // Japanese and Chinese do not put spaces between words, so a wrap inside them joins without one.
    private static void AppendJoined(StringBuilder paragraph, string line)
    {
        if (paragraph.Length > 0 && !(Scripts.IsEastAsianWide(paragraph[^1]) && Scripts.IsEastAsianWide(line[0])))
        {
            paragraph.Append(' ');
        }

        paragraph.Append(line);
    }

    /// <summary>True when <paramref name="line"/> opens a numbered item, article or section.</summary>
    internal static bool StartsNumberedItem(string line) => NumberedItem().IsMatch(line);

    /// <summary>True when <paramref name="line"/> is a short heading in capitals ("CONFIDENTIALITY").</summary>
    internal static bool IsAllCapsHeading(string line)
    {
        if (line.Length > 80)
        {
            return false;
        }

        var letters = 0;
        foreach (var c in line)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsUpper(c))
            {
                letters++;
            }
        }

        return letters >= 3;
    }

    // "1.", "1.1", "1)", "(1)", "(a)", "(iv)", "a.", "Section 3", "ARTICLE V", "第5条", "第５条", "Schedule A".
    [GeneratedRegex(@"^(?:\d{1,3}(?:\.\d{1,3})+\.?\s|\d{1,3}[.)]\s|\(\d{1,3}\)\s?|\([a-zA-Z]{1,2}\)\s?|\((?:[ivxlcdm]{1,6}|[IVXLCDM]{1,6})\)\s?|[a-zA-Z][.)]\s|(?:Section|SECTION|Article|ARTICLE|Clause|CLAUSE|Schedule|SCHEDULE|Exhibit|EXHIBIT|Annex|ANNEX|Appendix|APPENDIX)\s+(?:\d|[IVXLC]+\b|[A-Z]\b)|第[0-9０-９一二三四五六七八九十百千]+条)", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"^\((?:\d{1,3}|[a-zA-Z]{1,2}|[ivxlcdm]{1,6}|[IVXLCDM]{1,6})\)", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex InlineEnumeration();

    /// <summary>How the lines of one text are laid out, and so which line breaks are only wraps.</summary>
    private sealed class WrapLayout(int wrapWidth, bool separatesParagraphsByBlankLines)
    {
        private static readonly HashSet<string> JoiningWords =
            ["of", "in", "to", "under", "with", "by", "per", "see", "and", "or", "this", "that", "such", "any", "the"];

        /// <summary>Studies the line lengths: wrapped text has a narrow, well-filled right margin.</summary>
        public static WrapLayout Of(IReadOnlyList<string> lines)
        {
            var trimmed = lines.Select(l => l.Trim()).ToList();
            var lengths = trimmed.Select(l => l.Length).Where(n => n > 0).Order().ToArray();
            if (lengths.Length < 3)
            {
                return new WrapLayout(0, true);
            }

            // The 90th percentile rather than the maximum: one long title or table row must not widen the margin.
            var width = lengths[(int)Math.Floor(0.9 * (lengths.Length - 1))];
            var wellFilled = lengths.Count(n => n >= 0.7 * width);

            // Short lines (headings, signature blocks) are common even in wrapped text, so a quarter of
            // lines reaching the margin is enough; the per-line test in Continues decides the rest.
            var wrapped = width is >= 30 and <= MaxWrapWidth && wellFilled >= 2 && wellFilled >= 0.25 * lengths.Length;
            return wrapped ? new WrapLayout(width, BlankLinesEndParagraphs(trimmed, width)) : new WrapLayout(0, true);
        }

        // Where a line ends by choice (the next word would have fitted), does a blank line follow?
        // If mostly yes, blank lines are this text's paragraph separator.
        private static bool BlankLinesEndParagraphs(IReadOnlyList<string> lines, int width)
        {
            int blankAfter = 0, lineAfter = 0;
            for (var i = 0; i + 1 < lines.Count; i++)
            {
                if (lines[i].Length == 0)
                {
                    continue;
                }

                if (lines[i + 1].Length == 0)
                {
                    blankAfter++;
                }
                else if (lines[i].Length + 1 + FirstWordLength(lines[i + 1]) <= width)
                {
                    lineAfter++;
                }
            }

            return blankAfter >= lineAfter;
        }

        /// <summary>
        /// True when <paramref name="next"/> carries on the paragraph that <paramref name="line"/> is in;
        /// <paramref name="afterNext"/> is the line after it (empty at a blank line or the end).
        /// </summary>
        public bool Continues(string line, string next, string afterNext)
        {
            if (wrapWidth == 0 || IsAllCapsHeading(line) || IsAllCapsHeading(next))
            {
                return false;
            }

            // A wrapper breaks a line only when the next word would not fit on it.
            var wrappedHere = line.Length + 1 + FirstWordLength(next) > wrapWidth;

            // "(ii)" opening a line after a wrapped line that did not end a sentence is an inline
            // enumeration running on; "1.", "Section 3" or "第5条" start a new item unless the line
            // before ends mid-phrase.
            var runsOn = wrappedHere && line[^1] != '.' && InlineEnumeration().IsMatch(next);
            if (StartsNumberedItem(next) && !runsOn && !EndsWithJoiningWord(line))
            {
                return false;
            }

            if (!wrappedHere)
            {
                return false;
            }

            // Without blank lines between paragraphs, a full line ending a sentence is a paragraph end
            // when what follows opens one: a one-line heading or an upper-case lead ("NOW, THEREFORE").
            return separatesParagraphsByBlankLines || !EndsSentenceBeforeCapital(line, next)
                || !(IsOneLiner(next, afterNext) || StartsWithUpperCaseWord(next));
        }

        private static int FirstWordLength(string line)
        {
            if (Scripts.IsEastAsianWide(line[0]))
            {
                return 1;
            }

            var space = line.IndexOfAny([' ', '\t']);
            return space < 0 ? line.Length : space;
        }

        private static bool EndsWithJoiningWord(string line)
        {
            var lastSpace = line.LastIndexOf(' ');
            var last = lastSpace < 0 ? line : line[(lastSpace + 1)..];
            return JoiningWords.Contains(last.ToLowerInvariant());
        }

        private bool IsOneLiner(string next, string afterNext) =>
            afterNext.Length == 0 || next.Length + 1 + FirstWordLength(afterNext) <= wrapWidth;

        private static bool StartsWithUpperCaseWord(string line)
        {
            var word = line.Split(' ', 2)[0].TrimEnd(',', '.', ':', ';');
            return word.Length >= 2 && word.All(char.IsUpper);
        }

        private static bool EndsSentenceBeforeCapital(string line, string next) =>
            line[^1] is '.' or ':' or ';' or '!' or '?' && (char.IsUpper(next[0]) || next[0] is '"' or '“');
    }
}
