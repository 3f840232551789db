using System.Text;

namespace ClauseLens.Analysis.Writing;

/// <summary>Tidies the spacing of text quoted from a contract.</summary>
internal static class Whitespace
{
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
}
