namespace ClauseLens.Analysis.Classification;

/// <summary>The ML.NET clause classifier shipped in models/clause-classifier.zip.</summary>
public sealed class ModelClauseClassifier : IClauseClassifier
{
    /// <summary>Where the shipped model sits next to the binaries.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "models", "clause-classifier.zip");

    private ModelClauseClassifier(string version) => ModelVersion = version;

    /// <inheritdoc />
    public string ModelVersion { get; }

    /// <summary>Loads a model written by ClauseLens.Training.</summary>
    public static ModelClauseClassifier Load(string path) => throw new NotImplementedException("classifier helper owns this");

    /// <inheritdoc />
    public IReadOnlyList<ClauseLabelling> Classify(IReadOnlyList<ClauseInput> clauses) => throw new NotImplementedException();
}
