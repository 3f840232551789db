namespace ClauseLens.Analysis.Context;

/// <summary>The languages a contract can be written in, as reported on a result.</summary>
public static class ContractLanguages
{
    /// <summary>English (or any language without Japanese script).</summary>
    public const string English = "en";
    /// <summary>Japanese.</summary>
    public const string Japanese = "ja";
    /// <summary>Both, in substantial parts (a bilingual contract).</summary>
    public const string Mixed = "mixed";

    /// <summary>The languages a reviewer may ask for texts in.</summary>
    public static IReadOnlyList<string> ForReviewer { get; } = [English, Japanese];

    /// <summary>
    /// The contract's language from its script: the share of letters that are Japanese (kana and
    /// CJK ideographs). Kana and kanji carry about three times the meaning of a Latin letter, so a
    /// bilingual contract with equal text in both has roughly a quarter of its letters Japanese.
    /// </summary>
    public static string Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        long japanese = 0, latin = 0;
        foreach (var c in text)
        {
            if (Analysis.Writing.Scripts.IsJapanese(c))
            {
                japanese++;
            }
            else if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'))
            {
                latin++;
            }
        }

        // Weigh a Japanese character as three Latin letters (see above).
        var weightedJapanese = japanese * 3.0;
        var total = weightedJapanese + latin;
        if (total == 0)
        {
            return English;
        }

        var share = weightedJapanese / total;
        return share switch
        {
            >= 0.8 => Japanese,
            >= 0.2 => Mixed,
            _ => English,
        };
    }
}
