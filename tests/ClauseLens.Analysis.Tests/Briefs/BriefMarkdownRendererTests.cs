using AngleSharp.Html.Parser;
using Markdig;
using ClauseLens.Analysis.Briefs;

namespace ClauseLens.Analysis.Tests.Briefs;

public sealed class BriefMarkdownRendererTests
{
    // What the brief is written for: CommonMark with GitHub's tables and task lists.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseTaskLists().Build();

    // Everything Markdig can do, bare-URL autolinks included: still no markup from the contract.
    private static readonly MarkdownPipeline Everything = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("![x](http://evil.example/x.png)")]
    [InlineData("<http://evil.example>")]
    [InlineData("**bold** _em_ `code` ~~gone~~")]
    [InlineData("&lt;script&gt;")]
    [InlineData("a | b | c")]
    [InlineData("# heading")]
    [InlineData("- item")]
    [InlineData("1. item")]
    [InlineData("> quote")]
    [InlineData("line one\nline two\n\n# heading")]
    [InlineData("back\\slash\\")]
    public void EscapedTextRendersAsExactlyThatText(string text)
    {
        var html = Markdown.ToHtml("| x |\n|---|\n| " + BriefMarkdownRenderer.Escape(text) + " |\n", Pipeline);
        var page = new HtmlParser().ParseDocument(html);

        var cell = Assert.Single(page.QuerySelectorAll("td"));
        Assert.Equal(string.Join(" ", text.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries)), cell.TextContent);
        Assert.Empty(cell.Children);
    }

    [Fact]
    public void AHostileContractRendersWithoutMarkupLinksOrBrokenTables()
    {
        var markdown = new BriefMarkdownRenderer().Render(HostileBrief.Build());
        var page = new HtmlParser().ParseDocument(Markdown.ToHtml(markdown, Pipeline));

        Assert.Empty(page.QuerySelectorAll("script, img, iframe, a, b"));
        var everything = new HtmlParser().ParseDocument(Markdown.ToHtml(markdown, Everything));
        Assert.Empty(everything.QuerySelectorAll("script, img, iframe, b, a[href^='javascript']"));
        Assert.Contains(HostileBrief.ScriptParty, page.QuerySelector("table")!.TextContent);
        Assert.All(page.QuerySelectorAll("table").Skip(1), t =>
            Assert.All(t.QuerySelectorAll("tr"), row => Assert.Equal(4, row.Children.Length)));
        Assert.Equal(
            ["The deal at a glance", "The point that matters most", "The points in detail", "Other findings by topic", "What is in place", "Questions to settle before signing", "How to raise it with a Japanese SME", "After signing"],
            page.QuerySelectorAll("h2").Select(h => h.TextContent));
    }

    [Fact]
    public void TheMarkdownBriefCarriesTheGapTheChecklistAndTheDisclaimer()
    {
        var markdown = new BriefMarkdownRenderer().Render(HostileBrief.Build());

        Assert.Contains("- **At stake:** Explanation of non\\-compete\\-scope.", markdown.Replace("non-compete-scope", "non\\-compete\\-scope"));
        Assert.Contains("- [ ] ", markdown);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(markdown, System.Text.RegularExpressions.Regex.Escape(NegotiationBrief.Disclaimer)));
    }
}
