using ClauseLens.Analysis.Extraction;

namespace ClauseLens.Analysis.Tests.Extraction;

public sealed class TerritoryAndScopeExtractionTests
{
    private static readonly FactExtractor Extractor = new();

    [Theory]
    [InlineData("a worldwide, royalty-free licence")]
    [InlineData("anywhere in the world")]
    [InlineData("throughout the world")]
    [InlineData("in any country of the world")]
    [InlineData("a world-wide licence")]
    [InlineData("全世界において")]
    [InlineData("世界中で販売してはならない")]
    public void RecognisesWorldwide(string text) =>
        Assert.Contains(Extractor.Extract(text, 0).Territories, t => t.Kind == TerritoryKind.Worldwide);

    [Theory]
    [InlineData("within Japan", "Japan")]
    [InlineData("日本国内において", "Japan")]
    [InlineData("in the United States", "United States")]
    [InlineData("in the U.S. market", "United States")]
    [InlineData("in any member state of the EU", "European Union")]
    [InlineData("throughout Asia", "Asia")]
    [InlineData("in Southeast Asia", "Southeast Asia")]
    [InlineData("アジア地域において", "Asia")]
    [InlineData("only in the Territory", "defined Territory")]
    public void RecognisesNamedPlaces(string text, string region)
    {
        var territory = Assert.Single(Extractor.Extract(text, 0).Territories);

        Assert.Equal((TerritoryKind.Named, region), (territory.Kind, territory.Region));
    }

    [Theory]
    [InlineData("The Licensee may sublicense with consent.")]
    [InlineData("Each Party shall bear its own costs.")]
    [InlineData("The Supplier shall deliver to us and our affiliates.")]
    [InlineData("Reseller may contract in the rest of the world.")]
    public void NoTerritoryStated(string text) => Assert.Empty(Extractor.Extract(text, 0).Territories);

    [Theory]
    [InlineData("shall not engage in any business that competes with the Company", ScopeBreadth.Loose, "any_business")]
    [InlineData("shall not develop any product or service", ScopeBreadth.Loose, "any_product_or_service")]
    [InlineData("shall not, directly or indirectly, manufacture", ScopeBreadth.Manner, "directly_or_indirectly")]
    [InlineData("similar or competing products", ScopeBreadth.Loose, "similar_or_competing")]
    [InlineData("in any field whatsoever", ScopeBreadth.Broad, "in_any_field")]
    [InlineData("whether or not related to the subject matter of this Agreement", ScopeBreadth.Broad, "whether_or_not_related")]
    [InlineData("乙は、直接又は間接を問わず", ScopeBreadth.Manner, "directly_or_indirectly")]
    [InlineData("本製品と類似又は競合する製品", ScopeBreadth.Tied, "named_products")]
    [InlineData("products relating to the Project", ScopeBreadth.Tied, "joint_work")]
    [InlineData("products that compete with the Licensed Products", ScopeBreadth.Loose, "similar_or_competing")]
    public void ClassifiesScopeCues(string text, ScopeBreadth breadth, string cue) =>
        Assert.Contains(Extractor.Extract(text, 0).Scope, s => s.Breadth == breadth && s.Cue == cue);

    [Fact]
    public void CompetingWithNamedProductsIsTied()
    {
        var scope = Extractor.Extract("products that compete with the Licensed Products", 0).Scope;

        Assert.Contains(scope, s => s.Breadth == ScopeBreadth.Tied && s.Cue == "named_products");
    }
}
