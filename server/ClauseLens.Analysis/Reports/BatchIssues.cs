using ClauseLens.Analysis.Writing;
namespace ClauseLens.Analysis.Reports;

/// <summary>
/// A batch document's issue list (issue 20): the rows the task pane exports for an open document, built
/// from the document's stored row. The server keeps no decisions, so those columns are left for the
/// reviewer to fill in.
/// </summary>
public static class BatchIssues
{
    /// <summary>One row per finding, worst first.</summary>
    public static IReadOnlyList<IssueRow> Rows(DocumentReport document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return
        [
            .. document.Findings.Select(f => new IssueRow(
                f.ClauseNumber ?? (f.Start is null && f.ClauseHeading is null ? "Not in the contract" : ""),
                f.ClauseHeading ?? "",
                f.Detail is null ? f.Title : $"{f.Title} ({f.Detail})",
                ReaderWords.Severity(f.Severity),
                ReaderWords.Kind(f.Kind),
                f.Evidence ?? "",
                f.Ask ?? "",
                f.Fallback ?? "",
                "", "", "", "", "")),
        ];
    }
}
