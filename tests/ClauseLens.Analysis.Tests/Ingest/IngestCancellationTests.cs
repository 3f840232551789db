using System.Text;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Segmentation;

namespace ClauseLens.Analysis.Tests.Ingest;

/// <summary>
/// A read stops when its token is cancelled (the time budget ran out, the client went away), with an
/// <see cref="OperationCanceledException"/> rather than a document or an "unreadable file" answer.
/// No timing: the token is cancelled before the parse, or by the upload stream the moment the
/// reader has taken its last byte, so the parse itself is what must notice.
/// </summary>
public sealed class IngestCancellationTests
{
    private static readonly ContractIngestor Ingestor = new();

    private static readonly string[] Lines =
        [.. Enumerable.Range(1, 4000).Select(i => $"{i}. The Recipient shall keep the information of section {i} secret.")];

    private static byte[] Text() => Encoding.UTF8.GetBytes(string.Join("\n\n", Lines));

    private static byte[] Html() => Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Lines.Select(l => $"<div><p>{l}</p></div>")) + "</body></html>");

    private static byte[] Docx()
    {
        var builder = new DocxBuilder();
        foreach (var line in Lines.Take(1500))
        {
            builder.Paragraph(line);
        }

        return builder.Build();
    }

    private static byte[] Pdf()
    {
        var builder = new PdfBuilder();
        foreach (var line in Lines.Take(400))
        {
            builder.Paragraph(line);
        }

        return builder.Build();
    }

    public static TheoryData<string> Formats => ["text", "html", "docx", "pdf"];

    private static (byte[] Bytes, ContractFormat Format) File(string format) => format switch
    {
        "text" => (Text(), ContractFormat.Text),
        "html" => (Html(), ContractFormat.Html),
        "docx" => (Docx(), ContractFormat.Docx),
        _ => (Pdf(), ContractFormat.Pdf),
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void AFileReadStopsWhenTheTokenIsCancelledAsTheLastByteArrives(string format)
    {
        var (bytes, contractFormat) = File(format);
        Assert.NotEmpty(Ingestor.Read(new MemoryStream(bytes), contractFormat).Paragraphs);
        using var cancel = new CancellationTokenSource();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            Ingestor.Read(new CancellingAtEnd(bytes, cancel), contractFormat, cancel.Token));
    }

    [Fact]
    public void TextAndHtmlAndParagraphsStopOnACancelledToken()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Ingestor.FromText(string.Join("\n\n", Lines), cancel.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => Ingestor.FromHtml(Encoding.UTF8.GetString(Html()), cancel.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => Ingestor.FromParagraphs(Lines, cancel.Token));
    }

    [Fact]
    public void SegmentationStopsOnACancelledToken()
    {
        var document = Ingestor.FromText(string.Join("\n\n", Lines));
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.NotEmpty(new ClauseSegmenter().Segment(document));
        Assert.ThrowsAny<OperationCanceledException>(() => new ClauseSegmenter().Segment(document, cancel.Token));
    }

    /// <summary>An upload that cancels the token when the reader reaches its end: the parse starts on a cancelled token.</summary>
    private sealed class CancellingAtEnd(byte[] bytes, CancellationTokenSource cancel) : MemoryStream(bytes, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = base.Read(buffer, offset, count);
            if (read == 0)
            {
                cancel.Cancel();
            }

            return read;
        }
    }
}
