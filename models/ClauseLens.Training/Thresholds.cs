namespace ClauseLens.Training;

/// <summary>Chooses a label's decision threshold on held-out scores.</summary>
internal static class Thresholds
{
    /// <summary>Used when the held-out slice has no positive of a label: the plain 0.5 of a calibrated score.</summary>
    public const double Fallback = 0.5;

    /// <summary>
    /// The threshold that maximises F1 over <paramref name="scores"/>: the midpoint between the last
    /// score taken and the next one, clamped to [0.05, 0.95] so one lucky slice cannot make a label
    /// fire on everything or never.
    /// </summary>
    public static double BestF1(IReadOnlyList<float> scores, IReadOnlyList<bool> truth) => BestF1WithScore(scores, truth).Threshold;

    /// <summary>As <see cref="BestF1"/>, with the F1 reached at that threshold before clamping (0 without positives).</summary>
    public static (double Threshold, double F1) BestF1WithScore(IReadOnlyList<float> scores, IReadOnlyList<bool> truth)
    {
        var positives = truth.Count(t => t);
        if (positives == 0)
        {
            return (Fallback, 0);
        }

        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ThenBy(i => i).ToArray();
        double bestF1 = -1, best = Fallback;
        var tp = 0;
        for (var k = 0; k < order.Length; k++)
        {
            tp += truth[order[k]] ? 1 : 0;
            var taken = k + 1;
            // Only cut between distinct scores: equal scores must share one decision.
            if (k + 1 < order.Length && scores[order[k + 1]] == scores[order[k]])
            {
                continue;
            }

            var f1 = 2.0 * tp / (taken + positives);
            if (f1 > bestF1)
            {
                bestF1 = f1;
                var next = k + 1 < order.Length ? scores[order[k + 1]] : 0f;
                best = (scores[order[k]] + next) / 2.0;
            }
        }

        return (Math.Clamp(best, 0.05, 0.95), bestF1);
    }

    /// <summary>F1 of deciding "positive" at or above <paramref name="threshold"/>.</summary>
    public static double F1At(IReadOnlyList<float> scores, IReadOnlyList<bool> truth, double threshold) =>
        F1(truth, [.. scores.Select(s => s >= threshold)]);

    /// <summary>F1 of the <paramref name="predicted"/> decisions against <paramref name="truth"/> (0 without a true positive).</summary>
    public static double F1(IReadOnlyList<bool> truth, IReadOnlyList<bool> predicted)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < truth.Count; i++)
        {
            tp += truth[i] && predicted[i] ? 1 : 0;
            fp += !truth[i] && predicted[i] ? 1 : 0;
            fn += truth[i] && !predicted[i] ? 1 : 0;
        }

        return tp == 0 ? 0 : 2.0 * tp / ((2 * tp) + fp + fn);
    }
}
