using System.Text.RegularExpressions;

namespace ClauseLens.Analysis.Segmentation;

/// <summary>
/// Reads a heading that starts exactly at a given offset. Every pattern is anchored and bounded and
/// runs on a window of at most <see cref="Window"/> characters, so the cost per candidate is constant
/// however long the paragraph is (CUAD puts whole pages on one line).
/// </summary>
internal sealed partial class HeadingParser
{
    /// <summary>Longest stretch of text a heading (number, title, defined term) may span.</summary>
    private const int Window = 200;

    private const int MaxCapsWords = 8;
    private const int MaxTitleCaseWords = 8;
    private const int MaxHeadingOnlyTitleChars = 60;

    /// <summary>Reads the heading at <paramref name="pos"/>, or null when none starts there.</summary>
    public Heading? Parse(string text, int pos, int paragraphEnd, CandidateSite site)
    {
        var length = Math.Min(Window, paragraphEnd - pos);
        if (length <= 0 || !MayStartHeading(text[pos]))
        {
            return null;
        }

        var cursor = new Cursor(text, pos, paragraphEnd, length, site);
        var first = text[pos];

        // Dispatch on the first character so that most candidates cost one comparison, not eight regexes.
        if (char.IsAsciiDigit(first))
        {
            return TryNumber(cursor) ?? (site == CandidateSite.GapInSentence ? null : TryItem(cursor));
        }

        if (site == CandidateSite.GapInSentence)
        {
            // A wrapped line inside a sentence: only a section number in sequence may start a clause here.
            return first is 'A' or 'S' or 'C' ? TryKeywordSection(cursor) : first is '(' or '（' ? TryItem(cursor) : null;
        }

        if (char.IsAsciiLetterLower(first))
        {
            return TryItem(cursor) ?? TryLetterItem(cursor);
        }

        if (!char.IsAsciiLetterUpper(first))
        {
            return first switch
            {
                '第' => TryJapaneseArticle(cursor),
                '別' => TrySchedule(cursor),
                '本' or '以' or '上' or '/' or '[' => TrySignature(cursor) ?? (first == '[' ? TryTitle(cursor) : null),
                '"' or '“' => TryDefinedTermItem(cursor) ?? TryTitle(cursor),
                _ => TryItem(cursor) ?? TryTitle(cursor),
            };
        }

        return (first is 'A' or 'S' or 'C' ? TryKeywordSection(cursor) : null)
            ?? (first is 'E' or 'S' or 'A' ? TrySchedule(cursor) : null)
            ?? (first is 'I' or 'A' or 'B' or 'S' ? TrySignature(cursor) : null)
            ?? (first is 'W' or 'R' or 'B' or 'P' ? TryRecitals(cursor) : null)
            ?? TryTitle(cursor);
    }

    private static bool MayStartHeading(char c) =>
        char.IsAsciiDigit(c) || char.IsAsciiLetter(c) || c is '(' or '（' or '[' or '"' or '“'
        || (c >= '０' && c <= '９') || (c >= '①' && c <= '⑳') || c is '第' or '別' or '本' or '以' or '上' or '/';

    private readonly record struct Cursor(string Text, int Pos, int ParagraphEnd, int Length, CandidateSite Site)
    {
        public Match Match(Regex regex) => regex.Match(Text, Pos, Length);
    }

    private static Heading? TryJapaneseArticle(Cursor c)
    {
        var m = c.Match(JapaneseArticle());
        if (!m.Success)
        {
            return null;
        }

        var number = m.Groups["num"].Value;
        var title = m.Groups["t"].Success ? m.Groups["t"].Value.Trim() : null;
        var major = NumberValue.FromJapanese(m.Groups["n"].Value);
        return new Heading(HeadingRole.Article, NumberStyle.Japanese, number, title, c.Pos, c.Pos + m.Length, major);
    }

    private static Heading? TryKeywordSection(Cursor c)
    {
        var m = c.Match(KeywordSection());
        if (!m.Success)
        {
            return null;
        }

        var n = m.Groups["n"].Value;
        var (title, end, isTerm) = ReadTitleAfterNumber(c, c.Pos + m.Length);
        if (end < 0)
        {
            return null;
        }

        var isSub = n.Contains('.');
        var major = char.IsAsciiDigit(n[0]) ? NumberValue.LeadingInt(n) : NumberValue.FromRoman(n);
        return new Heading(isSub ? HeadingRole.Subsection : HeadingRole.Article, NumberStyle.Keyword, n, title, c.Pos, end, major, isTerm);
    }

    private static Heading? TrySchedule(Cursor c)
    {
        var m = c.Match(ScheduleStart());
        if (!m.Success)
        {
            return null;
        }

        if (m.Groups["ja"].Success)
        {
            var rest = ReadTitleAfterNumber(c, c.Pos + m.Length);
            return new Heading(HeadingRole.Schedule, NumberStyle.None, m.Value.Trim(), rest.Title, c.Pos, Math.Max(rest.End, c.Pos + m.Length));
        }

        var (title, end, _) = ReadTitleAfterNumber(c, c.Pos + m.Length);
        return end < 0 ? null : new Heading(HeadingRole.Schedule, NumberStyle.None, m.Value, title, c.Pos, end);
    }

    private static Heading? TrySignature(Cursor c)
    {
        var m = c.Match(SignatureStart());
        if (!m.Success)
        {
            return null;
        }

        // The signature wording is body text, not a title: the clause starts at it and keeps it.
        return new Heading(HeadingRole.Signature, NumberStyle.None, null, null, c.Pos, c.Pos);
    }

    private static Heading? TryRecitals(Cursor c)
    {
        var m = c.Match(RecitalsStart());
        if (!m.Success)
        {
            return null;
        }

        if (m.Groups["whereas"].Success)
        {
            return new Heading(HeadingRole.Recitals, NumberStyle.None, null, null, c.Pos, c.Pos);
        }

        var end = c.Pos + m.Length;
        if (end < c.ParagraphEnd && c.Text[end] == ':')
        {
            end++;
        }

        return new Heading(HeadingRole.Recitals, NumberStyle.None, null, Collapse(m.Value), c.Pos, end);
    }

    private static Heading? TryNumber(Cursor c)
    {
        var m = c.Match(PlainNumber());
        if (!m.Success)
        {
            return null;
        }

        var after = c.Pos + m.Length;
        if (after < c.ParagraphEnd && !IsSpace(c.Text[after]))
        {
            return null;
        }

        var n = m.Groups["n"].Value;
        if (m.Groups["paren"].Success)
        {
            return ItemFollowOk(c, after) ? new Heading(HeadingRole.Item, NumberStyle.Plain, m.Value, null, c.Pos, after) : null;
        }

        if (after < c.ParagraphEnd && c.Text[after] == '\u3000')
        {
            // "1　本検証": a numbered item of a Japanese article (号), never a section.
            return new Heading(HeadingRole.Item, NumberStyle.Plain, n, null, c.Pos, after);
        }

        var isSub = n.Contains('.');
        var hasDot = m.Groups["dot"].Success;
        if (!isSub && !hasDot)
        {
            return BareNumber(c, n, after);
        }

        var (title, end, isTerm) = ReadTitleAfterNumber(c, after);
        if (end < 0)
        {
            return null;
        }

        var role = isSub ? HeadingRole.Subsection : HeadingRole.Article;
        return new Heading(role, NumberStyle.Plain, n, title, c.Pos, end, NumberValue.LeadingInt(n), isTerm);
    }

    /// <summary>"1    PURPOSE OF THE AGREEMENT": a number without a dot counts only before a wide gap and a capitals title.</summary>
    private static Heading? BareNumber(Cursor c, string n, int after)
    {
        var p = after;
        while (p < c.ParagraphEnd && IsSpace(c.Text[p]))
        {
            p++;
        }

        if (p - after < 2 || p >= c.ParagraphEnd || c.Site == CandidateSite.GapInSentence
            || c.Text.AsSpan(p).StartsWith("Source:", StringComparison.Ordinal)
            || ScheduleStart().IsMatch(c.Text.AsSpan(p, Math.Min(40, c.ParagraphEnd - p))))
        {
            return null;
        }

        var caps = ReadCapitals(c.Text, p, Math.Min(c.ParagraphEnd, c.Pos + Window), allowTitleCaseAfter: true);
        return caps is null
            ? null
            : new Heading(HeadingRole.Article, NumberStyle.Plain, n, caps.Value.Title, c.Pos, caps.Value.End, NumberValue.LeadingInt(n));
    }

    private static Heading? TryItem(Cursor c)
    {
        var m = c.Match(ItemStart());
        if (!m.Success)
        {
            return null;
        }

        var after = c.Pos + m.Length;
        var fullWidth = m.Value[0] is '（' or (>= '①' and <= '⑳') or (>= '０' and <= '９');
        if (!fullWidth && after < c.ParagraphEnd && !IsSpace(c.Text[after]))
        {
            return null;
        }

        return ItemFollowOk(c, after) ? new Heading(HeadingRole.Item, NumberStyle.Plain, m.Value.TrimEnd('.', '．'), null, c.Pos, after) : null;
    }

    /// <summary>"a. Materials." / "e. Approvals": a lower-case letter item, only before a capitalised word or a quote.</summary>
    private static Heading? TryLetterItem(Cursor c)
    {
        var m = c.Match(LetterItem());
        return m.Success ? new Heading(HeadingRole.Item, NumberStyle.Plain, m.Groups["n"].Value, null, c.Pos, c.Pos + m.Groups["n"].Length) : null;
    }

    /// <summary>
    /// '"Territory" means …' without a number: one definition of an unnumbered list. It does not open a
    /// clause (a definitions section stays one), but a long section is cut between definitions.
    /// </summary>
    private static Heading? TryDefinedTermItem(Cursor c)
    {
        var m = c.Match(DefinedTerm());
        return m.Success ? new Heading(HeadingRole.Item, NumberStyle.None, null, m.Groups["term"].Value, c.Pos, c.Pos) : null;
    }

    /// <summary>Inline "(a) and (b)" is a list reference, not the start of item (a).</summary>
    private static bool ItemFollowOk(Cursor c, int after)
    {
        if (c.Site == CandidateSite.ParagraphStart)
        {
            return true;
        }

        var m = ItemReference().Match(c.Text, after, Math.Min(24, c.ParagraphEnd - after));
        return !m.Success && after < c.ParagraphEnd;
    }

    private static Heading? TryTitle(Cursor c)
    {
        var end = Math.Min(c.ParagraphEnd, c.Pos + Window);
        var caps = ReadCapitals(c.Text, c.Pos, end, allowTitleCaseAfter: c.Site != CandidateSite.SentenceEnd);
        string? title;
        int headingEnd;
        if (caps is not null)
        {
            (title, headingEnd) = caps.Value;
        }
        else if (c.Site == CandidateSite.ParagraphStart)
        {
            var tc = ReadTitleCase(c.Text, c.Pos, c.ParagraphEnd, wholeParagraph: true, allowComma: false);
            if (tc is null)
            {
                return null;
            }

            (title, headingEnd) = tc.Value;
        }
        else
        {
            return null;
        }

        if (NotAHeading().IsMatch(title) || CountLetters(title) < 3)
        {
            return null;
        }

        var role = RecitalsTitle().IsMatch(title) ? HeadingRole.Recitals : HeadingRole.Title;
        return new Heading(role, NumberStyle.None, null, title, c.Pos, headingEnd);
    }

    /// <summary>
    /// After a number: an optional separator, then a capitals title, a title-case title ending in
    /// "." or ":", a quoted defined term, or nothing. End is -1 when what follows rules out a heading
    /// ("Section 3.2 of this Agreement", "1.5 million").
    /// </summary>
    private static (string? Title, int End, bool IsTerm) ReadTitleAfterNumber(Cursor c, int after)
    {
        var text = c.Text;
        var limit = Math.Min(c.ParagraphEnd, c.Pos + Window);
        var p = after;
        while (p < c.ParagraphEnd && IsSpace(text[p]))
        {
            p++;
        }

        if (p < c.ParagraphEnd && text[p] is '-' or '–' or '—' or ':' or '.')
        {
            p++;
            while (p < c.ParagraphEnd && IsSpace(text[p]))
            {
                p++;
            }
        }

        if (p >= c.ParagraphEnd)
        {
            return (null, after, false);
        }

        var first = text[p];
        if (first == '*')
        {
            // "ARTICLE I. * * * VITAMIN SPONSOR": the title itself was redacted.
            return (null, after, false);
        }

        if (!(char.IsUpper(first) || first is '"' or '“' or '‘' or '\'' or '(' or '[' or '（' || first >= '\u3000'))
        {
            return (null, -1, false);
        }

        var caps = ReadCapitals(text, p, limit, allowTitleCaseAfter: true);
        if (caps is not null && !NotAHeading().IsMatch(caps.Value.Title))
        {
            return (caps.Value.Title, caps.Value.End, false);
        }

        var term = DefinedTerm().Match(text, p, Math.Min(limit - p, 120));
        if (term.Success)
        {
            return (term.Groups["term"].Value, p, true);
        }

        var tc = ReadTitleCase(text, p, c.ParagraphEnd, wholeParagraph: true, allowComma: true);
        return tc is null ? (null, p, false) : (tc.Value.Title, tc.Value.End, false);
    }

    /// <summary>
    /// A run of capitals words ("GOVERNING LAW", "PURPOSE  OF  THE  AGREEMENT") that ends the
    /// paragraph or is closed by ".", ":", a dash, a wide gap, a number, or (when allowed) a
    /// capitalised body word. Runs with verbs are shouting body text (disclaimers), not headings.
    /// </summary>
    internal static (string Title, int End)? ReadCapitals(string text, int start, int limit, bool allowTitleCaseAfter)
    {
        var p = start;
        var words = 0;
        var letters = 0;
        var titleEnd = start;
        while (p < limit)
        {
            var wordStart = p;
            while (p < limit && !IsSpace(text[p]))
            {
                p++;
            }

            var word = text.AsSpan(wordStart, p - wordStart);
            if (!IsCapitalsWord(word))
            {
                p = wordStart;
                break;
            }

            words++;
            letters += CountLetters(word);
            titleEnd = p;
            if (words > MaxCapsWords || ShoutingVerb().IsMatch(word))
            {
                return null;
            }

            if (word[^1] == ':' || word[^1] == '.' && !IsAbbreviation(word))
            {
                break;
            }

            var gap = p;
            while (p < limit && IsSpace(text[p]))
            {
                p++;
            }

            if (p - gap >= 3 || p >= limit)
            {
                break;
            }
        }

        if (words == 0 || letters < 3)
        {
            return null;
        }

        var title = Collapse(text[start..titleEnd]).TrimEnd('.', ':', ',', ';');
        if (title.Length == 0 || !ClosesHeading(text, titleEnd, limit, allowTitleCaseAfter, out var end))
        {
            return null;
        }

        return (title, end);
    }

    private static bool ClosesHeading(string text, int titleEnd, int limit, bool allowTitleCaseAfter, out int end)
    {
        end = titleEnd;
        if (text[titleEnd - 1] is '.' or ':')
        {
            return true;
        }

        var p = titleEnd;
        while (p < limit && IsSpace(text[p]))
        {
            p++;
        }

        if (p >= limit)
        {
            // The run reached the window edge: only a heading if the paragraph really ends here.
            return IsParagraphEnd(text, p);
        }

        if (p - titleEnd >= 3)
        {
            return true;
        }

        var next = text[p];
        if (next is '-' or '–' or '—')
        {
            end = p + 1;
            return true;
        }

        if (next is '(' or '"' or '“' || char.IsAsciiDigit(next) && SectionNumberAhead().IsMatch(text.AsSpan(p, Math.Min(16, limit - p))))
        {
            // "BASIC PROVISIONS 1. Joint …", "MANUFACTURE AND SUPPLY 4.1 ETON …" but not "SECTION 6.3, IN NO EVENT".
            return true;
        }

        if (char.IsAsciiLetterLower(next) && p + 2 < text.Length && text[p + 1] is '.' or ')' && IsSpace(text[p + 2]))
        {
            // "DEFINITIONS a. "Affiliate" means …": the first lettered item follows the title.
            return true;
        }

        return allowTitleCaseAfter && char.IsUpper(next) && p + 1 < text.Length && char.IsLower(text[p + 1]);
    }

    /// <summary>"DR." and "INC." end with a dot but not the heading: "1.4. DR. KOOP HEALTH LINKS."</summary>
    private static bool IsAbbreviation(ReadOnlySpan<char> word) =>
        CountLetters(word) <= 2 || word is "INC." or "LTD." or "CORP." or "CO." or "NO.";

    private static bool IsParagraphEnd(string text, int p) => p >= text.Length || text[p] == ContractDocument.ParagraphSeparator;

    /// <summary>
    /// A short title-case title: "Governing Law." / "Term and Termination:" before the body, or the
    /// whole of a short paragraph ("Confidentiality of Evaluation Materials").
    /// </summary>
    /// <remarks>
    /// Commas ("Representations, Warranties and Covenants") only count after a section number: an
    /// unnumbered line with a comma is far more often an address ("Halifax, Nova Scotia").
    /// </remarks>
    private static (string Title, int End)? ReadTitleCase(string text, int start, int paragraphEnd, bool wholeParagraph, bool allowComma)
    {
        var limit = Math.Min(paragraphEnd, start + Window);
        var p = start;
        var words = 0;
        while (p < limit)
        {
            var wordStart = p;
            while (p < limit && !IsSpace(text[p]) && text[p] is not ('.' or ':'))
            {
                p++;
            }

            var word = text.AsSpan(wordStart, p - wordStart);
            if (word.Length == 0 || !IsTitleWord(word, words == 0) || !allowComma && word.ContainsAny(',', ';'))
            {
                return null;
            }

            words++;
            if (words > MaxTitleCaseWords)
            {
                return null;
            }

            if (p < limit && text[p] is '.' or ':')
            {
                var after = p + 1;
                var title = text[start..p];
                if (IsSmallWord(word))
                {
                    return null;
                }

                if (after >= paragraphEnd)
                {
                    return (Collapse(title), after);
                }

                // "Performance. The Parties …": the body must start a new sentence right after.
                return IsSpace(text[after]) && after + 1 < paragraphEnd && (char.IsUpper(text[after + 1]) || char.IsDigit(text[after + 1]) || text[after + 1] is '(' or '"' or '“' or '[')
                    ? (Collapse(title), after)
                    : null;
            }

            var gap = p;
            while (p < limit && IsSpace(text[p]))
            {
                p++;
            }

            if (p >= paragraphEnd)
            {
                var whole = Collapse(text[start..gap]);
                return wholeParagraph && whole.Length <= MaxHeadingOnlyTitleChars && !IsSmallWord(word) ? (whole, gap) : null;
            }

            if (allowComma && p - gap >= 2 && char.IsUpper(text[p]) && !IsSmallWord(word))
            {
                // "8. Attorney Fees  The prevailing Party …": after a number, a double space closes the title.
                return (Collapse(text[start..gap]), gap);
            }

            if (p - gap >= 3 && wholeParagraph)
            {
                return null;
            }

            if (text[p] is '-' or '–' or '—' && p + 1 < limit && IsSpace(text[p + 1]))
            {
                return (Collapse(text[start..gap]), p + 1);
            }
        }

        return null;
    }

    private static bool IsCapitalsWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        var upper = 0;
        foreach (var ch in word)
        {
            if (char.IsLower(ch))
            {
                return false;
            }

            if (char.IsUpper(ch))
            {
                upper++;
            }
            else if (!char.IsDigit(ch) && ch is not ('&' or '_' or '\'' or '’' or '/' or '-' or ',' or '.' or ':' or '(' or ')' or '"' or '“' or '”' or ';'))
            {
                return false;
            }
        }

        // "S7L 6H2", "B3B" (postcodes) and "E.4" mix digits into the word: not title words.
        return upper > 0 && !word.ContainsAny(Digits) || word is "&";
    }

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    private static bool IsTitleWord(ReadOnlySpan<char> word, bool first)
    {
        foreach (var ch in word)
        {
            if (char.IsDigit(ch) || ch is '"' or '“' or '”' or '$' or '%' or '@' or '/')
            {
                return false;
            }
        }

        if (word.IndexOfAny(',', ';') is var comma && comma >= 0 && comma != word.Length - 1)
        {
            // "Complaints, Recalls" lists words; a comma inside a word is not a title.
            return false;
        }

        var lead = word[0] is '(' && word.Length > 1 ? word[1] : word[0];
        return char.IsUpper(lead) || !first && IsSmallWord(word);
    }

    private static bool IsSmallWord(ReadOnlySpan<char> word) =>
        word is "of" or "and" or "or" or "the" or "to" or "in" or "for" or "on" or "by" or "with" or "a" or "an" or "upon" or "under" or "&" or "from" or "as" or "at";

    private static int CountLetters(ReadOnlySpan<char> word)
    {
        var n = 0;
        foreach (var ch in word)
        {
            if (char.IsLetter(ch))
            {
                n++;
            }
        }

        return n;
    }

    internal static bool IsSpace(char c) => char.IsWhiteSpace(c);

    /// <summary>Headings are shown in one line: runs of white space (PDF justification) become one space.</summary>
    private static string Collapse(string s) => Whitespace().Replace(s.Trim(), " ");

    [GeneratedRegex(@"^(?<num>第[ \u3000]{0,2}(?<n>[0-9０-９]{1,3}|[一二三四五六七八九十百〇]{1,6})[ \u3000]{0,2}条(?:の[0-9０-９一二三四五六七八九十]{1,3})?)(?=$|[ \t\u3000（(])(?:[ \u3000]{0,2}[（(](?<t>[^）)\n]{1,60})[）)])?", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex JapaneseArticle();

    [GeneratedRegex(@"^(?:ARTICLE|Article|SECTION|Section|CLAUSE|Clause)[ \t\u00A0]{1,3}(?<n>[0-9]{1,3}(?:\.[0-9]{1,3}){0,3}|[IVXLC]{1,7})(?![0-9A-Za-z(])\.?", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex KeywordSection();

    [GeneratedRegex(@"^(?:(?:EXHIBIT|Exhibit|SCHEDULE|Schedule|ANNEX|Annex|APPENDIX|Appendix|ATTACHMENT|Attachment|ADDENDUM|Addendum)[ \t\u00A0]{1,3}[A-Z0-9]{1,3}(?:[.\-][0-9A-Z]{1,3})?(?![A-Za-z0-9])|(?<ja>別紙[0-9０-９]{0,2})(?=$|[ \u3000（(]))", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex ScheduleStart();

    [GeneratedRegex(@"^(?:IN WITNESS WHEREOF|In Witness Whereof|In witness whereof|IN WITNESS THEREOF|IN WITNESS HEREOF|AGREED AND ACCEPTED|ACCEPTED AND AGREED|Agreed and Accepted|Accepted and Agreed|\[Signature [Pp]age [Ff]ollows\]|\[SIGNATURE PAGE FOLLOWS\]|(?:By|BY|Signature|SIGNATURE|Signed|SIGNED):?[ \t]{0,20}(?:_{3,}|/s/)|(?:By|BY):[ \t]*$|/s/[ \t]|本契約(?:締結|の成立)の証として|以上の合意を証するため|上記契約の成立を証するため)", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex SignatureStart();

    [GeneratedRegex(@"^(?:(?<whereas>WHEREAS\b|Whereas,)|RECITALS?\b|BACKGROUND\b|PRELIMINARY STATEMENTS?\b|W ?I ?T ?N ?E ?S ?S ?E ?T ?H\b|R E C I T A L S\b)", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex RecitalsStart();

    [GeneratedRegex(@"^(?<n>[0-9]{1,3}(?:\.[0-9]{1,3}){0,3})(?<dot>\.)?(?<paren>\))?", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex PlainNumber();

    [GeneratedRegex(@"^(?:[(（](?:[a-zA-Z]{1,2}|[ivxlcdmIVXLCDM]{1,6}|[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[)）]|(?:[a-z]|[ivx]{1,5})\)|[①-⑳]|[０-９]{1,2}[．.])", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex ItemStart();

    [GeneratedRegex(@"^(?<n>[a-z]\.)[ \t]{1,3}[A-Z""“]", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex LetterItem();

    [GeneratedRegex(@"^[0-9]{1,3}(?:\.[0-9]{1,3}){0,3}(?:\.|\))?\s", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex SectionNumberAhead();

    [GeneratedRegex(@"^[ \t]{0,3}(?:and\b|or\b|nor\b|to\b|through\b|and/or\b|,|\)|-|–|above\b|below\b|hereof\b|of\b)", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex ItemReference();

    [GeneratedRegex(@"^[""“‘'](?<term>[^""”’'\n]{1,80})[""”’']\s{0,3}(?:\([^)\n]{0,40}\)\s{0,3})?(?:shall mean|means|mean|shall have|has the meaning|have the meaning|is defined|shall refer|refers)\b", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex DefinedTerm();

    [GeneratedRegex(@"^(?:SHALL|WILL|IS|ARE|MAY|MUST|BE|NOT|HEREBY|AGREES?|WAS|WERE|HAS|HAVE|THAT|WHICH)[.,:;]?$", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex ShoutingVerb();

    [GeneratedRegex(@"^(?:(?i:.*\b(?:inc|llc|l\.l\.c|ltd|corp|corporation|gmbh|ag|limited|plc|s\.a|n\.v|b\.v|l\.p|kk|k\.k)\.?)|(?i:if|for|to|attn|attention|cc|copy to|with a copy to)\b.*|(?i:name|title|its|date|by|signature|phone|fax|telephone|e-?mail|address|witness)|(?:CEO|CFO|COO|CTO|PRESIDENT|VICE PRESIDENT|DIRECTOR|SECRETARY|TREASURER|MANAGING DIRECTOR)\b.*|NOW,? THEREFORE.*|CONFIDENTIAL(?: TREATMENT REQUESTED)?|EXECUTION (?:VERSION|COPY)|CONFIDENTIAL INFORMATION|FINAL|DRAFT|Confidential|Source.*|Dear .*|Page.*|Table of Contents|TABLE OF CONTENTS|\[?\*+\]?)$", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex NotAHeading();

    [GeneratedRegex(@"^(?:RECITALS?|Recitals?|BACKGROUND|Background|PRELIMINARY STATEMENTS?|Preliminary Statements?|WITNESSETH|Witnesseth)$", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex RecitalsTitle();

    [GeneratedRegex(@"\s+", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex Whitespace();
}
