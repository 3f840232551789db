using System.IO.Compression;
using System.Text.Json;
using ClauseLens.Analysis.Classification;
using Microsoft.ML;

namespace ClauseLens.Analysis.Extraction;

/// <summary>One element's detector: where it decides and where it is unsure.</summary>
/// <param name="Element">The <see cref="FactNames"/> element it finds.</param>
/// <param name="Threshold">Calibrated score at or above which the element is present.</param>
/// <param name="UncertainFrom">Calibrated score from which (below <paramref name="Threshold"/>) the unit is evidence for an uncertain finding.</param>
/// <param name="Source">The gold it learned from ("contractnli nda-12", "cuad Audit Rights").</param>
public sealed record ElementDetectorSpec(string Element, double Threshold, double UncertainFrom, string Source);

/// <summary>What models/element-detectors.zip holds beside the ML.NET model.</summary>
public sealed record ElementDetectorManifest(string Name, string Date, int Seed, IReadOnlyList<ElementDetectorSpec> Detectors, string Featurizer, string Trainer)
{
    /// <summary>The manifest's entry in the model file.</summary>
    public const string EntryName = ModelArchive.ManifestEntry;

    /// <summary>The ML.NET model's entry in the model file.</summary>
    public const string ModelEntryName = ModelArchive.ModelEntry;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Serialises the manifest.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a manifest written by <see cref="ToJson"/>.</summary>
    public static ElementDetectorManifest FromJson(string json) =>
        JsonSerializer.Deserialize<ElementDetectorManifest>(json, Json) ?? throw new InvalidDataException("Empty element detector manifest.");
}

/// <summary>One unit of text as the detectors' input row.</summary>
public sealed class ElementUnitInput
{
    /// <summary>The unit's text, CJK runs as character bigrams.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>The row for <paramref name="text"/>.</summary>
    public static ElementUnitInput From(string text) => new() { Text = CjkBigrams.Tokenize(text ?? string.Empty) };

    /// <summary>The column holding the calibrated probability of <paramref name="element"/>.</summary>
    public static string ProbabilityColumn(string element) => $"{element}.Probability";
}

/// <summary>
/// The element detectors shipped in models/element-detectors.zip (trained by ClauseLens.Training
/// --elements on ContractNLI evidence and CUAD excerpts): one featurizer and one calibrated binary
/// model per element in one transformer chain. Load once and share; <see cref="Score"/> scores all
/// the units of a document in one <see cref="ITransformer.Transform"/>, which is thread-safe.
/// </summary>
public sealed class ElementDetectors
{
    private readonly CalibratedChain chain;

    private ElementDetectors(MLContext context, ITransformer model, ElementDetectorManifest manifest)
    {
        chain = new CalibratedChain(context, model, [.. manifest.Detectors.Select(d => ElementUnitInput.ProbabilityColumn(d.Element))], "Features", "detector model");
        Manifest = manifest;
    }

    /// <summary>Where the shipped detectors sit next to the binaries.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "models", "element-detectors.zip");

    /// <summary>The elements, thresholds and provenance the detectors were shipped with.</summary>
    public ElementDetectorManifest Manifest { get; }

    /// <summary>Loads the detectors written by ClauseLens.Training --elements.</summary>
    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">The file is not an element-detector model.</exception>
    public static ElementDetectors Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The element detectors were not found; run models/ClauseLens.Training --elements.", path);
        }

        using var archive = ZipFile.OpenRead(path);
        var (manifest, context, model) = ModelArchive.Load(archive, "detector", ElementDetectorManifest.FromJson, m => m.Seed);
        return new ElementDetectors(context, model, manifest);
    }

    /// <summary>Calibrated scores of every detector for every unit, in input and manifest order.</summary>
    public float[][] Score(IReadOnlyList<string> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        if (units.Count == 0)
        {
            return [];
        }

        return chain.Score(units.Select(ElementUnitInput.From).ToList());
    }
}
