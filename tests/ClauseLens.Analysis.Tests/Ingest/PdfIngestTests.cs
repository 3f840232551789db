using ClauseLens.Analysis.Ingest;

namespace ClauseLens.Analysis.Tests.Ingest;

public sealed class PdfIngestTests
{
    private static readonly ContractIngestor Ingestor = new();

    private static string[] Read(byte[] pdf) =>
        Ingestor.Read(new MemoryStream(pdf), ContractFormat.Pdf).Paragraphs.Select(p => p.Text).ToArray();

    private static PdfBuilder ThreePageContract() => new PdfBuilder()
        .Header((_, _) => "Acme / Beta Mutual Nondisclosure Agreement")
        .Footer((page, count) => $"Page {page} of {count}")
        .Page()
        .Line("The Recipient shall keep all Evaluation Material strictly confi-")
        .Line("dential and shall use it only for the Purpose described above in")
        .Line("this Agreement.")
        .Line("The obligations in this section survive for three years after the", gapBefore: 1)
        .Line("end of the discussions between the parties.")
        .Page()
        .Line("1. Definitions apply to the whole Agreement and to each schedule")
        .Line("attached to it from time to time by the parties in writing.")
        .Line("2. Term. This Agreement runs for two years from the date of")
        .Line("signature by the last party to sign it and then ends without")
        .Page()
        .Line("further notice unless the parties extend it in writing.")
        .Line("Governing law is the law of England and Wales.", gapBefore: 1);

    [Fact]
    public void PdfLinesJoinIntoParagraphsAndHyphenationIsRepaired()
    {
        var paragraphs = Read(ThreePageContract().Build());

        Assert.Equal(
            [
                "The Recipient shall keep all Evaluation Material strictly confidential and shall use it only for the Purpose described above in this Agreement.",
                "The obligations in this section survive for three years after the end of the discussions between the parties.",
                "1. Definitions apply to the whole Agreement and to each schedule attached to it from time to time by the parties in writing.",
                "2. Term. This Agreement runs for two years from the date of signature by the last party to sign it and then ends without further notice unless the parties extend it in writing.",
                "Governing law is the law of England and Wales.",
            ],
            paragraphs);
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
            .Page().Line("Only clause of the agreement.")
            .Build();

        Assert.Equal(["Only clause of the agreement."], Read(pdf));
    }

    [Fact]
    public void FirstLineIndentStartsAParagraph()
    {
        var pdf = new PdfBuilder().Page()
            .Line("The Licensee shall pay the fees set out in the schedule within thirty")
            .Line("days of invoice and without any deduction.")
            .Line("The Licensor may audit the Licensee once a year on reasonable notice", indent: 24)
            .Line("during business hours at its own cost and expense in all cases.")
            .Build();

        Assert.Equal(2, Read(pdf).Length);
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
