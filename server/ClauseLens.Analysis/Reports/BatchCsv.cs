using System.Globalization;
using System.Text;
using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis.Reports;

/// <summary>
/// The batch table as CSV (RFC 4180): a stable header, one row per document, CRLF line ends.
/// Cells that a spreadsheet would run as a formula are defused with a leading quote.
/// </summary>
public static class BatchCsv
{
    /// <summary>The header row. Columns are only ever added at the end, so scripts reading them keep working.</summary>
    public static IReadOnlyList<string> Header { get; } =
    [
        "index", "document", "status", "reason",
        .. DocumentReport.CoreLabels,
        "high", "medium", "low", "info",
        "worst_severity", "worst_kind", "worst_label", "worst_finding", "worst_evidence",
        "contract_type", "playbook",
        "drafting", "bilingual",
    ];

    /// <summary>Writes <paramref name="report"/> as CSV.</summary>
    public static string Write(BatchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder();
        AppendRow(csv, Header);
        foreach (var document in report.Documents)
        {
            AppendRow(csv, Row(document));
        }

        return csv.ToString();
    }

    /// <summary>One cell, quoted when RFC 4180 needs it and defused when a spreadsheet would evaluate it.</summary>
    public static string Cell(string? value)
    {
        var text = value ?? "";
        // OWASP "CSV injection": a leading = + - @ (or tab / CR, which some spreadsheets skip) starts a formula.
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }

    private static IEnumerable<string> Row(DocumentReport d)
    {
        var done = d.Status == DocumentStatus.Done;
        var worst = d.Worst;
        return
        [
            d.Index.ToString(CultureInfo.InvariantCulture), d.Name, BatchReport.Name(d.Status), d.Reason ?? "",
            .. DocumentReport.CoreLabels.Select(label => !done ? "" : d.Has(label) ? "present" : "missing"),
            .. new[] { Severity.High, Severity.Medium, Severity.Low, Severity.Info }
                .Select(s => done ? d.Count(s).ToString(CultureInfo.InvariantCulture) : ""),
            worst is null ? "" : BatchReport.Name(worst.Severity),
            worst is null ? "" : BatchReport.Name(worst.Kind),
            worst?.Label ?? "", worst?.Title ?? "", worst?.Evidence ?? "",
            d.ContractType ?? "", d.Playbook ?? "",
            done ? d.DraftingCount.ToString(CultureInfo.InvariantCulture) : "",
            done ? d.BilingualCount.ToString(CultureInfo.InvariantCulture) : "",
        ];
    }

    private static void AppendRow(StringBuilder csv, IEnumerable<string> cells)
    {
        csv.AppendJoin(',', cells.Select(Cell));
        csv.Append("\r\n");
    }
}
