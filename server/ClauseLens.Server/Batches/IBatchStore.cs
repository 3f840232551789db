using ClauseLens.Analysis.Context;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Reports;

namespace ClauseLens.Server.Batches;

/// <summary>Names one document of one batch.</summary>
public sealed record DocumentKey(string BatchId, int Index);

/// <summary>A document as uploaded: queued with its bytes, or already failed with a reason (unsupported type in a zip, …).</summary>
public sealed record NewDocument(string Name, string? Extension, byte[]? Content, string? FailedReason);

/// <summary>A batch to store.</summary>
/// <param name="PlaybookId">The playbook named for every document, or null: each document gets the one for its contract type.</param>
/// <param name="Options">The contract type (for every document; null: detected per document), side and language given for the whole batch.</param>
public sealed record NewBatch(string Id, string Owner, string? PlaybookId, DateTimeOffset CreatedAt, IReadOnlyList<NewDocument> Documents, AnalysisOptions? Options = null);

/// <summary>A document a worker has claimed: its bytes, its lease, and the batch's playbook (null: by type) and deal options.</summary>
public sealed record ClaimedDocument(DocumentKey Key, string Name, string Extension, string? PlaybookId, byte[] Content, int Attempt, AnalysisOptions? Options = null);

/// <summary>How many findings of each severity (risk findings only) and how many drafting findings a finished document has.</summary>
public sealed record DocumentFindingCounts(int High, int Medium, int Low, int Drafting)
{
    /// <summary>The counts of an analysed document's row.</summary>
    public static DocumentFindingCounts Of(DocumentReport report) => new(
        report.Findings.Count(f => f.Kind != FindingKind.Drafting && f.Severity == Severity.High),
        report.Findings.Count(f => f.Kind != FindingKind.Drafting && f.Severity == Severity.Medium),
        report.Findings.Count(f => f.Kind != FindingKind.Drafting && f.Severity == Severity.Low),
        report.DraftingCount);
}

/// <summary>One document's place in a batch, for status and reports.</summary>
/// <param name="ContractType">Once done: its contract type (detected, or the batch's given one).</param>
/// <param name="Playbook">Once done: the playbook applied to it.</param>
/// <param name="Findings">Once done: its findings counted by severity, and its drafting findings.</param>
public sealed record DocumentState(int Index, string Name, DocumentStatus Status, string? Reason,
    string? ContractType = null, string? Playbook = null, DocumentFindingCounts? Findings = null);

/// <summary>A batch and where each of its documents stands.</summary>
/// <param name="PlaybookId">The playbook named for every document, or null: chosen per document by its type.</param>
/// <param name="Options">The contract type, side and language the batch was submitted with.</param>
public sealed record BatchState(string Id, string? PlaybookId, DateTimeOffset CreatedAt, IReadOnlyList<DocumentState> Documents, AnalysisOptions? Options = null)
{
    /// <summary>True when no document is queued or being analysed.</summary>
    public bool IsComplete => Documents.All(d => d.Status is DocumentStatus.Done or DocumentStatus.Failed);
}

/// <summary>What a store reports about itself for health checks: its kind, where it is, and its schema version against this code's.</summary>
public sealed record StoreProbe(string Kind, string Location, int SchemaVersion, int ExpectedSchemaVersion)
{
    /// <summary>The database has been migrated to what this code writes.</summary>
    public bool IsCurrent => SchemaVersion == ExpectedSchemaVersion;
}

/// <summary>The status words both stores keep in their <c>status</c> column, and how both keep a batch's playbook choice.</summary>
internal static class BatchStatuses
{
    // The playbook columns are NOT NULL since the first schema: an empty id means "the playbook for
    // each document's contract type" (batches submitted without one, since schema 4).
    public static string StoredPlaybook(string? playbookId) => playbookId ?? "";

    public static string? PlaybookFromStore(string stored) => stored.Length == 0 ? null : stored;

    public static AnalysisOptions? Options(string? contractType, string? side, string? language) =>
        contractType is null && side is null && language is null ? null : new AnalysisOptions(contractType, side, language);

    public static DocumentStatus Parse(string status) => status switch
    {
        "queued" => DocumentStatus.Queued,
        "analysing" => DocumentStatus.Analysing,
        "done" => DocumentStatus.Done,
        _ => DocumentStatus.Failed,
    };
}

/// <summary>A finished document's stored result: the table row and the full analysis (JSON, offsets only).</summary>
public sealed record StoredResult(DocumentReport Report, string? AnalysisJson);

/// <summary>
/// The durable job store of batches. Work is claimed with a lease (<c>claimed_by</c>, <c>lease_until</c>)
/// so a crashed worker's documents go back to the queue when the lease runs out, and every write of a
/// result is conditional on still holding the claim, so each document ends <c>done</c> exactly once.
/// <see cref="SqliteBatchStore"/> (one server, the default) and <see cref="PostgresBatchStore"/>
/// (<c>FOR UPDATE SKIP LOCKED</c>, any number of servers) behave the same; one contract test suite runs on both.
/// </summary>
public interface IBatchStore
{
    /// <summary>Creates the schema or brings it up to date.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>Reaches the database and reads its schema version; throws when it cannot be reached.</summary>
    Task<StoreProbe> ProbeAsync(CancellationToken cancellationToken);

    /// <summary>Stores a batch and its documents in one transaction.</summary>
    Task CreateAsync(NewBatch batch, CancellationToken cancellationToken);

    /// <summary>The batch if it exists and belongs to <paramref name="owner"/>; otherwise null.</summary>
    Task<BatchState?> GetAsync(string batchId, string owner, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the oldest document that is queued or whose lease has run out, for <paramref name="lease"/>.
    /// Null when there is no work.
    /// </summary>
    Task<ClaimedDocument?> ClaimAsync(string worker, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Extends a lease the worker still holds; false when it has lost the claim.</summary>
    Task<bool> RenewAsync(DocumentKey key, string worker, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the document done with its result and drops its uploaded bytes, if the worker still holds
    /// the claim. False (and nothing written) otherwise: the write is idempotent.
    /// </summary>
    Task<bool> CompleteAsync(DocumentKey key, string worker, StoredResult result, CancellationToken cancellationToken);

    /// <summary>Marks the document failed with a reason and drops its bytes, if the worker still holds the claim.</summary>
    Task<bool> FailAsync(DocumentKey key, string worker, string reason, CancellationToken cancellationToken);

    /// <summary>Every document's result row (pending ones too), in upload order; null when the batch is not the owner's.</summary>
    Task<IReadOnlyList<StoredResult>?> ResultsAsync(string batchId, string owner, CancellationToken cancellationToken);

    /// <summary>Removes the batch, its uploaded files and its results. False when it is not the owner's.</summary>
    Task<bool> DeleteAsync(string batchId, string owner, CancellationToken cancellationToken);

    /// <summary>
    /// Removes every batch created before <paramref name="createdBefore"/>, whoever owns it, with its
    /// uploaded files and results, as <see cref="DeleteAsync"/> does. Returns how many batches went.
    /// </summary>
    Task<int> PurgeAsync(DateTimeOffset createdBefore, CancellationToken cancellationToken);

    /// <summary>Documents waiting to be claimed, across every batch and every server (the queue depth metric).</summary>
    Task<long> CountQueuedAsync(CancellationToken cancellationToken);
}
