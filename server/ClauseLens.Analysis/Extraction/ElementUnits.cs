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

    /// <summary>
    /// Whether unit <paramref name="index"/> of <paramref name="units"/> (spans into <paramref name="text"/>)
    /// is a list's lead-in ("Confidential Information does not include information that", "… except
    /// where that information is:"): it ends in a colon or mid-sentence ("that", "which", "to") or
    /// runs into a list item without closing. A lead-in names no item by itself, yet ContractNLI
    /// evidence includes it under every hypothesis of the list, so detectors neither learn from it
    /// nor read it.
    /// </summary>
    public static bool IsLeadIn(string text, IReadOnlyList<(int Start, int End)> units, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(units);
        var (start, end) = units[index];
        var unit = text[start..end];
        if (unit.EndsWith(':') || unit.EndsWith('：') || OpenEnd().IsMatch(unit))
        {
            return true;
        }

        return char.IsLetterOrDigit(unit[^1]) && index + 1 < units.Count && ListItemStart().IsMatch(text[units[index + 1].Start..units[index + 1].End]);
    }

    /// <summary>Whether <paramref name="unit"/> starts as a list item does: "(a) ", "a) ", "(iv) ", "iv. ", "1.1.4 ", "• ".</summary>
    public static bool IsListItem(string unit) => ListItemStart().IsMatch(unit ?? string.Empty);

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

    // "(a)", "(ii)", "(3)" after white space or a colon; "Section 6(d)" has no space and stays whole,
    // and so does the figure after a number in words ("three (3) years").
    [GeneratedRegex(@"(?<=[\s:])(?<!\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\s)\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex ItemMarker();

    // A sentence that stops where its list begins: "… information that", "… which", "… including".
    [GeneratedRegex(@"\b(?:that|which|who|whom|to|if|where|when|including|include|includes|are|is|the\s+following)\s*[-–—]?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex OpenEnd();

    // "(a) ", "a) ", "(iv) ", "iv. ", "1. ", "1.1.4 ", "• ", "- " at the start of a unit.
    [GeneratedRegex(@"^(?:\(?(?:[a-zA-Z]|[ivxIVX]{1,4}|\d{1,2})\)|(?:[a-zA-Z]|[ivxIVX]{1,4}|\d{1,2})\.|\d{1,2}(?:\.\d{1,2}){1,3}\.?|[•·\-–])\s", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex ListItemStart();
}
