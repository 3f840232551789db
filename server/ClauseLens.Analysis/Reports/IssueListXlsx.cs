using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ClauseLens.Analysis.Reports;

/// <summary>
/// One row of a reviewer's issue list: a finding with the decision taken on it. Built by the task
/// pane from the reviewer's own document and decisions; rendered here and never kept.
/// </summary>
public sealed record IssueRow(
    string? Clause,
    string? Heading,
    string? Finding,
    string? Severity,
    string? Kind,
    string? Evidence,
    string? Ask,
    string? Fallback,
    string? Decision,
    string? Note,
    string? Reviewer,
    string? Date,
    string? History);

/// <summary>One sheet of a workbook: its name, column headings and widths, and rows of cells (a string, an int, or null).</summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<string> Columns, IReadOnlyList<double> Widths, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>
/// Renders an issue list as an .xlsx workbook: one sheet, a bold frozen header row, one row per issue,
/// numbered from 1. <see cref="Workbook"/> renders any sheets the same way (the batch report's documents and findings).
/// </summary>
public static class IssueListXlsx
{
    /// <summary>The column headings in English, in order (the first is the 1-based row number).</summary>
    public static IReadOnlyList<string> Columns => ReportWords.English.IssueColumns;

    /// <summary>Excel's limit on the characters in one cell.</summary>
    public const int MaxCellLength = 32_767;

    /// <summary>The media type of an .xlsx file.</summary>
    public const string MediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The workbook's bytes, its headings in the reader's <paramref name="language"/> (ja: Japanese).</summary>
    public static byte[] Render(IReadOnlyList<IssueRow> rows, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var w = ReportWords.For(language);
        return Workbook(w.IssueListTitle, new XlsxSheet(w.IssuesSheet, w.IssueColumns, Widths, [.. rows.Select((r, i) => Cells(r, i + 1))]));
    }

    /// <summary>An issue row's cells in <see cref="Columns"/> order, <paramref name="number"/> first.</summary>
    public static IReadOnlyList<string?> Cells(IssueRow r, int number) =>
        [number.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Clause, r.Heading, r.Finding, r.Severity, r.Kind, r.Evidence,
         r.Ask, r.Fallback, r.Decision, r.Note, r.Reviewer, r.Date, r.History];

    /// <summary>
    /// A workbook of <paramref name="sheets"/>, each with a bold frozen header row; strings are inline
    /// text (never formulas), ints are numbers (so a spreadsheet sums and sorts them).
    /// </summary>
    public static byte[] Workbook(string title, params XlsxSheet[] sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        using var stream = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = package.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var list = new Sheets();
            for (var s = 0; s < sheets.Length; s++)
            {
                var sheet = sheets[s];
                var sheetPart = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                data.Append(Row(1, sheet.Columns, header: true));
                for (var i = 0; i < sheet.Rows.Count; i++)
                {
                    data.Append(Row((uint)i + 2, sheet.Rows[i], header: false));
                }

                sheetPart.Worksheet = new Worksheet(
                    new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
                    { WorkbookViewId = 0, TabSelected = s == 0 }),
                    new Columns(sheet.Columns.Select((_, i) => new Column
                    {
                        Min = (uint)i + 1, Max = (uint)i + 1, Width = i < sheet.Widths.Count ? sheet.Widths[i] : 14, CustomWidth = true,
                    })),
                    data);
                list.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = (uint)s + 1, Name = sheet.Name });
            }

            workbook.Workbook.AppendChild(list);
            package.PackageProperties.Title = title;
            package.PackageProperties.Creator = "ClauseLens";
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static readonly double[] Widths = [5, 10, 24, 40, 10, 14, 40, 40, 40, 18, 30, 18, 18, 40];

    private static Row Row(uint index, IEnumerable<object?> values, bool header)
    {
        var row = new Row { RowIndex = index };
        var column = 0;
        foreach (var value in values)
        {
            var reference = ColumnName(column++) + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            // Inline strings: no shared-string table to keep in step; text only, so nothing is ever read as a formula.
            row.Append(value is int number
                ? new Cell { CellReference = reference, DataType = CellValues.Number, StyleIndex = 2u, CellValue = new CellValue(number) }
                : new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    StyleIndex = header ? 1u : 2u,
                    InlineString = new InlineString(new Text(Clean(value as string ?? value?.ToString())) { Space = SpaceProcessingModeValues.Preserve }),
                });
        }

        return row;
    }

    // XML 1.0 cannot hold most control characters; a pasted contract can.
    private static string Clean(string? value) =>
        string.IsNullOrEmpty(value) ? "" : new string([.. value.Where(c => c is '\t' or '\n' or '\r' || (c >= ' ' && c is not '\uFFFE' and not '\uFFFF'))]);

    private static string ColumnName(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + (index - 1) % 26) + name;
        }

        return name;
    }

    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true }));
}

/// <summary>
/// An issue list as CSV for Excel, as the task pane writes it: UTF-8 with a byte-order mark (so Japanese
/// shows), CRLF, every field quoted, rows numbered from 1, cells a spreadsheet would run as a formula defused.
/// </summary>
public static class IssueListCsv
{
    /// <summary>The CSV text, starting with the byte-order mark (U+FEFF), its headings in the reader's <paramref name="language"/>.</summary>
    public static string Write(IReadOnlyList<IssueRow> rows, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new System.Text.StringBuilder("\uFEFF");
        Line(csv, ReportWords.For(language).IssueColumns);
        for (var i = 0; i < rows.Count; i++)
        {
            Line(csv, IssueListXlsx.Cells(rows[i], i + 1));
        }

        return csv.ToString();
    }

    private static void Line(System.Text.StringBuilder csv, IEnumerable<string?> cells)
    {
        csv.AppendJoin(',', cells.Select(c => "\"" + BatchCsv.Defuse(c ?? "").Replace("\"", "\"\"") + "\""));
        csv.Append("\r\n");
    }
}
