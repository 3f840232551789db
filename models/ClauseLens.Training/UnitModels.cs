using System.Globalization;
using System.IO.Compression;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace ClauseLens.Training;

/// <summary>
/// What the two sentence-level readers share (the NDA element detectors and the label evidence
/// reader): the featurizer over a unit's text, the logistic learner, the stable hash that assigns
/// folds and samples, and the deterministic zip they are saved as (a manifest and the ML.NET model).
/// </summary>
internal static class UnitModels
{
    /// <summary>The column every unit row names its text by.</summary>
    public const string TextColumn = "Text";

    /// <summary>The rows of <paramref name="data"/> outside fold <paramref name="fold"/>: what that fold's model learns from (the data needs a <c>Fold</c> column).</summary>
    public static IDataView OutsideFold(MLContext context, IDataView data, int fold) =>
        // FilterByCustomPredicate drops the rows the predicate is true for.
        context.Data.FilterByCustomPredicate<FoldRow>(data, r => r.Fold == fold);

    /// <summary>The rows of <paramref name="data"/> inside fold <paramref name="fold"/>: what that fold's model scores out of fold.</summary>
    public static IDataView InsideFold(MLContext context, IDataView data, int fold) =>
        context.Data.FilterByCustomPredicate<FoldRow>(data, r => r.Fold != fold);

    private sealed class FoldRow
    {
        public float Fold { get; set; }
    }

    /// <summary>SDCA logistic regression, one thread (deterministic), L2 <paramref name="l2"/>.</summary>
    public static IEstimator<ITransformer> Learner(MLContext context, float l2, int iterations) =>
        context.BinaryClassification.Trainers.SdcaNonCalibrated(new SdcaNonCalibratedBinaryTrainer.Options
        {
            LabelColumnName = "Label",
            FeatureColumnName = "Features",
            ExampleWeightColumnName = "Weight",
            LossFunction = new LogLoss(),
            L2Regularization = l2,
            MaximumNumberOfIterations = iterations,
            ConvergenceTolerance = 0.01f,
            NumberOfThreads = 1,
            Shuffle = true,
        });

    /// <summary>Lower-cased TF-IDF word 1-2-grams, n-grams in fewer than 3 units dropped, L2-normalised.</summary>
    public static IEstimator<ITransformer> Featurizer(MLContext context) =>
        context.Transforms.Text.FeaturizeText("TextFeatures", new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = false,
            KeepNumbers = false,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf },
            CharFeatureExtractor = null,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        }, TextColumn)
        .Append(context.Transforms.FeatureSelection.SelectFeaturesBasedOnCount("TextFeatures", count: 3))
        .Append(context.Transforms.CopyColumns("Features", "TextFeatures"));

    /// <summary>FNV-1a of the UTF-8 bytes: the same on every machine and run (string.GetHashCode is not).</summary>
    public static uint StableHash(string s)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(s))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }

    /// <summary>Writes the manifest and the model (its input: the text column only) into a zip stamped with <paramref name="date"/>, so the same training writes the same bytes.</summary>
    public static void Save(MLContext context, ITransformer model, DataViewSchema schema, string date, string manifestEntry, string manifestJson, string modelEntry, string path)
    {
        var builder = new DataViewSchema.Builder();
        builder.AddColumn(TextColumn, schema[TextColumn].Type);
        using var inner = new MemoryStream();
        context.Model.Save(model, builder.ToSchema(), inner);
        var stamp = DateTimeOffset.Parse(date + "T00:00:00Z", CultureInfo.InvariantCulture);
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            TrainedClauseModel.Write(archive, manifestEntry, Encoding.UTF8.GetBytes(manifestJson), stamp);
            TrainedClauseModel.Write(archive, modelEntry, TrainedClauseModel.Repack(inner.ToArray(), stamp), stamp);
        }

        File.WriteAllBytes(path, output.ToArray());
    }
}
