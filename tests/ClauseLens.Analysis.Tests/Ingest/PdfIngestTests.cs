using ClauseLens.Analysis.Ingest;

namespace ClauseLens.Analysis.Tests.Ingest;

public sealed class PdfIngestTests
{
    private static readonly ContractIngestor Ingestor = new();

    private static string[] Read(byte[] pdf) =>
        Ingestor.Read(new MemoryStream(pdf), ContractFormat.Pdf).Paragraphs.Select(p => p.Text).ToArray();

    // The words before "confi-" are chosen so that, at the builder's column width, the word must be
    // hyphenated there (TheHyphenationFixtureReallyBreaksTheWordAcrossLines checks it).
    private const string Confidentiality =
        "The Recipient shall keep all Evaluation Material received from the Discloser in connection with the Purpose and the proposed joint development strictly confi\u00ADdential and shall use it only for the Purpose described above in this Agreement.";

    private const string Survival =
        "The obligations in this section survive for three years after the end of the discussions between the parties, whichever of them ends the discussions.";

    private const string Definitions =
        "1. Definitions apply to the whole Agreement and to each schedule attached to it from time to time by the parties in writing.";

    private const string Term =
        "2. Term. This Agreement runs for two years from the date of signature by the last party to sign it and then ends without further notice unless the parties extend it in writing; (i) either party may end it earlier on thirty days notice and (ii) the confidentiality obligations survive.";

    private const string Law = "Governing law is the law of England and Wales.";

    // Five lines a page, so paragraphs run on across page breaks.
    private static PdfBuilder ThreePageContract() => new PdfBuilder(linesPerPage: 5)
        .Header((_, _) => "Acme / Beta Mutual Nondisclosure Agreement")
        .Footer((page, count) => $"Page {page} of {count}")
        .Paragraph(Confidentiality)
        .Paragraph(Survival, gapBefore: 1)
        .Paragraph(Definitions, gapBefore: 1)
        .Paragraph(Term)
        .Paragraph(Law, gapBefore: 1);

    [Fact]
    public void PdfLinesJoinIntoParagraphsAndHyphenationIsRepaired()
    {
        var pdf = ThreePageContract().Build();

        var paragraphs = Read(pdf);

        Assert.Equal([Confidentiality.Replace("\u00AD", ""), Survival, Definitions, Term, Law], paragraphs);
    }

    [Fact]
    public void TheHyphenationFixtureReallyBreaksTheWordAcrossLines()
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(ThreePageContract().Build());

        var words = pdf.GetPage(1).GetWords().Select(w => w.Text).ToList();

        Assert.Contains("confi-", words);
        Assert.Contains("dential", words);
        Assert.True(pdf.NumberOfPages >= 3, "the fixture spans at least three pages");
    }

    [Fact]
    public void RepeatingHeadersFootersAndPageNumbersAreDropped()
    {
        var text = Ingestor.Read(new MemoryStream(ThreePageContract().Build()), ContractFormat.Pdf).Text;

        Assert.DoesNotContain("Nondisclosure Agreement", text);
        Assert.DoesNotContain("Page 1", text);
        Assert.DoesNotContain("of 3", text);
    }

    [Theory]
    [InlineData("- 2 -")]
    [InlineData("2")]
    [InlineData("Page 2")]
    public void PageNumbersAtThePageEdgeAreDropped(string pageNumberStyle)
    {
        var pdf = new PdfBuilder()
            .Footer((page, _) => pageNumberStyle.Replace("2", page.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Paragraph("Only clause of the agreement.")
            .Build();

        Assert.Equal(["Only clause of the agreement."], Read(pdf));
    }

    [Fact]
    public void FirstLineIndentStartsAParagraphAfterAFullLine()
    {
        // The first paragraph ends on a full line, so only the indent tells where the next begins.
        var builder = new PdfBuilder();
        var perLine = builder.WordsPerLine("clause");
        var pdf = builder
            .Paragraph(string.Join(' ', Enumerable.Repeat("clause", perLine * 2)))
            .Paragraph("clause " + string.Join(' ', Enumerable.Repeat("audit", 30)), indent: 24)
            .Build();

        var paragraphs = Read(pdf);

        Assert.Equal(2, paragraphs.Length);
        Assert.Equal(perLine * 2, paragraphs[0].Split(' ').Length);
    }

    [Fact]
    public void HangingIndentContinuesTheParagraph()
    {
        var builder = new PdfBuilder();
        var perLine = builder.WordsPerLine("clause");
        var full = string.Join(' ', Enumerable.Repeat("clause", perLine));
        var pdf = builder.Line(full).Line("clause clause clause", indent: 24).Build();

        Assert.Single(Read(pdf));
    }

    [Fact]
    public void InlineEnumerationWrappedToALineStartRunsOn()
    {
        var pdf = new PdfBuilder().Paragraph(Term).Build();

        Assert.Equal([Term], Read(pdf));
    }

    [Fact]
    public void PdfWithoutTextLayerIsUnreadable()
    {
        var error = Assert.Throws<IngestException>(() => Ingestor.Read(new MemoryStream(PdfBuilder.WithoutText(2)), ContractFormat.Pdf));

        Assert.Equal(IngestFailure.Unreadable, error.Failure);
        Assert.Contains("no text layer (scanned?)", error.Message);
    }

    [Fact]
    public void PdfWithMorePagesThanTheLimitIsRefused()
    {
        var ingestor = new ContractIngestor(new IngestLimits { MaxPdfPages = 2 });

        var error = Assert.Throws<IngestException>(() => ingestor.Read(new MemoryStream(ThreePageContract().Build()), ContractFormat.Pdf));

        Assert.Equal(IngestFailure.LimitExceeded, error.Failure);
        Assert.Contains("MaxPdfPages", error.Message);
    }

    [Theory]
    [InlineData("%PDF-1.7\n1 0 obj << /Type /Catalog SECRET-CONTENT")]
    [InlineData("SECRET-CONTENT is not a PDF at all")]
    [InlineData("")]
    public void CorruptPdfIsUnreadableWithoutQuotingContent(string content)
    {
        var error = Assert.Throws<IngestException>(() =>
            Ingestor.Read(new MemoryStream(System.Text.Encoding.ASCII.GetBytes(content)), ContractFormat.Pdf));

        Assert.Equal(IngestFailure.Unreadable, error.Failure);
        Assert.DoesNotContain("SECRET", error.Message);
    }

    [Fact]
    public void TruncatedPdfIsUnreadable()
    {
        var pdf = ThreePageContract().Build();

        var error = Assert.Throws<IngestException>(() => Ingestor.Read(new MemoryStream(pdf[..(pdf.Length / 3)]), ContractFormat.Pdf));

        Assert.Equal(IngestFailure.Unreadable, error.Failure);
    }
}
