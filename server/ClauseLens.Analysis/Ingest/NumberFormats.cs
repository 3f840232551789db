using System.Globalization;
using System.Text;

namespace ClauseLens.Analysis.Ingest;

/// <summary>Spells list numbers the way Word and browsers show them.</summary>
internal static class NumberFormats
{
    /// <summary>
    /// The highest number spelt in letters ("z" twenty times); beyond it the number is shown
    /// in decimal, so a list that starts at 2,000,000,000 costs ten digits, not 77 million letters.
    /// </summary>
    public const int MaxLetterValue = 26 * 20;

    /// <summary>a, b, … z, aa, bb, … (Word and CSS both repeat the letter past z), up to <see cref="MaxLetterValue"/>.</summary>
    public static string Letters(int value, bool upper)
    {
        if (value is < 1 or > MaxLetterValue)
        {
            return Decimal(value);
        }

        var letter = (char)((upper ? 'A' : 'a') + ((value - 1) % 26));
        return new string(letter, ((value - 1) / 26) + 1);
    }

    /// <summary>i, ii, iv, … (decimal beyond 3999, where Roman numerals stop).</summary>
    public static string Roman(int value, bool upper)
    {
        if (value is < 1 or > 3999)
        {
            return Decimal(value);
        }

        (int Value, string Numeral)[] table =
        [
            (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
        ];
        var builder = new StringBuilder();
        foreach (var (step, numeral) in table)
        {
            while (value >= step)
            {
                builder.Append(numeral);
                value -= step;
            }
        }

        return upper ? builder.ToString().ToUpperInvariant() : builder.ToString();
    }

    /// <summary>Plain ASCII digits.</summary>
    public static string Decimal(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Full-width digits (１２), as Japanese documents number articles.</summary>
    public static string FullWidth(int value) =>
        new(Decimal(value).Select(c => char.IsAsciiDigit(c) ? (char)('０' + (c - '0')) : c).ToArray());

    /// <summary>Digit by digit in kanji (一〇 for 10): Word's ideographDigital.</summary>
    public static string IdeographDigits(int value) =>
        new(Decimal(value).Select(c => char.IsAsciiDigit(c) ? "〇一二三四五六七八九"[c - '0'] : c).ToArray());

    /// <summary>Counting in kanji (十一 for 11, 二十 for 20): Word's japaneseCounting, up to 9999.</summary>
    public static string JapaneseCounting(int value)
    {
        if (value is < 1 or > 9999)
        {
            return Decimal(value);
        }

        const string digits = "〇一二三四五六七八九";
        var builder = new StringBuilder();
        (int Unit, char Name)[] units = [(1000, '千'), (100, '百'), (10, '十')];
        foreach (var (unit, name) in units)
        {
            var count = value / unit;
            if (count > 0)
            {
                if (count > 1)
                {
                    builder.Append(digits[count]);
                }

                builder.Append(name);
            }

            value %= unit;
        }

        if (value > 0)
        {
            builder.Append(digits[value]);
        }

        return builder.ToString();
    }

    /// <summary>Circled numbers ① … ⑳ (decimal beyond), Word's decimalEnclosedCircle.</summary>
    public static string Circled(int value) =>
        value is >= 1 and <= 20 ? ((char)('\u2460' + value - 1)).ToString() : Decimal(value);
}
