using System.Text.RegularExpressions;

namespace ClauseLens.Analysis.Classification;

/// <summary>
/// Finds the leading heading of a clause text ("12. Governing Law. This Agreement …",
/// "第11条（秘密情報の取扱い）…"). The training data carries no separate heading, so the trainer
/// and the server both derive it with this one rule; the segmenter's heading wins when it has one.
/// </summary>
public static partial class ClauseHeading
{
    // Small words that may stay lower case inside a title-cased heading ("Limitation of Liability").
    private static readonly HashSet<string> TitleFillers = new(StringComparer.Ordinal)
    {
        "of", "and", "or", "to", "the", "for", "in", "on", "by", "a", "an", "with", "upon", "&", "/", "-",
    };

    /// <summary>
    /// The heading <paramref name="text"/> starts with, or null when it does not start with one.
    /// An English heading is a short title-cased or upper-case phrase closed by '.' or ':'
    /// (optionally after a number); a Japanese one is the bracketed title of a 第N条 article.
    /// </summary>
    public static string? FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var japanese = JapaneseArticle().Match(text);
        if (japanese.Success)
        {
            return japanese.Groups["title"].Value.Trim();
        }

        var english = EnglishCaption().Match(text);
        if (english.Success && IsTitle(english.Groups["title"].Value))
        {
            return english.Groups["title"].Value.Trim();
        }

        return null;
    }

    /// <summary>The heading to feed the model: the segmenter's when present, else the derived one, else "".</summary>
    public static string Resolve(string text, string? heading) =>
        string.IsNullOrWhiteSpace(heading) ? FromText(text) ?? string.Empty : heading.Trim();

    // Every word longer than three letters starts upper case, so a sentence ("Licensee shall pay.")
    // is not mistaken for a caption.
    private static bool IsTitle(string candidate)
    {
        var words = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 8
            && words.All(w => TitleFillers.Contains(w) || char.IsUpper(w[0]) || w.Length <= 3 && !char.IsLetter(w[0]));
    }

    [GeneratedRegex(@"^\s*(?:第[0-9０-９一二三四五六七八九十百]+条\s*[（(]|（)(?<title>[^）)\n]{1,40})[）)]", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex JapaneseArticle();

    [GeneratedRegex(@"^\s*(?:\d+\s+)?(?:(?i:section|article|clause)\s+)?(?:(?:\d+(?:\.\d+)*|[IVXL]+|\(?[a-z]\))[.)]?\s+)?(?<title>[A-Z][A-Za-z /&,'-]{2,60}?)\s*[.:](?:\s|$)", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex EnglishCaption();
}
