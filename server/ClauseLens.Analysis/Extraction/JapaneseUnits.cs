using System.Text.RegularExpressions;

namespace ClauseLens.Analysis.Extraction;

/// <summary>
/// The units a Japanese clause is read in: sentences (「。」 ends one unless a bracket closes after it,
/// as in 「（以下「受領者」という。）」), lines, and list items whether numbered 「（１）」「(1)」「①」
/// 「一、」「ア」「1.」 at the start of a line or run on inside a sentence 「…次の各号：①…②…」. An
/// exclusions list (「次の各号のいずれかに該当する情報」) is then read item by item, and no pattern
/// spans two items.
/// </summary>
internal static partial class JapaneseUnits
{
    /// <summary>Whether <paramref name="text"/> has any kana or kanji (and so is read with the Japanese patterns).</summary>
    public static bool HasJapanese(string text)
    {
        foreach (var c in text)
        {
            if (c is (>= '\u3040' and <= '\u30FF') or (>= '\u4E00' and <= '\u9FFF'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Half-open spans of the units of <paramref name="text"/>, trimmed, in text order; empty ones are left out.</summary>
    public static IReadOnlyList<(int Start, int End)> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var units = new List<(int Start, int End)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '。' && (i + 1 >= text.Length || text[i + 1] is not ('）' or ')' or '」'))))
            {
                Add(text, start, c == '。' ? i + 1 : i, units);
                start = i + 1;
            }
            else if (IsItemStart(text, i))
            {
                Add(text, start, i, units);
                start = i;
            }
        }

        Add(text, start, text.Length, units);
        return units;
    }

    // A marker starts an item at the start of a line (after indentation) or after 「：」「、」 or a
    // space inside a sentence: 「①」 always; 「（１）」「(1)」「1.」「一、」「ア」 only at a line start, where
    // they cannot be part of a word (「第1条」「一方当事者」「アクセス」).
    private static bool IsItemStart(string text, int i)
    {
        if (text[i] is >= '①' and <= '⑳')
        {
            return i > 0 && !IsLineStart(text, i);
        }

        return false;
    }

    private static bool IsLineStart(string text, int i)
    {
        var j = i - 1;
        while (j >= 0 && text[j] is ' ' or '\t' or '\u3000')
        {
            j--;
        }

        return j < 0 || text[j] == '\n';
    }

    private static void Add(string text, int start, int end, List<(int Start, int End)> units)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] == '\u3000'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == '\u3000'))
        {
            end--;
        }

        if (end > start)
        {
            units.Add((start, end));
        }
    }

    /// <summary>Whether <paramref name="unit"/> starts as a Japanese list item does: 「（１）」「(1)」「①」「一、」「ア、」「1.」「１．」.</summary>
    public static bool IsListItem(string unit) => ItemMarker().IsMatch(unit ?? string.Empty);

    /// <summary>A list item's marker, to leave out when a unit is read alone.</summary>
    [GeneratedRegex(@"^(?:[（(][0-9０-９]{1,2}[）)]|[①-⑳]|[一二三四五六七八九十]{1,2}[、．.\s\u3000]|[アイウエオカキクケコ][、．.\s\u3000]|[0-9０-９]{1,2}[.．][\s\u3000]*)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex ItemMarker();
}
