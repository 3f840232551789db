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
    public void HeatMapPutsTheRiskiestDocumentsAndClausesFirstWithTotals()
    {
        static BatchFinding F(Severity severity, string label, FindingKind kind = FindingKind.Missing) => new(severity, kind, label, "t", null, null, null);
        var report = new BatchReport("b1", DateTimeOffset.UnixEpoch, null,
        [
            new DocumentReport(0, "calm.txt", DocumentStatus.Done, null, [], [F(Severity.Low, ClauseLabels.Royalties)], "licence", "japan-sme-collaboration"),
            DocumentReport.Pending(1, "failed.pdf", DocumentStatus.Failed, "unreadable"),
            new DocumentReport(2, "risky.txt", DocumentStatus.Done, null, [],
                [F(Severity.High, ClauseLabels.Liability), F(Severity.Medium, ClauseLabels.Royalties), F(Severity.Low, ClauseLabels.Liability, FindingKind.Drafting)],
                "nda", "commercial-nda"),
            new DocumentReport(3, "middling.txt", DocumentStatus.Done, null, [], [F(Severity.Medium, ClauseLabels.Assignment), F(Severity.Medium, ClauseLabels.Royalties)], "supply", "supply-agreement"),
        ]);

        Assert.Equal(["risky.txt", "middling.txt", "calm.txt", "failed.pdf"], BatchHtml.ByRisk(report).Select(d => d.Name));
        Assert.Equal([ClauseLabels.Liability, ClauseLabels.Royalties, ClauseLabels.Assignment], BatchHtml.LabelsByRisk(report).Take(3));
        var svg = BatchHtml.HeatMapSvg(report);
        Assert.True(svg.IndexOf(">Liability<", StringComparison.Ordinal) < svg.IndexOf(">Royalties<", StringComparison.Ordinal));
        Assert.Contains("NDA · commercial-nda", svg);
        // Row totals in row order (risky, middling, calm, failed); drafting findings are not risks.
        Assert.Equal(["2", "2", "1", "–"], System.Text.RegularExpressions.Regex.Matches(svg, "class=\"row-total\">([^<]*)<").Select(m => m.Groups[1].Value));
        // Column totals in column order: liability 1, royalties 3, assignment 1, the rest 0.
        Assert.Equal(["1", "3", "1", "0"], System.Text.RegularExpressions.Regex.Matches(svg, "class=\"column-total\">([^<]*)<").Select(m => m.Groups[1].Value).Take(4));
        Assert.Contains("class=\"grand-total\">5<", svg);
    }

    // An NDA has no IP ownership or non-compete clause by nature: its playbook does not ask for one,
    // so the portfolio does not list them as missing. A collaboration's playbook asks for both.
    [Fact]
    public void CoreClausesAreMissingOnlyWhereTheDocumentsPlaybookAsksForThem()
    {
        DocumentReport Row(int index, string name, string type, string playbook) =>
            new(index, name, DocumentStatus.Done, null, [ClauseLabels.Confidentiality, ClauseLabels.GoverningLaw], [], type, playbook);
        var nda = Row(0, "nda.txt", "nda", "commercial-nda");
        var collaboration = Row(1, "jda.txt", "collaboration", BuiltInPlaybooks.DefaultId);
        var custom = Row(2, "own.txt", "nda", "our-own-playbook");

        Assert.Empty(nda.CoreMissing);
        Assert.False(nda.Expects(ClauseLabels.IpOwnership));
        Assert.Equal([ClauseLabels.IpOwnership, ClauseLabels.NonCompete], collaboration.CoreMissing);
        // A playbook the report cannot read: every core label counts, as it always did.
        Assert.Equal([ClauseLabels.IpOwnership, ClauseLabels.NonCompete], custom.CoreMissing);

        var report = new BatchReport("b1", DateTimeOffset.UnixEpoch, "by contract type", [nda, collaboration]);
        var csv = BatchCsv.Write(report).Split('\n');
        Assert.Contains("not required", csv[1], StringComparison.Ordinal);
        Assert.DoesNotContain("missing", csv[1], StringComparison.Ordinal);
        Assert.Contains("missing", csv[2], StringComparison.Ordinal);
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
