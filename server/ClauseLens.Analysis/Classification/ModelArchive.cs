using System.IO.Compression;
using Microsoft.ML;

namespace ClauseLens.Analysis.Classification;

/// <summary>
/// A model file as ClauseLens.Training writes it: a zip of <c>manifest.json</c> and the ML.NET model
/// as <c>model.zip</c>. Read the same way for the clause classifier and the element detectors.
/// </summary>
internal static class ModelArchive
{
    /// <summary>The manifest's entry in every model file.</summary>
    public const string ManifestEntry = "manifest.json";

    /// <summary>The ML.NET model's entry in every model file.</summary>
    public const string ModelEntry = "model.zip";

    /// <summary>
    /// The manifest (read by <paramref name="parse"/>), an ML.NET context seeded as the manifest says
    /// (<paramref name="seed"/>) and the model loaded in it, from <paramref name="archive"/>;
    /// <paramref name="what"/> names the file in the error ("The detector file has no model.zip.").
    /// </summary>
    /// <exception cref="InvalidDataException">The archive lacks one of the two entries.</exception>
    public static (TManifest Manifest, MLContext Context, ITransformer Model) Load<TManifest>(
        ZipArchive archive, string what, Func<string, TManifest> parse, Func<TManifest, int> seed)
    {
        var manifestEntry = archive.GetEntry(ManifestEntry) ?? throw new InvalidDataException($"The {what} file has no {ManifestEntry}.");
        var modelEntry = archive.GetEntry(ModelEntry) ?? throw new InvalidDataException($"The {what} file has no {ModelEntry}.");

        TManifest manifest;
        using (var reader = new StreamReader(manifestEntry.Open()))
        {
            manifest = parse(reader.ReadToEnd());
        }

        // ML.NET needs a seekable stream; the inner model is small enough to hold in memory.
        using var modelStream = new MemoryStream();
        using (var entryStream = modelEntry.Open())
        {
            entryStream.CopyTo(modelStream);
        }

        modelStream.Position = 0;
        var context = new MLContext(seed: seed(manifest));
        return (manifest, context, context.Model.Load(modelStream, out _));
    }
}
