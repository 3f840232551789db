namespace ClauseLens.Analysis.Writing;

/// <summary>Reads numbers written in kanji: article numbers (第二十三条) and durations (二十四か月).</summary>
internal static class KanjiNumerals
{
    private const string Digits = "〇一二三四五六七八九";

    /// <summary>
    /// The value of a kanji numeral: "二十三" → 23, "百二" → 102, and digits in a row read
    /// positionally ("一〇" → 10). 0 for an empty text; -1 when a character is not a numeral.
    /// </summary>
    public static int Value(string number)
    {
        var total = 0;
        var current = 0;
        foreach (var c in number)
        {
            switch (c)
            {
                case '十':
                    total += (current == 0 ? 1 : current) * 10;
                    current = 0;
                    break;
                case '百':
                    total += (current == 0 ? 1 : current) * 100;
                    current = 0;
                    break;
                default:
                    var k = Digits.IndexOf(c);
                    if (k < 0)
                    {
                        return -1;
                    }

                    current = current * 10 + k;
                    break;
            }
        }

        return total + current;
    }

    /// <summary>
    /// The value of a numeral below 100 in its usual form — one digit ("七", "〇"), or 十 with an
    /// optional digit from 一 before it and any digit after it ("十", "十五", "二十", "二十四");
    /// null for anything else ("一二", "十十", "〇十", "百").
    /// </summary>
    public static int? ValueBelow100(string number)
    {
        var ten = number.IndexOf('十');
        var usual = ten < 0
            ? number.Length == 1 && IsDigit(number[0])
            : ten <= 1 && number.Length - ten <= 2
                && (ten == 0 || (IsDigit(number[0]) && number[0] != '〇'))
                && (number.Length == ten + 1 || IsDigit(number[^1]));
        return usual ? Value(number) : null;
    }

    private static bool IsDigit(char c) => Digits.Contains(c);
}
