using ClauseLens.Analysis.Writing;
using System.Globalization;
using System.Text;
using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis.Reports;

/// <summary>
/// The batch table as CSV (RFC 4180) for Excel and scripts: UTF-8 with a byte-order mark (so Excel
/// shows Japanese names and text), CRLF line ends, documents numbered from 1 as the report numbers them.
/// <see cref="Write"/> has one row per document under a stable header of ids; <see cref="WriteFindings"/>
/// one row per finding, in the reviewer's words, with the ask. Cells that a spreadsheet would run as a
/// formula are defused with a leading quote.
/// </summary>
public static class BatchCsv
{
    /// <summary>The byte-order mark each CSV starts with.</summary>
    public const string ByteOrderMark = "\uFEFF";

    /// <summary>
    /// The header row. Columns are only ever added at the end, so scripts reading them keep working;
    /// <c>index</c> counts from 1, as the report's # column does.
    /// </summary>
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
        var csv = new StringBuilder(ByteOrderMark);
        AppendRow(csv, Header);
        foreach (var document in report.Documents)
        {
            AppendRow(csv, Row(document));
        }

        return csv.ToString();
    }

    /// <summary>The header of <see cref="WriteFindings"/>: people's words first, the ids scripts need last.</summary>
    public static IReadOnlyList<string> FindingsHeader { get; } = FindingsHeaderFor(null);

    /// <summary>
    /// <see cref="FindingsHeader"/> in a batch's language: the people's columns in Japanese for a
    /// Japanese batch; the ids (<c>label</c>, <c>rule</c>) the same in every language.
    /// </summary>
    public static IReadOnlyList<string> FindingsHeaderFor(string? language) => [.. ReportWords.For(language).FindingsCsvHeader, "label", "rule"];

    /// <summary>Writes one row per finding of every analysed document (worst first within a document), numbered from 1.</summary>
    public static string WriteFindings(BatchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder(ByteOrderMark);
        AppendRow(csv, FindingsHeaderFor(report.Language));
        foreach (var row in FindingRows(report))
        {
            AppendRow(csv, row.Select(c => c is int n ? n.ToString(CultureInfo.InvariantCulture) : c as string));
        }

        return csv.ToString();
    }

    /// <summary>The rows of <see cref="WriteFindings"/> (numbers as ints), shared with the workbook.</summary>
    public static IEnumerable<IReadOnlyList<object?>> FindingRows(BatchReport report)
    {
        var number = 0;
        var language = ReportWords.For(report.Language).Language;
        foreach (var d in report.Documents.Where(d => d.Status == DocumentStatus.Done))
        {
            foreach (var f in d.Findings)
            {
                yield return
                [
                    ++number, d.Index + 1, d.Name, ReaderWords.ContractType(d.ContractType, language), d.Playbook ?? "",
                    ReaderWords.Severity(f.Severity, language), ReaderWords.Kind(f.Kind, language), ReaderWords.Label(f.Label, language),
                    f.ClauseNumber ?? "", f.ClauseHeading ?? "", f.Detail is null ? f.Title : $"{f.Title} ({f.Detail})",
                    f.Evidence ?? "", f.Ask ?? "", f.Fallback ?? "", f.Label, f.RuleId ?? "",
                ];
            }
        }
    }

    /// <summary>One cell, quoted when RFC 4180 needs it and defused when a spreadsheet would evaluate it.</summary>
    public static string Cell(string? value)
    {
        var text = Defuse(value ?? "");
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }

    /// <summary>The text with a leading quote when a spreadsheet would run it as a formula.</summary>
    public static string Defuse(string text)
    {
        // OWASP "CSV injection": a leading = + - @ (or tab / CR, which some spreadsheets skip) starts a formula.
        return text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }

    private static IEnumerable<string> Row(DocumentReport d)
    {
        var done = d.Status == DocumentStatus.Done;
        var worst = d.Worst;
        return
        [
            (d.Index + 1).ToString(CultureInfo.InvariantCulture), d.Name, BatchReport.Name(d.Status), d.Reason ?? "",
            .. DocumentReport.CoreLabels.Select(label => !done ? "" : d.Core(label) switch { CoreClause.Present => "present", CoreClause.Missing => "missing", _ => "not required" }),
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

    private static void AppendRow(StringBuilder csv, IEnumerable<string?> cells)
    {
        csv.AppendJoin(',', cells.Select(Cell));
        csv.Append("\r\n");
    }
}
