using System.ComponentModel.DataAnnotations;

namespace ClauseLens.Server.Batches;

/// <summary>How batches are run (section <c>ClauseLens:Batches</c>).</summary>
public sealed class BatchesOptions
{
    /// <summary>Documents analysed at once by this server; 0 means one per processor.</summary>
    [Range(0, 256)]
    public int Parallelism { get; set; }

    /// <summary>How long a claim on a document lasts before another worker may take it over (renewed while the analysis runs).</summary>
    [Range(1, 3600)]
    public int LeaseSeconds { get; set; } = 60;

    /// <summary>How often an idle worker looks for work queued by another server instance.</summary>
    [Range(10, 60_000)]
    public int PollMilliseconds { get; set; } = 500;

    /// <summary>Attempts at one document before it is marked failed (a document that crashes the worker).</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Most documents in one batch (files, or entries of a zip).</summary>
    [Range(1, 100_000)]
    public int MaxDocuments { get; set; } = 1_000;

    /// <summary>
    /// Days a batch is kept after it was created, with its files and results; then the background
    /// purge deletes it. 0 keeps batches until they are deleted through the API.
    /// </summary>
    [Range(0, 36_500)]
    public int RetentionDays { get; set; } = 30;

    /// <summary>
    /// Most bytes the .zip files of one upload may unpack to (checked before unpacking; 422 beyond it).
    /// Every unpacked document is held in memory until the batch is stored, so this bounds what one
    /// upload can cost the server.
    /// </summary>
    [Range(1024, 1L << 34)]
    public long MaxZipUnpackedBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>The degree of parallelism in force.</summary>
    public int EffectiveParallelism => Parallelism > 0 ? Parallelism : Environment.ProcessorCount;
}
