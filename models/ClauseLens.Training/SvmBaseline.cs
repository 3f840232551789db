using ClauseLens.Analysis;
using ClauseLens.Analysis.Classification;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace ClauseLens.Training;

/// <summary>
/// The learned baseline the model must clear by a margin: TF-IDF word 1-2-grams and one linear SVM
/// (hinge loss, solved by SDCA) per label, trained on the whole training split, deciding at the SVM's own margin 0.
/// </summary>
internal sealed class SvmBaseline(int seed)
{
    public const string Description = "TF-IDF word 1-2-grams (lower-cased, L2) + linear SVM (SDCA, hinge loss, L2 1/n as for C=1, tolerance 0.01, at most 100 iterations, 1 thread) per label, trained on all of train, decision at margin 0";

    /// <summary>Trains on <paramref name="train"/> and returns the label sets it predicts for <paramref name="test"/>.</summary>
    public IReadOnlyList<IReadOnlySet<string>> TrainAndPredict(IReadOnlyList<ClauseExample> train, IReadOnlyList<ClauseExample> test)
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

        var predicted = test.Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToArray();
        foreach (var label in ClauseLabels.All)
        {
            var svm = context.BinaryClassification.Trainers.SdcaNonCalibrated(new SdcaNonCalibratedBinaryTrainer.Options
            {
                LabelColumnName = label,
                FeatureColumnName = ClauseModelSchema.Features,
                LossFunction = new HingeLoss(),
                // λ = 1/n: the per-example form of a C = 1 linear SVM (the usual library default).
                L2Regularization = 1f / train.Count,
                ConvergenceTolerance = 0.01f,
                MaximumNumberOfIterations = 100,
                NumberOfThreads = 1,
            }).Fit(trainFeatures);
            var decisions = svm.Transform(testFeatures).GetColumn<bool>("PredictedLabel").ToArray();
            for (var i = 0; i < decisions.Length; i++)
            {
                if (decisions[i])
                {
                    predicted[i].Add(label);
                }
            }
        }

        return predicted;
    }
}
