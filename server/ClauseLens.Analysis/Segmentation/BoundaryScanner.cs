namespace ClauseLens.Analysis.Segmentation;

/// <summary>
/// Lists the offsets inside one paragraph where a clause could begin: the paragraph start, the end
/// of a wide gap (three or more spaces: PDF extraction joins a page's lines that way), and the start
/// of a new sentence. One pass over the paragraph; the heading parser then looks at each offset.
/// </summary>
internal static class BoundaryScanner
{
    private const int GapWidth = 3;

    /// <summary>Candidate offsets of the paragraph <paramref name="start"/>..<paramref name="end"/>, in order.</summary>
    public static IEnumerable<(int Pos, CandidateSite Site)> Candidates(string text, int start, int end)
    {
        var p = start;
        while (p < end && HeadingParser.IsSpace(text[p]))
        {
            p++;
        }

        if (p >= end)
        {
            yield break;
        }

        yield return (p, CandidateSite.ParagraphStart);

        var afterNoise = AfterLeadingNoise(text, p, end);
        if (afterNoise > p)
        {
            yield return (afterNoise, CandidateSite.Gap);
            p = afterNoise;
        }

        while (p < end)
        {
            if (!HeadingParser.IsSpace(text[p]))
            {
                p++;
                continue;
            }

            var runStart = p;
            while (p < end && HeadingParser.IsSpace(text[p]))
            {
                p++;
            }

            if (p >= end)
            {
                yield break;
            }

            if (p - runStart >= GapWidth)
            {
                var before = text[runStart - 1];
                var midSentence = char.IsLower(before) || char.IsDigit(before) || before == ',';
                yield return (p, midSentence ? CandidateSite.GapInSentence : CandidateSite.Gap);
            }
            else if (EndsSentence(text, runStart, start))
            {
                yield return (p, CandidateSite.SentenceEnd);
            }
            else if (char.IsAsciiDigit(text[runStart - 1]) && char.IsAsciiDigit(text[p]))
            {
                // "Nashville, TN 37205 9. MISCELLANEOUS", "May 3, 2016 7. DEFAULT": a page stamp or an
                // address ends without a full stop; only a number in sequence may start a clause here.
                yield return (p, CandidateSite.GapInSentence);
            }
        }
    }

    /// <summary>True when the text just before <paramref name="at"/> closes a sentence (". ", "; ", ":", '."').</summary>
    internal static bool EndsSentence(string text, int at, int floor)
    {
        if (at - 1 < floor)
        {
            return false;
        }

        var c = text[at - 1];
        if (c is '.' or ';' or ':' or '!' or '?' or '。')
        {
            return true;
        }

        if (c == ']' && at - 2 >= floor && text[at - 2] is '*' or ' ')
        {
            // "[ * * * ] 4. MANUFACTURE": a redaction stands for whole sentences.
            return true;
        }

        return c is '"' or '”' or '’' or ')' && at - 2 >= floor && text[at - 2] is '.' or ';' or ':' or '!' or '?';
    }

    /// <summary>"CONFIDENTIAL 1.3 …", "12 1.4 …": a page stamp glued to the next section's number.</summary>
    private static int AfterLeadingNoise(string text, int p, int end)
    {
        var q = p;
        if (text.AsSpan(p, end - p).StartsWith("CONFIDENTIAL ", StringComparison.Ordinal))
        {
            q = p + "CONFIDENTIAL".Length;
        }
        else
        {
            while (q < end && q - p < 3 && char.IsAsciiDigit(text[q]))
            {
                q++;
            }

            if (q == p || q >= end || text[q] != ' ')
            {
                return p;
            }
        }

        var r = q;
        while (r < end && HeadingParser.IsSpace(text[r]))
        {
            r++;
        }

        return r > q && r < end && (char.IsAsciiDigit(text[r]) || text[r] == '(') ? r : p;
    }
}
