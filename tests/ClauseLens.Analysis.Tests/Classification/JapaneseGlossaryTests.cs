using ClauseLens.Analysis.Classification;

namespace ClauseLens.Analysis.Tests.Classification;

public sealed class JapaneseGlossaryTests
{
    [Theory]
    [InlineData("秘密保持", "confidentiality")]
    [InlineData("準拠法および裁判管轄", "governing law")]
    [InlineData("準拠法および裁判管轄", "jurisdiction")]
    [InlineData("権利義務の譲渡禁止", "assignment")]
    [InlineData("監査", "audit")]
    [InlineData("競業避止", "non-compete")]
    public void JapaneseTermsGetTheirEnglishGloss(string heading, string gloss) =>
        Assert.Contains(gloss, JapaneseGlossary.Glosses(heading), StringComparison.Ordinal);

    [Theory]
    [InlineData("")]
    [InlineData("Governing Law")]
    [InlineData("目的")]
    public void TextWithoutGlossaryTermsGetsNothing(string heading) =>
        Assert.Equal(string.Empty, JapaneseGlossary.Glosses(heading));

    [Fact]
    public void GlossesOfAJapaneseHeadingReachBothModelColumns()
    {
        var row = ClauseModelInput.From(new ClauseInput("第10条（秘密保持）受領者は秘密情報を第三者に開示してはならない。", null));

        Assert.Contains("confidentiality", row.Heading, StringComparison.Ordinal);
        Assert.Contains("confidentiality", row.Text, StringComparison.Ordinal);
        Assert.Contains("秘密 密保 保持", row.Heading, StringComparison.Ordinal);
    }

    [Fact]
    public void EnglishClausesAreFedUnchanged()
    {
        const string text = "12. Governing Law. This Agreement is governed by the laws of Japan.";

        var row = ClauseModelInput.From(new ClauseInput(text, null));

        Assert.Equal(text, row.Text);
        Assert.Equal("Governing Law", row.Heading);
    }
}

public sealed class JapaneseTranslationTests
{
    [Fact]
    public void EveryOccurrenceIsGlossedInTextOrder() =>
        Assert.Equal("audit books records audit audit audit report", JapaneseGlossary.Translate("甲は監査のため帳簿を閲覧し、監査結果を監査報告書に"));

    [Fact]
    public void TheLongestTermAtAPlaceWins() =>
        Assert.Equal("royalties royalty fees", JapaneseGlossary.Translate("ライセンス料"));

    [Theory]
    [InlineData("")]
    [InlineData("Licensee shall keep accurate books and records.")]
    [InlineData("本契約の目的は次のとおりとする。")]
    public void TextWithoutGlossaryTermsGetsNothing(string text) =>
        Assert.Equal(string.Empty, JapaneseGlossary.Translate(text));

    [Fact]
    public void AJapaneseBodyReachesTheTextColumnInEnglish()
    {
        var row = ClauseModelInput.From(new ClauseInput("第5条（報告）甲は、乙の帳簿を監査することができる。", null));

        Assert.Contains("audit", row.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("audit", row.Heading, StringComparison.Ordinal);
    }
}
