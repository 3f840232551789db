using ClauseLens.Analysis.Writing;

namespace ClauseLens.Analysis.Segmentation;

/// <summary>Turns written section numbers ("12.3", "IV", "十二", "１０") into integers for sequence checks.</summary>
internal static class NumberValue
{
    /// <summary>The leading integer of "12.3" (12); -1 when there is none.</summary>
    public static int LeadingInt(string number)
    {
        var value = 0;
        var digits = 0;
        foreach (var c in number)
        {
            var d = Digit(c);
            if (d < 0)
            {
                break;
            }

            value = value * 10 + d;
            digits++;
        }

        return digits == 0 ? -1 : value;
    }

    /// <summary>A Roman numeral ("IV" → 4); -1 when not one.</summary>
    public static int FromRoman(string roman)
    {
        var total = 0;
        var previous = 0;
        for (var i = roman.Length - 1; i >= 0; i--)
        {
            var v = char.ToUpperInvariant(roman[i]) switch
            {
                'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, _ => 0,
            };
            if (v == 0)
            {
                return -1;
            }

            total += v < previous ? -v : v;
            previous = Math.Max(previous, v);
        }

        return total;
    }

    /// <summary>Arabic (half- or full-width) or kanji numerals ("10", "１０", "十", "二十三") → integer.</summary>
    public static int FromJapanese(string number)
    {
        if (number.Length > 0 && Digit(number[0]) >= 0)
        {
            return LeadingInt(number);
        }

        return KanjiNumerals.Value(number);
    }

    private static int Digit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '０' and <= '９' => c - '０',
        _ => -1,
    };
}
