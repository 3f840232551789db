namespace ClauseLens.Analysis.Extraction;

/// <summary>Facts extracted from one clause (durations, territory, scope, law, forum, …).</summary>
public sealed class ClauseFacts
{
    /// <summary>A clause with nothing extracted.</summary>
    public static ClauseFacts Empty { get; } = new();
}
