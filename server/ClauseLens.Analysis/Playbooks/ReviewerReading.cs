using ClauseLens.Analysis.Context;

namespace ClauseLens.Analysis.Playbooks;

/// <summary>
/// Reads a finding from the reviewer's side and in their language. A breach of a rule that protects
/// the other side is a clause in the reviewer's favour: an <c>info</c> note to prepare for push-back,
/// with nothing to ask for and no fallback to insert. Everything else is judged as the rule says.
/// </summary>
internal static class ReviewerReading
{
    private static readonly Texts Favourable = new(
        "In your favour: ",
        "Nothing to ask for: keep the clause, and be ready to explain why you need it if the other side asks to change it.",
        "This clause favours us; expect the other side to push back. We should be ready to explain why we need it, or what we could offer in return.",
        " (In your favour; expect the other side to push back.)");

    private static readonly Texts FavourableJa = new(
        "貴社に有利：",
        "求める修正はない。本条項は維持し、相手方から修正を求められた場合に備えて、必要とする理由を説明できるようにしておくこと。",
        "本条項は当方に有利な内容であり、相手方から修正を求められることが予想される。当方が本条項を必要とする理由、または代わりに提供できる条件を準備しておく。",
        "（貴社に有利な条項である。相手方からの修正要求が予想される。）");

    public static Finding Apply(Finding finding, PlaybookRule rule, Playbook playbook, ReviewContext review)
    {
        var localised = Localise(finding, rule, review);
        if (!FavoursReviewer(rule, playbook, review.Side) || finding.Kind is FindingKind.Ok or FindingKind.Uncertain)
        {
            return localised;
        }

        var texts = review.TextLanguage == ContractLanguages.Japanese ? FavourableJa : Favourable;
        return localised with
        {
            Severity = Severity.Info,
            Title = texts.TitlePrefix + localised.Title,
            Explanation = localised.Explanation + texts.ExplanationSuffix,
            Ask = texts.Ask,
            TalkingPoint = texts.TalkingPoint,
            FallbackText = null,
            Favours = review.Side,
        };
    }

    /// <summary>True when the rule protects the role across the table from <paramref name="side"/>.</summary>
    internal static bool FavoursReviewer(PlaybookRule rule, Playbook playbook, string? side)
    {
        if (side is null || rule.Protects is not { } protectedRole || protectedRole == side)
        {
            return false;
        }

        return playbook.Role(protectedRole)?.Opposite == side || playbook.Role(side)?.Opposite == protectedRole;
    }

    private static Finding Localise(Finding finding, PlaybookRule rule, ReviewContext review)
    {
        var ja = rule.Japanese;
        var texts = review.TextLanguage == ContractLanguages.Japanese && ja is not null
            ? finding with
            {
                // A title more precise than the rule's (what exactly is missing) is already in the
                // reader's language; only the rule's own title is swapped for its Japanese one.
                Title = finding.Title == rule.Title ? ja.Title ?? finding.Title : finding.Title,
                Explanation = ja.Explanation ?? finding.Explanation,
                Ask = ja.Ask ?? finding.Ask,
                TalkingPoint = ja.TalkingPoint ?? finding.TalkingPoint,
            }
            : finding;
        return review.FallbackLanguage == ContractLanguages.Japanese && ja?.FallbackText is { } fallback && finding.FallbackText is not null
            ? texts with { FallbackText = fallback }
            : texts;
    }

    private sealed record Texts(string TitlePrefix, string Ask, string TalkingPoint, string ExplanationSuffix);
}
