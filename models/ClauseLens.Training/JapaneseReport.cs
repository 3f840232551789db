using ClauseLens.Analysis;
using ClauseLens.Analysis.Classification;

namespace ClauseLens.Training;

/// <summary>
/// Japanese tagging measured by leave-one-contract-out over the four METI/JPO model contracts:
/// each fold trains the shipped recipe on the English training split plus three contracts and
/// tags the articles of the fourth. Macro-F1 is over the labels that occur in the Japanese data.
/// </summary>
internal sealed record JapaneseReport(int Contracts, int Articles, IReadOnlyList<string> Labels, LabelMetrics Metrics)
{
    public static JapaneseReport Measure(ClauseModelSettings settings, IReadOnlyList<ClauseExample> english, IReadOnlyList<ClauseExample> japanese)
    {
        var contracts = japanese.Select(e => e.DocId).Distinct().Order(StringComparer.Ordinal).ToList();
        var folds = new (IReadOnlyList<ClauseExample> Articles, IReadOnlyList<IReadOnlySet<string>> Predicted)[contracts.Count];
        // Folds are independent single-threaded trainings with their own seeded MLContext, so
        // running them at once changes the wall time only, not the numbers.
        Parallel.For(0, contracts.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var heldOut = japanese.Where(e => e.DocId == contracts[i]).ToList();
            var model = new ClauseModelTrainer(settings).Train(settings.Mix(english, japanese.Where(e => e.DocId != contracts[i])));
            var path = Path.Combine(Path.GetTempPath(), $"clauselens-ja-fold-{Guid.NewGuid():N}.zip");
            try
            {
                model.Save(path);
                folds[i] = (heldOut, TrainingRun.Predict(ModelClauseClassifier.Load(path), heldOut));
            }
            finally
            {
                File.Delete(path);
            }
        });

        var articles = folds.SelectMany(f => f.Articles).ToList();
        var labels = ClauseLabels.All.Where(l => articles.Any(a => a.Has(l))).ToList();
        var metrics = LabelMetrics.Compute(LabelMetrics.GoldOf(articles), [.. folds.SelectMany(f => f.Predicted)], labels);
        return new JapaneseReport(contracts.Count, articles.Count, labels, metrics);
    }

    public object ToJson() => new
    {
        method = "leave-one-contract-out over the 4 Japanese model contracts; each fold trains on English train + the other 3 contracts (articles repeated as in the shipped recipe)",
        contracts = Contracts,
        articles = Articles,
        labelsPresent = Labels,
        metrics = TrainingReport.MetricsJson(Metrics),
    };
}
