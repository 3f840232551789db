using ClauseLens.Analysis.Ingest;
using FsCheck;
using FsCheck.Xunit;

namespace ClauseLens.Analysis.Tests.Ingest;

/// <summary>
/// Whatever arrives, the readers return a well-formed document or an <see cref="IngestException"/>;
/// no parser exception escapes and no document breaks the offset contract.
/// </summary>
public sealed class IngestRobustnessTests
{
    private static readonly ContractIngestor Ingestor = new();

    [Property(MaxTest = 300)]
    public bool AnyTextGivesTrimmedCleanParagraphsWithConsistentOffsets(NonNull<string> text) =>
        IsWellFormed(Ingestor.FromText(text.Get));

    [Property(MaxTest = 300)]
    public bool AnyHtmlGivesTrimmedCleanParagraphsWithConsistentOffsets(NonNull<string> html) =>
        IsWellFormed(Ingestor.FromHtml("<p>" + html.Get + "</p><ol><li>" + html.Get + "</li></ol>"));

    [Property(MaxTest = 200)]
    public bool AnyParagraphListKeepsItsCount(NonNull<string>[] paragraphs)
    {
        var document = Ingestor.FromParagraphs(paragraphs.Select(p => p.Get).ToList());
        return document.Paragraphs.Count == paragraphs.Length
               && document.Paragraphs.All(p => !p.Text.Contains('\n') && document.Slice(p.Start, p.End) == p.Text);
    }

    public static TheoryData<int> Seeds() => new(Enumerable.Range(1, 25));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void MutatedDocxNeverThrowsAnythingButIngestException(int seed)
    {
        var docx = new DocxBuilder()
            .AbstractList(0, 1, (DocumentFormat.OpenXml.Wordprocessing.NumberFormatValues.Decimal, "%1.")).List(1, 0)
            .Numbered(1, 0, "Definitions").Paragraph("The Licensee shall pay the fees.").Numbered(1, 0, "Term")
            .Build();

        AssertReadsOrRefuses(Mutate(docx, seed), ContractFormat.Docx);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void MutatedPdfNeverThrowsAnythingButIngestException(int seed)
    {
        var pdf = new PdfBuilder().Footer((page, _) => $"Page {page}").Paragraph("1. The Licensee shall pay the fees within thirty days of invoice.").Build();

        AssertReadsOrRefuses(Mutate(pdf, seed), ContractFormat.Pdf);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void RandomBytesAsHtmlOrTextNeverThrowAnythingButIngestException(int seed)
    {
        var bytes = new byte[2048];
        new Random(seed).NextBytes(bytes);

        AssertReadsOrRefuses(bytes, ContractFormat.Html);
        AssertReadsOrRefuses(bytes, ContractFormat.Text);
    }

    private static void AssertReadsOrRefuses(byte[] content, ContractFormat format)
    {
        try
        {
            Assert.True(IsWellFormed(Ingestor.Read(new MemoryStream(content), format)));
        }
        catch (IngestException error)
        {
            Assert.NotEqual(IngestFailure.UnsupportedFormat, error.Failure);
        }
    }

    // Flips a few bytes and, for some seeds, cuts the file short: the damage real uploads suffer.
    private static byte[] Mutate(byte[] original, int seed)
    {
        var random = new Random(seed);
        var bytes = (byte[])original.Clone();
        for (var i = 0; i < 1 + (seed % 8); i++)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        }

        return seed % 5 == 0 ? bytes[..random.Next(1, bytes.Length)] : bytes;
    }

    private static bool IsWellFormed(ContractDocument document) =>
        document.Text == string.Join('\n', document.Paragraphs.Select(p => p.Text))
        && document.Paragraphs.Select((p, i) => p.Index == i && document.Slice(p.Start, p.End) == p.Text).All(ok => ok)
        && document.Paragraphs.All(p => p.Text.Length > 0 && p.Text == p.Text.Trim()
                                        && !p.Text.Any(c => char.IsControl(c) && c != '\t') && !HasUnpairedSurrogate(p.Text));

    private static bool HasUnpairedSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
