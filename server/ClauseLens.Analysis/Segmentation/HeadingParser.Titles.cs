using System.Text.RegularExpressions;

namespace ClauseLens.Analysis.Segmentation;

/// <summary>Reading a heading's title: capitals, title case, a defined term, or the body after a number.</summary>
internal sealed partial class HeadingParser
{
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

    [GeneratedRegex(@"^[0-9]{1,3}(?:\.[0-9]{1,3}){0,3}(?:\.|\))?\s", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex SectionNumberAhead();

    [GeneratedRegex(@"^[""“‘'](?<term>[^""”’'\n]{1,80})[""”’']\s{0,3}(?:\([^)\n]{0,40}\)\s{0,3})?(?:shall mean|means|mean|shall have|has the meaning|have the meaning|is defined|shall refer|refers)\b", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex DefinedTerm();

    [GeneratedRegex(@"^(?:SHALL|WILL|IS|ARE|MAY|MUST|BE|NOT|HEREBY|AGREES?|WAS|WERE|HAS|HAVE|THAT|WHICH)[.,:;]?$", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex ShoutingVerb();

    [GeneratedRegex(@"^(?:(?i:.*\b(?:inc|llc|l\.l\.c|ltd|corp|corporation|gmbh|ag|limited|plc|s\.a|n\.v|b\.v|l\.p|kk|k\.k)\.?)|(?i:if|for|to|attn|attention|cc|copy to|with a copy to)\b.*|(?i:name|title|its|date|by|signature|phone|fax|telephone|e-?mail|address|witness)|(?:CEO|CFO|COO|CTO|PRESIDENT|VICE PRESIDENT|DIRECTOR|SECRETARY|TREASURER|MANAGING DIRECTOR)\b.*|NOW,? THEREFORE.*|CONFIDENTIAL(?: TREATMENT REQUESTED)?|EXECUTION (?:VERSION|COPY)|CONFIDENTIAL INFORMATION|FINAL|DRAFT|Confidential|Source.*|Dear .*|Page.*|Table of Contents|TABLE OF CONTENTS|\[?\*+\]?)$", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex NotAHeading();

    [GeneratedRegex(@"^(?:RECITALS?|Recitals?|BACKGROUND|Background|PRELIMINARY STATEMENTS?|Preliminary Statements?|WITNESSETH|Witnesseth)$", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex RecitalsTitle();
}
