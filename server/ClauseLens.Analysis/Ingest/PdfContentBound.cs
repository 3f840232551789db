using System.IO.Compression;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace ClauseLens.Analysis.Ingest;

/// <summary>
/// Counts what every page's content streams inflate to before PdfPig reads a page: PdfPig inflates a
/// page's contents whole and builds an object per operator, uninterruptibly, so a 150 KB file holding
/// 100 MB of operators took 4 GB and over a minute. The byte pre-scan (<see cref="PdfDepthScan"/>)
/// already counts compressed streams by their dictionaries; this follows the page tree itself, so a
/// content stream dressed up as an image is counted too.
/// </summary>
internal static class PdfContentBound
{
    /// <summary>Throws LimitExceeded when one page's compressed contents unpack past <see cref="IngestLimits.MaxPdfContentStreamBytes"/>.</summary>
    public static void Check(PdfDocument pdf, IngestLimits limits, CancellationToken cancellationToken)
    {
        var seen = new HashSet<IndirectReference>();
        var nodes = new Stack<(IToken Node, int Depth)>();
        if (pdf.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Pages, out var root))
        {
            nodes.Push((root, 0));
        }

        var pages = 0;
        while (nodes.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (token, depth) = nodes.Pop();
            if (depth > limits.MaxNestingDepth || Resolve(pdf, token, seen) is not DictionaryToken node)
            {
                continue;
            }

            if (node.TryGet(NameToken.Kids, out var kids) && Resolve(pdf, kids, seen: null) is ArrayToken children)
            {
                foreach (var child in children.Data)
                {
                    nodes.Push((child, depth + 1));
                }
            }
            else if (node.TryGet(NameToken.Contents, out var contents) && ++pages <= limits.MaxPdfPages)
            {
                long total = 0;
                foreach (var stream in Streams(pdf, contents))
                {
                    total += Inflated(stream, limits.MaxPdfContentStreamBytes - total, limits.MaxPdfContentStreamBytes);
                }
            }
        }
    }

    // A page's /Contents: one stream or an array of them.
    private static IEnumerable<StreamToken> Streams(PdfDocument pdf, IToken contents)
    {
        switch (Resolve(pdf, contents, seen: null))
        {
            case StreamToken stream:
                yield return stream;
                break;
            case ArrayToken array:
                foreach (var item in array.Data)
                {
                    if (Resolve(pdf, item, seen: null) is StreamToken part)
                    {
                        yield return part;
                    }
                }

                break;
        }
    }

    // An indirect reference followed to its object, once per reference when seen is given (the page
    // tree may be cyclic); null for a reference PdfPig cannot find.
    private static IToken? Resolve(PdfDocument pdf, IToken token, HashSet<IndirectReference>? seen)
    {
        if (token is not IndirectReferenceToken reference)
        {
            return token;
        }

        if (seen is not null && !seen.Add(reference.Data))
        {
            return null;
        }

        try
        {
            return pdf.Structure.GetObject(reference.Data)?.Data;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or PdfDocumentFormatException)
        {
            return null;
        }
    }

    // What a Flate stream inflates to, counted and dropped; other encodings are left to PdfPig.
    private static long Inflated(StreamToken stream, long room, long limit)
    {
        if (!stream.StreamDictionary.TryGet(NameToken.Filter, out var filter)
            || !(filter is NameToken { Data: "FlateDecode" } || filter is ArrayToken { Data: [NameToken { Data: "FlateDecode" }] }))
        {
            return 0;
        }

        var data = stream.Data.ToArray();
        using var source = new MemoryStream(data, Math.Min(2, data.Length), Math.Max(0, data.Length - 2), writable: false);
        using var inflate = new DeflateStream(source, CompressionMode.Decompress);
        var buffer = new byte[81920];
        long total = 0;
        try
        {
            int read;
            while ((read = inflate.Read(buffer)) > 0)
            {
                total += read;
                if (total > room)
                {
                    throw new IngestException(IngestFailure.LimitExceeded,
                        $"A page of the .pdf file has contents that unpack to more than {limit} bytes (limit MaxPdfContentStreamBytes).");
                }
            }
        }
        catch (InvalidDataException)
        {
            // Damaged: PdfPig gets no more out of it than this.
        }

        return total;
    }
}
