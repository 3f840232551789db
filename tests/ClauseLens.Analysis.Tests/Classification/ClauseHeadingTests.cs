using ClauseLens.Analysis.Classification;

namespace ClauseLens.Analysis.Tests.Classification;

public sealed class ClauseHeadingTests
{
    [Theory]
    [InlineData("17. Governing Law. This Agreement shall be governed by the laws of Japan.", "Governing Law")]
    [InlineData("15.5 Governing Law. This Agreement shall be governed by New York law.", "Governing Law")]
    [InlineData("Section 4.01. License Grants. (a) Patents. Subject to the terms", "License Grants")]
    [InlineData("ARTICLE 12 LIMITATION OF LIABILITY: In no event shall either party", "LIMITATION OF LIABILITY")]
    [InlineData("Confidentiality. Each party shall keep the other's information secret.", "Confidentiality")]
    [InlineData("(b) Audit Rights. Licensor may inspect the books once a year.", "Audit Rights")]
    [InlineData("第11条（秘密情報、データおよび素材等の取扱い）\n第11条 甲および乙は", "秘密情報、データおよび素材等の取扱い")]
    [InlineData("（秘密保持）\n第2条 受領者は", "秘密保持")]
    public void LeadingCaptionIsTheHeading(string text, string heading) =>
        Assert.Equal(heading, ClauseHeading.FromText(text));

    [Theory]
    [InlineData("Licensee shall pay royalties. Payment is due quarterly.")]
    [InlineData("The parties agree as follows: each shall keep records.")]
    [InlineData("(a) to use the Confidential Information only for the Purpose;")]
    [InlineData("This Agreement shall be governed by the laws of the State of New York.")]
    [InlineData("")]
    public void SentenceIsNotAHeading(string text) => Assert.Null(ClauseHeading.FromText(text));

    [Fact]
    public void SegmenterHeadingWinsOverDerivedOne() =>
        Assert.Equal("Term", ClauseHeading.Resolve("Governing Law. This Agreement is governed by …", " Term "));
}

public sealed class CjkBigramsTests
{
    [Theory]
    [InlineData("秘密保持", " 秘密 密保 保持 ")]
    [InlineData("第2条 受領者", " 第 2 条 受領 領者 ")]
    [InlineData("甲", " 甲 ")]
    public void JapaneseRunsBecomeCharacterBigrams(string text, string expected)
    {
        // Digits and spaces break a run; each run is padded with spaces so tokens never glue to Latin text.
        var tokens = CjkBigrams.Tokenize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries), tokens);
    }

    [Fact]
    public void EnglishTextIsUnchanged()
    {
        const string text = "Governing Law. This Agreement is governed by the laws of Japan.";
        Assert.Same(text, CjkBigrams.Tokenize(text));
    }
}
