namespace ClauseLens.Analysis.Ingest;

/// <summary>Reads an upload into memory, refusing to read past <see cref="IngestLimits.MaxFileBytes"/>.</summary>
internal static class BoundedRead
{
    /// <summary>All bytes of <paramref name="content"/>, or LimitExceeded when there are too many.</summary>
    public static byte[] ToArray(Stream content, IngestLimits limits)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limits.MaxFileBytes)
            {
                throw new IngestException(IngestFailure.LimitExceeded,
                    $"The file is larger than {limits.MaxFileBytes} bytes (limit MaxFileBytes).");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
