using ClauseLens.Analysis.Extraction;

namespace ClauseLens.Analysis.Tests.Extraction;

/// <summary>
/// Facts of Japanese articles as the model contracts write them: a title line, then a body whose
/// sentences carry parentheticals closed by 。） (「以下「本研究」という。）」, 「…を含む。）」).
/// </summary>
public sealed class JapaneseArticleFactsTests
{
    private static readonly FactExtractor Extractor = new();

    [Fact]
    public void AParentheticalEndingInAFullStopDoesNotEndTheSentence()
    {
        var sentences = Sentences.Split("甲および乙（以下「両当事者」という。）は、誠実に協議する。次の文。");

        Assert.Equal(2, sentences.Count);
    }

    [Fact]
    public void ANonCompeteForTheTermOnlyIsReadAsBoundedByTheTerm()
    {
        // A reviewer reads "during this agreement" as the duration: the covenant and the term
        // reference must sit in one sentence for the non-compete limit to see it.
        const string article = "13条（第三者との競合開発の禁止）\n第13条　甲および乙は、本契約の期間中、相手方の文書による事前の同意を得ることなく、本製品と同一または類似の製品（本素材を配合した樹脂組成物からなるライトカバーを含む。）について、第三者と共同開発をしてはならない。";

        var facts = Extractor.Extract(article, 0);

        var term = Assert.Single(facts.Elements, e => e.Element == FactNames.TermReference);
        Assert.Contains(facts.Elements, e => e.Element == FactNames.RestrictiveCovenant && e.Start <= term.Start && e.End >= term.End);
    }

    [Theory]
    [InlineData("本製品が別紙所定の性能を達成した時：●円")]
    [InlineData("本研究の成果を利用した商品の販売が開始した時点：1,000,000円")]
    [InlineData("マイルストーンごとに定める金額を支払う。")]
    public void MilestonePaymentsAreARoyaltyBasis(string text)
    {
        Assert.Contains(Extractor.Extract(text, 0).Elements, e => e.Element == FactNames.RoyaltyBasis);
    }
}
