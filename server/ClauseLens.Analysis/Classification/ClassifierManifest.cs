using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClauseLens.Analysis.Classification;

/// <summary>
/// What travels beside the ML.NET model in clause-classifier.zip: the labels it scores, each
/// label's decision threshold (chosen on a held-out slice of the training split), the band below
/// a threshold that counts as uncertain, and how the model was built.
/// </summary>
/// <param name="Name">Model name, first word of the model version.</param>
/// <param name="Date">Training date (yyyy-MM-dd, UTC).</param>
/// <param name="Labels">The labels the model scores, in score-column order.</param>
/// <param name="Thresholds">Per label: the calibrated probability at or above which the label is given.</param>
/// <param name="UncertainRatio">A label scoring at least this fraction of its threshold (but below it) is uncertain.</param>
/// <param name="Seed">The MLContext seed used in training.</param>
/// <param name="Featurizer">Human-readable featurizer settings.</param>
/// <param name="Trainer">Human-readable trainer and calibrator settings.</param>
public sealed record ClassifierManifest(
    string Name,
    string Date,
    IReadOnlyList<string> Labels,
    IReadOnlyDictionary<string, double> Thresholds,
    double UncertainRatio,
    int Seed,
    string Featurizer,
    string Trainer)
{
    /// <summary>Entry name of the manifest inside the model file.</summary>
    public const string EntryName = ModelArchive.ManifestEntry;

    /// <summary>Entry name of the ML.NET model inside the model file.</summary>
    public const string ModelEntryName = ModelArchive.ModelEntry;

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Serialises the manifest as indented camelCase JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a manifest; throws <see cref="InvalidDataException"/> when it is not one.</summary>
    public static ClassifierManifest FromJson(string json)
    {
        var manifest = JsonSerializer.Deserialize<ClassifierManifest>(json, Json)
            ?? throw new InvalidDataException("The model manifest is empty.");
        var missing = manifest.Labels.Where(l => !manifest.Thresholds.ContainsKey(l)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"The model manifest has no threshold for {string.Join(", ", missing)}.");
        }

        return manifest;
    }
}
