using System.Reflection;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ClauseLens.Analysis.Briefs;
using ClauseLens.Analysis.Context;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Writing;
using ClauseLens.TestSupport;
using DocumentFormat.OpenXml.Packaging;
using Markdig;
using Wordprocessing = DocumentFormat.OpenXml.Wordprocessing;

namespace ClauseLens.Analysis.Tests.Briefs;

/// <summary>
/// The brief in the reviewer's language (issues 18 and 21): a Japanese reviewer of a Japanese
/// model contract reads every heading, label and piece of advice in Japanese, and HTML, Markdown
/// and .docx say the same; an English reviewer of the same contract gets the English brief.
/// </summary>
public sealed class JapaneseBriefTests
{
    private static readonly Lazy<ContractAnalyzer> Analyzer = new(ContractAnalyzer.WithShippedModel);

    /// <summary>A Japanese model contract, and an English collaboration agreement read by a Japanese reviewer.</summary>
    public static TheoryData<string> Contracts => new() { ModelContract, "cuad_ANIXABIOSCIENCESINC" };

    private const string ModelContract = "meti-jpo-model-3.docx";

    private static readonly Dictionary<string, NegotiationBrief> Cache = [];

    private static NegotiationBrief JapaneseBrief(string contract)
    {
        lock (Cache)
        {
            return Cache.TryGetValue(contract, out var hit) ? hit : Cache[contract] = Build(contract, ContractLanguages.Japanese);
        }
    }

    private static NegotiationBrief Build(string contract, string? language)
    {
        ContractDocument document;
        if (contract.EndsWith(".docx", StringComparison.Ordinal))
        {
            using var stream = File.OpenRead(SharedData.PathOf("ja", "contracts", contract));
            document = new ContractIngestor().Read(stream, ContractFormat.Docx);
        }
        else
        {
            var path = Assert.Single(SharedData.ContractFiles(), f => Path.GetFileName(f).StartsWith(contract, StringComparison.Ordinal));
            document = new ContractIngestor().FromText(File.ReadAllText(path));
        }

        var analysis = Analyzer.Value.Analyze(document, null, new AnalysisOptions(Language: language));
        return new BriefBuilder().Build(document, analysis);
    }

    [Fact]
    public void EveryWordTheEnglishBriefPrintsHasAJapaneseVersion()
    {
        // A member added to BriefWording in English only would leave English in a Japanese brief.
        var virtuals = typeof(BriefWording).GetMembers(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly)
            .Select(m => m switch
            {
                MethodInfo method when method.IsVirtual && !method.IsSpecialName => method.Name,
                PropertyInfo property when property.GetMethod!.IsVirtual => property.Name,
                _ => null,
            })
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var overridden = typeof(JapaneseBriefWording).GetMembers(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly)
            .Select(m => m.Name)
            .ToHashSet(StringComparer.Ordinal);

        Assert.True(virtuals.Count > 60, $"only {virtuals.Count} wording members found");
        Assert.Empty(virtuals.Except(overridden).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Contracts))]
    public void AJapaneseReviewerGetsABriefWithNoEnglishHeading(string contract)
    {
        var brief = JapaneseBrief(contract);
        var page = new HtmlParser().ParseDocument(new BriefHtmlRenderer().Render(brief));
        var english = BriefWording.English;
        string[] englishWords =
        [
            english.Kicker, english.DealHeading, english.PartiesLabel, english.TypeLabel, english.LawLabel, english.ForumLabel,
            english.AskLabel, english.FallbackLabel, english.AtStakeLabel, english.RaiseLabel, english.DetailHeading,
            english.OtherFindingsHeading, english.InPlaceHeading, english.QuestionsHeading, english.GuidanceHeading,
            english.AfterSigningHeading, english.SourceLabel, english.NotStated, .. english.FindingColumns,
            .. BriefTopics.Order,
        ];

        Assert.Equal("ja", brief.Language);
        Assert.Equal("ja", page.DocumentElement.GetAttribute("lang"));
        var headings = page.QuerySelectorAll("h2, h3, th, dt, p.kicker, footer p").Select(e => e.TextContent).ToList();
        Assert.NotEmpty(headings);
        // Every heading and label is Japanese (a party's name or a clause number may be Latin, not the words around it).
        Assert.All(headings, h => Assert.Contains(h, c => Scripts.IsJapanese(c)));
        var text = page.Body!.TextContent;
        Assert.All(englishWords, word => Assert.DoesNotContain(word, text, StringComparison.Ordinal));
        Assert.DoesNotContain(NegotiationBrief.Disclaimer, text, StringComparison.Ordinal);
        Assert.Contains("誠実協議", text, StringComparison.Ordinal);
        Assert.Contains("公正取引委員会", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Contracts))]
    public void TheJapaneseBriefSaysTheSameInHtmlMarkdownAndDocx(string contract)
    {
        var brief = JapaneseBrief(contract);
        var html = new HtmlParser().ParseDocument(new BriefHtmlRenderer().Render(brief));
        var markdown = new HtmlParser().ParseDocument(Markdown.ToHtml(new BriefMarkdownRenderer().Render(brief),
            new MarkdownPipelineBuilder().UsePipeTables().UseTaskLists().Build()));
        using var docx = WordprocessingDocument.Open(new MemoryStream(new BriefDocxRenderer().Render(brief)), false);
        var paragraphs = docx.MainDocumentPart!.Document!.Body!.Descendants<Wordprocessing.Paragraph>().ToList();
        var docxHeadings = paragraphs
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1")
            .Select(p => p.InnerText)
            .ToList();

        var htmlHeadings = html.QuerySelectorAll("h2").Select(h => h.TextContent).ToList();
        Assert.Contains(BriefWording.Japanese.DealHeading, htmlHeadings);
        Assert.Contains(BriefWording.Japanese.GuidanceHeading, htmlHeadings);
        Assert.Equal(htmlHeadings, markdown.QuerySelectorAll("h2").Select(h => h.TextContent).ToList());
        Assert.Equal(htmlHeadings, docxHeadings);

        var docxText = string.Join("\n", paragraphs.Select(p => p.InnerText))
            + string.Join("\n", docx.MainDocumentPart.Document.Body.Descendants<Wordprocessing.TableCell>().Select(c => c.InnerText));
        var said = brief.TopGaps.SelectMany(g => new[] { g.Ask, g.AtStake, g.TalkingPoint })
            .Concat(brief.SoundClauses.Select(s => s.Text))
            .Concat(brief.Questions.Select(q => q.Question))
            .Concat(brief.AfterSigning.Select(i => i.Action))
            .Concat(brief.HowToRaise.SelectMany(a => new[] { a.Heading, a.Text, a.Source }))
            .Where(t => t.Length > 0)
            .ToList();
        Assert.True(said.Count > 10);
        Assert.All(said, t =>
        {
            Assert.Contains(t, html.Body!.TextContent, StringComparison.Ordinal);
            Assert.Contains(t, markdown.Body!.TextContent, StringComparison.Ordinal);
            Assert.Contains(t, docxText, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(Contracts))]
    public void TheJapaneseFirstPageIsAsShortAsTheEnglishOne(string contract)
    {
        var brief = JapaneseBrief(contract);
        var page = new HtmlParser().ParseDocument(new BriefHtmlRenderer().Render(brief));
        var firstPage = page.QuerySelector("section.first-page")!;
        var characters = firstPage.TextContent.Count(Scripts.IsJapanese);

        Assert.InRange(BriefBuilder.Words([.. TextNodes(firstPage)]), 50, BriefBuilder.FirstPageWordBudget);
        // About 1,200 kana and kanji: what an executive reads in the two minutes 600 English words take.
        Assert.InRange(characters, 100, BriefBuilder.FirstPageWordBudget * BriefBuilder.JapaneseCharactersPerWord);
    }

    [Fact]
    public void AnEnglishReviewerOfTheSameContractGetsTheEnglishBrief()
    {
        var brief = Build(ModelContract, ContractLanguages.English);
        var html = new BriefHtmlRenderer().Render(brief);

        Assert.Equal("en", brief.Language);
        Assert.Contains(BriefWording.English.DealHeading, html, StringComparison.Ordinal);
        Assert.DoesNotContain(BriefWording.Japanese.DealHeading, html, StringComparison.Ordinal);
        Assert.Equal(BriefWording.English.Guidance.Select(g => g.Heading), brief.HowToRaise.Select(g => g.Heading));
    }

    [Fact]
    public void AJapaneseReviewerOfAnEnglishContractGetsTheFindingsAndTheAsymmetriesInJapanese()
    {
        var brief = JapaneseBrief("cuad_ANIXABIOSCIENCESINC");

        Assert.InRange(brief.TopGaps.Count, 2, BriefBuilder.MaxTopGaps);
        // Titles and asks from the playbook's ja: texts or the brief's own Japanese; the quote stays in the contract's English.
        Assert.All(brief.TopGaps, g =>
        {
            Assert.Contains(g.Title, c => Scripts.IsJapanese(c));
            Assert.Contains(g.Ask, c => Scripts.IsJapanese(c));
        });
        Assert.Contains(brief.TopGaps, g => g.Where.Quote is { } q && q.Any(char.IsAsciiLetter));
    }

    [Fact]
    public void JapaneseCountsAsWordsByReadingTime()
    {
        Assert.Equal(3, BriefBuilder.Words("three English words"));
        // 秘密保持契約 is six kanji: three words' reading; a clause number in Latin digits adds one.
        Assert.Equal(3, BriefBuilder.Words("秘密保持契約"));
        Assert.Equal(2, BriefBuilder.Words("第12条"));
    }

    [Fact]
    public void JapaneseDurationsClauseReferencesAndPlacesReadAsAJapaneseLawyerWritesThem()
    {
        var ja = BriefWording.Japanese;

        Assert.Equal("3年", ja.Months(36));
        Assert.Equal("18か月", ja.Months(18));
        Assert.Equal("日本法", ja.Law(ja.Place("Japan"), ja.Place("Japan")));
        Assert.Equal("ニューヨーク州法（米国）", ja.Law(ja.Place("New York"), ja.Place("United States")));
        Assert.Equal("仲裁（JCAA）、仲裁地：東京（専属的）", ja.Forum(new ClauseLens.Analysis.Extraction.ForumFact(0, 1, ClauseLens.Analysis.Extraction.ForumKind.Arbitration, "JCAA", "Tokyo", null, true)));
    }

    private static IEnumerable<string> TextNodes(INode node) =>
        node.NodeType == NodeType.Text ? [node.TextContent] : node.ChildNodes.SelectMany(TextNodes);
}
