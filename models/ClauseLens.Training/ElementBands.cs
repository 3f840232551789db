using System.Globalization;

namespace ClauseLens.Training;

/// <summary>
/// Where a detector decides at the level of a whole NDA, chosen by cross-validation on the training
/// NDAs: out-of-fold detector scores (the highest over the contract's units that carry the element's
/// cue words), whether a pattern found the element, and whether gold says it is there.
/// A contract where no pattern found the element is said to lack it ("missing") only below
/// <see cref="Lo"/>, chosen as high as the precision of those claims allows; at or above
/// <see cref="Hi"/>, the detector alone makes it present (chosen for presence F1); between the two,
/// uncertain.
/// </summary>
internal sealed record ElementBands(double Lo, double Hi, int Contracts, int MissingClaims, int MissingRight, int Uncertain, double PresenceF1, int GoldAbsent)
{
    /// <summary>
    /// The precision "missing" claims must keep on the out-of-fold training NDAs: the product target.
    /// (0.97 was tried: one or two hard positives then pull the floor down to almost nothing and
    /// most absent contracts become uncertain: R(absent) 8/29 instead of 25/29 for third-party receipt.)
    /// </summary>
    public const double MissPrecision = 0.95;

    /// <param name="contracts">Per training contract: pattern found it, out-of-fold score, gold has it.</param>
    /// <param name="missPrecision">The precision "missing" claims must keep (the label evidence reader asks 0.97).</param>
    public static ElementBands Choose(IReadOnlyList<(bool Pattern, double Score, bool Gold)> contracts, double missPrecision = MissPrecision)
    {
        var open = contracts.Where(c => !c.Pattern).Select(c => c.Score).Distinct().Order().ToList();
        // Cut points: below every score, between consecutive scores, above every score.
        var cuts = new List<double> { 0 };
        cuts.AddRange(open.Zip(open.Skip(1), (a, b) => (a + b) / 2));
        if (open.Count > 0)
        {
            cuts.Add(Math.Min(1, open[^1] + 1e-3));
        }

        var lo = 0.0;
        foreach (var cut in cuts)
        {
            var claims = contracts.Where(c => !c.Pattern && c.Score < cut).ToList();
            if (claims.Count == 0 || (double)claims.Count(c => !c.Gold) / claims.Count >= missPrecision)
            {
                lo = cut;
            }
        }

        var best = (Hi: Math.Max(lo, 0.5), F1: -1.0);
        foreach (var hi in cuts.Where(h => h >= lo).Append(lo).Append(1.0).Distinct().OrderDescending())
        {
            var f1 = F1(contracts, hi);
            if (f1 > best.F1 + 1e-9)
            {
                best = (hi, f1);
            }
        }

        var missing = contracts.Where(c => !c.Pattern && c.Score < lo).ToList();
        return new ElementBands(Math.Round(lo, 4), Math.Round(best.Hi, 4), contracts.Count, missing.Count, missing.Count(c => !c.Gold),
            contracts.Count(c => !c.Pattern && c.Score >= lo && c.Score < best.Hi), best.F1, contracts.Count(c => !c.Gold));
    }

    private static double F1(IReadOnlyList<(bool Pattern, double Score, bool Gold)> contracts, double hi)
    {
        int tp = 0, fp = 0, gold = contracts.Count(c => c.Gold);
        foreach (var c in contracts.Where(c => c.Pattern || c.Score >= hi))
        {
            tp += c.Gold ? 1 : 0;
            fp += c.Gold ? 0 : 1;
        }

        var p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var r = gold == 0 ? 0 : (double)tp / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"missing below {Lo:0.000} ({MissingRight}/{MissingClaims} right, {MissingRight}/{GoldAbsent} of absent), present from {Hi:0.000} (F1 {PresenceF1:0.000}), {Uncertain} uncertain, {Contracts} NDAs");
}
