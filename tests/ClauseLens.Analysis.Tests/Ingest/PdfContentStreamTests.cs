using ClauseLens.Analysis.Ingest;
using ClauseLens.TestSupport.Hostile;

namespace ClauseLens.Analysis.Tests.Ingest;

/// <summary>
/// A small PDF whose compressed page contents unpack to megabytes of operators is refused before
/// PdfPig inflates them and builds an object per operator (once 4 GB and over a minute for 100 MB).
/// </summary>
public sealed class PdfContentStreamTests
{
    private const string Sentence = "The Recipient shall keep the Confidential Information secret.";

    private static readonly IngestLimits Limits = new() { MaxPdfContentStreamBytes = 256 * 1024 };

    private static string Repeat(string s, int count) => string.Concat(Enumerable.Repeat(s, count));

    private static ContractDocument Read(byte[] pdf) => new ContractIngestor(Limits).Read(new MemoryStream(pdf), ContractFormat.Pdf);

    private static string Text => RawPdf.TextStream([Sentence]);

    [Fact]
    public void CompressedContentsWithinTheBoundAreRead()
    {
        var document = Read(RawPdf.OnePageCompressed(Text + " q " + Repeat("0 0 m ", 10_000) + "Q"));

        Assert.Equal(Sentence, Assert.Single(document.Paragraphs).Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/Subtype /Image /Width 1 /Height 1 ")]
    public void ContentsThatUnpackPastTheBoundAreRefusedNamingTheLimit(string dictionaryExtra)
    {
        // 1.2 MB of operators in a few KB; dressed up as an image or not, they are the page's contents.
        var pdf = RawPdf.OnePageCompressed(Text + " q " + Repeat("0 0 m ", 200_000) + "Q", dictionaryExtra);

        var error = Assert.Throws<IngestException>(() => Read(pdf));

        Assert.True(pdf.Length < 64 * 1024, $"{pdf.Length} bytes");
        Assert.Equal(IngestFailure.LimitExceeded, error.Failure);
        Assert.Contains("MaxPdfContentStreamBytes", error.Message);
    }

    [Fact]
    public void AFormThePageDrawsIsBoundToo()
    {
        var form = System.Text.Encoding.Latin1.GetString(RawPdf.Zlib(System.Text.Encoding.Latin1.GetBytes(Repeat("0 0 m ", 200_000))));
        var pdf = RawPdf.OnePageCompressed(Text + " /X1 Do", "",
            $"<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Length {form.Length} /Filter /FlateDecode >>\nstream\n{form}\nendstream");

        var error = Assert.Throws<IngestException>(() => Read(pdf));

        Assert.Contains("MaxPdfContentStreamBytes", error.Message);
    }
}
