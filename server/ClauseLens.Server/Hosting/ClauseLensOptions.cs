using System.ComponentModel.DataAnnotations;

namespace ClauseLens.Server.Hosting;

/// <summary>Limits on what one request may ask of the server (section <c>ClauseLens:Limits</c>).</summary>
public sealed class LimitsOptions
{
    /// <summary>Largest request body, JSON or upload (default 20 MB).</summary>
    [Range(1024, 1L << 31)]
    public long MaxRequestBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Most characters in one contract.</summary>
    [Range(1000, int.MaxValue)]
    public int MaxCharacters { get; set; } = 5_000_000;

    /// <summary>Most paragraphs in one contract.</summary>
    [Range(10, int.MaxValue)]
    public int MaxParagraphs { get; set; } = 50_000;

    /// <summary>Most pages read from a PDF.</summary>
    [Range(1, 100_000)]
    public int MaxPdfPages { get; set; } = 1_000;

    /// <summary>Most bytes a .docx may unpack to.</summary>
    [Range(1024, 1L << 34)]
    public long MaxUnpackedBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>Most entries in a .docx zip.</summary>
    [Range(10, 1_000_000)]
    public int MaxZipEntries { get; set; } = 5_000;
}

/// <summary>Where the model comes from (section <c>ClauseLens:Model</c>).</summary>
public sealed class ModelOptions
{
    /// <summary>Path of the classifier; empty means the model shipped next to the binaries.</summary>
    public string? Path { get; set; }
}
