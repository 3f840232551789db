using ClauseLens.Analysis.Writing;

namespace ClauseLens.Analysis.Tests.Writing;

public sealed class WhitespaceTests
{
    [Theory]
    [InlineData("  The Recipient\r\n shall\tnot  ", "The Recipient shall not")]
    [InlineData("a\u0001b", "a b")] // a control character from a PDF is a gap, not text
    [InlineData("秘密\u3000保持", "秘密 保持")] // ideographic space
    [InlineData(" \n\t ", "")]
    [InlineData("one", "one")]
    public void CollapseLeavesOneSpaceBetweenWordsAndNoneAtTheEnds(string text, string expected) =>
        Assert.Equal(expected, Whitespace.Collapse(text));
}
