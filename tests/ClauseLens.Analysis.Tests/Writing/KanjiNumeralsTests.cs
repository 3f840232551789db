using ClauseLens.Analysis.Writing;

namespace ClauseLens.Analysis.Tests.Writing;

public sealed class KanjiNumeralsTests
{
    [Theory]
    [InlineData("一", 1)]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("二十三", 23)]
    [InlineData("百", 100)]
    [InlineData("百二", 102)]
    [InlineData("三百二十一", 321)]
    [InlineData("一〇", 10)] // digits in a row read positionally
    [InlineData("", 0)]
    [InlineData("十a", -1)]
    [InlineData("12", -1)] // Arabic digits are the caller's to read
    public void ValueReadsArticleNumbers(string number, int expected) =>
        Assert.Equal(expected, KanjiNumerals.Value(number));

    [Theory]
    [InlineData("〇", 0)]
    [InlineData("七", 7)]
    [InlineData("十", 10)]
    [InlineData("十五", 15)]
    [InlineData("二十", 20)]
    [InlineData("二十四", 24)]
    [InlineData("九十九", 99)]
    [InlineData("二十〇", 20)]
    public void ValueBelow100ReadsTheUsualForms(string number, int expected) =>
        Assert.Equal(expected, KanjiNumerals.ValueBelow100(number));

    [Theory]
    [InlineData("")]
    [InlineData("一二")] // positional: not how a duration is written
    [InlineData("十十")]
    [InlineData("二十十")]
    [InlineData("十二十")]
    [InlineData("〇十")]
    [InlineData("百")]
    [InlineData("一百")]
    [InlineData("年")]
    [InlineData("二十四か")]
    public void ValueBelow100RejectsEverythingElse(string number) =>
        Assert.Null(KanjiNumerals.ValueBelow100(number));
}
