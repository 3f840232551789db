using System.Buffers;
using System.Text.RegularExpressions;

namespace ClauseLens.Analysis.Segmentation;

/// <summary>
/// Headings that open with a number or a list marker: "1.", "1.1", "1    PURPOSE", "(a)", "（１）", "①",
/// "a. Materials", and an unnumbered definition ('"Territory" means …').
/// </summary>
internal sealed partial class HeadingParser
{
    /// <summary>A definition paragraph opens with a double quote.</summary>
    private static readonly SearchValues<char> DefinedTermItemFirst = SearchValues.Create("\"“");

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

    [GeneratedRegex(@"^(?<n>[0-9]{1,3}(?:\.[0-9]{1,3}){0,3})(?<dot>\.)?(?<paren>\))?", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex PlainNumber();

    [GeneratedRegex(@"^(?:[(（](?:[a-zA-Z]{1,2}|[ivxlcdmIVXLCDM]{1,6}|[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[)）]|(?:[a-z]|[ivx]{1,5})\)|[①-⑳]|[０-９]{1,2}[．.])", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex ItemStart();

    [GeneratedRegex(@"^(?<n>[a-z]\.)[ \t]{1,3}[A-Z""“]", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex LetterItem();

    [GeneratedRegex(@"^[ \t]{0,3}(?:and\b|or\b|nor\b|to\b|through\b|and/or\b|,|\)|-|–|above\b|below\b|hereof\b|of\b)", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex ItemReference();
}
