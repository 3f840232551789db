using ClauseLens.Analysis.Drafting;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Segmentation;

namespace ClauseLens.Analysis.Tests.Drafting;

public sealed class BilingualVersionsTests
{
    private static string[] Pair(string jaYears, string jaPercent, string jaPrevails) =>
    [
        "Joint Development Agreement",
        "Article 1 (Purpose)",
        "The parties shall jointly develop a sensor module.",
        "Article 2 (Non-competition)",
        "During the term and for 3 years after its end, neither party shall develop a competing sensor.",
        "Article 3 (Royalty)",
        "The licensee shall pay a royalty of 5% of net sales.",
        "Article 4 (Language)",
        "This Agreement is made in English and Japanese. The English version shall prevail.",
        "共同開発契約書",
        "第1条（目的）",
        "両当事者は、センサーモジュールを共同で開発する。",
        "第2条（競業避止）",
        $"本契約の期間中及び終了後{jaYears}、いずれの当事者も競合するセンサーを開発してはならない。",
        "第3条（実施料）",
        $"ライセンシーは、正味販売額の{jaPercent}の実施料を支払う。",
        "第4条（言語）",
        $"本契約は英語及び日本語で作成する。{jaPrevails}",
    ];

    private static IReadOnlyList<Finding> Check(string[] paragraphs, bool reportMissingPrevailing = true)
    {
        var document = ContractDocument.FromParagraphs(paragraphs);
        return new DraftingChecker().Check(document, new ClauseSegmenter().Segment(document), reportMissingPrevailing);
    }

    [Fact]
    public void AlignedVersionsDrawNoFinding() =>
        Assert.Empty(Check(Pair("3年間", "5%", "英語版が優先する。")));

    [Fact]
    public void VersionsThatDifferOnPeriodPercentageAndPrevailingLanguageAreEachReported()
    {
        var findings = Check(Pair("5年間", "3%", "日本語版が優先する。"));
        var document = ContractDocument.FromParagraphs(Pair("5年間", "3%", "日本語版が優先する。"));

        var period = Assert.Single(findings, f => f.Detail!.Contains("duration", StringComparison.Ordinal));
        Assert.Equal(DraftingCheck.BilingualMismatch, period.Check);
        Assert.Equal(Severity.High, period.Severity);
        Assert.Equal("article 2, duration: English 3 years; Japanese 5 years", period.Detail);
        Assert.Equal("3 years", document.Slice(period.Evidence!.Start, period.Evidence.End));
        Assert.Equal("5年間", document.Slice(period.RelatedEvidence!.Start, period.RelatedEvidence.End));

        var percent = Assert.Single(findings, f => f.Detail!.Contains("percentage", StringComparison.Ordinal));
        Assert.Equal("article 3, percentage: English 5%; Japanese 3%", percent.Detail);
        Assert.NotNull(percent.RelatedEvidence);

        var prevailing = Assert.Single(findings, f => f.Check == DraftingCheck.PrevailingLanguage);
        Assert.Equal(Severity.High, prevailing.Severity);
        Assert.Equal("the English version says English prevails; the Japanese version says Japanese prevails", prevailing.Detail);
        Assert.NotNull(prevailing.RelatedEvidence);
        Assert.Equal(3, findings.Count);
    }

    [Fact]
    public void BriefRaisesLanguageVersionsThatDisagreeButNotOtherDraftingFixes()
    {
        var findings = Check(Pair("5年間", "3%", "日本語版が優先する。"));
        Assert.All(findings, f => Assert.True(ClauseLens.Analysis.Briefs.BriefBuilder.IsGap(f)));
        var unused = new Finding("drafting/unused_definition/c1", "drafting.unused_definition", FindingKind.Drafting, Severity.Medium, DraftingChecker.Label,
            null, new Evidence(0, 3), "t", "e", "a", null, null, "s", Check: DraftingCheck.UnusedDefinition);
        Assert.False(ClauseLens.Analysis.Briefs.BriefBuilder.IsGap(unused));
    }

    [Fact]
    public void MissingPrevailingLanguageIsReportedOnlyWhenAsked()
    {
        var paragraphs = Pair("3年間", "5%", "").Select(p => p.Replace(" The English version shall prevail.", "", StringComparison.Ordinal)).ToArray();
        var finding = Assert.Single(Check(paragraphs));
        Assert.Equal(DraftingCheck.PrevailingLanguage, finding.Check);
        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Empty(Check(paragraphs, reportMissingPrevailing: false));
    }
}
