namespace ClauseLens.Analysis.Segmentation;

/// <summary>What a recognised heading does to the clause structure.</summary>
internal enum HeadingRole
{
    /// <summary>A top-level numbered section: "1.", "Section 3", "ARTICLE V", "第5条".</summary>
    Article,
    /// <summary>A decimal sub-section: "1.1", "Section 3.2", "1.1.1".</summary>
    Subsection,
    /// <summary>A list item inside a section: "(a)", "(i)", "a)", "（１）", "2." inside a 第N条 article.</summary>
    Item,
    /// <summary>An unnumbered heading on its own: "GOVERNING LAW", "Confidentiality".</summary>
    Title,
    /// <summary>Start of the recitals: "WHEREAS", "RECITALS", "BACKGROUND".</summary>
    Recitals,
    /// <summary>Start of the signature block: "IN WITNESS WHEREOF", "By: ____".</summary>
    Signature,
    /// <summary>Start of a schedule or exhibit: "EXHIBIT A", "SCHEDULE 1", "別紙".</summary>
    Schedule,
}

/// <summary>How a numbered heading writes its number; decides what a bare "2." means later on.</summary>
internal enum NumberStyle
{
    /// <summary>No number.</summary>
    None,
    /// <summary>"1.", "1.1", "1".</summary>
    Plain,
    /// <summary>"Section 1", "ARTICLE V", "Clause 7".</summary>
    Keyword,
    /// <summary>"第5条".</summary>
    Japanese,
}

/// <summary>
/// A heading found at some offset of the document. <see cref="End"/> is where the heading text
/// (number, title and its closing punctuation) stops and the body begins.
/// </summary>
internal sealed record Heading(
    HeadingRole Role,
    NumberStyle Style,
    string? Number,
    string? Title,
    int Start,
    int End,
    int Major = -1,
    bool IsDefinedTerm = false)
{
    /// <summary>True for headings that carry a section number (not items).</summary>
    public bool IsNumberedSection => Role is HeadingRole.Article or HeadingRole.Subsection;
}

/// <summary>Where a heading candidate sits, which limits what it may be.</summary>
internal enum CandidateSite
{
    /// <summary>First visible character of a paragraph.</summary>
    ParagraphStart,
    /// <summary>After a run of three or more spaces inside a paragraph (PDF column/page joins).</summary>
    Gap,
    /// <summary>After a sentence end (". ", "; ", ": ") inside a paragraph.</summary>
    SentenceEnd,
    /// <summary>After a wide gap in the middle of a sentence (a wrapped PDF line): only numbers count here.</summary>
    GapInSentence,
}
