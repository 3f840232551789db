using System.Text;
using ClauseLens.Analysis.Writing;

namespace ClauseLens.Analysis.Classification;

/// <summary>
/// Makes Japanese (and other CJK) text readable to a word n-gram featurizer, which splits on
/// spaces only: every run of CJK characters is replaced by its overlapping character bigrams as
/// space-separated tokens ("秘密保持" → "秘密 密保 保持"), as CJK search analyzers do. Latin text
/// passes through unchanged, so English features are not affected.
/// </summary>
public static class CjkBigrams
{
    /// <summary>The text with each CJK run replaced by its character bigrams.</summary>
    public static string Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(Scripts.IsJapaneseWordCharacter))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length * 3);
        var i = 0;
        while (i < text.Length)
        {
            if (!Scripts.IsJapaneseWordCharacter(text[i]))
            {
                builder.Append(text[i++]);
                continue;
            }

            var start = i;
            while (i < text.Length && Scripts.IsJapaneseWordCharacter(text[i]))
            {
                i++;
            }

            AppendBigrams(builder, text.AsSpan(start, i - start));
        }

        return builder.ToString();
    }

    private static void AppendBigrams(StringBuilder builder, ReadOnlySpan<char> run)
    {
        builder.Append(' ');
        if (run.Length == 1)
        {
            builder.Append(run[0]);
        }

        for (var k = 0; k + 1 < run.Length; k++)
        {
            if (k > 0)
            {
                builder.Append(' ');
            }

            builder.Append(run[k]).Append(run[k + 1]);
        }

        builder.Append(' ');
    }
}
