using System.Text;

namespace ClauseLens.Analysis.Writing;

/// <summary>The spacing of contract text: measured at a paragraph's start, tidied in a quote.</summary>
internal static class Whitespace
{
    /// <summary>How many white-space characters <paramref name="text"/> starts with.</summary>
    public static int Leading(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// <paramref name="text"/> on one line: every run of white space or control characters
    /// becomes one space, none at either end.
    /// </summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// True when only white space stands between the start of <paramref name="index"/>'s line (or of
    /// <paramref name="text"/>) and <paramref name="index"/>: what stands there opens its line.
    /// </summary>
    public static bool OpensLine(string text, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (text[i] == '\n')
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
