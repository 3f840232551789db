using System.Text;
using ClauseLens.Analysis.Ingest;
using ClauseLens.TestSupport.Hostile;

namespace ClauseLens.Analysis.Tests.Ingest;

/// <summary>
/// Objects packed in object streams (PDF 1.5, what Word and Acrobat write) are parsed by PdfPig with
/// its recursive parser too: the nesting pre-scan unpacks them and counts there, within a size bound.
/// </summary>
public sealed class PdfObjectStreamTests
{
    private static readonly ContractIngestor Ingestor = new();

    private const string Sentence = "The Recipient shall keep the Confidential Information secret.";

    private static string Repeat(string s, int count) => string.Concat(Enumerable.Repeat(s, count));

    private static ContractDocument Read(byte[] pdf) => Ingestor.Read(new MemoryStream(pdf), ContractFormat.Pdf);

    [Theory]
    [InlineData(RawPdf.Packing.Flate)]
    [InlineData(RawPdf.Packing.Stored)]
    [InlineData(RawPdf.Packing.FlateUntyped)]
    [InlineData(RawPdf.Packing.FlateEscapedName)]
    public void APageKeptInAnObjectStreamIsRead(RawPdf.Packing packing)
    {
        var document = Read(RawPdf.PageInObjectStream(RawPdf.TextStream([Sentence]), "/Extra [[1 2] << /A [3] >>]", packing));

        Assert.Equal(Sentence, Assert.Single(document.Paragraphs).Text);
    }

    [Theory]
    [InlineData(RawPdf.Packing.Flate, "[", "]")]
    [InlineData(RawPdf.Packing.Flate, "<< /A ", " >>")]
    [InlineData(RawPdf.Packing.Stored, "[", "]")]
    [InlineData(RawPdf.Packing.FlateUntyped, "[", "]")]
    [InlineData(RawPdf.Packing.FlateEscapedName, "<< /A ", " >>")]
    public void NestingHiddenInAnObjectStreamIsRefusedNamingTheLimit(RawPdf.Packing packing, string open, string close)
    {
        var pdf = RawPdf.PageInObjectStream(RawPdf.TextStream([Sentence]), "/Deep " + Repeat(open, 50_000) + "1" + Repeat(close, 50_000), packing);

        var error = Assert.Throws<IngestException>(() => Read(pdf));

        Assert.Equal(IngestFailure.TooComplex, error.Failure);
        Assert.Contains("MaxNestingDepth", error.Message);
    }

    [Fact]
    public void AnObjectStreamThatInflatesPastItsBoundIsRefusedBeforeItIsHeldWhole()
    {
        var pdf = RawPdf.PageInObjectStream(RawPdf.TextStream([Sentence]), "/Pad (" + new string('a', 4 * 1024 * 1024) + ")");
        var limits = new IngestLimits { MaxPdfObjectStreamBytes = 1024 * 1024 };

        var error = Assert.Throws<IngestException>(() => new ContractIngestor(limits).Read(new MemoryStream(pdf), ContractFormat.Pdf));

        Assert.True(pdf.Length < 64 * 1024, $"{pdf.Length} bytes");
        Assert.Equal(IngestFailure.LimitExceeded, error.Failure);
        Assert.Contains("MaxPdfObjectStreamBytes", error.Message);
    }

    [Fact]
    public void AnObjectStreamInAnEncodingThePreScanCannotUnpackIsRefused()
    {
        var pdf = RawPdf.PageInObjectStream(RawPdf.TextStream([Sentence]), "", RawPdf.Packing.Hex);

        Assert.Equal(IngestFailure.TooComplex, Assert.Throws<IngestException>(() => Read(pdf)).Failure);
    }

    [Fact]
    public void AnObjectStreamThatDoesNotInflateIsRefusedRatherThanLeftUnchecked()
    {
        // What an encrypted object stream looks like before decryption: PdfPig would decrypt and parse it.
        var pdf = RawPdf.PageInObjectStream(RawPdf.TextStream([Sentence]), "/Deep " + Repeat("[", 10_000) + Repeat("]", 10_000), RawPdf.Packing.Garbled);

        var error = Assert.Throws<IngestException>(() => Read(pdf));

        Assert.Equal(IngestFailure.TooComplex, error.Failure);
        Assert.Contains("MaxNestingDepth", error.Message);
    }

    [Theory]
    [InlineData(" 9 0 obj ")]
    [InlineData(" stream\nx\nendstream ")]
    public void AnObjOrStreamKeywordInsideAnOpenArrayDoesNotResetTheCount(string keyword)
    {
        // PdfPig reads both as tokens of the array and nests on: 150 levels at a time add up.
        var pdf = Encoding.Latin1.GetBytes("%PDF-1.4\n1 0 obj\n" + Repeat(Repeat("[", 150) + keyword, 10) + "\nendobj\n");

        Assert.Equal(IngestFailure.TooComplex, Assert.Throws<IngestException>(() => PdfDepthScan.Check(pdf, new IngestLimits())).Failure);
    }

    [Fact]
    public async Task EveryObjectStreamOrContentBombCaseOfTheCorpusEndsInAnAnswerNotACrash()
    {
        // The cases the server test sends, read in process: refused or read, never a crash.
        foreach (var request in HostileCorpus.GenerateLight().Where(c => c.Family is "pdf-content-bomb" || c.Family.StartsWith("pdf-objstm", StringComparison.Ordinal)))
        {
            using var upload = (MultipartFormDataContent)request.Content()!;
            var bytes = await upload.Single().ReadAsByteArrayAsync();
            var outcome = Record.Exception(() => Read(bytes));
            Assert.True(outcome is null or IngestException, $"{request.Name}: {outcome?.GetType().Name}");
        }
    }
}
