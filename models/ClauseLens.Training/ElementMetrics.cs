using ClauseLens.Analysis.Extraction;

namespace ClauseLens.Training;

/// <summary>Dev scores of one detector: per unit (sentence or list item) and per whole contract.</summary>
internal sealed record ElementDevMetrics(
    string Element, string Source, double Threshold, double UncertainFrom,
    double UnitPrecision, double UnitRecall, double UnitF1, int UnitSupport,
    double DocumentPrecision, double DocumentRecall, double DocumentF1, int DocumentsWith, int Documents);

internal static class ElementMetrics
{
    public static List<ElementDevMetrics> OnDev(ElementDetectors detectors, List<GoldContract> dev, IReadOnlyList<DetectorGold> golds)
    {
        var specs = detectors.Manifest.Detectors;
        var scored = dev.Select(c =>
        {
            var units = c.Units().ToList();
            return (Contract: c, Units: units, Scores: detectors.Score([.. units.Select(u => c.Text[u.Start..u.End])]));
        }).ToList();

        var result = new List<ElementDevMetrics>();
        for (var k = 0; k < specs.Count; k++)
        {
            var gold = golds.Single(g => g.Element == specs[k].Element);
            int tp = 0, fp = 0, fn = 0, dtp = 0, dfp = 0, dfn = 0, docs = 0, with = 0;
            foreach (var (contract, units, scores) in scored.Where(s => s.Contract.IsNda == gold.Nda))
            {
                var spans = gold.Spans(contract).ToList();
                var any = false;
                for (var u = 0; u < units.Count; u++)
                {
                    var predicted = scores[u][k] >= specs[k].Threshold && ElementCues.Allows(specs[k].Element, contract.Text[units[u].Start..units[u].End]);
                    var truth = DetectorGold.Covers(spans, units[u]);
                    any |= predicted;
                    tp += predicted && truth ? 1 : 0;
                    fp += predicted && !truth ? 1 : 0;
                    fn += !predicted && truth ? 1 : 0;
                }

                var present = gold.Present(contract);
                docs++;
                with += present ? 1 : 0;
                dtp += any && present ? 1 : 0;
                dfp += any && !present ? 1 : 0;
                dfn += !any && present ? 1 : 0;
            }

            var (p, r) = (Ratio(tp, tp + fp), Ratio(tp, tp + fn));
            var (dp, dr) = (Ratio(dtp, dtp + dfp), Ratio(dtp, dtp + dfn));
            result.Add(new ElementDevMetrics(specs[k].Element, specs[k].Source, specs[k].Threshold, specs[k].UncertainFrom,
                Round(p), Round(r), Round(F1(p, r)), tp + fn, Round(dp), Round(dr), Round(F1(dp, dr)), with, docs));
        }

        return result;
    }

    public static void Print(IEnumerable<ElementDevMetrics> metrics)
    {
        Console.WriteLine($"{"element",-22} {"source",-44} {"thr",5} {"unc",5} | {"unit P",6} {"R",5} {"F1",5} {"n",5} | {"doc P",5} {"R",5} {"F1",5} {"with",4}/{"docs",-4}");
        foreach (var m in metrics)
        {
            Console.WriteLine($"{m.Element,-22} {m.Source,-44} {m.Threshold,5:0.00} {m.UncertainFrom,5:0.00} | {m.UnitPrecision,6:0.000} {m.UnitRecall,5:0.000} {m.UnitF1,5:0.000} {m.UnitSupport,5} | {m.DocumentPrecision,5:0.000} {m.DocumentRecall,5:0.000} {m.DocumentF1,5:0.000} {m.DocumentsWith,4}/{m.Documents,-4}");
        }
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

    private static double Round(double v) => Math.Round(v, 4);
}
