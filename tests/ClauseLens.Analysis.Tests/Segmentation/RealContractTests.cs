using ClauseLens.Analysis.Segmentation;

namespace ClauseLens.Analysis.Tests.Segmentation;

/// <summary>The segmenter over every contract in shared/data (CUAD PDF extractions, ContractNLI NDAs, METI models).</summary>
public sealed class RealContractTests
{
    public static TheoryData<string> Contracts() => SegmentationData.AllContractNames();

    [Theory]
    [MemberData(nameof(Contracts))]
    public void ClausesCoverTheContractInOrderWithoutOverlap(string file)
    {
        var document = SegmentationData.Load(Path.Combine(SegmentationData.Root, file));

        var clauses = SegmentationAssert.Segmented(document);
    }

    [Theory]
    [MemberData(nameof(Contracts))]
    public void ClausesAreOfClassifierSizeAndTheContractHasOperativeSections(string file)
    {
        var document = SegmentationData.Load(Path.Combine(SegmentationData.Root, file));

        var clauses = new ClauseSegmenter().Segment(document);

        Assert.All(clauses, c => Assert.InRange(c.End - c.Start, 1, 2000));
        Assert.Contains(clauses, c => c.Kind is ClauseKind.Section or ClauseKind.Definitions);
        Assert.True(clauses.Count >= 10, $"{clauses.Count} clauses");
    }

    [Theory]
    [InlineData("cuad_KUBIENT_INC_07_02_2020-EX-10.14-MASTER_SERVICES_AGREEMENT_Part1.txt", 14)]
    [InlineData("cuad_LegacyEducationAllianceInc_20141110_8-K_EX-10.9_8828866_EX-10.9_Endorsement_Agreement.txt", 23)]
    [InlineData("cuad_AMERICASSHOPPINGMALLINC_12_10_1999-EX-10.2-SITE_DEVELOPMENT_AND_HOSTING_AGREEMENT.txt", 10)]
    [InlineData("cuad_Zounds_Hearing_Inc._-_MANUFACTURING_DESIGN_MARKETING_AGREEMENT.txt", 15)]
    [InlineData("cuad_IpassInc_20181203_8-K_EX-99.1_11445874_EX-99.1_Reseller_Agreement.txt", 12)]
    [InlineData("contractnli_606_1402305_0001193125-11-343865_d268167dex99d2.htm.txt", 19)]
    [InlineData("cuad_EtonPharmaceuticalsInc_20191114_10-Q_EX-10.1_11893941_EX-10.1_Development_Agreement.txt", 15)]
    [InlineData("cuad_DataCallTechnologies_20060918_SB-2A_EX-10.9_944510_EX-10.9_Content_License_Agreement.txt", 10)]
    [InlineData("cuad_WOMENSGOLFUNLIMITEDINC_03_29_2000-EX-10.13-ENDORSEMENT_AGREEMENT.txt", 11)]
    [InlineData("cuad_InnerscopeHearingTechnologiesInc_20181109_8-K_EX-10.6_11419704_EX-10.6_Distributor_Agreement.txt", 12)]
    [InlineData("cuad_VirtuosoSurgicalInc_20191227_1-A_EX1A-6_MAT_CTRCT_11933379_EX1A-6_MAT_CTRCT_License_Agreement.txt", 9)]
    public void TopLevelSectionsMatchAHandCount(string file, int sections)
    {
        var document = SegmentationData.Load(Path.Combine(SegmentationData.Root, "contracts", file));

        var clauses = new ClauseSegmenter().Segment(document);

        var topLevel = clauses
            .Where(c => c.Kind is ClauseKind.Section or ClauseKind.Definitions && c.Number is { } n && n.All(char.IsAsciiDigit))
            .Select(c => int.Parse(c.Number!, System.Globalization.CultureInfo.InvariantCulture))
            .Distinct()
            .ToList();
        Assert.Equal(Enumerable.Range(1, sections), topLevel);
    }

    [Fact]
    public void RomanArticlesAreFoundInOrder()
    {
        var document = SegmentationData.Load(Path.Combine(SegmentationData.Root, "contracts", "cuad_DRKOOPCOMINC_04_21_1999-EX-10.28-SPONSORSHIP_AGREEMENT.txt"));

        var clauses = new ClauseSegmenter().Segment(document);

        var articles = clauses.Where(c => c.Kind == ClauseKind.Section && c.Number is { } n && n.All(ch => "IVX".Contains(ch))).Select(c => c.Number!).Distinct();
        Assert.Equal(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"], articles);
    }
}
