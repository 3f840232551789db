namespace ClauseLens.Analysis.Briefs;

/// <summary>The formats a brief can be rendered in.</summary>
public enum BriefFormat
{
    /// <summary>Print-friendly HTML page.</summary>
    Html,
    /// <summary>CommonMark with GitHub tables and task lists.</summary>
    Markdown,
    /// <summary>Editable Word document.</summary>
    Docx,
}

/// <summary>A rendered brief: its bytes and how to label them.</summary>
/// <param name="Content">The file's bytes (UTF-8 for text formats).</param>
/// <param name="ContentType">Media type, with charset for text.</param>
/// <param name="FileName">A file name to save it under.</param>
public sealed record RenderedBrief(byte[] Content, string ContentType, string FileName);

/// <summary>
/// Renders a brief in any <see cref="BriefFormat"/>, and names the formats as users type them
/// (<c>html</c>, <c>md</c>, <c>docx</c>) and as HTTP media types. Shared by the API and the CLI.
/// </summary>
public sealed class BriefRenderer(BriefHtmlRenderer html, BriefMarkdownRenderer markdown, BriefDocxRenderer docx)
{
    /// <summary>Media type of a .docx file.</summary>
    public const string DocxMediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>A renderer with the default renderers.</summary>
    public BriefRenderer()
        : this(new BriefHtmlRenderer(), new BriefMarkdownRenderer(), new BriefDocxRenderer())
    {
    }

    /// <summary>The names <see cref="TryParseFormat"/> accepts, for error messages and help.</summary>
    public static string FormatNames => "html, md, docx";

    /// <summary>Reads a format name: html, md (or markdown), docx; case-insensitive.</summary>
    public static bool TryParseFormat(string? name, out BriefFormat format)
    {
        (var ok, format) = name?.Trim().ToLowerInvariant() switch
        {
            "html" or "htm" => (true, BriefFormat.Html),
            "md" or "markdown" => (true, BriefFormat.Markdown),
            "docx" or "word" => (true, BriefFormat.Docx),
            _ => (false, BriefFormat.Html),
        };
        return ok;
    }

    /// <summary>The format for a media type from an Accept header, or null when none fits.</summary>
    public static BriefFormat? ForMediaType(string mediaType) => mediaType.Trim().ToLowerInvariant() switch
    {
        "text/html" or "application/xhtml+xml" or "text/*" or "*/*" => BriefFormat.Html,
        "text/markdown" or "text/x-markdown" => BriefFormat.Markdown,
        DocxMediaType => BriefFormat.Docx,
        _ => null,
    };

    /// <summary>Reads a paper name: a4, letter, or auto (the default when empty).</summary>
    public static bool TryParsePaper(string? name, out BriefPaper paper)
    {
        (var ok, paper) = name?.Trim().ToLowerInvariant() switch
        {
            null or "" or "auto" => (true, BriefPaper.Auto),
            "a4" => (true, BriefPaper.A4),
            "letter" => (true, BriefPaper.Letter),
            _ => (false, BriefPaper.Auto),
        };
        return ok;
    }

    /// <summary>Renders <paramref name="brief"/> as <paramref name="format"/>.</summary>
    public RenderedBrief Render(NegotiationBrief brief, BriefFormat format, BriefPaper paper = BriefPaper.Auto) => format switch
    {
        BriefFormat.Markdown => new(System.Text.Encoding.UTF8.GetBytes(markdown.Render(brief)), "text/markdown; charset=utf-8", "negotiation-brief.md"),
        // Word needs a fixed page size; A4 unless Letter was asked for.
        BriefFormat.Docx => new(docx.Render(brief, paper == BriefPaper.Letter ? BriefPaper.Letter : BriefPaper.A4), DocxMediaType, "negotiation-brief.docx"),
        _ => new(System.Text.Encoding.UTF8.GetBytes(html.Render(brief, paper)), "text/html; charset=utf-8", "negotiation-brief.html"),
    };
}
