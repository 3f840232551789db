using ClauseLens.Analysis;

namespace ClauseLens.Training;

/// <summary>A dev clause the model got wrong for one label, quoted (short) for the model card.</summary>
internal sealed record FailureExample(string Label, string Kind, string Id, string Text, IReadOnlyList<string> Gold, IReadOnlyList<string> Predicted);

internal static class FailureExamples
{
    private const int MaxLength = 220;

    /// <summary>
    /// Per label, the shortest missed clause and the shortest false alarm on dev: picked by a rule
    /// (length), not by hand, so the card shows typical rather than flattering mistakes.
    /// </summary>
    public static IReadOnlyList<FailureExample> Collect(
        IReadOnlyList<ClauseExample> dev, IReadOnlyList<IReadOnlySet<string>> gold, IReadOnlyList<IReadOnlySet<string>> predicted)
    {
        var failures = new List<FailureExample>();
        foreach (var label in ClauseLabels.All)
        {
            var missed = Shortest(dev, i => gold[i].Contains(label) && !predicted[i].Contains(label) && dev[i].Text.Length >= 40);
            var falseAlarm = Shortest(dev, i => !gold[i].Contains(label) && predicted[i].Contains(label) && dev[i].Text.Length >= 40);
            if (missed is { } m)
            {
                failures.Add(Describe(label, "missed", dev[m], gold[m], predicted[m]));
            }

            if (falseAlarm is { } f)
            {
                failures.Add(Describe(label, "false alarm", dev[f], gold[f], predicted[f]));
            }
        }

        return failures;
    }

    private static int? Shortest(IReadOnlyList<ClauseExample> dev, Func<int, bool> wrong) =>
        Enumerable.Range(0, dev.Count).Where(wrong).OrderBy(i => dev[i].Text.Length).ThenBy(i => dev[i].Id, StringComparer.Ordinal)
            .Select(i => (int?)i).FirstOrDefault();

    private static FailureExample Describe(string label, string kind, ClauseExample example, IReadOnlySet<string> gold, IReadOnlySet<string> predicted)
    {
        var text = example.Text.Length <= MaxLength ? example.Text : example.Text[..MaxLength] + "…";
        return new FailureExample(label, kind, example.Id, text, [.. gold.Order()], [.. predicted.Order()]);
    }
}
