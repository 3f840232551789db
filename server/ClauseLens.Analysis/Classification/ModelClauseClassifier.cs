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
    private readonly MLContext context;
    private readonly ITransformer featurizer;
    private readonly ITransformer[] scorers;
    private readonly string[] probabilityColumns;

    /// <summary>Where the shipped model sits next to the binaries.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "models", "clause-classifier.zip");

    private ModelClauseClassifier(MLContext context, ITransformer model, ClassifierManifest manifest, string version)
    {
        this.context = context;
        // The chain is [featurizer, then per label: linear model, calibrator, copy]. Scoring the
        // featurizer's output through a cache computes each clause's features once instead of
        // once per label model.
        var parts = model as IEnumerable<ITransformer> ?? throw new InvalidDataException("The model is not a transformer chain.");
        featurizer = parts.First();
        scorers = [.. parts.Skip(1)];
        Manifest = manifest;
        ModelVersion = version;
        probabilityColumns = [.. manifest.Labels.Select(ClauseModelSchema.ProbabilityColumn)];
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
        var manifestEntry = archive.GetEntry(ClassifierManifest.EntryName)
            ?? throw new InvalidDataException("The model file has no manifest.json.");
        var modelEntry = archive.GetEntry(ClassifierManifest.ModelEntryName)
            ?? throw new InvalidDataException("The model file has no model.zip.");

        ClassifierManifest manifest;
        using (var reader = new StreamReader(manifestEntry.Open()))
        {
            manifest = ClassifierManifest.FromJson(reader.ReadToEnd());
        }

        // ML.NET needs a seekable stream; the inner model is small enough to hold in memory.
        using var modelStream = new MemoryStream();
        using (var entryStream = modelEntry.Open())
        {
            entryStream.CopyTo(modelStream);
        }

        modelStream.Position = 0;
        var context = new MLContext(seed: manifest.Seed);
        var model = context.Model.Load(modelStream, out _);
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
        var rows = clauses.Select(ClauseModelInput.From).ToList();
        var scored = context.Data.Cache(featurizer.Transform(context.Data.LoadFromEnumerable(rows)), ClauseModelSchema.Features);
        foreach (var scorer in scorers)
        {
            scored = scorer.Transform(scored);
        }

        var columns = probabilityColumns.Select(name => scored.Schema[name]).ToArray();
        var result = new float[rows.Count][];
        using var cursor = scored.GetRowCursor(columns);
        var getters = columns.Select(cursor.GetGetter<float>).ToArray();
        var row = 0;
        while (cursor.MoveNext())
        {
            var values = new float[getters.Length];
            for (var i = 0; i < getters.Length; i++)
            {
                getters[i](ref values[i]);
            }

            result[row++] = values;
        }

        return result;
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
