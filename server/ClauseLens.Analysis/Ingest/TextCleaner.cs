using System.Text;

namespace ClauseLens.Analysis.Ingest;

/// <summary>Removes characters that carry no text and would confuse offsets or JSON.</summary>
internal static class TextCleaner
{
    /// <summary>
    /// Drops control characters other than tab and line breaks, the BOM, and Private Use Area
    /// characters (Word and PDFs use them for Symbol/Wingdings bullet glyphs, which mean nothing
    /// without their font); replaces unpaired surrogates with U+FFFD. Returns the input itself when
    /// nothing changes.
    /// </summary>
    public static string Clean(string text)
    {
        if (!NeedsCleaning(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
            }
            else if (!IsDropped(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
        {
            if (IsDropped(c) || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDropped(char c) =>
        (char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || c == '\uFEFF' || c is >= '\uE000' and <= '\uF8FF';
}
