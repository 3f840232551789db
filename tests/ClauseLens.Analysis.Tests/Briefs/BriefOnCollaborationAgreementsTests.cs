using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ClauseLens.Analysis.Briefs;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Tests.Playbooks;
using ClauseLens.TestSupport;
using DocumentFormat.OpenXml.Packaging;
using Markdig;

namespace ClauseLens.Analysis.Tests.Briefs;

/// <summary>
/// The issue's targets on the collaboration agreements of the shared data, through the real
/// pipeline: at most 600 words on the first page, no sentence said twice in any format, every
/// point traceable to a clause, the same points in HTML, Markdown and .docx.
/// </summary>
public sealed class BriefOnCollaborationAgreementsTests
{
    public static TheoryData<string> Agreements => new() { "cuad_ANIXABIOSCIENCESINC", "cuad_CARDAX_INC", "cuad_MJBIOTECH_INC" };

    private static readonly Dictionary<string, (ContractDocument Document, AnalysisResult Analysis, NegotiationBrief Brief)> Cache = [];

    private static (ContractDocument Document, AnalysisResult Analysis, NegotiationBrief Brief) Brief(string prefix)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(prefix, out var hit))
            {
                var path = Assert.Single(SharedData.ContractFiles(), f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal));
                var (document, analysis) = ContractPipeline.AnalysePath(path);
                hit = Cache[prefix] = (document, analysis, new BriefBuilder().Build(document, analysis));
            }

            return hit;
        }
    }

    [Theory]
    [MemberData(nameof(Agreements))]
    public void TheFirstPageHoldsAtMost600WordsAndAtLeastTheTopPoints(string agreement)
    {
        var brief = Brief(agreement).Brief;
        var page = new HtmlParser().ParseDocument(new BriefHtmlRenderer().Render(brief));

        var words = BriefBuilder.Words([.. TextNodes(page.QuerySelector("section.first-page")!)]);

        Assert.InRange(words, 50, BriefBuilder.FirstPageWordBudget);
        // Each of these agreements has something to negotiate; how many points depends on the
        // findings (CARDAX kept its background with its owner, so one high fewer than once thought).
        Assert.InRange(brief.TopGaps.Count, 1, BriefBuilder.MaxTopGaps);
    }

    [Theory]
    [MemberData(nameof(Agreements))]
    public void NoSentenceIsSaidTwiceInAnyFormat(string agreement)
    {
        var brief = Brief(agreement).Brief;
        var html = new HtmlParser().ParseDocument(new BriefHtmlRenderer().Render(brief));
        var markdown = new HtmlParser().ParseDocument(Markdown.ToHtml(new BriefMarkdownRenderer().Render(brief), new MarkdownPipelineBuilder().UsePipeTables().UseTaskLists().Build()));
        using var docx = WordprocessingDocument.Open(new MemoryStream(new BriefDocxRenderer().Render(brief)), false);
        var paragraphs = docx.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText);

        AssertNoRepeat("html", TextNodes(html.Body!));
        AssertNoRepeat("markdown", TextNodes(markdown.Body!));
        AssertNoRepeat("docx", paragraphs);
    }

    [Theory]
    [MemberData(nameof(Agreements))]
    public void EveryPointIsTracedToTheClauseItWasReadFrom(string agreement)
    {
        var (document, analysis, brief) = Brief(agreement);

        Assert.All(brief.TopGaps, gap =>
        {
            if (gap.Kind == FindingKind.Missing && gap.Where.Span is null)
            {
                Assert.Equal("Not in the contract", gap.Where.Reference);
                return;
            }

            var span = Assert.IsType<Evidence>(gap.Where.Span);
            var clause = Assert.Single(analysis.Clauses, c => c.Start <= span.Start && span.End <= c.End);
            Assert.StartsWith(BriefWording.English.ClauseReference(clause), gap.Where.Reference, StringComparison.Ordinal);
            Assert.True(span.End > span.Start && span.End <= document.Text.Length, $"{gap.RuleId}: {span}");
        });
    }

    [Theory]
    [MemberData(nameof(Agreements))]
    public void HtmlMarkdownAndDocxCarryTheSamePoints(string agreement)
    {
        var brief = Brief(agreement).Brief;
        var html = new HtmlParser().ParseDocument(new BriefHtmlRenderer().Render(brief)).Body!.TextContent;
        var markdown = new HtmlParser().ParseDocument(Markdown.ToHtml(new BriefMarkdownRenderer().Render(brief))).Body!.TextContent;
        using var docx = WordprocessingDocument.Open(new MemoryStream(new BriefDocxRenderer().Render(brief)), false);
        var word = docx.MainDocumentPart!.Document!.Body!.InnerText;

        foreach (var text in brief.TopGaps.SelectMany(g => new[] { BriefWording.English.PointTitle(g), g.Ask, g.Fallback ?? "", g.AtStake, g.TalkingPoint })
                     .Concat(brief.HowToRaise.Select(g => g.Text)).Where(t => t.Length > 0))
        {
            Assert.Contains(text, html);
            Assert.Contains(text, markdown);
            Assert.Contains(text, word);
        }
    }

    [Theory]
    [MemberData(nameof(Agreements))]
    public void WhatIsInPlaceIsStatedAsWhatIsThereAndNothingIsBuiltOnRedactedText(string agreement)
    {
        var (_, analysis, brief) = Brief(agreement);
        var okTitles = analysis.Findings.Where(f => f.Kind == FindingKind.Ok).Select(f => f.Title).ToList();

        Assert.NotEmpty(brief.SoundClauses);
        Assert.All(brief.SoundClauses, s =>
        {
            Assert.Matches(@"^[A-Z][a-z -]+: ", s.Text);
            Assert.DoesNotContain(okTitles, t => s.Text.Contains(t, StringComparison.OrdinalIgnoreCase));
        });
        Assert.All(brief.AfterSigning, i => Assert.DoesNotContain("***", (i.Action + i.Where?.Quote)));
        Assert.All(brief.Questions, q => Assert.DoesNotContain("***", q.Question + q.Why + q.Where?.Quote));
        Assert.DoesNotContain(brief.AfterSigning, i => i.Action.Contains("\u201cFinancial Terms\u201d", StringComparison.Ordinal));
    }

    [Fact]
    public void AnixasAsymmetriesLeadItsBrief()
    {
        var brief = Brief("cuad_ANIXABIOSCIENCESINC").Brief;

        var rules = brief.TopGaps.Select(g => g.RuleId).ToList();
        Assert.Contains("asymmetry/perpetual-licence", rules);
        Assert.Contains("asymmetry/one-way-termination", rules);
        Assert.Contains("asymmetry/home-court", rules);
        Assert.Equal("Only Anixa may terminate at will", brief.TopGaps.Single(g => g.RuleId == "asymmetry/one-way-termination").Title);
        Assert.Equal("Clause 4.2 (Termination by Anixa)", brief.TopGaps.Single(g => g.RuleId == "asymmetry/one-way-termination").Where.Reference);
        Assert.Equal("Anixa Biosciences, Inc. (Delaware); OntoChem GmbH (Germany)", brief.Deal.PartiesLine);
    }

    [Fact]
    public void TheJointVentureIsGovernedAtOnePartysHome()
    {
        var brief = Brief("cuad_MJBIOTECH_INC").Brief;

        Assert.Equal("Joint venture agreement", brief.Deal.AgreementType);
        Assert.Equal("MJ Syndicated, Inc.", brief.Deal.Parties[0]);
        Assert.Contains(brief.TopGaps, g => g.RuleId == "asymmetry/home-court" && g.Title.Contains("MJ Syndicated", StringComparison.Ordinal));
    }

    private static IEnumerable<string> TextNodes(INode root) =>
        root.GetDescendants().OfType<IText>().Select(t => t.Data).Where(t => !string.IsNullOrWhiteSpace(t));

    private static void AssertNoRepeat(string format, IEnumerable<string> pieces)
    {
        var repeated = pieces.SelectMany(BriefLedger.Sentences).GroupBy(s => s).Where(g => g.Count() > 1).Select(g => $"{g.Count()}x {g.Key}").ToList();
        Assert.True(repeated.Count == 0, $"{format}: {string.Join(Environment.NewLine, repeated)}");
    }
}
