using ClauseLens.Analysis.Writing;
using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis.Reports;

/// <summary>
/// The batch report as an Excel workbook: a "Documents" sheet (one row per document, numbered from 1,
/// with its type, playbook and findings counted) and a "Findings" sheet (one row per finding with the
/// ask, as <see cref="BatchCsv.WriteFindings"/>). Counts are numbers, so Excel sums and sorts them.
/// </summary>
public static class BatchXlsx
{
    /// <summary>The column headings of the Documents sheet.</summary>
    public static IReadOnlyList<string> DocumentColumns { get; } = DocumentColumnsFor(null);

    /// <summary><see cref="DocumentColumns"/> in a batch's language (Japanese for <c>ja</c>).</summary>
    public static IReadOnlyList<string> DocumentColumnsFor(string? language)
    {
        var w = ReportWords.For(language);
        return [.. w.WorkbookDocumentColumns, .. DocumentReport.CoreLabels.Select(l => ReaderWords.Label(l, w.Language)), w.WorstFinding, w.Reason];
    }

    /// <summary>The workbook's bytes.</summary>
    public static byte[] Render(BatchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var w = ReportWords.For(report.Language);
        var documents = report.Documents.Select(d =>
        {
            var done = d.Status == DocumentStatus.Done;
            object? Count(Func<BatchFinding, bool> which) => done ? d.Findings.Count(which) : null;
            return (IReadOnlyList<object?>)
            [
                d.Index + 1, d.Name, ReaderWords.Status(d.Status, w.Language), ReaderWords.ContractType(d.ContractType, w.Language), d.Playbook ?? "",
                Count(f => f.Kind != FindingKind.Drafting && f.Severity == Severity.High),
                Count(f => f.Kind != FindingKind.Drafting && f.Severity == Severity.Medium),
                Count(f => f.Kind != FindingKind.Drafting && f.Severity == Severity.Low),
                Count(f => f.Kind == FindingKind.Drafting),
                .. DocumentReport.CoreLabels.Select(label => (object?)(!done ? "" : d.Core(label) switch { CoreClause.Present => w.Present, CoreClause.Missing => w.Missing, _ => w.NotRequired })),
                d.Worst is { } worst ? $"{ReaderWords.Severity(worst.Severity, w.Language)}: {worst.Title}" : "",
                d.Reason ?? "",
            ];
        }).ToList();
        double[] documentWidths = [5, 40, 10, 14, 24, 7, 8, 7, 9, .. DocumentReport.CoreLabels.Select(_ => 14.0), 50, 40];
        double[] findingWidths = [5, 10, 36, 14, 24, 9, 13, 18, 8, 24, 44, 44, 44, 44, 16, 20];
        return IssueListXlsx.Workbook(w.PageTitle + " " + report.Id,
            new XlsxSheet(w.DocumentsSheet, DocumentColumnsFor(report.Language), documentWidths, documents),
            new XlsxSheet(w.FindingsSheet, BatchCsv.FindingsHeaderFor(report.Language), findingWidths, [.. BatchCsv.FindingRows(report)]));
    }
}
