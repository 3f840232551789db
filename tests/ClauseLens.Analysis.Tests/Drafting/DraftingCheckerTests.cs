using ClauseLens.Analysis.Drafting;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Segmentation;

namespace ClauseLens.Analysis.Tests.Drafting;

public sealed class DraftingCheckerTests
{
    // A small licence written for these tests: definitions, numbered sections with sub-sections and
    // list items, cross-references and an attached exhibit. Each test breaks one thing.
    private static readonly string[] Clean =
    [
        "LICENSE AGREEMENT",
        "This License Agreement is made between Acme Robotics K.K., a Japanese corporation (\"Licensor\"), and Beta Devices Inc., a Delaware corporation (\"Licensee\").",
        "1. Definitions",
        "1.1 \"Licensed Technology\" means the robot control software described in Exhibit A.",
        "1.2 \"Territory\" means Japan and the United States.",
        "1.3 \"Net Sales\" means the gross amounts invoiced by Licensee for Products, less returns.",
        "1.4 \"Products\" means devices that embody the Licensed Technology.",
        "2. Grant",
        "2.1 Licensor grants Licensee a non-exclusive licence to use the Licensed Technology in the Territory to make Products.",
        "2.2 The licence in Section 2.1 does not include the right to sublicense, except: (a) to affiliates; (b) to contract manufacturers; and (c) with consent.",
        "3. Royalties",
        "3.1 Licensee shall pay Licensor a royalty of five percent of Net Sales.",
        "3.2 Payments under Section 3.1 are due within thirty days after each quarter.",
        "4. Term",
        "4.1 This Agreement runs for three years. Section 2.2 and Section 3 survive its end.",
        "5. Governing Law",
        "5.1 This Agreement is governed by the laws of Japan.",
        "EXHIBIT A",
        "Licensed Technology: version 2 of the control software.",
    ];

    private static IReadOnlyList<Finding> Check(IEnumerable<string> paragraphs, bool reportMissingPrevailing = true)
    {
        var document = ContractDocument.FromParagraphs(paragraphs);
        return new DraftingChecker().Check(document, new ClauseSegmenter().Segment(document), reportMissingPrevailing);
    }

    private static string[] With(string[] paragraphs, string find, string replace) =>
        [.. paragraphs.Select(p => p.Replace(find, replace, StringComparison.Ordinal))];

    [Fact]
    public void CleanContractDrawsNoDraftingFinding() =>
        Assert.Empty(Check(Clean));

    [Fact]
    public void ContractWithoutDefinitionsOrNumberingDrawsNoDraftingFinding() =>
        Assert.Empty(Check(
        [
            "Letter agreement",
            "The Supplier will deliver the Goods to the Buyer in March. The Buyer will pay on delivery.",
            "Either of us may end this letter agreement on thirty days' notice. The laws of England apply.",
        ]));

    [Fact]
    public void TermUsedButNeverDefinedIsReported()
    {
        var broken = With(Clean, "3.2 Payments under Section 3.1", "3.2 Payments for the Royalty Period under Section 3.1");
        broken = With(broken, "4.1 This Agreement runs", "4.1 Reports for the Royalty Period are due monthly. This Agreement runs");
        var finding = Assert.Single(Check(broken));
        Assert.Equal(DraftingCheck.UndefinedTerm, finding.Check);
        Assert.Equal("Royalty Period", finding.Detail);
        Assert.Equal(FindingKind.Drafting, finding.Kind);
    }

    // One slip in the clean contract, one finding: which check, what it names, how much it matters.
    [Theory]
    // A definition never used.
    [InlineData("1.2 \"Territory\" means Japan and the United States.", "1.2 \"Territory\" means Japan and the United States. \"Field\" means industrial robots.", DraftingCheck.UnusedDefinition, "\"Field\"", Severity.Low)]
    // A reference to a section the contract does not have.
    [InlineData("under Section 3.1 are due", "under Section 3.4 are due", DraftingCheck.BrokenReference, "Section 3.4", Severity.Medium)]
    // A reference to a list item the section does not have.
    [InlineData("4.1 This Agreement runs for three years.", "4.1 Subject to Section 2.2(d), this Agreement runs for three years.", DraftingCheck.BrokenReference, "Section 2.2(d)", Severity.Medium)]
    // A reference to an attachment the contract does not have.
    [InlineData("1.2 \"Territory\" means Japan and the United States.", "1.2 \"Territory\" means the countries listed in Schedule 2.", DraftingCheck.MissingAttachment, "Schedule 2", Severity.Low)]
    public void OneSlipDrawsOneFindingNamingIt(string find, string replace, DraftingCheck check, string detail, Severity severity)
    {
        var finding = Assert.Single(Check(With(Clean, find, replace)));

        Assert.Equal((check, detail, severity), (finding.Check, finding.Detail, finding.Severity));
    }

    [Fact]
    public void TermDefinedTwiceDifferentlyIsReportedWithBothDefinitions()
    {
        var broken = With(Clean, "5.1 This Agreement is governed by the laws of Japan.", "5.1 This Agreement is governed by the laws of Japan. \"Territory\" means the whole world.");
        var finding = Assert.Single(Check(broken));
        Assert.Equal(DraftingCheck.DuplicateDefinition, finding.Check);
        Assert.StartsWith("\"Territory\" defined twice", finding.Detail, StringComparison.Ordinal);
        Assert.NotNull(finding.RelatedEvidence);
    }

    [Theory]
    [InlineData("Section 10(b) of the Securities Exchange Act of 1934")]
    [InlineData("Section 365(n) of the Bankruptcy Code")]
    [InlineData("Sections 8.3.1 and 8.3.3 of that certain Supply Agreement")]
    public void ReferenceIntoAnotherDocumentIsNotChecked(string reference) =>
        Assert.Empty(Check(With(Clean, "4.1 This Agreement runs for three years.", $"4.1 This Agreement runs for three years. Nothing here affects {reference}.")));

    [Fact]
    public void GapInSectionNumbersIsReported()
    {
        var finding = Assert.Single(Check(With(With(Clean, "4. Term", "5. Term"), "5. Governing Law", "6. Governing Law")
            .Select(p => p.Replace("4.1 This", "5.1 This", StringComparison.Ordinal).Replace("5.1 This Agreement is governed", "6.1 This Agreement is governed", StringComparison.Ordinal))));
        Assert.Equal(DraftingCheck.Numbering, finding.Check);
        Assert.Equal("section 5 follows 3.2; missing 4", finding.Detail);
    }

    [Fact]
    public void SkippedListItemIsReported()
    {
        var finding = Assert.Single(Check(With(Clean, "; and (c) with consent", "; and (d) with consent")));
        Assert.Equal(DraftingCheck.Numbering, finding.Check);
        Assert.Contains("missing (c)", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void PartyCalledByAnotherLegalFormIsReported()
    {
        var finding = Assert.Single(Check(With(Clean, "5.1 This Agreement is governed by the laws of Japan.", "5.1 This Agreement is governed by the laws of Japan. Notices to Acme Robotics Co., Ltd. go to its Tokyo office.")));
        Assert.Equal(DraftingCheck.PartyName, finding.Check);
        Assert.Equal("Acme Robotics K.K. is also called Acme Robotics Co., Ltd.", finding.Detail);
    }

    [Fact]
    public void RoleNoPartyWasGivenIsReported()
    {
        var broken = With(Clean, "3.2 Payments under Section 3.1 are due within thirty days after each quarter.",
            "3.2 Payments under Section 3.1 are due within thirty days after each quarter. The Distributor shall keep records, and the Distributor shall report monthly.");
        var finding = Assert.Single(Check(broken));
        Assert.Equal(DraftingCheck.PartyName, finding.Check);
        Assert.StartsWith("\"Distributor\" is used 2 times", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void FindingsAreDeterministicAndCarryOffsetsOnly()
    {
        var broken = With(Clean, "under Section 3.1 are due", "under Section 3.4 are due");
        var first = Check(broken);
        var second = Check(broken);
        Assert.Equal(first, second);
        Assert.All(first, f => Assert.DoesNotContain("thirty days", f.Detail!, StringComparison.Ordinal));
    }
}
