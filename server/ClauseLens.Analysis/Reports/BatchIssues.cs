using ClauseLens.Analysis.Writing;
namespace ClauseLens.Analysis.Reports;

/// <summary>
/// A batch document's issue list (issue 20): the rows the task pane exports for an open document, built
/// from the document's stored row. The server keeps no decisions, so those columns are left for the
/// reviewer to fill in.
/// </summary>
public static class BatchIssues
{
    /// <summary>One row per finding, worst first, in the batch's language (<c>ja</c>: Japanese).</summary>
    public static IReadOnlyList<IssueRow> Rows(DocumentReport document, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var w = ReportWords.For(language);
        return
        [
            .. document.Findings.Select(f => new IssueRow(
                f.ClauseNumber ?? (f.Start is null && f.ClauseHeading is null ? w.NotInContract : ""),
                f.ClauseHeading ?? "",
                f.Detail is null ? f.Title : $"{f.Title} ({f.Detail})",
                ReaderWords.Severity(f.Severity, w.Language),
                ReaderWords.Kind(f.Kind, w.Language),
                f.Evidence ?? "",
                f.Ask ?? "",
                f.Fallback ?? "",
                "", "", "", "", "")),
        ];
    }
}
