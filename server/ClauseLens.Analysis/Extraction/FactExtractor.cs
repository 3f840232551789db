namespace ClauseLens.Analysis.Extraction;

/// <summary>
/// Extracts <see cref="ClauseFacts"/> from a clause's text: durations, territories, scope, governing
/// law, forum and named elements, in English and common Japanese forms. Stateless and thread-safe;
/// all patterns are compiled at build time and avoid nested quantifiers.
/// </summary>
public sealed class FactExtractor
{
    /// <summary>Facts of the clause at <paramref name="clauseStart"/>; spans are document offsets.</summary>
    public ClauseFacts Extract(string clauseText, int clauseStart)
    {
        ArgumentNullException.ThrowIfNull(clauseText);
        if (string.IsNullOrWhiteSpace(clauseText))
        {
            return ClauseFacts.Empty;
        }

        clauseText = MaskLongRuns(clauseText);
        var sentences = Sentences.Split(clauseText);
        var facts = new ClauseFacts
        {
            Durations = [.. DurationExtractor.Extract(clauseText, clauseStart, sentences)],
            Territories = [.. TerritoryExtractor.Extract(clauseText, clauseStart)],
            Scope = [.. ScopeExtractor.Extract(clauseText, clauseStart)],
            GoverningLaw = [.. LawAndForumExtractor.Laws(clauseText, clauseStart, sentences)],
            Forums = [.. LawAndForumExtractor.Forums(clauseText, clauseStart)],
            Elements = [.. ElementExtractor.Extract(clauseText, clauseStart, sentences).Concat(LawAndForumExtractor.Languages(clauseText, clauseStart)).OrderBy(e => e.Start)],
        };
        return facts.IsEmpty ? ClauseFacts.Empty : facts;
    }

    /// <summary>Longest run of non-space characters the patterns look into; longer runs are no words of any fact.</summary>
    internal const int MaxWordLength = 80;

    // A run of thousands of characters without a space ("AAAA…", a pasted hash) holds no fact, but
    // every pattern would try each of its positions. It is blanked to spaces of the same length, so
    // offsets into the clause stay as they are.
    internal static string MaskLongRuns(string text)
    {
        char[]? masked = null;
        var runStart = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            // Scripts written without spaces (Japanese, Chinese) are sentences, not runs: they end a run.
            if (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] < '\u2E80')
            {
                runStart = runStart < 0 ? i : runStart;
                continue;
            }

            if (runStart >= 0 && i - runStart > MaxWordLength)
            {
                masked ??= text.ToCharArray();
                Array.Fill(masked, ' ', runStart, i - runStart);
            }

            runStart = -1;
        }

        return masked is null ? text : new string(masked);
    }
}
