using ClauseLens.Analysis;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Reports;

namespace ClauseLens.Server.Tests.Batches;

public sealed class BatchReportTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+cmd", "'+cmd")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tTAB", "'\tTAB")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    [InlineData("", "")]
    public void CsvCellsAreQuotedAndDefused(string value, string expected) => Assert.Equal(expected, BatchCsv.Cell(value));

    [Fact]
    public void HeatMapMarksEachCellWithALetterAndHasALegend()
    {
        var report = new BatchReport("b1", DateTimeOffset.UnixEpoch, "default",
        [
            new DocumentReport(0, "alpha.docx", DocumentStatus.Done, null, [ClauseLabels.GoverningLaw, ClauseLabels.NonCompete],
            [
                new BatchFinding(Severity.High, FindingKind.Missing, ClauseLabels.IpOwnership, "No IP clause", null, null, null),
                new BatchFinding(Severity.Medium, FindingKind.OverlyBroad, ClauseLabels.NonCompete, "Worldwide", 10, 20, "worldwide"),
                new BatchFinding(Severity.Low, FindingKind.Unbalanced, ClauseLabels.NonCompete, "One-sided", 30, 40, "one-sided"),
            ]),
            DocumentReport.Pending(1, "beta.pdf", DocumentStatus.Failed, "The .pdf file could not be read."),
        ]);

        var svg = BatchHtml.HeatMapSvg(report);

        Assert.Contains("alpha.docx · IP ownership: high</title>", svg);
        Assert.Contains("alpha.docx · Non-compete: medium</title>", svg); // the worst of medium and low
        Assert.Contains("alpha.docx · Governing law: present, no finding</title>", svg);
        Assert.Contains("alpha.docx · Royalties: not found, no finding</title>", svg);
        Assert.Contains("beta.pdf · IP ownership: failed</title>", svg);
        var legend = BatchHtml.Render(report);
        foreach (var mark in new[] { ">H<", ">M<", ">L<", ">I<", ">✓<", ">·<" })
        {
            Assert.Contains(mark, legend); // letters, so the map and its legend read in black and white
        }
    }

    [Fact]
    public void EvidenceIsCutToTwoHundredCharacters()
    {
        var document = ContractDocument.FromParagraphs([new string('x', 50), string.Join(' ', Enumerable.Repeat("restrictive", 100))]);
        var paragraph = document.Paragraphs[1];
        var result = new AnalysisResult("m", new PlaybookReference("p", "1", "p"), [],
            [new Finding("f1", "r", FindingKind.OverlyBroad, Severity.High, ClauseLabels.NonCompete, null, new Evidence(paragraph.Start, paragraph.End),
                "t", "e", "a", null, null, "s")],
            new AnalysisSummary(2, 0, [], [], new Dictionary<string, int>(), new Dictionary<string, int>()));

        var row = DocumentReport.Analysed(0, "a.txt", result, document);

        var finding = Assert.Single(row.Findings);
        Assert.Equal(DocumentReport.MaxEvidenceCharacters, finding.Evidence!.Length);
        Assert.StartsWith("restrictive restrictive", finding.Evidence);
        Assert.Equal((paragraph.Start, paragraph.End), (finding.Start!.Value, finding.End!.Value));
        Assert.True(row.HasHighSeverity);
    }
}
