using System.IO.Compression;
using System.Text;

namespace ClauseLens.Analysis.Ingest;

/// <summary>
/// A linear pre-scan of a PDF's bytes for arrays and dictionaries nested past
/// <see cref="IngestLimits.MaxNestingDepth"/>, before PdfPig's recursive object parser reads them.
/// Strings, comments and stream data are skipped, except the data of object streams (PDF 1.5
/// <c>/ObjStm</c>): those hold objects PdfPig parses with the same recursive parser, so they are
/// unpacked (at most <see cref="IngestLimits.MaxPdfObjectStreamBytes"/> each, and
/// <see cref="IngestLimits.MaxUnpackedBytes"/> for the file) and scanned too. Every other compressed
/// stream PdfPig may parse (page contents, forms; not images or embedded fonts and files) is inflated
/// and counted against <see cref="IngestLimits.MaxPdfContentStreamBytes"/>: PdfPig inflates a page's
/// contents whole and builds an object per operator, so a 150 KB file of 100 MB of operators took
/// 4 GB and over a minute before any limit could be checked.
/// </summary>
internal static class PdfDepthScan
{
    /// <summary>Throws TooComplex when the file nests its objects too deep, in the file or in an object stream.</summary>
    public static void Check(byte[] pdf, IngestLimits limits, CancellationToken cancellationToken = default)
    {
        var unpacked = 0L;
        Scan(pdf, limits, ref unpacked, cancellationToken, objectStreams: true);
    }

    private static void Scan(ReadOnlySpan<byte> pdf, IngestLimits limits, ref long unpacked, CancellationToken cancellationToken, bool objectStreams)
    {
        var depth = 0;
        var limit = limits.MaxNestingDepth;
        var objectStart = 0;
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
                    // Stream data is bytes, not syntax: go to its end. An object stream's data is
                    // syntax once unpacked, and is scanned on its own. The depth is not reset here or
                    // at "obj": inside an open array PdfPig reads both as plain tokens and nests on,
                    // so a file could otherwise pile up levels 200 at a time.
                    var dataEnd = StartOf(pdf, "endstream"u8, i + 6);
                    if (objectStreams)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        var dictionary = StreamDictionary.Read(pdf[Math.Min(objectStart, i)..i]);
                        var data = pdf[DataStart(pdf, i + 6, dataEnd)..dataEnd];
                        if (dictionary.IsObjectStream)
                        {
                            var objects = Unpack(data, dictionary, limits, ref unpacked);
                            Scan(objects, limits, ref unpacked, cancellationToken, objectStreams: false);
                        }
                        else if (dictionary.IsParsed && dictionary.Filters is ["FlateDecode" or "Fl"])
                        {
                            unpacked += Measure(data, limits, unpacked);
                        }
                    }

                    i = Math.Min(pdf.Length, dataEnd + "endstream"u8.Length) - 1;
                    break;
                case (byte)'o' when Keyword(pdf, i, "obj"u8):
                    objectStart = i + 3;
                    break;
            }

            if (depth > limit)
            {
                throw TooDeep(limit);
            }
        }
    }

    private static IngestException TooDeep(int limit) =>
        new(IngestFailure.TooComplex, $"The .pdf file nests its objects more than {limit} levels deep (limit MaxNestingDepth).");

    // The data of an object stream as PdfPig will read it: as stored, or inflated (zlib, the
    // FlateDecode filter) within the limits. Any other encoding cannot be checked, so is refused.
    private static ReadOnlySpan<byte> Unpack(ReadOnlySpan<byte> data, StreamDictionary dictionary, IngestLimits limits, ref long unpacked)
    {
        if (dictionary.Filters.Count == 0)
        {
            return data;
        }

        if (dictionary.Filters is not ["FlateDecode" or "Fl"] || dictionary.HasPredictor)
        {
            throw new IngestException(IngestFailure.TooComplex,
                "The .pdf file packs objects in a stream whose encoding ClauseLens cannot check for nesting (limit MaxNestingDepth); save it again as PDF/A or print it to PDF.");
        }

        var room = Math.Min(limits.MaxPdfObjectStreamBytes, limits.MaxUnpackedBytes - unpacked);
        var inflated = new MemoryStream();
        var buffer = new byte[81920];
        // PdfPig inflates zlib data after its two header bytes, as a raw deflate stream.
        using (var source = new MemoryStream(data.Length > 2 ? data[2..].ToArray() : [], writable: false))
        using (var inflate = new DeflateStream(source, CompressionMode.Decompress))
        {
            try
            {
                int read;
                while ((read = inflate.Read(buffer)) > 0)
                {
                    if (inflated.Length + read > room)
                    {
                        throw new IngestException(IngestFailure.LimitExceeded, room == limits.MaxPdfObjectStreamBytes
                            ? $"An object stream of the .pdf file unpacks to more than {limits.MaxPdfObjectStreamBytes} bytes (limit MaxPdfObjectStreamBytes)."
                            : $"The object streams of the .pdf file unpack to more than {limits.MaxUnpackedBytes} bytes (limit MaxUnpackedBytes).");
                    }

                    inflated.Write(buffer, 0, read);
                }
            }
            catch (InvalidDataException e)
            {
                // Encrypted (PdfPig decrypts before it inflates, with an empty password) or damaged: its
                // nesting cannot be checked, and PdfPig reads a damaged one no better.
                throw new IngestException(IngestFailure.TooComplex,
                    "The .pdf file packs objects in a stream ClauseLens cannot unpack to check their nesting (encrypted or damaged; limit MaxNestingDepth); save it again without a password.", e);
            }
        }

        unpacked += inflated.Length;
        return inflated.GetBuffer().AsSpan(0, (int)inflated.Length);
    }

    // How many bytes a Flate stream of page contents inflates to, counted without keeping them.
    private static long Measure(ReadOnlySpan<byte> data, IngestLimits limits, long unpacked)
    {
        var room = Math.Min(limits.MaxPdfContentStreamBytes, limits.MaxUnpackedBytes - unpacked);
        var buffer = new byte[81920];
        long total = 0;
        using var source = new MemoryStream(data.Length > 2 ? data[2..].ToArray() : [], writable: false);
        using var inflate = new DeflateStream(source, CompressionMode.Decompress);
        try
        {
            int read;
            while ((read = inflate.Read(buffer)) > 0)
            {
                total += read;
                if (total > room)
                {
                    throw new IngestException(IngestFailure.LimitExceeded, room == limits.MaxPdfContentStreamBytes
                        ? $"A content stream of the .pdf file unpacks to more than {limits.MaxPdfContentStreamBytes} bytes (limit MaxPdfContentStreamBytes)."
                        : $"The streams of the .pdf file unpack to more than {limits.MaxUnpackedBytes} bytes (limit MaxUnpackedBytes).");
                }
            }
        }
        catch (InvalidDataException)
        {
            // Damaged or encrypted: PdfPig gets no more out of it than this.
        }

        return total;
    }

    // The stream's data starts after "stream" and one end of line (CR LF or LF).
    private static int DataStart(ReadOnlySpan<byte> pdf, int afterKeyword, int dataEnd)
    {
        var at = afterKeyword;
        if (at < dataEnd && pdf[at] == '\r')
        {
            at++;
        }

        if (at < dataEnd && pdf[at] == '\n')
        {
            at++;
        }

        return Math.Min(at, dataEnd);
    }

    // A literal string: balanced parentheses, backslash escapes.
    private static int EndOfString(ReadOnlySpan<byte> pdf, int start)
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

    private static bool Keyword(ReadOnlySpan<byte> pdf, int at, ReadOnlySpan<byte> word) =>
        pdf[at..].StartsWith(word)
        && (at == 0 || !IsRegular(pdf[at - 1]))
        && (at + word.Length >= pdf.Length || !IsRegular(pdf[at + word.Length]));

    private static bool IsRegular(byte b) => char.IsAsciiLetterOrDigit((char)b);

    // Where word next starts at or after from; the end of the file when it does not.
    private static int StartOf(ReadOnlySpan<byte> pdf, ReadOnlySpan<byte> word, int from)
    {
        if (from >= pdf.Length)
        {
            return pdf.Length;
        }

        var at = pdf[from..].IndexOf(word);
        return at < 0 ? pdf.Length : from + at;
    }

    /// <summary>
    /// What the pre-scan needs of a stream's dictionary: whether it is an object stream (typed
    /// <c>/ObjStm</c>, or carrying the <c>/N</c> and <c>/First</c> that PdfPig reads an object stream
    /// by, whatever its type says) and its filters. Names are compared decoded (<c>/Obj#53tm</c> is
    /// <c>/ObjStm</c>), as PdfPig compares them.
    /// </summary>
    /// <remarks>
    /// <see cref="IsParsed"/>: a stream PdfPig may parse as operators (page contents, forms, patterns)
    /// rather than one it leaves as bytes when reading text: images (<c>/Subtype /Image</c>), font
    /// programs (<c>/Length1</c>-<c>3</c>, compact font subtypes), embedded files, metadata.
    /// </remarks>
    private sealed record StreamDictionary(bool IsObjectStream, IReadOnlyList<string> Filters, bool HasPredictor, bool IsParsed = true)
    {
        private static readonly HashSet<string> LeftAsBytes = new(StringComparer.Ordinal)
        {
            "Image", "Type1C", "CIDFontType0C", "OpenType", "EmbeddedFile", "Metadata", "XML",
        };

        private const string Other = "";

        public static StreamDictionary Read(ReadOnlySpan<byte> dictionary)
        {
            var tokens = Tokens(dictionary);
            var names = tokens.Where(t => t.StartsWith('/')).Select(t => t[1..]).ToHashSet(StringComparer.Ordinal);
            var typed = Enumerable.Range(0, tokens.Count - 1).Any(k => tokens[k] == "/Type" && tokens[k + 1] == "/ObjStm");
            var objectStream = typed || (names.Contains("N") && names.Contains("First"));
            var leftAsBytes = names.Overlaps(LeftAsBytes) || names.Contains("Length1") || names.Contains("Length2") || names.Contains("Length3");
            return new StreamDictionary(objectStream, FiltersOf(tokens), names.Contains("Predictor"), !leftAsBytes);
        }

        // "/Filter /FlateDecode" or "/Filter [/FlateDecode …]"; a filter given any other way (an
        // indirect reference) is an unknown one.
        private static List<string> FiltersOf(List<string> tokens)
        {
            var at = tokens.IndexOf("/Filter");
            if (at < 0 || at + 1 >= tokens.Count)
            {
                return [];
            }

            if (tokens[at + 1].StartsWith('/'))
            {
                return [tokens[at + 1][1..]];
            }

            if (tokens[at + 1] != "[")
            {
                return [Other];
            }

            var filters = new List<string>();
            for (var k = at + 2; k < tokens.Count && tokens[k] != "]"; k++)
            {
                filters.Add(tokens[k].StartsWith('/') ? tokens[k][1..] : Other);
            }

            return filters;
        }

        // Names (decoded, with their slash), brackets, and one placeholder for anything else.
        private static List<string> Tokens(ReadOnlySpan<byte> dictionary)
        {
            var tokens = new List<string>();
            for (var i = 0; i < dictionary.Length; i++)
            {
                var b = dictionary[i];
                if (b is (byte)'[' or (byte)']')
                {
                    tokens.Add(((char)b).ToString());
                }
                else if (b == '(')
                {
                    i = EndOfString(dictionary, i);
                    tokens.Add(Other);
                }
                else if (b == '/')
                {
                    var name = new StringBuilder("/");
                    for (i++; i < dictionary.Length && !IsDelimiter(dictionary[i]); i++)
                    {
                        if (dictionary[i] == '#' && i + 2 < dictionary.Length
                            && byte.TryParse(Encoding.ASCII.GetString(dictionary.Slice(i + 1, 2)), System.Globalization.NumberStyles.HexNumber, null, out var escaped))
                        {
                            name.Append((char)escaped);
                            i += 2;
                        }
                        else
                        {
                            name.Append((char)dictionary[i]);
                        }
                    }

                    i--;
                    tokens.Add(name.ToString());
                }
                else if (!IsDelimiter(b))
                {
                    while (i + 1 < dictionary.Length && !IsDelimiter(dictionary[i + 1]))
                    {
                        i++;
                    }

                    tokens.Add(Other);
                }
            }

            return tokens;
        }

        private static bool IsDelimiter(byte b) =>
            b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'\f' or 0
                or (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';
    }
}
