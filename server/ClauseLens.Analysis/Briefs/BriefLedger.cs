using System.Text.RegularExpressions;
using ClauseLens.Analysis.Writing;

namespace ClauseLens.Analysis.Briefs;

/// <summary>
/// Remembers every sentence the brief has said, in the order the renderers print them, so the
/// same sentence is never said twice (a playbook explanation shared by three rules, a default
/// talking point, the same clause quoted by six findings). A sentence here ends in . ! ? 。 or …
/// and has at least <see cref="MinWords"/> words; headings and clause references are not sentences.
/// </summary>
public sealed partial class BriefLedger
{
    /// <summary>Shorter pieces ("None.", "Clause 5") may recur.</summary>
    public const int MinWords = 5;

    private readonly HashSet<string> said = new(StringComparer.Ordinal);

    /// <summary>The sentences of <paramref name="text"/> that count, normalised for comparison.</summary>
    public static IEnumerable<string> Sentences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var piece in SentenceBreak().Split(Whitespace.Collapse(text)))
        {
            var trimmed = piece.Trim().TrimEnd('\u201d', '"', ')', '\u300d').Trim();
            if (trimmed.Length == 0 || !EndsSentence(trimmed[^1]))
            {
                continue;
            }

            var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            // Japanese has no spaces: count a sentence of ten characters or more as long enough.
            if (words >= MinWords || (trimmed[^1] == '\u3002' && trimmed.Length >= 10))
            {
                yield return trimmed.TrimStart('\u201c', '"', '(').ToLowerInvariant();
            }
        }
    }

    /// <summary>
    /// <paramref name="text"/> without the sentences already said, and remembers the rest; null
    /// when nothing new is left.
    /// </summary>
    public string? Say(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var pieces = SentenceBreak().Split(Whitespace.Collapse(text));
        var kept = new List<string>();
        foreach (var piece in pieces)
        {
            var key = Sentences(piece).FirstOrDefault();
            if (key is null || said.Add(key))
            {
                kept.Add(piece);
            }
        }

        // Japanese sentences follow one another without a space.
        var result = string.Concat(kept.Select((k, i) => i == 0 || kept[i - 1].TrimEnd().EndsWith('\u3002') ? k.TrimStart() : " " + k)).Trim();
        return result.Length == 0 ? null : result;
    }

    private static bool EndsSentence(char c) => c is '.' or '!' or '?' or '\u3002' or '\u2026';

    [GeneratedRegex(@"(?<=[.!?\u2026][\u201d""\)]?)\s+(?=[\p{Lu}\u201c""(\d\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}])|(?<=\u3002)", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex SentenceBreak();
}
