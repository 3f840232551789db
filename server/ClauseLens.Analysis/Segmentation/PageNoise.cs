using System.Text.RegularExpressions;

namespace ClauseLens.Analysis.Segmentation;

/// <summary>
/// Lines that PDF extraction leaves between pages: page numbers, "Source: …" filing stamps, the
/// SEC redaction legend. They stay inside whatever clause they interrupt and never start one.
/// </summary>
internal static partial class PageNoise
{
    private const int MaxNoiseLength = 400;

    /// <summary>True when the whole paragraph is page furniture rather than contract text.</summary>
    public static bool IsNoise(ReadOnlySpan<char> paragraph)
    {
        var trimmed = paragraph.Trim();
        if ((trimmed.Contains(". . .", StringComparison.Ordinal) || trimmed.Contains("....", StringComparison.Ordinal) || trimmed.Contains('…'))
            && DotLeader().IsMatch(trimmed))
        {
            // A table of contents line: its "Article 1 … 3" entries must not open sections.
            return true;
        }

        if (trimmed.IsEmpty || trimmed.Length > MaxNoiseLength)
        {
            return false;
        }

        // Cheap first-character and keyword tests keep the regexes off ordinary short paragraphs.
        return trimmed.Length <= 20 && PageNumber().IsMatch(trimmed)
            || trimmed[0] is 'S' or 'C' or 'E' or '[' or '*' && Furniture().IsMatch(trimmed)
            || (trimmed.Contains("OMITTED", StringComparison.OrdinalIgnoreCase) || trimmed.Contains("REDACTED", StringComparison.OrdinalIgnoreCase)
                || trimmed.Contains("TREATMENT", StringComparison.OrdinalIgnoreCase)) && RedactionLegend().IsMatch(trimmed);
    }

    [GeneratedRegex(@"(?:(?:\.[ \t]?){6,}|…{3,})[ \t]*[0-9ivxIVX]{1,4}\b", RegexOptions.NonBacktracking, RegexTimeouts.Milliseconds)]
    private static partial Regex DotLeader();

    [GeneratedRegex(@"^[-–—\s]{0,3}(?:(?:Page|PAGE)\s{1,3})?(?:[0-9]{1,4}|[ivxlcIVXLC]{1,6})(?:\s{1,3}(?:of|OF)\s{1,3}[0-9]{1,4})?[-–—\s]{0,3}$", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^(?:Source:\s|CONFIDENTIAL(?: TREATMENT REQUESTED)?$|Confidential$|EXECUTION (?:VERSION|COPY)$|Execution (?:Version|Copy)$|\[?\*{1,5}\]?$|Confidential Treatment Requested)", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex Furniture();

    [GeneratedRegex(@"(?i)(?:PORTIONS|INFORMATION)\s(?:OF\s)?.{0,80}\b(?:HAVE\s|HAS\s|WERE\s|WAS\s|BEEN\s){1,2}(?:BEEN\s)?(?:OMITTED|REDACTED)|CONFIDENTIAL TREATMENT (?:HAS BEEN\s)?REQUESTED", RegexOptions.NonBacktracking, RegexTimeouts.Milliseconds)]
    private static partial Regex RedactionLegend();
}
