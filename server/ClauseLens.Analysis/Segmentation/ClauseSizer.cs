namespace ClauseLens.Analysis.Segmentation;

/// <summary>
/// Cuts a section that is too long for the classifier (its training clauses are mostly under
/// ~1500 characters) into parts: at its list items, paragraph starts or wide gaps when one falls in
/// range, otherwise at a sentence end. Parts keep the section's number and heading, so a reviewer
/// still reads them as one section.
/// </summary>
internal static class ClauseSizer
{
    /// <summary>Sections longer than this are cut.</summary>
    public const int MaxChars = 2000;

    /// <summary>Preferred part length when cutting at a sentence end.</summary>
    public const int TargetChars = 1500;

    /// <summary>No part shorter than this is cut off (avoids a stub part holding one heading).</summary>
    public const int MinChars = 200;

    /// <summary>The (start, end) parts of <paramref name="draft"/>; one part when it is short enough.</summary>
    public static IReadOnlyList<(int Start, int End)> Parts(string text, ClauseDraft draft, IReadOnlyList<int> paragraphStarts)
    {
        if (draft.End - draft.Start <= MaxChars)
        {
            return [(draft.Start, draft.End)];
        }

        var strong = StrongCuts(text, draft, paragraphStarts);
        var sentences = SentenceCuts(text, draft.Start, draft.End);
        var parts = new List<(int, int)>();
        var pos = draft.Start;
        while (draft.End - pos > MaxChars)
        {
            var cut = Last(strong, pos + MinChars, pos + MaxChars)
                ?? Last(sentences, pos + MinChars, pos + TargetChars)
                ?? Last(sentences, pos + MinChars, pos + MaxChars)
                ?? HardCut(text, pos, pos + MaxChars);
            parts.Add((pos, TrimEnd(text, pos, cut)));
            pos = SkipSpace(text, cut, draft.End);
        }

        if (pos < draft.End)
        {
            parts.Add((pos, draft.End));
        }

        return parts;
    }

    private static List<int> StrongCuts(string text, ClauseDraft draft, IReadOnlyList<int> paragraphStarts)
    {
        var cuts = new SortedSet<int>(draft.ItemStarts.Where(i => i > draft.Start && i < draft.End));
        foreach (var p in paragraphStarts)
        {
            if (p > draft.Start && p < draft.End)
            {
                cuts.Add(SkipSpace(text, p, draft.End));
            }
        }

        // Wide gaps are where PDF extraction joined separate lines or pages.
        var run = 0;
        for (var i = draft.Start; i < draft.End; i++)
        {
            if (text[i] == ' ')
            {
                run++;
            }
            else
            {
                if (run >= 3)
                {
                    cuts.Add(i);
                }

                run = 0;
            }
        }

        return [.. cuts];
    }

    private static List<int> SentenceCuts(string text, int start, int end)
    {
        var cuts = new List<int>();
        for (var i = start + 1; i < end; i++)
        {
            if (text[i - 1] == '。' && !char.IsWhiteSpace(text[i]))
            {
                cuts.Add(i);
            }
            else if (char.IsWhiteSpace(text[i - 1]) && !char.IsWhiteSpace(text[i]) && BoundaryScanner.EndsSentence(text, LastNonSpace(text, i - 1, start) + 1, start))
            {
                cuts.Add(i);
            }
        }

        return cuts;
    }

    private static int LastNonSpace(string text, int i, int floor)
    {
        while (i > floor && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i;
    }

    /// <summary>The last cut in (<paramref name="low"/>, <paramref name="high"/>], by binary search.</summary>
    private static int? Last(List<int> cuts, int low, int high)
    {
        var i = cuts.BinarySearch(high);
        i = i >= 0 ? i : ~i - 1;
        return i >= 0 && cuts[i] > low ? cuts[i] : null;
    }

    /// <summary>No sentence end in reach: cut at the last space, or at the limit in unspaced text.</summary>
    private static int HardCut(string text, int start, int limit)
    {
        for (var i = limit; i > start + MinChars; i--)
        {
            if (char.IsWhiteSpace(text[i - 1]))
            {
                return i;
            }
        }

        return char.IsLowSurrogate(text[limit]) ? limit - 1 : limit;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static int SkipSpace(string text, int pos, int end)
    {
        while (pos < end && char.IsWhiteSpace(text[pos]))
        {
            pos++;
        }

        return pos;
    }
}
