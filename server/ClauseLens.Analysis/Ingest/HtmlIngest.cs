using System.Text;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ClauseLens.Analysis.Ingest;

/// <summary>
/// Reads HTML with AngleSharp. Block elements become paragraphs, <c>&lt;br&gt;</c> ends a line,
/// table rows become one paragraph with cells joined by " | " (as in <see cref="DocxIngest"/>),
/// ordered-list items get the number a browser would show, and white space collapses as a browser
/// collapses it.
/// </summary>
/// <remarks>
/// Nothing in the document is run or fetched: the parser works on a browsing context made from
/// <see cref="Configuration.Default"/>, which registers no loader (no <c>WithDefaultLoader()</c>, so
/// no HTTP requester for images, iframes, stylesheets or scripts) and no scripting engine
/// (AngleSharp.Js is not referenced); <see cref="HtmlParserOptions.IsScripting"/> is off so
/// <c>&lt;noscript&gt;</c> parses as markup, which is then dropped with <c>script</c>, <c>style</c>
/// and the other non-content elements. Event-handler attributes are never read. The Ingest tests
/// check this twice: the context holds no requester or loader, and a loopback listener that every
/// referenced resource points at receives no connection.
/// </remarks>
internal sealed class HtmlIngest(IngestLimits limits)
{
    private const string CellSeparator = " | ";

    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "head", "script", "style", "template", "noscript", "iframe", "frame", "frameset", "object", "embed",
        "applet", "canvas", "svg", "math", "audio", "video", "select", "option", "button", "input", "textarea",
        "map", "datalist", "dialog",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "section", "article", "aside", "header", "footer", "nav", "main", "address", "figure", "figcaption",
        "table", "thead", "tbody", "tfoot", "caption", "form", "fieldset", "legend", "hr", "center", "body",
        "html", "details", "summary",
    };

    /// <summary>Decodes an uploaded HTML file (AngleSharp honours a BOM or a meta charset) and reads it.</summary>
    public ContractDocument Read(Stream content, CancellationToken cancellationToken = default)
    {
        var bytes = BoundedRead.ToArray(content, limits);
        HtmlDepthScan.Check(HtmlDepthScan.TagView(bytes), limits);
        cancellationToken.ThrowIfCancellationRequested();
        using var memory = new MemoryStream(bytes, writable: false);
        return Collect(Parser().ParseDocument(memory), cancellationToken);
    }

    /// <summary>Reads HTML markup given as a string; stops at the next element once <paramref name="cancellationToken"/> is cancelled.</summary>
    public ContractDocument FromHtml(string html, CancellationToken cancellationToken = default)
    {
        HtmlDepthScan.Check(html, limits);
        cancellationToken.ThrowIfCancellationRequested();
        return Collect(Parser().ParseDocument(html), cancellationToken);
    }

    private static HtmlParser Parser() =>
        new(new HtmlParserOptions { IsScripting = false, SkipComments = true, MaximumDepth = 512 }, CreateContext());

    /// <summary>The browsing context documents are parsed in: no requester, no loader, no scripting.</summary>
    internal static IBrowsingContext CreateContext() => BrowsingContext.New(Configuration.Default);

    private ContractDocument Collect(IDocument document, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var sink = new ParagraphSink(limits, cancellationToken);
        var walker = new Walker(sink, new OrderedListMarker(), cancellationToken);
        walker.Visit(document.Body ?? (INode?)document.DocumentElement ?? document);
        walker.EndParagraph();
        return sink.ToDocument();
    }

    /// <summary>Walks the DOM in document order, gathering inline text until a block boundary.</summary>
    private sealed class Walker(ParagraphSink sink, OrderedListMarker markers, CancellationToken cancellationToken)
    {
        private readonly StringBuilder _line = new();
        private bool _pendingSpace;

        // A list marker waits for the item's first text, which may sit in a nested block (<li><p>…).
        private string? _pendingMarker;

        public void Visit(INode node)
        {
            switch (node)
            {
                case IText text:
                    AppendCollapsed(text.Data);
                    break;
                case IElement element:
                    VisitElement(element);
                    break;
                default:
                    foreach (var child in node.ChildNodes)
                    {
                        Visit(child);
                    }

                    break;
            }
        }

        private void VisitElement(IElement element)
        {
            // Elements can hold no text at all (thousands of empty <div>s): the sink alone would not see them.
            cancellationToken.ThrowIfCancellationRequested();
            var name = element.LocalName;
            if (Dropped.Contains(name) || element.HasAttribute("hidden"))
            {
                return;
            }

            switch (name)
            {
                case "br":
                    EndParagraph();
                    return;
                case "pre" or "textarea" or "listing" or "plaintext":
                    VisitPreformatted(element);
                    return;
                case "tr":
                    VisitRow(element);
                    return;
                case "li":
                    VisitListItem(element);
                    return;
            }

            var block = Blocks.Contains(name);
            if (block)
            {
                EndParagraph();
            }

            foreach (var child in element.ChildNodes)
            {
                Visit(child);
            }

            if (block)
            {
                EndParagraph();
            }
            else if (name is "td" or "th")
            {
                // A cell outside a row still must not glue its text to the next cell's.
                _pendingSpace = _line.Length > 0;
            }
        }

        private void VisitListItem(IElement item)
        {
            EndParagraph();
            _pendingMarker = markers.For(item);
            foreach (var child in item.ChildNodes)
            {
                Visit(child);
            }

            EndParagraph();
            _pendingMarker = null;
        }

        // A row reads as one paragraph, like a row of a Word table; cells that hold several blocks
        // have them joined with spaces inside the cell.
        private void VisitRow(IElement row)
        {
            EndParagraph();
            var cells = new List<string>();
            foreach (var cell in row.Children.Where(c => c.LocalName is "td" or "th"))
            {
                var cellSink = new CellSink();
                var cellWalker = new Walker(cellSink.Sink, markers, cancellationToken);
                foreach (var child in cell.ChildNodes)
                {
                    cellWalker.Visit(child);
                }

                cellWalker.EndParagraph();
                var text = cellSink.Text();
                if (text.Length > 0)
                {
                    cells.Add(text);
                }
            }

            if (cells.Count > 0)
            {
                sink.Add(string.Join(CellSeparator, cells));
            }
        }

        private void VisitPreformatted(IElement element)
        {
            EndParagraph();
            foreach (var line in PlainTextIngest.SplitLines(element.TextContent))
            {
                sink.Add(line.Replace('\u00A0', ' '));
            }
        }

        // The white-space rule of CSS 'normal': runs of ASCII white space become one space, and
        // white space at the start or end of a line disappears (Trim in the sink).
        private void AppendCollapsed(string data)
        {
            foreach (var c in data)
            {
                if (c is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    _pendingSpace = _line.Length > 0;
                    continue;
                }

                if (_pendingSpace)
                {
                    _line.Append(' ');
                    _pendingSpace = false;
                }

                if (_line.Length == 0 && _pendingMarker is not null)
                {
                    _line.Append(_pendingMarker).Append(' ');
                    _pendingMarker = null;
                }

                // A no-break space is shown as a space but is not collapsed.
                _line.Append(c == '\u00A0' ? ' ' : c);
            }
        }

        public void EndParagraph()
        {
            if (_line.Length > 0)
            {
                sink.Add(_line.ToString());
                _line.Clear();
            }

            _pendingSpace = false;
        }
    }

    /// <summary>Gathers the paragraphs of one table cell, under no limit of its own (the row is checked).</summary>
    private sealed class CellSink
    {
        public ParagraphSink Sink { get; } = new(new IngestLimits { MaxParagraphs = int.MaxValue, MaxCharacters = int.MaxValue });

        public string Text() => string.Join(' ', Sink.ToDocument().Paragraphs.Select(p => p.Text));
    }
}
