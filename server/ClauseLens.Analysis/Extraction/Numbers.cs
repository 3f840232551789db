using ClauseLens.Analysis.Writing;

namespace ClauseLens.Analysis.Extraction;

/// <summary>Reads the small numbers contracts write out: "24", "２４", "twenty-four", "二十四".</summary>
public static class Numbers
{
    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>Regex alternation for number words one..ninety-nine (longest first so "fourteen" wins over "four").</summary>
    internal const string WordPattern =
        "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
        + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|eleven|twelve|ten"
        + "|one|two|three|four|five|six|seven|eight|nine|an|a)";

    /// <summary>Regex for hundreds in words: "one hundred", "one hundred and eighty", "two hundred seventy".</summary>
    internal const string HundredsPattern = @"(?:one|two|three|four|five|six|seven|eight|nine|a)\s+hundred(?:(?:\s+and)?[\s-]+" + WordPattern + @"(?![\w-]))?";

    /// <summary>Regex for ASCII or full-width digits (at most three).</summary>
    internal const string DigitPattern = "[0-9０-９]{1,3}";

    /// <summary>Regex for kanji numerals up to 99 (一, 十, 二十四).</summary>
    internal const string KanjiPattern = "[一二三四五六七八九十]{1,3}";

    /// <summary>
    /// The value of <paramref name="text"/>: digits (ASCII or full-width), an English number word
    /// from one to ninety-nine ("a"/"an" mean one) or hundreds in words ("one hundred and eighty"),
    /// or a kanji numeral below 100. Null when it is none of these.
    /// </summary>
    public static int? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        if (t.Length == 0)
        {
            return null;
        }

        if (t.All(IsDigit))
        {
            return t.Length > 9 ? null : t.Aggregate(0, (n, c) => n * 10 + DigitValue(c));
        }

        return KanjiNumerals.ValueBelow100(t) ?? ParseHundreds(t.ToLowerInvariant());
    }

    // "one hundred", "one hundred and eighty", "two hundred-ten"; below a hundred, the words alone.
    private static int? ParseHundreds(string t)
    {
        var hundred = t.IndexOf("hundred", StringComparison.Ordinal);
        if (hundred < 0)
        {
            return ParseWords(t);
        }

        var rest = t[(hundred + "hundred".Length)..].Trim().TrimStart('-');
        rest = rest.StartsWith("and ", StringComparison.Ordinal) ? rest[4..] : rest;
        return t[..hundred].Trim() is { Length: > 0 } count && ParseWords(count) is { } h and < 10
            ? h * 100 + (rest.Length == 0 ? 0 : ParseWords(rest) ?? 0)
            : null;
    }

    /// <summary>The English words for 1..99 ("twenty-four"), for tests and messages.</summary>
    public static string ToWords(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 99);
        return n < 20 ? Units[n] : n % 10 == 0 ? Tens[n / 10] : $"{Tens[n / 10]}-{Units[n % 10]}";
    }

    /// <summary>Full-width digits (０-９) turned into ASCII digits; other characters unchanged.</summary>
    public static string ToAsciiDigits(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] is >= '０' and <= '９' ? (char)('0' + (source[i] - '０')) : source[i];
            }
        });

    private static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '０' and <= '９');

    private static int DigitValue(char c) => c <= '9' ? c - '0' : c - '０';

    private static int? ParseWords(string t)
    {
        if (t is "a" or "an")
        {
            return 1;
        }

        var units = Array.IndexOf(Units, t);
        if (units > 0)
        {
            return units;
        }

        var parts = t.Split(['-', ' '], StringSplitOptions.RemoveEmptyEntries);
        var tens = Array.IndexOf(Tens, parts[0]);
        if (tens < 2 || parts.Length > 2)
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return tens * 10;
        }

        var unit = Array.IndexOf(Units, parts[1]);
        return unit is >= 1 and <= 9 ? tens * 10 + unit : null;
    }
}
