using AngleSharp.Html.Parser;
using ClauseLens.Analysis;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Reports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ClauseLens.Server.Tests.Batches;

/// <summary>A batch whose findings are in Japanese reads Japanese throughout its report and exports (issue 18).</summary>
public sealed class JapaneseBatchReportTests
{
    private static BatchReport Report(string? language) => new("b1", DateTimeOffset.UnixEpoch, null,
    [
        new DocumentReport(0, "共同研究開発契約書.docx", DocumentStatus.Done, null, [ClauseLabels.GoverningLaw],
        [
            new BatchFinding(Severity.High, FindingKind.Missing, ClauseLabels.IpOwnership, "共同研究の成果の帰属を定める条項がない", null, null, null),
            new BatchFinding(Severity.Medium, FindingKind.OverlyBroad, ClauseLabels.NonCompete, "競業避止の範囲が広すぎる", 10, 20, "いかなる事業も"),
        ], "collaboration", "japan-sme-collaboration"),
        DocumentReport.Pending(1, "broken.pdf", DocumentStatus.Failed, "unreadable"),
    ])
    { Language = language };

    [Fact]
    public void AJapaneseBatchsFindingsCsvHasJapaneseHeadersAndABom()
    {
        var csv = BatchCsv.WriteFindings(Report("ja"));

        Assert.StartsWith(BatchCsv.ByteOrderMark, csv, StringComparison.Ordinal);
        var lines = csv[1..].Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        Assert.Equal(["#", "文書番号", "文書", "契約の種類", "プレイブック", "重要度", "種別", "分野", "条項", "見出し", "指摘事項", "根拠となる文言", "要望", "代替案", "label", "rule"], header);
        Assert.StartsWith("1,1,共同研究開発契約書.docx,協業契約,japan-sme-collaboration,高,欠落,知的財産の帰属,", lines[1], StringComparison.Ordinal);
        // The bytes Excel reads: UTF-8 with its byte-order mark, the Japanese intact.
        var bytes = System.Text.Encoding.UTF8.GetBytes(csv);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Contains("重要度", System.Text.Encoding.UTF8.GetString(bytes[3..]), StringComparison.Ordinal);
    }

    [Fact]
    public void AnEnglishBatchKeepsItsEnglishHeaders()
    {
        var header = BatchCsv.WriteFindings(Report(null))[1..].Split("\r\n")[0];

        Assert.Equal(string.Join(',', BatchCsv.FindingsHeader), header);
        Assert.StartsWith("#,Document #,Document,Contract type,Playbook,Severity,Kind", header, StringComparison.Ordinal);
        Assert.Equal(BatchCsv.FindingsHeader, BatchCsv.FindingsHeaderFor("en"));
    }

    [Fact]
    public void AJapaneseBatchsPageHasNoEnglishHeading()
    {
        var page = new HtmlParser().ParseDocument(BatchHtml.Render(Report("ja")));

        Assert.Equal("ja", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(["ヒートマップ", "文書一覧", "文書ごとの指摘事項"], page.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.Equal("契約書ポートフォリオ", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(ReportWords.Japanese.DocumentColumns, page.QuerySelectorAll("table.docs th").Select(th => th.TextContent));
        Assert.Equal(ReportWords.Japanese.FindingColumns, page.QuerySelectorAll("table.findings th").Select(th => th.TextContent));
        Assert.Contains("知的財産の帰属", page.QuerySelector("svg")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("凡例", page.QuerySelector("ul.legend")!.TextContent, StringComparison.Ordinal);
        var text = page.Body!.TextContent;
        foreach (var english in new[] { "Heat map", "Documents", "Findings by document", "Legend", "Total", "Severity", "Ask for", "Not analysed", "present, no finding" })
        {
            Assert.DoesNotContain(english, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AJapaneseBatchsWorkbookHasJapaneseSheetsAndColumns()
    {
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(BatchXlsx.Render(Report("ja"))), false);
        var part = workbook.WorkbookPart!;
        var strings = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];

        Assert.Equal(["文書一覧", "指摘事項"], part.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        foreach (var sheet in part.WorksheetParts)
        {
            var firstRow = sheet.Worksheet.Descendants<Row>().First().Elements<Cell>()
                .Select(c => c.DataType?.Value == CellValues.SharedString ? strings[int.Parse(c.InnerText, System.Globalization.CultureInfo.InvariantCulture)] : c.InnerText)
                .ToList();
            Assert.Contains(firstRow, h => h is "文書" or "重要度");
            Assert.DoesNotContain(firstRow, h => h is "Document" or "Severity" or "Status");
        }
    }
}
