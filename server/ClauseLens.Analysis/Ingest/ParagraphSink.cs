namespace ClauseLens.Analysis.Ingest;

/// <summary>
/// Collects the paragraphs a reader finds: cleans and trims them, drops empty ones, and stops the
/// read as soon as a limit is passed so a hostile file cannot make us build a huge document first.
/// Every reader hands each paragraph it finds (blank ones too) to <see cref="Add"/>, so the read also
/// stops there once <paramref name="cancellationToken"/> is cancelled (a time budget, a client gone).
/// </summary>
internal sealed class ParagraphSink(IngestLimits limits, CancellationToken cancellationToken = default)
{
    private readonly List<string> _paragraphs = [];
    private long _characters;

    /// <summary>How many paragraphs have been kept.</summary>
    public int Count => _paragraphs.Count;

    /// <summary>Adds a paragraph unless it is blank once cleaned.</summary>
    public void Add(string text)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var cleaned = TextCleaner.Clean(text).Trim();
        if (cleaned.Length == 0)
        {
            return;
        }

        if (_paragraphs.Count + 1 > limits.MaxParagraphs)
        {
            throw TooManyParagraphs(limits);
        }

        _characters += cleaned.Length + 1;
        if (_characters > limits.MaxCharacters)
        {
            throw TooManyCharacters(limits);
        }

        _paragraphs.Add(cleaned);
    }

    /// <summary>The document of the paragraphs collected so far.</summary>
    public ContractDocument ToDocument() => ContractDocument.FromParagraphs(_paragraphs);

    /// <summary>The error for a document over <see cref="IngestLimits.MaxParagraphs"/>.</summary>
    public static IngestException TooManyParagraphs(IngestLimits limits) =>
        new(IngestFailure.LimitExceeded, $"The document has more than {limits.MaxParagraphs} paragraphs (limit MaxParagraphs).");

    /// <summary>The error for a document over <see cref="IngestLimits.MaxCharacters"/>.</summary>
    public static IngestException TooManyCharacters(IngestLimits limits) =>
        new(IngestFailure.LimitExceeded, $"The document has more than {limits.MaxCharacters} characters (limit MaxCharacters).");
}
