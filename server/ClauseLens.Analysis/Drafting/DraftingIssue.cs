using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis.Drafting;

/// <summary>
/// One drafting problem before it becomes a <see cref="Finding"/>: the check, how much it matters,
/// what it is about in normalised words (a defined term, a section number, two values; never a
/// sentence of the contract) and where it is.
/// </summary>
internal sealed record DraftingIssue(
    DraftingCheck Check,
    Severity Severity,
    string Detail,
    int Start,
    int End,
    Evidence? Related = null);

/// <summary>The fixed texts of each drafting check: title, why it matters, what to do.</summary>
internal static class DraftingTexts
{
    public const string Source = "ClauseLens drafting checks";

    public static (string Title, string Explanation, string Ask) For(DraftingCheck check) => check switch
    {
        DraftingCheck.UndefinedTerm => (
            "A capitalised term is used but never defined",
            "A capitalised term reads as a defined term; with no definition its meaning is left to argument.",
            "Define the term, or write it in lower case if it carries its ordinary meaning."),
        DraftingCheck.UnusedDefinition => (
            "A defined term is never used",
            "An unused definition is usually left over from an earlier draft or another template, and may hide a missing provision.",
            "Delete the definition, or restore the provision that used it."),
        DraftingCheck.DuplicateDefinition => (
            "A term is defined twice, differently",
            "Two definitions of one term leave it unclear which meaning applies where.",
            "Keep one definition and align every use with it."),
        DraftingCheck.BrokenReference => (
            "A cross-reference points at a section that does not exist",
            "A reference to a missing section usually follows a renumbering or a deletion; the provision it relies on may be gone.",
            "Correct the reference, or restore the section it points to."),
        DraftingCheck.MissingAttachment => (
            "A schedule, exhibit or annex is referred to but not attached",
            "What the contract incorporates by reference is part of the deal; an absent attachment leaves those terms open. Public filings often omit them.",
            "Attach the document, or confirm it is agreed and delivered separately."),
        DraftingCheck.Numbering => (
            "Section or list numbering skips or repeats",
            "A gap or a repeated number usually means a provision was deleted or pasted in; references to it may now be wrong.",
            "Renumber, and check the cross-references against the new numbers."),
        DraftingCheck.PartyName => (
            "A party is named inconsistently",
            "A party called by another legal form, or by a role no party was given, makes it unclear who owes an obligation.",
            "Use each party's defined name throughout, and define any role used."),
        DraftingCheck.BilingualMismatch => (
            "The English and Japanese versions differ",
            "When two language versions differ on a figure, period or governing law, each side may rely on the version that favours it.",
            "Align the two versions before signing."),
        _ => (
            "The prevailing language is missing or contradictory",
            "A bilingual contract needs one version that prevails; without it, or with each version naming itself, a difference in translation has no tie-breaker.",
            "State in both versions that the same language version prevails."),
    };
}
