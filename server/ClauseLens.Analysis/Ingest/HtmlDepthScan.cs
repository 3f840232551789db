using System.Text;

namespace ClauseLens.Analysis.Ingest;

/// <summary>
/// A linear pre-scan of HTML markup that estimates how deep its elements nest, so markup nested
/// past <see cref="IngestLimits.MaxNestingDepth"/> is refused before the parser sees it: the HTML
/// tree builder's scope checks make deep nesting cost the square of its depth (50,000 nested
/// <c>&lt;div&gt;</c> took 25 s). The estimate counts elements that can contain their own kind
/// (not void elements, nor <c>p</c>, <c>li</c>, table rows and cells, which close their
/// predecessors), closing them by name as the tree builder would.
/// </summary>
internal static class HtmlDepthScan
{
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        // void elements
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
        "frame", "basefont", "bgsound", "image",
        // elements an opening sibling closes, and the document's own
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "caption",
        "rb", "rt", "rp", "rtc", "html", "head", "body",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    };

    /// <summary>Throws LimitExceeded when <paramref name="html"/> nests deeper than the limit.</summary>
    public static void Check(string html, IngestLimits limits)
    {
        if (Exceeds(html, limits.MaxNestingDepth))
        {
            throw new IngestException(IngestFailure.TooComplex,
                $"The HTML nests its elements more than {limits.MaxNestingDepth} levels deep (limit MaxNestingDepth).");
        }
    }

    /// <summary>The HTML of a file's bytes as far as tags go: by its byte-order mark, else as Latin-1 (ASCII-compatible).</summary>
    public static string TagView(byte[] bytes) => bytes switch
    {
        [0xFF, 0xFE, 0, 0, ..] => Encoding.UTF32.GetString(bytes),
        [0xFF, 0xFE, ..] => Encoding.Unicode.GetString(bytes),
        [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode.GetString(bytes),
        _ => Encoding.Latin1.GetString(bytes),
    };

    private static bool Exceeds(string html, int limit)
    {
        var open = new Stack<string>();
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            if (html.AsSpan(i).StartsWith("<!--"))
            {
                i = Skip(html, "-->", i + 4);
                continue;
            }

            var c = html[i + 1];
            if (c is '!' or '?')
            {
                i = Skip(html, ">", i + 2);
                continue;
            }

            var closing = c == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '_'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }

            var name = html[nameStart..nameEnd].ToLowerInvariant();
            var (tagEnd, selfClosing) = EndOfTag(html, nameEnd);
            i = tagEnd;
            if (closing)
            {
                if (counts.GetValueOrDefault(name) > 0)
                {
                    // Pops everything above the matching element, as an end tag does; each element is popped once.
                    while (open.TryPop(out var popped))
                    {
                        counts[popped]--;
                        if (popped == name)
                        {
                            break;
                        }
                    }
                }

                continue;
            }

            if (RawText.Contains(name))
            {
                i = Skip(html, "</" + name, i);
                continue;
            }

            // "/>" closes an element only inside SVG and MathML; on an HTML element the parser ignores it.
            var foreign = counts.GetValueOrDefault("svg") + counts.GetValueOrDefault("math") > 0;
            if ((selfClosing && foreign) || NotNesting.Contains(name))
            {
                continue;
            }

            open.Push(name);
            counts[name] = counts.GetValueOrDefault(name) + 1;
            if (open.Count > limit)
            {
                return true;
            }
        }

        return false;
    }

    // The index after the tag's '>' (quotes respected), and whether it ended with "/>".
    private static (int End, bool SelfClosing) EndOfTag(string html, int from)
    {
        char quote = '\0';
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return (i + 1, i > from && html[i - 1] == '/');
            }
        }

        return (html.Length, false);
    }

    private static int Skip(string html, string terminator, int from)
    {
        var at = html.IndexOf(terminator, from, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html.Length : at + terminator.Length;
    }
}
