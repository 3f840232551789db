namespace ClauseLens.Analysis.Writing;

/// <summary>
/// Which writing system a character belongs to, for the steps that treat Japanese text differently
/// (language detection, bigram features, joining wrapped lines, comparing wording). The Unicode
/// ranges are written here once; each step names the set it means.
/// </summary>
internal static class Scripts
{
    /// <summary>Hiragana and katakana (U+3040–U+30FF).</summary>
    public static bool IsKana(char c) => c is >= '\u3040' and <= '\u30FF';

    /// <summary>Half-width katakana (U+FF66–U+FF9F), still written by older systems.</summary>
    public static bool IsHalfWidthKana(char c) => c is >= '\uFF66' and <= '\uFF9F';

    /// <summary>Kanji: the CJK unified ideographs (U+4E00–U+9FFF) and extension A (U+3400–U+4DBF).</summary>
    public static bool IsKanji(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF');

    /// <summary>CJK compatibility ideographs (U+F900–U+FAFF), such as 﨑 in family names.</summary>
    public static bool IsCompatibilityKanji(char c) => c is >= '\uF900' and <= '\uFAFF';

    /// <summary>A Japanese letter, kana or kanji: what language detection counts.</summary>
    public static bool IsJapanese(char c) => IsKana(c) || IsKanji(c);

    /// <summary>
    /// A character of a Japanese word for tokenizing: kana (full or half width), kanji and the
    /// iteration mark 々.
    /// </summary>
    public static bool IsJapaneseWordCharacter(char c) => IsJapanese(c) || IsHalfWidthKana(c) || c == '々';

    /// <summary>
    /// A character of East Asian wide text: CJK punctuation and symbols, kana and kanji
    /// (U+3000–U+9FFF), compatibility ideographs and half- and full-width forms (U+FF00–U+FFEF).
    /// Lines of such text wrap without a space between them.
    /// </summary>
    public static bool IsEastAsianWide(char c) =>
        c is (>= '\u3000' and <= '\u9FFF') or (>= '\uFF00' and <= '\uFFEF') || IsCompatibilityKanji(c);
}
