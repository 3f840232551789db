namespace ClauseLens.Analysis.Segmentation;

/// <summary>What part of a contract a clause is.</summary>
public enum ClauseKind
{
    /// <summary>Title, parties and date before the first recital or section.</summary>
    Preamble,
    /// <summary>"WHEREAS" recitals / background.</summary>
    Recitals,
    /// <summary>
    /// The definitions section. Each numbered definition ("1.1 "Territory" means …") is a clause of
    /// its own with the defined term as its heading, so a reviewer can jump to a term and the fact
    /// extractor reads one definition at a time; unnumbered definitions stay in one clause that is cut
    /// between definitions when it grows past classifier size.
    /// </summary>
    Definitions,
    /// <summary>An operative numbered or headed section.</summary>
    Section,
    /// <summary>The signature block ("IN WITNESS WHEREOF", signatures).</summary>
    Signature,
    /// <summary>Schedules, exhibits, annexes after the signature block.</summary>
    Schedule,
}

/// <summary>
/// One clause of a contract: a span of <see cref="ContractDocument.Text"/> that a reviewer would
/// call a section or sub-section. Offsets are end-exclusive; paragraph indexes are inclusive.
/// </summary>
/// <param name="Id">Stable id within one analysis ("c1", "c2", …) in document order.</param>
/// <param name="Number">The clause number as written ("1.1", "5", "V", "(a)", "第5条"), if any.</param>
/// <param name="Heading">The clause heading as written ("Governing Law", "秘密保持"), if any.</param>
/// <param name="Kind">Which part of the contract this is.</param>
/// <param name="ParagraphStart">Index of the first paragraph the clause touches.</param>
/// <param name="ParagraphEnd">Index of the last paragraph the clause touches (inclusive).</param>
/// <param name="Start">Offset of the clause's first character.</param>
/// <param name="End">Offset one past the clause's last character.</param>
public sealed record Clause(
    string Id,
    string? Number,
    string? Heading,
    ClauseKind Kind,
    int ParagraphStart,
    int ParagraphEnd,
    int Start,
    int End);
