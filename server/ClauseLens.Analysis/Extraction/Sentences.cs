namespace ClauseLens.Analysis.Extraction;

/// <summary>Splits clause text into sentence-like spans so cues are read in the sentence they belong to.</summary>
internal static class Sentences
{
    /// <summary>Half-open spans (start, end) of the sentences of <paramref name="text"/>.</summary>
    public static IReadOnlyList<(int Start, int End)> Split(string text)
    {
        var spans = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsBoundary(text, i))
            {
                spans.Add((start, i + 1));
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            spans.Add((start, text.Length));
        }

        return spans;
    }

    /// <summary>The sentence span that contains <paramref name="index"/>.</summary>
    public static (int Start, int End) Around(IReadOnlyList<(int Start, int End)> sentences, int index)
    {
        foreach (var s in sentences)
        {
            if (index >= s.Start && index < s.End)
            {
                return s;
            }
        }

        return sentences.Count == 0 ? (0, 0) : sentences[^1];
    }

    // "." ends a sentence only before white space and a capital, digit, bracket or the end, so that
    // "U.S." and "1.2" stay inside one sentence; semicolons always end one, and 。 unless a bracket closes after it.
    private static bool IsBoundary(string text, int i)
    {
        var c = text[i];
        if (c == '。')
        {
            // "（以下「本研究」という。）", "（…を含む。）": a 。 closing a parenthetical is inside the sentence.
            return i + 1 >= text.Length || text[i + 1] is not ('）' or ')');
        }

        if (c is ';' or '；' or '\n')
        {
            return true;
        }

        if (c != '.' || i + 1 >= text.Length)
        {
            return c == '.';
        }

        if (!char.IsWhiteSpace(text[i + 1]))
        {
            return false;
        }

        var j = i + 1;
        while (j < text.Length && char.IsWhiteSpace(text[j]))
        {
            j++;
        }

        // Abbreviations such as "U.S." or "Co." end in a capital or short token; look at the letters before.
        var k = i - 1;
        while (k >= 0 && char.IsLetter(text[k]))
        {
            k--;
        }

        var wordLength = i - 1 - k;
        var abbreviation = wordLength <= 2 && wordLength > 0 && char.IsUpper(text[k + 1]);
        return !abbreviation && (j >= text.Length || char.IsUpper(text[j]) || char.IsDigit(text[j]) || text[j] is '(' or '"' or '“');
    }
}
