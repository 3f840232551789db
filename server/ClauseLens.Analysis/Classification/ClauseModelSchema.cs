namespace ClauseLens.Analysis.Classification;

/// <summary>
/// The columns the clause model reads and writes. Training and serving share these names so a
/// model written by ClauseLens.Training loads here without a mapping step.
/// </summary>
public static class ClauseModelSchema
{
    /// <summary>The clause text column.</summary>
    public const string Text = "Text";

    /// <summary>The clause heading column ("" when there is none).</summary>
    public const string Heading = "Heading";

    /// <summary>The feature vector the per-label models read.</summary>
    public const string Features = "Features";

    /// <summary>The column holding the calibrated probability of <paramref name="label"/>.</summary>
    public static string ProbabilityColumn(string label) => $"{label}.Probability";
}

/// <summary>One clause as the model's input row.</summary>
public sealed class ClauseModelInput
{
    /// <summary>
    /// The clause text, CJK runs turned into bigram tokens (see <see cref="CjkBigrams"/>), followed by
    /// the English glosses of a Japanese heading and of the terms in a Japanese body (see
    /// <see cref="JapaneseGlossary"/>).
    /// </summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>The clause heading, "" when there is none, tokenized like the text.</summary>
    public string Heading { get; set; } = string.Empty;

    private static string Join(params string[] parts) =>
        string.Join(' ', parts.Where((p, i) => i == 0 || p.Length > 0));

    /// <summary>Builds the row the model sees for <paramref name="clause"/>, deriving the heading when the segmenter found none.</summary>
    public static ClauseModelInput From(ClauseInput clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        var text = clause.Text ?? string.Empty;
        var heading = ClauseHeading.Resolve(text, clause.Heading);
        // English glosses of a Japanese heading's terms go to both blocks, and the text block also
        // gets a gloss of every term in the body, so the weights learned from thousands of English
        // clauses apply to a Japanese article too (see JapaneseGlossary). English text has no
        // glossary term and passes through unchanged.
        var glosses = JapaneseGlossary.Glosses(heading);
        var body = JapaneseGlossary.Translate(text);
        return new ClauseModelInput
        {
            Text = Join(CjkBigrams.Tokenize(text), glosses, body),
            Heading = Join(CjkBigrams.Tokenize(heading), glosses),
        };
    }
}
