namespace ClauseLens.Analysis;

/// <summary>
/// One paragraph of a contract, as the reader sees it: its index in the document and where its
/// text sits in <see cref="ContractDocument.Text"/>.
/// </summary>
/// <param name="Index">Zero-based paragraph index; for Word input, the index in <c>body.paragraphs</c>.</param>
/// <param name="Start">Offset of the first character in <see cref="ContractDocument.Text"/>.</param>
/// <param name="Text">The paragraph's text, without its trailing line break.</param>
public sealed record Paragraph(int Index, int Start, string Text)
{
    /// <summary>Offset one past the last character in <see cref="ContractDocument.Text"/>.</summary>
    public int End => Start + Text.Length;
}

/// <summary>
/// A contract reduced to its paragraphs. <see cref="Text"/> is the paragraphs joined by a single
/// <c>'\n'</c>; every offset in an analysis refers to it.
/// </summary>
public sealed class ContractDocument
{
    /// <summary>The separator placed between paragraphs in <see cref="Text"/>.</summary>
    public const char ParagraphSeparator = '\n';

    private ContractDocument(IReadOnlyList<Paragraph> paragraphs, string text)
    {
        Paragraphs = paragraphs;
        Text = text;
    }

    /// <summary>The paragraphs in reading order.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; }

    /// <summary>The whole text: paragraphs joined by <see cref="ParagraphSeparator"/>.</summary>
    public string Text { get; }

    /// <summary>
    /// Builds a document from paragraph texts, keeping their order and count so that index <c>i</c>
    /// here is index <c>i</c> in the caller's list (the Word task pane relies on it). Line breaks
    /// inside a paragraph are turned into spaces so a paragraph stays one line of <see cref="Text"/>.
    /// </summary>
    public static ContractDocument FromParagraphs(IEnumerable<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var list = new List<Paragraph>();
        var builder = new System.Text.StringBuilder();
        foreach (var raw in paragraphs)
        {
            if (list.Count > 0)
            {
                builder.Append(ParagraphSeparator);
            }

            var text = (raw ?? string.Empty).Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ')
                .Replace('\v', ' ').Replace('\u2028', ' ').Replace('\u2029', ' ');
            list.Add(new Paragraph(list.Count, builder.Length, text));
            builder.Append(text);
        }

        return new ContractDocument(list, builder.ToString());
    }

    /// <summary>The text of <paramref name="start"/>..<paramref name="end"/> (end exclusive).</summary>
    public string Slice(int start, int end) => Text[start..end];

    /// <summary>True when no paragraph holds anything but white space.</summary>
    public bool IsBlank => Paragraphs.All(p => string.IsNullOrWhiteSpace(p.Text));
}
