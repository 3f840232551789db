using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.ML;

namespace ClauseLens.Analysis.Classification;

/// <summary>
/// The ML.NET clause classifier shipped in models/clause-classifier.zip: one featurizer and one
/// calibrated binary model per label, all in one ML.NET transformer chain. Load it once and share
/// it: <see cref="Classify"/> scores a document's clauses in one <see cref="ITransformer.Transform"/>
/// over an <see cref="IDataView"/>, which is safe from many threads (a PredictionEngine is not).
/// </summary>
public sealed class ModelClauseClassifier : IClauseClassifier
{
    private readonly CalibratedChain chain;

    /// <summary>Where the shipped model sits next to the binaries.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "models", "clause-classifier.zip");

    private ModelClauseClassifier(MLContext context, ITransformer model, ClassifierManifest manifest, string version)
    {
        chain = new CalibratedChain(context, model, [.. manifest.Labels.Select(ClauseModelSchema.ProbabilityColumn)], ClauseModelSchema.Features, "model");
        Manifest = manifest;
        ModelVersion = version;
    }

    /// <inheritdoc />
    public string ModelVersion { get; }

    /// <summary>The labels, thresholds and settings the model was shipped with.</summary>
    public ClassifierManifest Manifest { get; }

    /// <summary>
    /// Loads a model written by ClauseLens.Training. The version is the manifest's name and date
    /// plus the first 8 hex digits of the file's SHA-256, so two different files never share one.
    /// </summary>
    /// <exception cref="FileNotFoundException">No model at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">The file is not a clause-classifier model.</exception>
    public static ModelClauseClassifier Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The clause classifier model was not found; run models/ClauseLens.Training.", path);
        }

        var bytes = File.ReadAllBytes(path);
        using var archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var (manifest, context, model) = ModelArchive.Load(archive, "model", ClassifierManifest.FromJson, m => m.Seed);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..8];
        return new ModelClauseClassifier(context, model, manifest, $"{manifest.Name} {manifest.Date} {hash}");
    }

    /// <inheritdoc />
    public IReadOnlyList<ClauseLabelling> Classify(IReadOnlyList<ClauseInput> clauses)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        if (clauses.Count == 0)
        {
            return [];
        }

        var scores = Score(clauses);
        return [.. scores.Select(Decide)];
    }

    /// <summary>
    /// The calibrated probability of every label for every clause, in input and
    /// <see cref="ClassifierManifest.Labels"/> order. One pass over one data view.
    /// </summary>
    public float[][] Score(IReadOnlyList<ClauseInput> clauses)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        return chain.Score(clauses.Select(ClauseModelInput.From).ToList());
    }

    /// <summary>
    /// Labels at or above their threshold are given (highest score first); labels scoring at least
    /// <see cref="ClassifierManifest.UncertainRatio"/> × threshold but below it are uncertain.
    /// </summary>
    private ClauseLabelling Decide(float[] scores)
    {
        var given = new List<LabelScore>();
        var uncertain = new List<LabelScore>();
        for (var i = 0; i < scores.Length; i++)
        {
            var label = Manifest.Labels[i];
            var threshold = Manifest.Thresholds[label];
            var score = (double)scores[i];
            if (score >= threshold)
            {
                given.Add(new LabelScore(label, score));
            }
            else if (score >= threshold * Manifest.UncertainRatio)
            {
                uncertain.Add(new LabelScore(label, score));
            }
        }

        return new ClauseLabelling(
            [.. given.OrderByDescending(s => s.Score)],
            [.. uncertain.OrderByDescending(s => s.Score)]);
    }
}
