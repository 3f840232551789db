using System.Text;

namespace ClauseLens.Analysis.Compare;

/// <summary>
/// A clause's wording reduced to what a comparison needs: a hash of its words in order (equal
/// when only spacing, line breaks or the clause's own number differ) and its set of hashed word
/// shingles (for similarity). Holds no text.
/// </summary>
internal sealed class ClauseWording
{
    // Three-word shingles: long enough that shared boilerplate ("the", "of the") does not make
    // unrelated clauses look alike, short enough that one edited word leaves most shingles intact.
    private const int ShingleSize = 3;

    private ClauseWording(ulong sequence, HashSet<ulong> shingles, string heading)
    {
        Sequence = sequence;
        Shingles = shingles;
        Heading = heading;
    }

    /// <summary>Hash of the words in order.</summary>
    public ulong Sequence { get; }

    /// <summary>Hashed word shingles.</summary>
    public HashSet<ulong> Shingles { get; }

    /// <summary>The heading, case- and width-folded, or "" when the clause has none.</summary>
    public string Heading { get; }

    /// <summary>Reads the clause's span of <paramref name="text"/>, leaving out its leading number.</summary>
    public static ClauseWording Of(string text, AnalyzedClause clause)
    {
        var words = Words(text.AsSpan(clause.Start, clause.End - clause.Start), clause.Number);
        var sequence = Fnv.Offset;
        foreach (var word in words)
        {
            sequence = Fnv.Mix(sequence, word);
        }

        var shingles = new HashSet<ulong>(Math.Max(1, words.Count));
        if (words.Count < ShingleSize)
        {
            foreach (var word in words)
            {
                shingles.Add(word);
            }
        }
        else
        {
            for (var i = 0; i + ShingleSize <= words.Count; i++)
            {
                shingles.Add(Fnv.Mix(Fnv.Mix(Fnv.Mix(Fnv.Offset, words[i]), words[i + 1]), words[i + 2]));
            }
        }

        var heading = clause.Heading is { } h ? h.Normalize(NormalizationForm.FormKC).Trim().ToLowerInvariant() : "";
        return new ClauseWording(sequence, shingles, heading);
    }

    /// <summary>Shared shingles over all shingles of both (0 when both are empty).</summary>
    public static double Jaccard(ClauseWording a, ClauseWording b, int shared)
    {
        var union = a.Shingles.Count + b.Shingles.Count - shared;
        return union == 0 ? 1 : (double)shared / union;
    }

    /// <summary>
    /// Hashed words: runs of letters or digits, folded for case and width; each CJK character is a
    /// word of its own (Japanese has no spaces). The clause's own number ("4.3", "第5条") is
    /// skipped where it opens the clause, so renumbering alone is not a change.
    /// </summary>
    private static List<ulong> Words(ReadOnlySpan<char> span, string? number)
    {
        var words = new List<ulong>(span.Length / 6 + 1);
        var current = Fnv.Offset;
        var inWord = false;
        var i = LeadingNumberLength(span, number);
        while (i < span.Length)
        {
            var c = Fold(span[i]);
            if (c == '\n')
            {
                // A paragraph inside the clause may open with its own number ("3.1"): skip it too.
                i = SkipListNumber(span, i + 1);
                if (inWord)
                {
                    words.Add(current);
                    inWord = false;
                }

                continue;
            }

            if (Analysis.Writing.Scripts.IsJapanese(c) || Analysis.Writing.Scripts.IsCompatibilityKanji(c))
            {
                if (inWord)
                {
                    words.Add(current);
                    inWord = false;
                }

                words.Add(Fnv.Mix(Fnv.Offset, c));
            }
            else if (char.IsLetterOrDigit(c))
            {
                current = inWord ? Fnv.Mix(current, c) : Fnv.Mix(Fnv.Offset, c);
                inWord = true;
            }
            else if (inWord)
            {
                words.Add(current);
                inWord = false;
            }

            i++;
        }

        if (inWord)
        {
            words.Add(current);
        }

        return words;
    }

    private static int LeadingNumberLength(ReadOnlySpan<char> span, string? number)
    {
        var start = 0;
        while (start < span.Length && char.IsWhiteSpace(span[start]))
        {
            start++;
        }

        return !string.IsNullOrEmpty(number) && span[start..].StartsWith(number, StringComparison.Ordinal)
            ? start + number.Length
            : SkipListNumber(span, 0);
    }

    /// <summary>Past a dotted decimal number ("4", "4.3", "4.3.") and the space after it at <paramref name="from"/>; else <paramref name="from"/>.</summary>
    private static int SkipListNumber(ReadOnlySpan<char> span, int from)
    {
        var i = from;
        while (i < span.Length && span[i] is ' ' or '\t')
        {
            i++;
        }

        var digits = 0;
        while (i < span.Length && (char.IsAsciiDigit(Fold(span[i])) || (digits > 0 && Fold(span[i]) == '.')))
        {
            digits += char.IsAsciiDigit(Fold(span[i])) ? 1 : 0;
            i++;
        }

        return digits > 0 && (i == span.Length || char.IsWhiteSpace(span[i])) ? i : from;
    }

    // Full-width ASCII (common in Japanese drafts) to ASCII, then lower case: no allocation per char.
    private static char Fold(char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            c = (char)(c - 0xFEE0);
        }

        return char.ToLowerInvariant(c);
    }

    private static class Fnv
    {
        public const ulong Offset = 14695981039346656037UL;
        private const ulong Prime = 1099511628211UL;

        public static ulong Mix(ulong hash, ulong value)
        {
            for (var i = 0; i < 8; i++)
            {
                hash = (hash ^ (value & 0xFF)) * Prime;
                value >>= 8;
            }

            return hash;
        }

        public static ulong Mix(ulong hash, char c) => (hash ^ c) * Prime;
    }
}
