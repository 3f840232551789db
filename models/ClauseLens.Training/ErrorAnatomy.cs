using System.Text.RegularExpressions;
using ClauseLens.Analysis;

namespace ClauseLens.Training;

/// <summary>
/// What the dev mistakes are made of, sorted by a fixed rule (not by hand) into three kinds:
/// <list type="bullet">
/// <item><b>page artefact</b>: a filing footer ("Source: ACME INC, 8-K, 1/2/2019") or a redaction
/// notice, labelled only because it sits inside an annotated passage;</item>
/// <item><b>fragment</b>: under 100 characters, a list item ("(iv) …", "b. …") or a piece that starts
/// mid-sentence: the data labels every piece of an annotated passage, so such pieces carry a
/// label their own words often do not show;</item>
/// <item><b>whole clause</b>: everything else.</item>
/// </list>
/// A model that reads one clause at a time can hardly get the first two right; the split tells
/// how much of the gap to a perfect score is the data's segmentation rather than the model.
/// </summary>
internal static partial class ErrorAnatomy
{
    public const string PageArtefact = "page artefact";
    public const string Fragment = "fragment";
    public const string WholeClause = "whole clause";

    /// <summary>The three kinds, in the order the model card's tables list them.</summary>
    public static readonly string[] Kinds = [PageArtefact, Fragment, WholeClause];

    public static string KindOf(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length < 300 && PageArtefactPattern().IsMatch(trimmed))
        {
            return PageArtefact;
        }

        return trimmed.Length < 100 || Enumerator().IsMatch(trimmed) || (trimmed.Length > 0 && char.IsLower(trimmed[0]))
            ? Fragment
            : WholeClause;
    }

    /// <summary>
    /// <paramref name="predicted"/> scored on the whole clauses of <paramref name="examples"/> only
    /// (neither artefacts nor fragments): the kind of unit the server's segmenter hands the model.
    /// </summary>
    public static LabelMetrics OnWholeClauses(
        IReadOnlyList<ClauseExample> examples, IReadOnlyList<IReadOnlySet<string>> gold, IReadOnlyList<IReadOnlySet<string>> predicted)
    {
        var whole = Enumerable.Range(0, examples.Count).Where(i => KindOf(examples[i].Text) == WholeClause).ToList();
        return LabelMetrics.Compute([.. whole.Select(i => gold[i])], [.. whole.Select(i => predicted[i])], ClauseLabels.All);
    }

    /// <summary>Per label: misses and false alarms on dev, counted by kind.</summary>
    public static IReadOnlyDictionary<string, (Dictionary<string, int> Missed, Dictionary<string, int> FalseAlarms)> Count(
        IReadOnlyList<ClauseExample> dev, IReadOnlyList<IReadOnlySet<string>> gold, IReadOnlyList<IReadOnlySet<string>> predicted)
    {
        var kinds = dev.Select(e => KindOf(e.Text)).ToArray();
        return ClauseLabels.All.ToDictionary(label => label, label =>
        {
            var missed = Kinds.ToDictionary(k => k, _ => 0);
            var falseAlarms = Kinds.ToDictionary(k => k, _ => 0);
            for (var i = 0; i < dev.Count; i++)
            {
                if (gold[i].Contains(label) && !predicted[i].Contains(label))
                {
                    missed[kinds[i]]++;
                }
                else if (!gold[i].Contains(label) && predicted[i].Contains(label))
                {
                    falseAlarms[kinds[i]]++;
                }
            }

            return (missed, falseAlarms);
        });
    }

    [GeneratedRegex(@"^(\d+\s+)?Source:\s|confidential treatment|portions of this (exhibit|document)|omitted pursuant", RegexOptions.IgnoreCase)]
    private static partial Regex PageArtefactPattern();

    [GeneratedRegex(@"^(\(\s*[a-zA-Z0-9]{1,5}\s*\)|[a-zA-Z]{1,2}[.)]\s|[ivxIVX]{1,5}[.)]\s|[-•·§])")]
    private static partial Regex Enumerator();
}
