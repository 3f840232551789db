using ClauseLens.Analysis.Briefs;
using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis.Tests.Briefs;

/// <summary>The commercial asymmetries, read by the real extractor from hand-labelled clauses.</summary>
public sealed class BriefAsymmetriesTests
{
    private static readonly (string Text, string[] Labels)[] Preamble =
    [
        ("COLLABORATION AGREEMENT", []),
        ("This Collaboration Agreement is made by and between Alpha Pharma Inc., a Delaware corporation (\"Alpha\"), and Beta Seiki Co., Ltd., a company organised under the laws of Japan (\"Beta\").", []),
    ];

    private static NegotiationBrief Brief(params (string Text, string[] Labels)[] clauses) =>
        new BriefBuilder().Build(RealisticContracts.Analyse([.. Preamble, .. clauses]).Document, RealisticContracts.Analyse([.. Preamble, .. clauses]).Analysis);

    private static BriefGap? Point(NegotiationBrief brief, string rule) => brief.TopGaps.SingleOrDefault(g => g.RuleId == rule);

    [Fact]
    public void ATerminationRightAtWillOnlyOnePartyHasIsAPointEvenBesideAMutualRightForBreach()
    {
        var brief = Brief(
            ("1. Termination by Alpha. This Agreement may be terminated by Alpha, without cause, upon thirty (30) days written notice to Beta.", [ClauseLabels.TermTermination]),
            ("2. Termination for Cause. This Agreement may be terminated by either Party for material breach by the other Party.", [ClauseLabels.TermTermination]));

        var point = Assert.IsType<BriefGap>(Point(brief, "asymmetry/one-way-termination"));
        Assert.Equal("Only Alpha may terminate at will", point.Title);
        Assert.Equal("Clause 1 (Termination by Alpha)", point.Where.Reference);
        Assert.Equal("may be terminated by Alpha", point.Where.Quote);
        Assert.Equal(Severity.High, point.Severity);
    }

    [Fact]
    public void AMutualRightAtWillIsNoPoint()
    {
        var brief = Brief(
            ("1. Termination. This Agreement may be terminated by Alpha, without cause, on notice, and may be terminated by either Party at any time on ninety (90) days notice.", [ClauseLabels.TermTermination]));

        Assert.Null(Point(brief, "asymmetry/one-way-termination"));
    }

    [Fact]
    public void APerpetualIrrevocableLicenceIsAPointQuotingTheGrant()
    {
        var brief = Brief(
            ("1. License Grant. Beta hereby grants to Alpha a non-exclusive, royalty-free, perpetual, irrevocable, worldwide license under all of Beta's patents.", [ClauseLabels.LicenseGrant]));

        var point = Assert.IsType<BriefGap>(Point(brief, "asymmetry/perpetual-licence"));
        Assert.Equal("A perpetual and irrevocable licence is granted", point.Title);
        Assert.StartsWith("perpetual, irrevocable", point.Where.Quote);
    }

    [Fact]
    public void LawAndSeatAtOnePartysHomeIsAPoint()
    {
        var brief = Brief(
            ("1. Governing Law. This Agreement shall be governed by the laws of the State of Delaware.", [ClauseLabels.GoverningLaw]),
            ("2. Arbitration. Any dispute shall be finally settled by arbitration under the rules of the International Chamber of Commerce, seated in the State of Delaware.", [ClauseLabels.DisputeResolution]));

        var point = Assert.IsType<BriefGap>(Point(brief, "asymmetry/home-court"));
        Assert.StartsWith("Law and disputes sit in Alpha Pharma\u2019s home jurisdiction (Delaware)", point.Title);
        Assert.Equal(["Delaware", "Japan"], brief.Deal.PartyHomes);
    }

    [Fact]
    public void ANeutralLawIsNoPoint()
    {
        var brief = Brief(("1. Governing Law. This Agreement shall be governed by the laws of England.", [ClauseLabels.GoverningLaw]));

        Assert.Null(Point(brief, "asymmetry/home-court"));
    }

    [Fact]
    public void ACapOnOnlyOnePartysLiabilityIsAPointAndAMutualCapIsNot()
    {
        var oneSided = Brief(("1. Liability. Beta's total liability under this Agreement shall not exceed the fees paid to it.", [ClauseLabels.Liability]));
        var mutual = Brief(("1. Liability. Each Party's total liability under this Agreement shall not exceed the fees paid.", [ClauseLabels.Liability]));

        Assert.Equal("Only Beta\u2019s liability is capped", Assert.IsType<BriefGap>(Point(oneSided, "asymmetry/one-sided-cap")).Title);
        Assert.Null(Point(mutual, "asymmetry/one-sided-cap"));
    }

    [Fact]
    public void TheBriefToleratesAFindingKindItDoesNotKnowAndJapaneseTitles()
    {
        var unknown = (FindingKind)42;
        var brief = new BriefContractBuilder()
            .Clause("7", "秘密保持", "甲及び乙は、相手方の秘密情報を第三者に開示してはならない。", [ClauseLabels.Confidentiality], out var id)
            .Finding("drafting-defined-term", unknown, Severity.Medium, ClauseLabels.Confidentiality, id, title: "定義語が定義されていない。")
            .Finding("nda-exclusions", FindingKind.Missing, Severity.High, ClauseLabels.Confidentiality, id, title: "秘密情報の除外事由が定められていない。")
            .Finding("nda-return", FindingKind.Missing, Severity.Medium, ClauseLabels.Confidentiality, id, title: "秘密情報の除外事由が定められていない。")
            .Brief();

        Assert.Equal(["nda-exclusions", "nda-return"], brief.TopGaps.Select(g => g.RuleId));
        var other = Assert.Single(brief.Topics.SelectMany(t => t.Points));
        Assert.Equal("42", BriefWording.English.KindWord(other.Kind));
        var markdown = new BriefMarkdownRenderer().Render(brief);
        // The second rule's identical Japanese title is shown, but its sentence is not said twice elsewhere.
        Assert.Contains("秘密情報の除外事由が定められていない。", markdown);
        Assert.Contains("定義語が定義されていない。", markdown);
    }
}
