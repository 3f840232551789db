using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ClauseLens.Analysis.Briefs;

namespace ClauseLens.Analysis.Tests.Briefs;

using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

public sealed class BriefDocxRendererTests
{
    [Fact]
    public void TheDocxIsValidOpenXml()
    {
        using var package = Open(new BriefDocxRenderer().Render(HostileBrief.Build()));

        var errors = new OpenXmlValidator().Validate(package).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        Assert.Empty(errors);
    }

    [Fact]
    public void SectionsAreWordHeadingsSoTheLawyerCanNavigateAndEdit()
    {
        using var package = Open(new BriefDocxRenderer().Render(HostileBrief.Build()));
        var body = package.MainDocumentPart!.Document!.Body!;

        Assert.Equal(
            ["The deal at a glance", "The point that matters most", "The points in detail", "Other findings by topic", "What is in place", "Questions to settle before signing", "How to raise it with a Japanese SME", "After signing"],
            Styled(body, "Heading1").Select(p => p.InnerText));
        Assert.StartsWith("1. Title of non-compete-scope (High)", Styled(body, "Heading2").First().InnerText);
        var styleIds = package.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId?.Value).ToList();
        Assert.Contains("Heading1", styleIds);
        Assert.Contains("Heading2", styleIds);
        Assert.True(Styled(body, "Heading1").Skip(2).Count(p => p.ParagraphProperties!.PageBreakBefore is not null) == 5, "each later section starts a page");
    }

    [Fact]
    public void TheDealIsATableAndFindingsAreTablesWithARepeatedHeaderRow()
    {
        using var package = Open(new BriefDocxRenderer().Render(HostileBrief.Build()));
        var tables = package.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();

        // The deal, and one table for the topic not already on the first page.
        Assert.Equal(2, tables.Count);
        Assert.Equal(["Parties", "Type of agreement", "Governing law", "Disputes decided by"],
            tables[0].Elements<TableRow>().Select(r => r.Elements<TableCell>().First().InnerText));
        Assert.Contains(HostileBrief.ScriptParty, tables[0].InnerText);
        var header = tables[1].Elements<TableRow>().First();
        Assert.NotNull(header.TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Equal(["Severity", "Finding", "What to ask for", "Where"], header.Elements<TableCell>().Select(c => c.InnerText));
    }

    [Fact]
    public void ListsAreRealWordListsBackedByTheNumberingPart()
    {
        using var package = Open(new BriefDocxRenderer().Render(HostileBrief.Build()));
        var numbering = package.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!;
        var known = numbering.Elements<NumberingInstance>().Select(n => n.NumberID!.Value).ToHashSet();
        var listed = package.MainDocumentPart.Document!.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.NumberingProperties is not null).ToList();

        Assert.NotEmpty(listed);
        Assert.All(listed, p => Assert.Contains(p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value, known));
        Assert.Contains(listed, p => p.InnerText.StartsWith("At stake: ", StringComparison.Ordinal));
    }

    [Fact]
    public void ControlCharactersInContractTextDoNotBreakTheFile()
    {
        var brief = HostileBrief.Build();
        var broken = brief with { Deal = brief.Deal with { Parties = ["Alpha\u0001\u0008 Ltd\uFFFE", "Beta \uD800K.K."] } };

        using var package = Open(new BriefDocxRenderer().Render(broken));

        Assert.Contains("Alpha Ltd; Beta K.K.", package.MainDocumentPart!.Document!.Body!.Elements<Table>().First().InnerText);
    }

    [Theory]
    [InlineData(BriefPaper.A4, 11906u, 16838u)]
    [InlineData(BriefPaper.Letter, 12240u, 15840u)]
    public void ThePageSizeFollowsThePaper(BriefPaper paper, uint width, uint height)
    {
        using var package = Open(new BriefDocxRenderer().Render(HostileBrief.Build(), paper));
        var size = package.MainDocumentPart!.Document!.Body!.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!;

        Assert.Equal(width, size.Width!.Value);
        Assert.Equal(height, size.Height!.Value);
    }

    private static IEnumerable<Paragraph> Styled(Body body, string style) =>
        body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == style);

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);
}
