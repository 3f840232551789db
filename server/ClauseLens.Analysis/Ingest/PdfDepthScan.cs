namespace ClauseLens.Analysis.Ingest;

/// <summary>
/// A linear pre-scan of a PDF's bytes for arrays and dictionaries nested past
/// <see cref="IngestLimits.MaxNestingDepth"/>, before PdfPig's recursive object parser reads them.
/// Strings, comments and stream data are skipped. Objects inside compressed object streams are not
/// seen here; PdfPig reads those with the same parser but only from streams the file itself sizes.
/// </summary>
internal static class PdfDepthScan
{
    /// <summary>Throws LimitExceeded when the file nests its objects too deep.</summary>
    public static void Check(byte[] pdf, IngestLimits limits)
    {
        var depth = 0;
        var limit = limits.MaxNestingDepth;
        for (var i = 0; i < pdf.Length; i++)
        {
            switch (pdf[i])
            {
                case (byte)'%':
                    while (i < pdf.Length && pdf[i] is not (byte)'\n' and not (byte)'\r')
                    {
                        i++;
                    }

                    break;
                case (byte)'(':
                    i = EndOfString(pdf, i);
                    break;
                case (byte)'[':
                    depth++;
                    break;
                case (byte)']':
                    depth = Math.Max(0, depth - 1);
                    break;
                case (byte)'<' when i + 1 < pdf.Length && pdf[i + 1] == '<':
                    depth++;
                    i++;
                    break;
                case (byte)'>' when i + 1 < pdf.Length && pdf[i + 1] == '>':
                    depth = Math.Max(0, depth - 1);
                    i++;
                    break;
                case (byte)'s' when Keyword(pdf, i, "stream"u8):
                    // Stream data is bytes, not syntax: go to its end and start counting afresh.
                    i = IndexOf(pdf, "endstream"u8, i + 6);
                    depth = 0;
                    break;
                case (byte)'o' when Keyword(pdf, i, "obj"u8):
                    depth = 0;
                    break;
            }

            if (depth > limit)
            {
                throw new IngestException(IngestFailure.TooComplex,
                    $"The .pdf file nests its objects more than {limit} levels deep (limit MaxNestingDepth).");
            }
        }
    }

    // A literal string: balanced parentheses, backslash escapes.
    private static int EndOfString(byte[] pdf, int start)
    {
        var open = 0;
        for (var i = start; i < pdf.Length; i++)
        {
            switch (pdf[i])
            {
                case (byte)'\\':
                    i++;
                    break;
                case (byte)'(':
                    open++;
                    break;
                case (byte)')' when --open == 0:
                    return i;
            }
        }

        return pdf.Length;
    }

    private static bool Keyword(byte[] pdf, int at, ReadOnlySpan<byte> word) =>
        pdf.AsSpan(at).StartsWith(word)
        && (at == 0 || !IsRegular(pdf[at - 1]))
        && (at + word.Length >= pdf.Length || !IsRegular(pdf[at + word.Length]));

    private static bool IsRegular(byte b) => char.IsAsciiLetterOrDigit((char)b);

    private static int IndexOf(byte[] pdf, ReadOnlySpan<byte> word, int from)
    {
        if (from >= pdf.Length)
        {
            return pdf.Length;
        }

        var at = pdf.AsSpan(from).IndexOf(word);
        return at < 0 ? pdf.Length : from + at + word.Length - 1;
    }
}
