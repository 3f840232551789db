using System.IO.Compression;

namespace ClauseLens.Analysis.Ingest;

/// <summary>
/// Checks a .docx package before Open XML unpacks it: first what the zip central directory
/// declares (entry count, unpacked sizes), then what the entries really inflate to, because a
/// hostile zip can declare small sizes and inflate to gigabytes. Batch uploads check their .zip
/// files with it too.
/// </summary>
public static class ZipBombGuard
{
    /// <summary>Throws LimitExceeded when the package is over <paramref name="limits"/>, Unreadable when it is not a zip.</summary>
    /// <param name="package">The zip's bytes.</param>
    /// <param name="limits">Entry count and unpacked size limits.</param>
    /// <param name="kind">What the zip is, for messages (".docx file", ".zip file").</param>
    public static void Check(byte[] package, IngestLimits limits, string kind = ".docx file")
    {
        using var zip = OpenZip(package, kind);
        try
        {
            CheckEntries(zip, limits, kind);
        }
        catch (Exception ex) when (ex is InvalidDataException or NotSupportedException or IOException or ArgumentException)
        {
            // The central directory is read lazily, on the first look at the entries: a damaged one fails here.
            throw new IngestException(IngestFailure.Unreadable, $"The {kind} could not be read: its table of contents is damaged.", ex);
        }
    }

    private static void CheckEntries(ZipArchive zip, IngestLimits limits, string kind)
    {
        if (zip.Entries.Count > limits.MaxZipEntries)
        {
            throw new IngestException(IngestFailure.LimitExceeded,
                $"The {kind} has more than {limits.MaxZipEntries} parts (limit MaxZipEntries).");
        }

        long declared = 0;
        foreach (var entry in zip.Entries)
        {
            declared += entry.Length;
            if (declared > limits.MaxUnpackedBytes)
            {
                throw TooLarge(limits, kind);
            }
        }

        // Declared sizes can lie: inflate every entry and count, stopping at the first byte too many.
        long inflated = 0;
        var buffer = new byte[81920];
        for (var index = 0; index < zip.Entries.Count; index++)
        {
            try
            {
                using var stream = zip.Entries[index].Open();
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    inflated += read;
                    if (inflated > limits.MaxUnpackedBytes)
                    {
                        throw TooLarge(limits, kind);
                    }
                }
            }
            catch (Exception ex) when (ex is InvalidDataException or NotSupportedException or IOException)
            {
                // A damaged entry (bad deflate data, wrong checksum, unknown method, encrypted, cut
                // short) is the client's file, not the server's fault. Its position only: its name is
                // the user's data.
                throw new IngestException(IngestFailure.Unreadable,
                    $"The {kind} could not be read: its part {index + 1} is damaged or uses an unsupported compression.", ex);
            }
        }
    }

    private static ZipArchive OpenZip(byte[] package, string kind)
    {
        try
        {
            return new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            throw new IngestException(IngestFailure.Unreadable,
                $"The {kind} could not be read: it is not a valid zip package.", ex);
        }
    }

    private static IngestException TooLarge(IngestLimits limits, string kind) =>
        new(IngestFailure.LimitExceeded,
            $"The {kind} unpacks to more than {limits.MaxUnpackedBytes} bytes (limit MaxUnpackedBytes).");
}
