using System.Buffers;
using System.Text.RegularExpressions;

namespace ClauseLens.Analysis.Segmentation;

/// <summary>
/// Reads a heading that starts exactly at a given offset. Every pattern is anchored and bounded and
/// runs on a window of at most <see cref="Window"/> characters, so the cost per candidate is constant
/// however long the paragraph is (CUAD puts whole pages on one line).
/// </summary>
/// <remarks>
/// This file dispatches on the first character. The forms that open with a word or a sign
/// ("Section", "EXHIBIT", "IN WITNESS", "第") are in <c>HeadingParser.WordStarts.cs</c>, each pattern
/// beside the set of letters it can start with; numbers and list items in
/// <c>HeadingParser.NumberStarts.cs</c>; titles in <c>HeadingParser.Titles.cs</c> and
/// <c>HeadingParser.Words.cs</c>.
/// </remarks>
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
            return TryNumber(cursor) ?? (site == CandidateSite.GapInSentence ? null : TryItem(cursor) ?? TryJapaneseArticleWithoutDai(cursor));
        }

        if (site == CandidateSite.GapInSentence)
        {
            // A wrapped line inside a sentence: only a section number in sequence may start a clause here.
            return KeywordSectionFirst.Contains(first) ? TryKeywordSection(cursor) : first is '(' or '（' ? TryItem(cursor) : null;
        }

        if (char.IsAsciiLetterLower(first))
        {
            return TryItem(cursor) ?? TryLetterItem(cursor);
        }

        if (!char.IsAsciiLetterUpper(first))
        {
            return first switch
            {
                _ when JapaneseArticleFirst.Contains(first) => TryJapaneseArticle(cursor),
                _ when ScheduleFirst.Contains(first) => TrySchedule(cursor),
                _ when SignatureFirst.Contains(first) => TrySignature(cursor) ?? (first == '[' ? TryTitle(cursor) : null),
                _ when DefinedTermItemFirst.Contains(first) => TryDefinedTermItem(cursor) ?? TryTitle(cursor),
                _ => TryItem(cursor) ?? TryJapaneseArticleWithoutDai(cursor) ?? TryTitle(cursor),
            };
        }

        return (KeywordSectionFirst.Contains(first) ? TryKeywordSection(cursor) : null)
            ?? (ScheduleFirst.Contains(first) ? TrySchedule(cursor) : null)
            ?? (SignatureFirst.Contains(first) ? TrySignature(cursor) : null)
            ?? (RecitalsFirst.Contains(first) ? TryRecitals(cursor) : null)
            ?? TryTitle(cursor);
    }

    /// <summary>Digits, Latin letters, list-item openers, and the first signs of the word-started forms.</summary>
    private static bool MayStartHeading(char c) =>
        char.IsAsciiDigit(c) || char.IsAsciiLetter(c) || c is '(' or '（' || (c >= '０' && c <= '９') || (c >= '①' && c <= '⑳')
        || DefinedTermItemFirst.Contains(c) || JapaneseArticleFirst.Contains(c) || ScheduleFirst.Contains(c) || SignatureFirst.Contains(c);

    /// <summary>The first characters of a list of alternatives written "WORD|Word|OTHER".</summary>
    private static SearchValues<char> FirstLetters(string alternatives, string more = "") =>
        SearchValues.Create(string.Concat(alternatives.Split('|').Select(a => a[0]).Concat(more).Distinct()));

    private readonly record struct Cursor(string Text, int Pos, int ParagraphEnd, int Length, CandidateSite Site)
    {
        public Match Match(Regex regex) => regex.Match(Text, Pos, Length);
    }
}
