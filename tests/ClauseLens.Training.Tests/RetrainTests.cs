using ClauseLens.Analysis;
using ClauseLens.Analysis.Classification;

namespace ClauseLens.Training.Tests;

public sealed class RetrainTests
{
    // A small slice chosen by a rule (first 45 examples of each label in file order, plus the
    // first 100 "other" ones), so every label has positives on both sides of the held-out split.
    private static IReadOnlyList<ClauseExample> SmallSlice()
    {
        var train = ClauseExample.ReadJsonl(Path.Combine(RepoPaths.DataDirectory(), "clauses.train.jsonl"));
        return [.. ClauseLabels.All.SelectMany(label => train.Where(e => e.Has(label)).Take(45))
            .Concat(train.Where(e => e.IsOther).Take(100))
            .DistinctBy(e => e.Id)];
    }

    [Fact]
    public void RetrainingTheSameSliceWritesTheSameModel()
    {
        var slice = SmallSlice();
        var settings = new ClauseModelSettings { Date = "2026-11-25", Iterations = 10 };
        var first = Path.Combine(Path.GetTempPath(), $"clauselens-{Guid.NewGuid():N}.zip");
        var second = Path.Combine(Path.GetTempPath(), $"clauselens-{Guid.NewGuid():N}.zip");
        try
        {
            new ClauseModelTrainer(settings).Train(slice).Save(first);
            new ClauseModelTrainer(settings).Train(slice).Save(second);

            Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
            var clauses = slice.Take(50).Select(e => new ClauseInput(e.Text, null)).ToList();
            var a = ModelClauseClassifier.Load(first);
            var b = ModelClauseClassifier.Load(second);
            Assert.Equal(a.Score(clauses), b.Score(clauses));
            Assert.Equal(a.ModelVersion, b.ModelVersion);
        }
        finally
        {
            File.Delete(first);
            File.Delete(second);
        }
    }

    [Fact]
    public void EveryLabelPicksItsL2FromTheChoicesUnlessOneIsFixed()
    {
        var slice = SmallSlice();
        var settings = new ClauseModelSettings
        {
            Date = "2026-11-25",
            Iterations = 10,
            L2Choices = [1e-6f, 1e-4f],
            FixedL2 = new Dictionary<string, float> { [ClauseLabels.Royalties] = 3e-5f },
        };
        var trainer = new ClauseModelTrainer(settings);

        trainer.Train(slice);

        Assert.Equal(ClauseLabels.All.Order(), trainer.ChosenL2.Keys.Order());
        Assert.Equal(3e-5f, trainer.ChosenL2[ClauseLabels.Royalties]);
        Assert.All(trainer.ChosenL2.Where(c => c.Key != ClauseLabels.Royalties), c => Assert.Contains(c.Value, settings.L2Choices));
    }

    [Fact]
    public void SvmBaselineChoosesFromItsGridAndPredictsEveryTestClause()
    {
        var slice = SmallSlice();
        var test = slice.Take(40).ToList();

        var (predicted, chosen) = new SvmBaseline(7).TrainAndPredict(slice, test);

        Assert.Equal(test.Count, predicted.Count);
        Assert.Equal(ClauseLabels.All.Order(), chosen.Keys.Order());
        Assert.All(chosen.Values, c =>
        {
            Assert.Contains(c.C, SvmBaseline.Cs);
            Assert.Contains(c.PositiveWeight, SvmBaseline.PositiveWeights);
            Assert.InRange(c.SliceF1, 0, 1);
        });
    }
}
