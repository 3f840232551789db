using System.Buffers;
using System.Text.RegularExpressions;

namespace ClauseLens.Analysis.Segmentation;

/// <summary>What counts as a title word, a capitals word, a small word; white space.</summary>
internal sealed partial class HeadingParser
{
    /// <summary>"DR." and "INC." end with a dot but not the heading: "1.4. DR. KOOP HEALTH LINKS."</summary>
    private static bool IsAbbreviation(ReadOnlySpan<char> word) =>
        CountLetters(word) <= 2 || word is "INC." or "LTD." or "CORP." or "CO." or "NO.";

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

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

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

    [GeneratedRegex(@"\s+", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex Whitespace();
}
