using ClauseLens.Analysis.Classification;
using ClauseLens.Analysis.Extraction;
using ClauseLens.TestSupport;

namespace ClauseLens.Benchmarks;

/// <summary>
/// <c>ja-elements-report --loco</c>: would a learned Japanese element detector help? One logistic
/// regression per element over the character bigrams of a unit (<see cref="CjkBigrams"/>; binary
/// features, L2, class-weighted, fixed epochs and order: deterministic), trained on the units of the
/// METI/JPO model contracts labelled by <see cref="JapaneseElementGold"/> (a unit is positive when it
/// overlaps a gold line). Measured leave-one-contract-out (train on three, read the fourth), and,
/// trained on all four, on the Japanese phrasings alone and OR-ed with the patterns. Nothing here
/// ships; it decides whether a detector should.
/// </summary>
internal static class JaDetectorExperiment
{
    private const int Epochs = 60;
    private const double LearningRate = 0.2;
    private const double L2 = 1e-3;
    private const double Threshold = 0.5;

    public static void Run()
    {
        var units = JapaneseElementGold.Contracts.ToDictionary(d => d, Units);
        Console.WriteLine("\n== Learned Japanese detector (char bigrams, logistic regression), leave one contract out");
        Console.WriteLine($"{"element",-22} {"pos units",9} {"doc TP",6} {"FP",3} {"FN",3} {"lines hit",9} {"unit FP",7}");
        int tp = 0, fp = 0, fn = 0;
        foreach (var element in JapaneseElementGold.Elements)
        {
            var positives = units.Values.Sum(u => u.Count(x => x.Labels.Contains(element)));
            if (positives == 0)
            {
                Console.WriteLine($"{element,-22} {0,9}   (no positive unit in any model contract: nothing to learn from)");
                continue;
            }

            int eTp = 0, eFp = 0, eFn = 0, hit = 0, lines = 0, unitFp = 0;
            foreach (var heldOut in JapaneseElementGold.Contracts)
            {
                var train = units.Where(kv => kv.Key != heldOut).SelectMany(kv => kv.Value).ToList();
                var model = Train(train, element);
                var scored = units[heldOut].Select(u => (u, Score: model(u.Features))).ToList();
                var found = scored.Any(s => s.Score >= Threshold);
                var gold = JapaneseElementGold.All().Single(g => g.DocId == heldOut && g.Element == element).Present;
                eTp += found && gold ? 1 : 0;
                eFp += found && !gold ? 1 : 0;
                eFn += !found && gold ? 1 : 0;
                lines += scored.Count(s => s.u.Labels.Contains(element));
                hit += scored.Count(s => s.u.Labels.Contains(element) && s.Score >= Threshold);
                unitFp += scored.Count(s => !s.u.Labels.Contains(element) && s.Score >= Threshold);
            }

            Console.WriteLine($"{element,-22} {positives,9} {eTp,6} {eFp,3} {eFn,3} {hit,4}/{lines,-4} {unitFp,7}");
            (tp, fp, fn) = (tp + eTp, fp + eFp, fn + eFn);
        }

        var p = ClaimTally.Ratio(tp, tp + fp);
        var r = ClaimTally.Ratio(tp, tp + fn);
        Console.WriteLine($"overall (micro, document level, held-out contract): P {ClaimTally.Show(p)} R {ClaimTally.Show(r)} F1 {ClaimTally.Show(ClaimTally.F1(p, r))}");

        // Trained on all four contracts, read on wording none of them uses.
        var all = units.Values.SelectMany(u => u).ToList();
        var extractor = new FactExtractor();
        foreach (var (name, phrasings) in new[] { ("written with the patterns", JapanesePhrasings.All), ("first held-out (spent)", JapanesePhrasings.HeldOut), ("second held-out", JapanesePhrasings.HeldOutSecond) })
        {
            int detectorRight = 0, combinedRight = 0, patternRight = 0, combinedFalse = 0, count = 0;
            foreach (var group in phrasings.GroupBy(x => x.Element))
            {
                var model = all.Any(u => u.Labels.Contains(group.Key)) ? Train(all, group.Key) : (_ => 0);
                foreach (var phrasing in group)
                {
                    var byDetector = model(Features(phrasing.Text)) >= Threshold;
                    var facts = extractor.Extract(phrasing.Text, 0);
                    var byPattern = (group.Key == "exclusivity" ? JapaneseElementGold.ExclusivityFacts : [group.Key]).Any(facts.Has);
                    detectorRight += byDetector == phrasing.States ? 1 : 0;
                    patternRight += byPattern == phrasing.States ? 1 : 0;
                    combinedRight += (byDetector || byPattern) == phrasing.States ? 1 : 0;
                    combinedFalse += (byDetector || byPattern) && !phrasing.States ? 1 : 0;
                    count++;
                }
            }

            Console.WriteLine($"phrasings {name}: detector {detectorRight}/{count}, patterns {patternRight}/{count}, patterns OR detector {combinedRight}/{count} ({combinedFalse} false)");
        }
    }

    private sealed record Unit(HashSet<string> Features, HashSet<string> Labels);

    private static List<Unit> Units(string docId)
    {
        var text = File.ReadAllText(SharedData.PathOf("ja", "contracts", docId + ".txt"));
        var gold = JapaneseElementGold.All().Where(g => g.DocId == docId)
            .SelectMany(g => g.Evidence.Select(e => (g.Element, Line: JapaneseElementGold.Locate(text, e))))
            .Where(x => x.Line is not null)
            .ToList();
        return
        [
            .. JapaneseUnits.Split(text).Select(u => new Unit(
                Features(text[u.Start..u.End]),
                [.. gold.Where(g => g.Line!.Value.Start < u.End && g.Line.Value.End > u.Start).Select(g => g.Element)])),
        ];
    }

    private static HashSet<string> Features(string unit) =>
        [.. CjkBigrams.Tokenize(unit).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)];

    private static Func<HashSet<string>, double> Train(List<Unit> units, string element)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var bias = 0.0;
        var positives = units.Count(u => u.Labels.Contains(element));
        var positiveWeight = positives == 0 ? 1.0 : (double)(units.Count - positives) / positives;
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            foreach (var unit in units)
            {
                var y = unit.Labels.Contains(element) ? 1.0 : 0.0;
                var gradient = (Sigmoid(bias + unit.Features.Sum(f => weights.GetValueOrDefault(f))) - y) * (y > 0 ? positiveWeight : 1.0);
                bias -= LearningRate * gradient;
                foreach (var f in unit.Features)
                {
                    var w = weights.GetValueOrDefault(f);
                    weights[f] = w - (LearningRate * (gradient + (L2 * w)));
                }
            }
        }

        return features => Sigmoid(bias + features.Sum(f => weights.GetValueOrDefault(f)));
    }

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));
}
