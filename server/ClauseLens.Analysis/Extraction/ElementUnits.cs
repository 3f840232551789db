using System.Text.RegularExpressions;

namespace ClauseLens.Analysis.Extraction;

/// <summary>
/// The units the element detectors read: sentences, and inside a sentence each item of an inline
/// list ("information that (a) is public, (b) was known ... or (c) is independently developed"),
/// so an exclusions list is scored item by item. Training and analysis cut text the same way.
/// </summary>
public static partial class ElementUnits
{
    /// <summary>Shortest unit kept (characters that are not white space); shorter ones are list markers or headings.</summary>
    public const int MinimumLength = 12;

    /// <summary>Half-open spans of the units of <paramref name="text"/>, trimmed, in text order.</summary>
    public static IReadOnlyList<(int Start, int End)> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var units = new List<(int Start, int End)>();
        foreach (var (start, end) in Sentences.Split(text))
        {
            var cut = start;
            foreach (Match marker in ItemMarker().Matches(text, start))
            {
                if (marker.Index >= end)
                {
                    break;
                }

                Add(text, cut, marker.Index, units);
                cut = marker.Index;
            }

            Add(text, cut, end, units);
        }

        return units;
    }

    private static void Add(string text, int start, int end, List<(int Start, int End)> units)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var letters = 0;
        for (var i = start; i < end && letters < MinimumLength; i++)
        {
            letters += char.IsWhiteSpace(text[i]) ? 0 : 1;
        }

        if (letters >= MinimumLength)
        {
            units.Add((start, end));
        }
    }

    // "(a)", "(ii)", "(3)" after white space or a colon; "Section 6(d)" has no space and stays whole.
    [GeneratedRegex(@"(?<=[\s:])\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex ItemMarker();
}
