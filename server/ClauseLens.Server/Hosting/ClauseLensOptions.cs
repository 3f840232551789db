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

    /// <summary>Deepest nesting of .docx XML, HTML elements and PDF arrays/dictionaries (422 beyond it).</summary>
    [Range(16, 10_000)]
    public int MaxNestingDepth { get; set; } = 200;

    /// <summary>Most bytes one XML part of a .docx may unpack to (422 beyond it).</summary>
    [Range(1024, 1L << 32)]
    public long MaxXmlPartBytes { get; set; } = 24L * 1024 * 1024;

    /// <summary>Most bytes one PDF object stream may unpack to; checked while inflating, before PdfPig parses it (422 beyond it).</summary>
    [Range(1024, 1L << 32)]
    public long MaxPdfObjectStreamBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>Most bytes one compressed PDF content stream (a page's operators) may unpack to; counted before PdfPig inflates it (422 beyond it).</summary>
    [Range(1024, 1L << 32)]
    public long MaxPdfContentStreamBytes { get; set; } = 4L * 1024 * 1024;

    /// <summary>Most characters on one PDF page (422 beyond it).</summary>
    [Range(100, 10_000_000)]
    public int MaxPdfGlyphsPerPage { get; set; } = 20_000;

    /// <summary>Time budget of one analysis in seconds (422 "too complex" beyond it).</summary>
    [Range(1, 3600)]
    public int AnalysisSeconds { get; set; } = 15;

    /// <summary>Analyses (and file reads) run at once by this server; 0 means one per core.</summary>
    [Range(0, 1024)]
    public int MaxConcurrentAnalyses { get; set; }

    /// <summary>Requests that may wait for an analysis slot; one more is answered 503 with Retry-After.</summary>
    [Range(0, 100_000)]
    public int MaxQueuedAnalyses { get; set; } = 64;

    /// <summary>How long a request waits for a slot before it is answered 503 with Retry-After.</summary>
    [Range(1, 600)]
    public int QueueSeconds { get; set; } = 30;

    /// <summary><see cref="MaxConcurrentAnalyses"/>, or the core count when it is 0.</summary>
    public int EffectiveConcurrentAnalyses => MaxConcurrentAnalyses > 0 ? MaxConcurrentAnalyses : Environment.ProcessorCount;
}

/// <summary>Where the model comes from (section <c>ClauseLens:Model</c>).</summary>
public sealed class ModelOptions
{
    /// <summary>Path of the classifier; empty means the model shipped next to the binaries.</summary>
    public string? Path { get; set; }
}
