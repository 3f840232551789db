using System.IO.Compression;
using ClauseLens.Analysis.Ingest;

namespace ClauseLens.Server.Batches;

/// <summary>Why an upload as a whole was refused (nothing is stored).</summary>
public sealed class BatchUploadException(int status, string title, string detail) : Exception(detail)
{
    /// <summary>The HTTP status to answer with.</summary>
    public int Status { get; } = status;

    /// <summary>The problem title.</summary>
    public string Title { get; } = title;
}

/// <summary>
/// Turns uploaded files into batch documents. A .zip is opened after the same zip-bomb checks as a
/// .docx; inside it, folders and hidden files are skipped and files of other types become failed
/// documents with a reason, so one stray file does not refuse the whole upload.
/// </summary>
public sealed class BatchUpload(ContractIngestor ingestor, int maxDocuments, long maxZipUnpackedBytes = 64L * 1024 * 1024)
{
    // One budget for all the zips of an upload: what they unpack to is held in memory until stored.
    private readonly long _maxZipUnpackedBytes = maxZipUnpackedBytes;
    private long _unpackBudget = maxZipUnpackedBytes;

    /// <summary>The documents of <paramref name="files"/>, in upload order.</summary>
    public async Task<IReadOnlyList<NewDocument>> ReadAsync(IFormFileCollection files, CancellationToken cancellationToken)
    {
        if (files.Count == 0)
        {
            throw new BatchUploadException(StatusCodes.Status400BadRequest, "No files",
                $"No file was uploaded: send the contracts as multipart/form-data files (any field name). Supported types: {SupportedTypes}, or a .zip of them.");
        }

        var documents = new List<NewDocument>();
        foreach (var file in files)
        {
            var name = CleanName(file.FileName);
            if (IsHidden(name))
            {
                continue;
            }

            var extension = Path.GetExtension(name).ToLowerInvariant();
            if (extension == ".zip")
            {
                documents.AddRange(Unzip(await ReadAllAsync(file, cancellationToken), name));
            }
            else if (ContractIngestor.FormatOf(name) is null)
            {
                throw new BatchUploadException(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                    $"File {files.ToList().IndexOf(file) + 1} is of type '{SafeExtension(extension)}', which cannot be analysed. Supported types: {SupportedTypes}, or a .zip of them.");
            }
            else
            {
                var content = await ReadAllAsync(file, cancellationToken);
                _unpackBudget -= content.Length;
            documents.Add(content.Length == 0
                    ? new NewDocument(name, extension, null, "The file is empty.")
                    : new NewDocument(name, extension, content, null));
            }

            if (documents.Count > maxDocuments)
            {
                throw TooMany();
            }
        }

        return documents.Count > 0
            ? documents
            : throw new BatchUploadException(StatusCodes.Status400BadRequest, "No documents",
                "The upload held no documents to analyse (only folders or hidden files).");
    }

    private IEnumerable<NewDocument> Unzip(byte[] package, string zipName)
    {
        var limits = ingestor.Limits with
        {
            MaxUnpackedBytes = Math.Max(0, Math.Min(ingestor.Limits.MaxUnpackedBytes, _unpackBudget)),
        };
        try
        {
            ZipBombGuard.Check(package, limits, ".zip file");
        }
        catch (IngestException e) when (e.Failure == IngestFailure.LimitExceeded && limits.MaxUnpackedBytes < ingestor.Limits.MaxUnpackedBytes)
        {
            throw new IngestException(IngestFailure.LimitExceeded,
                $"The .zip file unpacks to more than {_maxZipUnpackedBytes} bytes, the most the .zip files of one upload may unpack to (limit ClauseLens:Batches:MaxZipUnpackedBytes).", e);
        }

        using var zip = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        var documents = new List<NewDocument>();
        foreach (var entry in zip.Entries)
        {
            var name = CleanName(entry.FullName);
            if (entry.FullName.EndsWith('/') || name.Length == 0 || IsHidden(name))
            {
                continue;
            }

            var extension = Path.GetExtension(name).ToLowerInvariant();
            var displayName = $"{zipName}/{name}";
            if (ContractIngestor.FormatOf(name) is null)
            {
                documents.Add(new NewDocument(displayName, extension, null,
                    $"Files of type '{SafeExtension(extension)}' cannot be analysed. Supported types: {SupportedTypes}."));
                continue;
            }

            using var content = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(content);
            }

            _unpackBudget -= content.Length;
            documents.Add(content.Length == 0
                ? new NewDocument(displayName, extension, null, "The file is empty.")
                : new NewDocument(displayName, extension, content.ToArray(), null));
            if (documents.Count > maxDocuments)
            {
                throw TooMany();
            }
        }

        return documents;
    }

    private BatchUploadException TooMany() => new(StatusCodes.Status413PayloadTooLarge, "Too many documents",
        $"A batch holds at most {maxDocuments} documents (ClauseLens:Batches:MaxDocuments); split the upload.");

    private static async Task<byte[]> ReadAllAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream((int)Math.Min(file.Length, int.MaxValue));
        await using var stream = file.OpenReadStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    // Folder uploads send relative paths; keep them for the reader, but never anything that looks like
    // a rooted or parent path, and no control characters.
    private static string CleanName(string? raw)
    {
        var parts = (raw ?? "").Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(p => p is not "." and not "..")
            .Select(p => new string([.. p.Where(c => !char.IsControl(c))]));
        var name = string.Join('/', parts);
        return name.Length <= 260 ? name : name[^260..];
    }

    private static bool IsHidden(string name) =>
        name.Split('/').Any(part => part.StartsWith('.') || part.Equals("__MACOSX", StringComparison.OrdinalIgnoreCase));

    private static string SupportedTypes => string.Join(", ", ContractIngestor.SupportedExtensions);

    private static string SafeExtension(string extension) =>
        extension.Length is > 0 and <= 12 && extension.All(c => char.IsAsciiLetterOrDigit(c) || c == '.') ? extension : "(unknown)";
}
