namespace ClauseLens.Analysis.Classification;

/// <summary>A label a clause carries, with the model's calibrated probability (0..1).</summary>
public sealed record LabelScore(string Label, double Score);

/// <summary>What the classifier sees of one clause.</summary>
/// <param name="Text">The clause text (heading included when it is part of the text).</param>
/// <param name="Heading">The heading on its own, when the segmenter found one; a strong signal.</param>
public sealed record ClauseInput(string Text, string? Heading);

/// <summary>The classifier's verdict on one clause.</summary>
/// <param name="Labels">Labels whose score reached that label's threshold, highest first. Empty means "other".</param>
/// <param name="Uncertain">Labels that came close to their threshold without reaching it: a person should look.</param>
public sealed record ClauseLabelling(IReadOnlyList<LabelScore> Labels, IReadOnlyList<LabelScore> Uncertain);

/// <summary>
/// Tags clauses with the labels of <see cref="ClauseLabels"/>. Implementations must be safe to call
/// from many threads at once: the server shares one instance.
/// </summary>
public interface IClauseClassifier
{
    /// <summary>Identifies the model that produced the labels (shown in every analysis).</summary>
    string ModelVersion { get; }

    /// <summary>Scores all clauses of one document in one batch; the result is in input order.</summary>
    IReadOnlyList<ClauseLabelling> Classify(IReadOnlyList<ClauseInput> clauses);
}
