namespace ClauseLens.Analysis.Segmentation;

/// <summary>
/// Follows the document's section numbering so that a number is believed only when it fits the
/// sequence: "5." after section 4 opens section 5, "2." after section 7 is a list item, and
/// "3.2" after section 9 is a cross-reference or an amount. Inline candidates (inside a long PDF
/// line) must fit more tightly than those at a paragraph start.
/// </summary>
internal sealed class NumberingState
{
    private const int MaxSkipAtParagraphStart = 3;
    private const int MaxSkipInline = 2;

    private NumberStyle _style = NumberStyle.None;

    /// <summary>The last top-level section number accepted (0 before the first).</summary>
    public int LastTop { get; private set; }

    /// <summary>Starts counting afresh (each schedule numbers its own sections).</summary>
    public void Reset()
    {
        _style = NumberStyle.None;
        LastTop = 0;
    }

    /// <summary>
    /// The heading as the numbering sees it: unchanged, turned into a list item, or null when a
    /// number out of sequence is not a heading at all.
    /// </summary>
    public Heading? Resolve(Heading heading, bool inline)
    {
        if (!heading.IsNumberedSection)
        {
            return heading;
        }

        return heading.Style switch
        {
            NumberStyle.Japanese => Accept(heading, NumberStyle.Japanese),
            NumberStyle.Keyword => ResolveKeyword(heading, inline),
            _ => heading.Role == HeadingRole.Article ? ResolvePlainTop(heading, inline) : ResolvePlainSub(heading, inline),
        };
    }

    /// <summary>
    /// "Section 5"/"ARTICLE V" at a paragraph start is believed; inside a line it must move the numbering
    /// on, or it is a cross-reference ("… survive: Article 5 (Confidentiality), Article 6 …").
    /// </summary>
    private Heading? ResolveKeyword(Heading heading, bool inline)
    {
        var movesOn = heading.Role == HeadingRole.Article ? heading.Major > LastTop : heading.Major >= LastTop;
        return inline && LastTop > 0 && !movesOn ? null : Accept(heading, _style == NumberStyle.None ? NumberStyle.Keyword : _style);
    }

    private Heading ResolvePlainTop(Heading heading, bool inline)
    {
        // Under "ARTICLE 5" or "第5条", a bare "2." numbers a paragraph or item of that article.
        if (_style is NumberStyle.Japanese or NumberStyle.Keyword)
        {
            return AsItem(heading);
        }

        var n = heading.Major;
        var fits = LastTop == 0
            ? n is 1 or 2
            : n > LastTop && n <= LastTop + (inline ? MaxSkipInline : MaxSkipAtParagraphStart);
        return fits ? Accept(heading, NumberStyle.Plain) : AsItem(heading);
    }

    private Heading? ResolvePlainSub(Heading heading, bool inline)
    {
        var n = heading.Major;
        var fits = LastTop == 0
            ? n is 1 or 2
            : n >= LastTop && n <= LastTop + (inline ? 1 : MaxSkipAtParagraphStart - 1);
        return fits ? Accept(heading, _style == NumberStyle.None ? NumberStyle.Plain : _style) : null;
    }

    private Heading Accept(Heading heading, NumberStyle style)
    {
        _style = style;
        if (heading.Major > LastTop || heading.Role == HeadingRole.Article && heading.Style != NumberStyle.Plain)
        {
            LastTop = Math.Max(heading.Major, 0);
        }

        return heading;
    }

    private static Heading AsItem(Heading heading) =>
        heading with { Role = HeadingRole.Item, Title = null, End = heading.Start };
}
