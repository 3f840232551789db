using System.Text.RegularExpressions;

namespace ClauseLens.Analysis.Ingest;

/// <summary>
/// Drops running headers, footers and page numbers: lines near the top or bottom of a page that,
/// once digits are masked, recur on at least half the pages, or that are only a page number
/// ("3", "- 3 -", "Page 3 of 10").
/// </summary>
internal static partial class PdfPageDecorations
{
    // How many lines at each edge of a page are candidates for a header or footer.
    private const int EdgeLines = 2;

    /// <summary>The pages without their decorations.</summary>
    public static IReadOnlyList<IReadOnlyList<PdfTextLine>> Remove(IReadOnlyList<IReadOnlyList<PdfTextLine>> pages)
    {
        var topCounts = CountKeys(pages, top: true);
        var bottomCounts = CountKeys(pages, top: false);
        var threshold = Math.Max(2, (int)Math.Ceiling(pages.Count / 2.0));
        var result = new List<IReadOnlyList<PdfTextLine>>(pages.Count);
        foreach (var lines in pages)
        {
            var kept = new List<PdfTextLine>(lines.Count);
            for (var i = 0; i < lines.Count; i++)
            {
                var key = KeyOf(lines[i].Text);
                var atTop = i < EdgeLines;
                var atBottom = i >= lines.Count - EdgeLines;
                var decoration = (atTop || atBottom) && (PageNumber().IsMatch(key)
                    || (atTop && topCounts.GetValueOrDefault(key) >= threshold)
                    || (atBottom && bottomCounts.GetValueOrDefault(key) >= threshold));
                if (!decoration)
                {
                    kept.Add(lines[i]);
                }
            }

            result.Add(kept);
        }

        return result;
    }

    // Each key counts once per page, so a line repeated on one page cannot pass for a running header.
    private static Dictionary<string, int> CountKeys(IReadOnlyList<IReadOnlyList<PdfTextLine>> pages, bool top)
    {
        var counts = new Dictionary<string, int>();
        foreach (var lines in pages)
        {
            var edge = top ? lines.Take(EdgeLines) : lines.Skip(Math.Max(0, lines.Count - EdgeLines));
            foreach (var key in edge.Select(l => KeyOf(l.Text)).Distinct())
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        return counts;
    }

    internal static string KeyOf(string line) =>
        Digits().Replace(Spaces().Replace(line.Trim(), " "), "#").ToLowerInvariant();

    [GeneratedRegex(@"\d+", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex Digits();

    [GeneratedRegex(@"\s+", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex Spaces();

    // Masked page numbers: "#", "- # -", "page #", "page # of #", "# / #", "[#]", roman "- iv -".
    [GeneratedRegex(@"^(?:[-–—\[(]\s*)?(?:page\s*)?(?:#|[ivxlc]{1,6})(?:\s*(?:of|/)\s*#)?(?:\s*[-–—\])])?$", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex PageNumber();
}
