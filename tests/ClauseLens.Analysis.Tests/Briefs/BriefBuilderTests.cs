using ClauseLens.Analysis.Briefs;
using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis.Tests.Briefs;

public sealed class BriefBuilderTests
{
    private static BriefContractBuilder JointDevelopment(out string ip, out string nonCompete, out string nda, out string law)
    {
        var builder = new BriefContractBuilder()
            .Preamble("JOINT DEVELOPMENT AGREEMENT",
                "This Agreement is made by and between Northwind Robotics Inc., a Delaware corporation (\"Northwind\") and Sakura Seiki Co., Ltd., a Japanese corporation (\"Sakura\").")
            .Clause("3", "Intellectual Property", "All Background IP disclosed by Sakura shall be assigned to Northwind.", [ClauseLabels.IpOwnership], out ip)
            .Clause("5", "Confidentiality", "Each party shall keep the other's information confidential.", [ClauseLabels.Confidentiality], out nda)
            .Clause("7", "Non-Compete", "Sakura shall not engage in any business worldwide for ten (10) years.", [ClauseLabels.NonCompete], out nonCompete)
            .Clause("12", "Governing Law", "This Agreement is governed by the laws of the State of New York.", [ClauseLabels.GoverningLaw], out law);
        return builder;
    }

    [Fact]
    public void TopGapsAreOrderedBySeverityThenByWhatTheWordingDoesThenByBusinessImpact()
    {
        var brief = JointDevelopment(out var ip, out var nonCompete, out var nda, out var law)
            .Finding("nda-return", FindingKind.Missing, Severity.Medium, ClauseLabels.Confidentiality, nda, topic: "Confidentiality")
            .Finding("dispute-resolution-required", FindingKind.Missing, Severity.Medium, ClauseLabels.DisputeResolution, topic: "Law and disputes")
            .Finding("non-compete-duration", FindingKind.OverlyBroad, Severity.High, ClauseLabels.NonCompete, nonCompete, "ten (10) years", "Non-compete")
            .Finding("confidentiality-exclusions", FindingKind.Missing, Severity.High, ClauseLabels.Confidentiality, nda, topic: "Confidentiality")
            .Finding("no-assignment-of-background", FindingKind.Unbalanced, Severity.High, ClauseLabels.IpOwnership, ip, "shall be assigned to Northwind", "Background know-how")
            .Finding("dispute-channel", FindingKind.Missing, Severity.Low, ClauseLabels.DisputeResolution, topic: "Law and disputes")
            .Finding("governing-law-required", FindingKind.Ok, Severity.High, ClauseLabels.GoverningLaw, law, topic: "Law and disputes")
            .Brief();

        Assert.Equal(
            ["no-assignment-of-background", "non-compete-duration", "confidentiality-exclusions", "nda-return", "dispute-resolution-required"],
            brief.TopGaps.Select(g => g.RuleId));
        Assert.Equal([1, 2, 3, 4, 5], brief.TopGaps.Select(g => g.Rank));
        Assert.Equal(BriefTopics.Ownership, brief.TopGaps[0].Topic);
    }

    [Fact]
    public void AtMostFiveGapsReachTheFirstPage()
    {
        var builder = JointDevelopment(out _, out _, out var nda, out _);
        for (var i = 0; i < 8; i++)
        {
            builder.Finding($"rule-{i}", FindingKind.Missing, Severity.High, ClauseLabels.Confidentiality, nda);
        }

        var brief = builder.Brief();

        Assert.Equal(BriefBuilder.MaxTopGaps, brief.TopGaps.Count);
        // The detail lists the other three once; the first page's five are not repeated there.
        Assert.Equal(3, brief.Topics.Single().Points.Count);
    }

    [Fact]
    public void ARuleBrokenInSeveralClausesIsOneGap()
    {
        var brief = new BriefContractBuilder()
            .Clause("4", "Non-Compete", "No competing business for five (5) years.", [ClauseLabels.NonCompete], out var first)
            .Clause("9", "Exclusivity", "No competing products for five (5) years.", [ClauseLabels.NonCompete], out var second)
            .Finding("non-compete-duration", FindingKind.OverlyBroad, Severity.High, ClauseLabels.NonCompete, first, "five (5) years")
            .Finding("non-compete-duration", FindingKind.OverlyBroad, Severity.High, ClauseLabels.NonCompete, second, "five (5) years")
            .Brief();

        var gap = Assert.Single(brief.TopGaps);
        Assert.Equal("Clause 4 (Non-Compete)", gap.Where.Reference);
        Assert.Empty(brief.Topics);
    }

    [Fact]
    public void NothingFromABalancedContractIsPresentedAsAGap()
    {
        var brief = JointDevelopment(out var ip, out _, out var nda, out var law)
            .Finding("background-stays-with-owner", FindingKind.Ok, Severity.High, ClauseLabels.IpOwnership, ip, topic: "Background know-how")
            .Finding("confidentiality-required", FindingKind.Ok, Severity.High, ClauseLabels.Confidentiality, nda, topic: "Confidentiality")
            .Finding("governing-law-required", FindingKind.Ok, Severity.High, ClauseLabels.GoverningLaw, law, topic: "Law and disputes")
            .Finding("non-compete-present", FindingKind.Missing, Severity.Info, ClauseLabels.NonCompete, topic: "Non-compete")
            .Finding("dispute-channel", FindingKind.Missing, Severity.Low, ClauseLabels.DisputeResolution, topic: "Law and disputes")
            .Brief();

        Assert.Empty(brief.TopGaps);
        Assert.Equal(
            ["Ownership of results: Clause 3 (Intellectual Property)", "Confidentiality: Clause 5 (Confidentiality)", "Governing law: Clause 12 (Governing Law)"],
            brief.SoundClauses.Select(s => s.Text));
        Assert.Equal([BriefTopics.NonCompete, BriefTopics.LawAndDisputes], brief.Topics.Select(t => t.Name));
    }

    [Theory]
    [InlineData(FindingKind.Missing, Severity.Medium, true)]
    [InlineData(FindingKind.OverlyBroad, Severity.High, true)]
    [InlineData(FindingKind.Unbalanced, Severity.Medium, true)]
    [InlineData(FindingKind.Missing, Severity.Low, false)]
    [InlineData(FindingKind.Missing, Severity.Info, false)]
    [InlineData(FindingKind.Uncertain, Severity.High, false)]
    [InlineData(FindingKind.Ok, Severity.High, false)]
    public void OnlyRealProblemsOfMediumSeverityOrMoreAreGaps(FindingKind kind, Severity severity, bool isGap)
    {
        var finding = new Finding("r/doc", "r", kind, severity, ClauseLabels.Confidentiality, null, null, "t", "e", "a", null, null, "s");

        Assert.Equal(isGap, BriefBuilder.IsGap(finding));
    }

    [Theory]
    [InlineData("Ownership of results", ClauseLabels.IpOwnership, BriefTopics.Ownership)]
    [InlineData("Background know-how", ClauseLabels.IpOwnership, BriefTopics.Ownership)]
    [InlineData("Grant-backs", ClauseLabels.LicenseGrant, BriefTopics.Ownership)]
    [InlineData("Licence terms", ClauseLabels.Royalties, BriefTopics.Licence)]
    [InlineData("Restrictions on the licensee", ClauseLabels.LicenseGrant, BriefTopics.Licence)]
    [InlineData("Confidentiality", ClauseLabels.Confidentiality, BriefTopics.Confidentiality)]
    [InlineData("Technology leakage", ClauseLabels.Confidentiality, BriefTopics.Confidentiality)]
    [InlineData("Non-compete", ClauseLabels.NonCompete, BriefTopics.NonCompete)]
    [InlineData("Law and disputes", ClauseLabels.GoverningLaw, BriefTopics.LawAndDisputes)]
    [InlineData("After the project", ClauseLabels.IpOwnership, BriefTopics.AfterProject)]
    [InlineData(null, ClauseLabels.Royalties, BriefTopics.Licence)]
    [InlineData(null, ClauseLabels.TermTermination, BriefTopics.AfterProject)]
    [InlineData("Something bespoke", ClauseLabels.DisputeResolution, BriefTopics.LawAndDisputes)]
    [InlineData(null, ClauseLabels.Liability, BriefTopics.Other)]
    public void FindingsMapToTheBriefsTopicsByRuleTopicThenLabel(string? ruleTopic, string label, string expected)
    {
        var finding = new Finding("r/doc", "r", FindingKind.Missing, Severity.High, label, null, null, "t", "e", "a", null, null, "s", ruleTopic);

        Assert.Equal(expected, BriefTopics.Of(finding));
    }

    [Fact]
    public void TopicsFollowTheBriefsOrderAndFindingsInThemGoMostSevereFirst()
    {
        var brief = JointDevelopment(out var ip, out var nonCompete, out var nda, out _)
            .Finding("law", FindingKind.Missing, Severity.High, ClauseLabels.GoverningLaw)
            .Finding("nda-low", FindingKind.Missing, Severity.Low, ClauseLabels.Confidentiality, nda)
            .Finding("nda-high", FindingKind.Missing, Severity.High, ClauseLabels.Confidentiality, nda)
            .Finding("nc", FindingKind.OverlyBroad, Severity.High, ClauseLabels.NonCompete, nonCompete)
            .Finding("ip", FindingKind.Uncertain, Severity.Medium, ClauseLabels.IpOwnership, ip)
            .Brief();

        // The three high gaps are on the first page; the detail has the rest, in the topics' order.
        Assert.Equal(["law", "nc", "nda-high"], brief.TopGaps.Select(g => g.RuleId).Order());
        Assert.Equal([BriefTopics.Ownership, BriefTopics.Confidentiality], brief.Topics.Select(t => t.Name));
        Assert.Equal(["nda-low"], brief.Topics[1].Points.Select(p => p.RuleId));
    }

    [Fact]
    public void AGapSaysWhatIsAtStakeWhatToAskTheFallbackAndHowToSayIt()
    {
        var brief = JointDevelopment(out _, out var nonCompete, out _, out _)
            .Finding("non-compete-duration", FindingKind.OverlyBroad, Severity.High, ClauseLabels.NonCompete, nonCompete,
                "ten (10) years", "Non-compete", detail: "120 months; limit 24")
            .Brief();

        var gap = Assert.Single(brief.TopGaps);
        Assert.Equal("Explanation of non-compete-duration. Found: 120 months; limit 24.", gap.AtStake);
        Assert.Equal("Ask of non-compete-duration.", gap.Ask);
        Assert.Equal("Fallback of non-compete-duration.", gap.Fallback);
        Assert.Equal("Default talking point.", gap.TalkingPoint);
        Assert.Equal("Clause 7 (Non-Compete)", gap.Where.Reference);
        Assert.Equal("ten (10) years", gap.Where.Quote);
    }

    [Theory]
    [InlineData("Background know-how", "know-how is and stays yours")]
    [InlineData("Confidentiality", "standard practice and protect both sides")]
    [InlineData("Law and disputes", "talk it through between ourselves")]
    [InlineData("Non-compete", "keep any restriction to what we actually build together")]
    public void AGapWithoutATalkingPointGetsOneFramedForTheRelationship(string topic, string expected)
    {
        var brief = new BriefContractBuilder()
            .Finding("r", FindingKind.Missing, Severity.High, ClauseLabels.Confidentiality, topic: topic, talkingPoint: null)
            .Brief();

        Assert.Contains(expected, Assert.Single(brief.TopGaps).TalkingPoint);
    }

    [Fact]
    public void AMissingClauseIsLocatedAsNotInTheContract()
    {
        var brief = new BriefContractBuilder()
            .Finding("governing-law-required", FindingKind.Missing, Severity.High, ClauseLabels.GoverningLaw)
            .Brief();

        var gap = Assert.Single(brief.TopGaps);
        Assert.Equal("Not in the contract", gap.Where.Reference);
        Assert.Null(gap.Where.Quote);
    }

    [Fact]
    public void LongEvidenceIsQuotedShortAndOnOneLine()
    {
        var words = string.Join("   ", Enumerable.Range(0, 80).Select(i => $"word{i}"));
        var brief = new BriefContractBuilder()
            .Clause("2", "Scope", words, [ClauseLabels.NonCompete], out var id)
            .Finding("r", FindingKind.OverlyBroad, Severity.High, ClauseLabels.NonCompete, id, words)
            .Brief();

        var quote = Assert.Single(brief.TopGaps).Where.Quote!;
        Assert.True(quote.Length <= 181, $"{quote.Length} characters");
        Assert.EndsWith("\u2026", quote);
        Assert.DoesNotContain("  ", quote);
        Assert.StartsWith("word0 word1 word2", quote);
    }

    [Fact]
    public void UncertainFindingsAndMissingBasicsBecomeQuestionsToSettle()
    {
        var brief = new BriefContractBuilder()
            .Preamble("SUPPLY AGREEMENT")
            .Clause("4", "Know-how", "The parties may share know-how.", [ClauseLabels.IpOwnership], out var id)
            .Finding("background-stays-with-owner", FindingKind.Uncertain, Severity.High, ClauseLabels.IpOwnership, id,
                title: "It is unclear whether background know-how stays with its owner")
            .Brief();

        Assert.Equal(
            ["Who exactly are the contracting parties?", "Which law governs the agreement?", "Where would a dispute be decided, and how?",
             "What does clause 4 (Know-how) provide on ownership of improvements?"],
            brief.Questions.Select(q => q.Question));
        Assert.Contains("It is unclear whether background know-how stays with its owner", brief.Questions[^1].Why);
        Assert.Equal("Clause 4 (Know-how)", brief.Questions[^1].Where!.Reference);
        Assert.Empty(brief.TopGaps);
    }

    [Fact]
    public void TheBriefSaysWhichPlaybookAndModelProducedIt()
    {
        var brief = new BriefContractBuilder { PlaybookId = "commercial-nda", ModelVersion = "clause-classifier-2026-11-25" }.Brief();

        Assert.Equal("commercial-nda", brief.Provenance.PlaybookId);
        Assert.Equal("1.0", brief.Provenance.PlaybookVersion);
        Assert.Equal("clause-classifier-2026-11-25", brief.Provenance.ModelVersion);
        Assert.Contains("not legal advice", NegotiationBrief.Disclaimer);
    }

    [Fact]
    public void WithinASeverityEachTopicsFirstGapComesBeforeAnyTopicsSecond()
    {
        var brief = JointDevelopment(out _, out var nonCompete, out var nda, out _)
            .Finding("non-compete-duration", FindingKind.OverlyBroad, Severity.High, ClauseLabels.NonCompete, nonCompete, topic: "Non-compete")
            .Finding("non-compete-territory", FindingKind.OverlyBroad, Severity.High, ClauseLabels.NonCompete, nonCompete, topic: "Non-compete")
            .Finding("non-compete-scope", FindingKind.OverlyBroad, Severity.High, ClauseLabels.NonCompete, nonCompete, topic: "Non-compete")
            .Finding("nda-exclusions", FindingKind.OverlyBroad, Severity.High, ClauseLabels.Confidentiality, nda, topic: "Confidentiality")
            .Finding("nda-return", FindingKind.Unbalanced, Severity.Medium, ClauseLabels.Confidentiality, nda, topic: "Confidentiality")
            .Finding("law-and-forum-consistent", FindingKind.Unbalanced, Severity.Medium, ClauseLabels.DisputeResolution, topic: "Law and disputes")
            .Brief();

        Assert.Equal(
            ["non-compete-duration", "nda-exclusions", "non-compete-territory", "non-compete-scope", "nda-return"],
            brief.TopGaps.Select(g => g.RuleId));
    }

    [Theory]
    [InlineData("60 months; limit 24 months", "Explanation of r. Found: 60 months; limit 24 months.")]
    [InlineData("worldwide.", "Explanation of r. Found: worldwide.")]
    [InlineData("not found: excl_public, excl_known", "Explanation of r.")]
    [InlineData(null, "Explanation of r.")]
    public void WhatIsAtStakeAddsWhatWasMeasuredButNotTheEnginesElementNames(string? detail, string expected)
    {
        var brief = new BriefContractBuilder()
            .Finding("r", FindingKind.OverlyBroad, Severity.High, ClauseLabels.NonCompete, detail: detail)
            .Brief();

        Assert.Equal(expected, Assert.Single(brief.TopGaps).AtStake);
    }
}
