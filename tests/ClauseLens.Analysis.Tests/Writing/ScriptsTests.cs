using ClauseLens.Analysis.Writing;

namespace ClauseLens.Analysis.Tests.Writing;

public sealed class ScriptsTests
{
    [Theory]
    [InlineData('ひ')] // hiragana
    [InlineData('カ')] // katakana
    [InlineData('秘')] // kanji
    [InlineData('\u3402')] // kanji, extension A
    public void KanaAndKanjiAreJapanese(char c) => Assert.True(Scripts.IsJapanese(c));

    [Theory]
    [InlineData('a')]
    [InlineData('1')]
    [InlineData('。')] // punctuation is no letter
    [InlineData('Ａ')] // full-width Latin
    [InlineData('ｶ')] // half-width katakana is counted only by the tokenizer
    public void PunctuationLatinAndHalfWidthAreNotJapaneseLetters(char c) => Assert.False(Scripts.IsJapanese(c));

    [Theory]
    [InlineData('々', true)] // iteration mark: 人々 is one word
    [InlineData('ｶ', true)]
    [InlineData('保', true)]
    [InlineData('、', false)] // a comma ends a word
    [InlineData('x', false)]
    public void WordCharactersIncludeTheIterationMarkAndHalfWidthKana(char c, bool expected) =>
        Assert.Equal(expected, Scripts.IsJapaneseWordCharacter(c));

    [Theory]
    [InlineData('。', true)]
    [InlineData('「', true)]
    [InlineData('秘', true)]
    [InlineData('１', true)] // full-width digit
    [InlineData('﨑', true)] // compatibility ideograph
    [InlineData('a', false)]
    [InlineData(' ', false)]
    [InlineData('é', false)]
    public void EastAsianWideTextIncludesPunctuationAndFullWidthForms(char c, bool expected) =>
        Assert.Equal(expected, Scripts.IsEastAsianWide(c));

    [Fact]
    public void CompatibilityIdeographsAreNeitherKanaNorUnifiedKanji()
    {
        Assert.True(Scripts.IsCompatibilityKanji('﨑'));
        Assert.False(Scripts.IsJapanese('﨑'));
        Assert.False(Scripts.IsCompatibilityKanji('崎'));
    }
}
