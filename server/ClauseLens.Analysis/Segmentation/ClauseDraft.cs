namespace ClauseLens.Analysis.Segmentation;

/// <summary>A clause while the assembler is still reading it; its end is known once the next one starts.</summary>
internal sealed class ClauseDraft(int start, ClauseKind kind, string? number, string? heading, int bodyFrom)
{
    /// <summary>Offset of the first character.</summary>
    public int Start { get; } = start;

    /// <summary>Offset one past the last non-space character (set when the draft is closed).</summary>
    public int End { get; set; }

    /// <summary>Which part of the contract this is.</summary>
    public ClauseKind Kind { get; set; } = kind;

    /// <summary>Number as written.</summary>
    public string? Number { get; set; } = number;

    /// <summary>Heading as written.</summary>
    public string? Heading { get; set; } = heading;

    /// <summary>Where the body starts; text before it is the heading itself.</summary>
    public int BodyFrom { get; set; } = bodyFrom;

    /// <summary>Offsets of list items ("(a)", "(i)") inside the clause: preferred cut points when it is too long.</summary>
    public List<int> ItemStarts { get; } = [];
}
