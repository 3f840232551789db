namespace ClauseLens.Analysis.Ingest;

/// <summary>The file formats ClauseLens reads.</summary>
public enum ContractFormat
{
    /// <summary>Plain text (.txt), UTF-8 or UTF-16 with BOM.</summary>
    Text,
    /// <summary>HTML (.html, .htm).</summary>
    Html,
    /// <summary>Word (.docx).</summary>
    Docx,
    /// <summary>PDF (.pdf) with a text layer.</summary>
    Pdf,
}

/// <summary>Why a document could not be read.</summary>
public enum IngestFailure
{
    /// <summary>The file is corrupt or not of the format it claims (HTTP 422).</summary>
    Unreadable,
    /// <summary>The document exceeds one of <see cref="IngestLimits"/> (HTTP 413 or 422; the message names the limit).</summary>
    LimitExceeded,
    /// <summary>The format is not one ClauseLens reads (HTTP 415).</summary>
    UnsupportedFormat,
    /// <summary>
    /// The document nests or piles up its structure beyond a limit (elements, attributes, glyphs on a
    /// page): refused before the work, with HTTP 422 naming the limit.
    /// </summary>
    TooComplex,
}

/// <summary>A document that cannot be turned into a <see cref="ContractDocument"/>. The message never quotes the document.</summary>
public sealed class IngestException(IngestFailure failure, string message, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>Why reading failed.</summary>
    public IngestFailure Failure { get; } = failure;
}

/// <summary>Bounds that protect the server from hostile or absurd documents.</summary>
public sealed record IngestLimits
{
    /// <summary>Most bytes read from an uploaded file before it is parsed.</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;
    /// <summary>Most bytes a .docx may unpack to (all zip entries together).</summary>
    public long MaxUnpackedBytes { get; init; } = 200L * 1024 * 1024;
    /// <summary>Most entries a .docx zip may hold.</summary>
    public int MaxZipEntries { get; init; } = 5_000;
    /// <summary>Most pages read from a PDF.</summary>
    public int MaxPdfPages { get; init; } = 2_000;
    /// <summary>Most paragraphs in one document.</summary>
    public int MaxParagraphs { get; init; } = 100_000;
    /// <summary>Most characters in one document.</summary>
    public int MaxCharacters { get; init; } = 10_000_000;
    /// <summary>
    /// Deepest element nesting read: XML parts of a .docx, HTML elements, PDF arrays and dictionaries.
    /// Checked while reading, before any recursive walk (a hostile file of 16,500 nested hyperlinks
    /// would otherwise overflow the stack and end the process).
    /// </summary>
    public int MaxNestingDepth { get; init; } = 200;
    /// <summary>
    /// Most bytes one XML part of a .docx may unpack to: the Open XML SDK holds a part as a tree many
    /// times its size, so this bounds memory where <see cref="MaxUnpackedBytes"/> (images included) cannot.
    /// </summary>
    public long MaxXmlPartBytes { get; init; } = 24L * 1024 * 1024;
    /// <summary>Most glyphs on one PDF page (a dense real page has a few thousand).</summary>
    public int MaxPdfGlyphsPerPage { get; init; } = 20_000;
    /// <summary>
    /// Most bytes one PDF object stream (PDF 1.5 <c>/ObjStm</c>, the objects of a file packed and
    /// compressed) may unpack to: the pre-scan inflates each to check its nesting before PdfPig parses it.
    /// </summary>
    public long MaxPdfObjectStreamBytes { get; init; } = 16L * 1024 * 1024;
    /// <summary>
    /// Most bytes one compressed PDF content stream (a page's or a form's operators) may unpack to,
    /// counted by the pre-scan before PdfPig inflates it whole and builds an object per operator (a
    /// dense page of text is tens of KB; 4 MB of operators costs PdfPig about 200 MB).
    /// </summary>
    public long MaxPdfContentStreamBytes { get; init; } = 4L * 1024 * 1024;
}

/// <summary>Turns text, HTML and files into a <see cref="ContractDocument"/>.</summary>
/// <remarks>
/// Each format has its own reader (<see cref="PlainTextIngest"/>, <see cref="HtmlIngest"/>,
/// <see cref="DocxIngest"/>, <see cref="PdfIngest"/>); this class picks one and makes sure that
/// nothing but an <see cref="IngestException"/> escapes for bad input.
/// </remarks>
public sealed class ContractIngestor(IngestLimits limits)
{
    /// <summary>Reader with default limits.</summary>
    public ContractIngestor() : this(new IngestLimits()) { }

    /// <summary>The limits in force.</summary>
    public IngestLimits Limits { get; } = limits;

    /// <summary>The supported file extensions, for messages.</summary>
    public static IReadOnlyList<string> SupportedExtensions { get; } = [".docx", ".pdf", ".html", ".htm", ".txt"];

    /// <summary>The format for a file name, or null when it is not supported.</summary>
    public static ContractFormat? FormatOf(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".txt" or ".text" => ContractFormat.Text,
            ".html" or ".htm" => ContractFormat.Html,
            ".docx" => ContractFormat.Docx,
            ".pdf" => ContractFormat.Pdf,
            _ => null,
        };

    /// <summary>Plain text: line endings normalised, paragraph breaks kept, hard-wrapped lines joined.</summary>
    /// <remarks>
    /// Every reader stops with an <see cref="OperationCanceledException"/> at its next line, element,
    /// paragraph or page once <paramref name="cancellationToken"/> is cancelled (a time budget, a client
    /// that went away); only the library calls that parse a whole part at once (AngleSharp's parser, the
    /// Open XML SDK's load) run to their end, bounded by the depth and size limits.
    /// </remarks>
    public ContractDocument FromText(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Stage("text", () => new PlainTextIngest(Limits).FromText(text, cancellationToken));
    }

    /// <summary>HTML: block elements become paragraphs; nothing is executed or fetched.</summary>
    public ContractDocument FromHtml(string html, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Stage("html", () => Guarded("HTML", () => new HtmlIngest(Limits).FromHtml(html, cancellationToken)));
    }

    /// <summary>
    /// Paragraphs as given (Word task pane), checked against the limits. Count and order are kept,
    /// empty paragraphs included, so index <c>i</c> still names the caller's paragraph <c>i</c>;
    /// line-separating control characters become spaces, other control characters and unpaired
    /// surrogates are cleaned.
    /// </summary>
    public ContractDocument FromParagraphs(IReadOnlyList<string> paragraphs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        return Stage("paragraphs", () => CleanParagraphs(paragraphs, cancellationToken));
    }

    private ContractDocument CleanParagraphs(IReadOnlyList<string> paragraphs, CancellationToken cancellationToken)
    {
        if (paragraphs.Count > Limits.MaxParagraphs)
        {
            throw ParagraphSink.TooManyParagraphs(Limits);
        }

        var cleaned = new List<string>(paragraphs.Count);
        long characters = 0;
        foreach (var paragraph in paragraphs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Word's manual line break (vertical tab), a page break (form feed) and NEL separate
            // words: they become spaces before control characters are dropped, as in the pane.
            var text = TextCleaner.Clean((paragraph ?? string.Empty).Replace('\v', ' ').Replace('\f', ' ').Replace('\u0085', ' '));
            characters += text.Length + 1;
            if (characters > Limits.MaxCharacters)
            {
                throw ParagraphSink.TooManyCharacters(Limits);
            }

            cleaned.Add(text);
        }

        return ContractDocument.FromParagraphs(cleaned);
    }

    /// <summary>Reads a file of <paramref name="format"/>. Throws <see cref="IngestException"/> on bad input.</summary>
    public ContractDocument Read(Stream content, ContractFormat format, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Stage(format.ToString().ToLowerInvariant(), () => format switch
        {
            ContractFormat.Text => Guarded("text", () => new PlainTextIngest(Limits).Read(content, cancellationToken)),
            ContractFormat.Html => Guarded("HTML", () => new HtmlIngest(Limits).Read(content, cancellationToken)),
            ContractFormat.Docx => Guarded(".docx", () => new DocxIngest(Limits).Read(content, cancellationToken)),
            ContractFormat.Pdf => Guarded(".pdf", () => new PdfIngest(Limits).Read(content, cancellationToken)),
            _ => throw new IngestException(IngestFailure.UnsupportedFormat,
                $"Unsupported format; ClauseLens reads {string.Join(", ", SupportedExtensions)}."),
        });
    }

    // Parsers throw whatever they like on hostile input (InvalidDataException, XmlException,
    // PdfDocumentFormatException, IndexOutOfRange…); callers must only ever see IngestException.
    // The library message is not passed on because some parsers quote the offending bytes.
    private static ContractDocument Guarded(string formatName, Func<ContractDocument> read)
    {
        try
        {
            return read();
        }
        catch (IngestException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            throw new IngestException(IngestFailure.Unreadable,
                $"The {formatName} file could not be read: it is corrupt or not a {formatName} file ({ex.GetType().Name}).", ex);
        }
    }

    // The ingest span and duration: the format and the size of the result, never its text.
    private static ContractDocument Stage(string format, Func<ContractDocument> read)
    {
        using var stage = AnalysisTelemetry.Stage(AnalysisTelemetry.Stages.Ingest);
        stage.Tag("clauselens.format", format);
        try
        {
            var document = read();
            stage.Tag("clauselens.paragraphs", document.Paragraphs.Count);
            return document;
        }
        catch (Exception e)
        {
            stage.Failed(e);
            throw;
        }
    }
}
