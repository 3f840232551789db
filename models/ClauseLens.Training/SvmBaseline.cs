using System.Globalization;
using ClauseLens.Analysis;
using ClauseLens.Analysis.Classification;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace ClauseLens.Training;

/// <summary>The per-label SVM settings the baseline chose on its own slice of train.</summary>
internal sealed record SvmChoice(double C, float PositiveWeight, double SliceF1);

/// <summary>
/// The learned baseline the model must clear by a margin, the LexGLUE LEDGAR recipe: TF-IDF word
/// 1-2-grams and one linear SVM (hinge loss, solved by SDCA) per label, deciding at margin 0.
/// To be a fair opponent it is tuned the same way the model is: per label, C and the positive
/// class weight are chosen by F1 on 20% of the training documents held out by doc_id, then the
/// SVM is refitted on all of train with that choice. Dev is only predicted.
/// </summary>
internal sealed class SvmBaseline(int seed)
{
    /// <summary>The C grid (liblinear's C; SDCA's L2 = 1 / (C n)).</summary>
    public static readonly double[] Cs = [1, 3, 10, 30];

    /// <summary>Positive class weights tried (1 = unweighted, higher = more recall on rare labels).</summary>
    public static readonly float[] PositiveWeights = [1f, 3f, 6f];

    public const string TuningSalt = "svm-tune:";

    public const string Description =
        "TF-IDF word 1-2-grams (lower-cased, L2-normalised) + one linear SVM per label (SDCA, hinge loss, tolerance 0.01, at most 200 iterations, 1 thread), " +
        "per label C in {1, 3, 10, 30} and positive weight in {1, 3, 6} chosen by F1 on 20% of training documents held out by doc_id, then refitted on all of train; decision at margin 0";

    /// <summary>
    /// Tunes on a slice of <paramref name="train"/>, refits on all of it and returns the label
    /// sets it predicts for <paramref name="test"/> and the per-label choice.
    /// </summary>
    public (IReadOnlyList<IReadOnlySet<string>> Predicted, IReadOnlyDictionary<string, SvmChoice> Chosen) TrainAndPredict(
        IReadOnlyList<ClauseExample> train, IReadOnlyList<ClauseExample> test)
    {
        var (fit, held) = ClauseExample.SplitByDocument(train, 0.2, TuningSalt);
        var chosen = new Dictionary<string, SvmChoice>(StringComparer.Ordinal);
        var sliceGold = held.Select(e => e.Labels).ToList();
        var slice = Decisions(fit, held, ClauseLabels.All.ToDictionary(l => l, _ => Grid()));
        foreach (var label in ClauseLabels.All)
        {
            var truth = sliceGold.Select(g => g.Contains(label)).ToArray();
            chosen[label] = slice[label]
                .Select(c => c.Choice with { SliceF1 = Thresholds.F1(truth, c.Decisions) })
                // Ties go to the smaller C (more regularised) and the unweighted SVM.
                .OrderByDescending(c => c.SliceF1).ThenBy(c => c.C).ThenBy(c => c.PositiveWeight)
                .First();
        }

        var final = Decisions(train, test, chosen.ToDictionary(c => c.Key, c => (IReadOnlyList<SvmChoice>)[c.Value]));
        var predicted = test.Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToArray();
        foreach (var label in ClauseLabels.All)
        {
            var decisions = final[label][0].Decisions;
            for (var i = 0; i < decisions.Length; i++)
            {
                if (decisions[i])
                {
                    predicted[i].Add(label);
                }
            }
        }

        return (predicted, chosen);
    }

    private static IReadOnlyList<SvmChoice> Grid() =>
        [.. Cs.SelectMany(c => PositiveWeights.Select(w => new SvmChoice(c, w, 0)))];

    private Dictionary<string, List<(SvmChoice Choice, bool[] Decisions)>> Decisions(
        IReadOnlyList<ClauseExample> train, IReadOnlyList<ClauseExample> test, IReadOnlyDictionary<string, IReadOnlyList<SvmChoice>> choices)
    {
        var context = new MLContext(seed);
        var trainView = context.Data.LoadFromEnumerable(train.Select(TrainingRow.From));
        var testView = context.Data.LoadFromEnumerable(test.Select(TrainingRow.From));
        var featurizer = context.Transforms.Text.FeaturizeText(ClauseModelSchema.Features, new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            WordFeatureExtractor = new WordBagEstimator.Options
            {
                NgramLength = 2,
                UseAllLengths = true,
                Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf,
            },
            CharFeatureExtractor = null,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        }, ClauseModelSchema.Text).Fit(trainView);
        var trainFeatures = context.Data.Cache(featurizer.Transform(trainView));
        var testFeatures = context.Data.Cache(featurizer.Transform(testView));

        var result = new Dictionary<string, List<(SvmChoice, bool[])>>(StringComparer.Ordinal);
        foreach (var label in ClauseLabels.All)
        {
            result[label] = [];
            foreach (var choice in choices[label])
            {
                var weighted = LabelWeight.Add(context, trainFeatures, label, choice.PositiveWeight);
                var svm = context.BinaryClassification.Trainers.SdcaNonCalibrated(new SdcaNonCalibratedBinaryTrainer.Options
                {
                    LabelColumnName = label,
                    FeatureColumnName = ClauseModelSchema.Features,
                    ExampleWeightColumnName = LabelWeight.Column,
                    LossFunction = new HingeLoss(),
                    // λ = 1/(C n): the per-example form of liblinear's C.
                    L2Regularization = (float)(1.0 / (choice.C * train.Count)),
                    ConvergenceTolerance = 0.01f,
                    MaximumNumberOfIterations = 200,
                    NumberOfThreads = 1,
                }).Fit(weighted);
                result[label].Add((choice, svm.Transform(testFeatures).GetColumn<bool>("PredictedLabel").ToArray()));
            }
        }

        return result;
    }

    public static string Describe(IReadOnlyDictionary<string, SvmChoice> chosen) =>
        string.Join(", ", chosen.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} C={c.Value.C} w={c.Value.PositiveWeight}")));
}

/// <summary>Adds the example-weight column: positives of one label weigh more, everything else 1.</summary>
internal static class LabelWeight
{
    public const string Column = "Weight";

    public static IDataView Add(MLContext context, IDataView features, string label, float positiveWeight) =>
        context.Transforms.Expression(Column, $"x => x ? {positiveWeight.ToString(CultureInfo.InvariantCulture)} : 1.0", label)
            .Fit(features).Transform(features);
}
