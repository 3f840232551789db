using AngleSharp.Html.Parser;
using ClauseLens.Analysis.Briefs;
using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis.Tests.Briefs;

public sealed class BriefHtmlRendererTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void ContractTextWithMarkupStaysText()
    {
        var html = new BriefHtmlRenderer().Render(HostileBrief.Build());
        var page = Parser.ParseDocument(html);

        Assert.Empty(page.QuerySelectorAll("script, img, iframe, b, a"));
        Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.Contains(HostileBrief.ScriptParty, page.QuerySelector("table.deal")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("q"), q => q.TextContent.StartsWith("<img src=x onerror=", StringComparison.Ordinal));
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<img", html);
    }

    [Fact]
    public void TheFirstPageHoldsTheDealTheGapsAndTheDisclaimer()
    {
        var page = Parser.ParseDocument(new BriefHtmlRenderer().Render(HostileBrief.Build()));
        var first = page.QuerySelector("section.first-page")!;

        Assert.Equal(["The deal at a glance", "The point that matters most"], first.QuerySelectorAll("h2").Select(h => h.TextContent));
        var gap = first.QuerySelector("li.gap")!;
        Assert.Equal(["Ask for", "Fallback"], gap.QuerySelectorAll("dt").Select(d => d.TextContent));
        Assert.Contains("high", gap.ClassList);
        Assert.EndsWith("(High)", gap.QuerySelector("h3")!.TextContent);
        Assert.Equal(NegotiationBrief.Disclaimer, first.QuerySelector(".disclaimer")!.TextContent);
    }

    [Fact]
    public void TheRestFollowsOnItsOwnPagesWithProvenance()
    {
        var page = Parser.ParseDocument(new BriefHtmlRenderer().Render(HostileBrief.Build()));

        Assert.Equal(
            ["The deal at a glance", "The point that matters most", "The points in detail", "Other findings by topic", "What is in place", "Questions to settle before signing", "How to raise it with a Japanese SME", "After signing"],
            page.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.Equal(5, page.QuerySelectorAll("section.page").Length);
        var footer = page.QuerySelector("footer")!.TextContent;
        Assert.Contains("japan-sme-collaboration", footer);
        Assert.Contains("clause-classifier-test", footer);
        // Said once, on the page an executive reads.
        Assert.Single(page.QuerySelectorAll(".disclaimer"));
    }

    [Theory]
    [InlineData(BriefPaper.A4, "size: A4")]
    [InlineData(BriefPaper.Letter, "size: letter")]
    [InlineData(BriefPaper.Auto, "@page { margin")]
    public void PrintRulesSetThePaperAndBreakPagesBetweenSections(BriefPaper paper, string pageRule)
    {
        var page = Parser.ParseDocument(new BriefHtmlRenderer().Render(HostileBrief.Build(), paper));
        var css = page.QuerySelector("style")!.TextContent;

        Assert.Contains(pageRule, css);
        Assert.Contains("@media print", css);
        Assert.Contains("section.page { break-before: page; }", css);
    }

    [Fact]
    public void ABalancedContractSaysThereIsNoGap()
    {
        var brief = new BriefContractBuilder()
            .Clause("1", "Confidentiality", "Each party keeps the other's information secret.", [ClauseLabels.Confidentiality], out var id)
            .Finding("confidentiality-required", FindingKind.Ok, Severity.High, ClauseLabels.Confidentiality, id)
            .Brief();
        var page = Parser.ParseDocument(new BriefHtmlRenderer().Render(brief));

        Assert.Empty(page.QuerySelectorAll("li.gap"));
        Assert.Contains("No point of medium or high severity", page.QuerySelector("section.first-page")!.TextContent);
        Assert.Single(page.QuerySelectorAll("ul.fine li"));
        Assert.Equal(NegotiationBrief.NotStated, page.QuerySelectorAll("table.deal td").Last().TextContent);
    }
}
