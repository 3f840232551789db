using ClauseLens.Analysis.Writing;

namespace ClauseLens.Analysis.Extraction;

/// <summary>Tells whether a text is written in both Japanese and a Latin-script language.</summary>
internal static class LanguageMix
{
    // Below this many letters a stray party name in kana is not a bilingual contract.
    private const int MinLetters = 200;
    private const double MinShare = 0.15;

    /// <summary>True when Japanese script and Latin letters each make up a real share of the letters.</summary>
    public static bool IsBilingual(string text)
    {
        int japanese = 0, latin = 0;
        foreach (var ch in text)
        {
            if (Scripts.IsJapanese(ch))
            {
                japanese++;
            }
            else if (ch is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z'))
            {
                latin++;
            }
        }

        // A Japanese character carries roughly as much text as a short English word: weigh it up.
        var weightedJapanese = japanese * 4.0;
        var total = weightedJapanese + latin;
        return total >= MinLetters && weightedJapanese / total >= MinShare && latin / total >= MinShare;
    }
}
