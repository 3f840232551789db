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
}
