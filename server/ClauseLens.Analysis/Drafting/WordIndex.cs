namespace ClauseLens.Analysis.Drafting;

/// <summary>
/// Where each word of the text starts, built once per document, so a term's uses are found by
/// looking up its first word instead of scanning the whole text once per term.
/// </summary>
internal sealed class WordIndex
{
    private readonly string _text;
    private readonly Dictionary<string, List<int>> _starts = new(StringComparer.Ordinal);

    public WordIndex(string text)
    {
        _text = text;
        var lookup = _starts.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            // Defined terms start with a capital or a digit: only those words are worth indexing.
            if (char.IsLower(text[start]))
            {
                continue;
            }

            var word = text.AsSpan(start, i - start);
            if (!lookup.TryGetValue(word, out var list))
            {
                list = [];
                lookup[word] = list;
            }

            list.Add(start);
        }
    }

    /// <summary>
    /// Offsets where <paramref name="phrase"/> (starting with a capital or a digit) occurs as whole words;
    /// any run of white space in the text matches a space of the phrase (EDGAR text pads words with spaces).
    /// </summary>
    public IEnumerable<int> Occurrences(string phrase)
    {
        var end = 0;
        while (end < phrase.Length && char.IsLetterOrDigit(phrase[end]))
        {
            end++;
        }

        if (end == 0 || !_starts.TryGetValue(phrase[..end], out var starts))
        {
            yield break;
        }

        foreach (var start in starts)
        {
            if (MatchesAt(start, phrase) is { } after && (after == _text.Length || !char.IsLetterOrDigit(_text[after])))
            {
                yield return start;
            }
        }
    }

    private int? MatchesAt(int start, string phrase)
    {
        var t = start;
        for (var p = 0; p < phrase.Length; p++)
        {
            if (phrase[p] == ' ')
            {
                if (t >= _text.Length || !char.IsWhiteSpace(_text[t]))
                {
                    return null;
                }

                while (t < _text.Length && char.IsWhiteSpace(_text[t]))
                {
                    t++;
                }

                continue;
            }

            if (t >= _text.Length || _text[t] != phrase[p])
            {
                return null;
            }

            t++;
            // "Paid- For Development": a line broken after a hyphen still spells the phrase.
            while (phrase[p] == '-' && t < _text.Length && _text[t] is ' ' or '\n' && p + 1 < phrase.Length && phrase[p + 1] != ' ')
            {
                t++;
            }
        }

        return t;
    }
}
