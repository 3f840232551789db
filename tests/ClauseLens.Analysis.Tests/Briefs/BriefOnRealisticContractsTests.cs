using ClauseLens.Analysis.Briefs;
using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis.Tests.Briefs;

/// <summary>The brief on realistic contracts, with the real extractor, evaluator and default playbook.</summary>
public sealed class BriefOnRealisticContractsTests
{
    [Fact]
    public void ThePlantedHighSeverityProblemsAreTheTopGapsInSeverityOrder()
    {
        var brief = RealisticContracts.Brief(RealisticContracts.PlantedProblems);

        var rules = brief.TopGaps.Select(g => g.RuleId).ToList();
        Assert.Contains("no-assignment-of-background", rules);
        Assert.Contains("non-compete-duration", rules);
        Assert.Contains("nda-exclusions", rules);
        Assert.Equal(BriefBuilder.MaxTopGaps, rules.Count);
        Assert.Equal(brief.TopGaps.Select(g => g.Severity).OrderByDescending(s => s), brief.TopGaps.Select(g => g.Severity));
        Assert.All(brief.TopGaps, g => Assert.Equal(Severity.High, g.Severity));
    }

    [Fact]
    public void TheFirstThreeGapsComeFromThreeDifferentTopics()
    {
        var brief = RealisticContracts.Brief(RealisticContracts.PlantedProblems);

        Assert.Equal(
            [BriefTopics.Ownership, BriefTopics.NonCompete, BriefTopics.Confidentiality],
            brief.TopGaps.Take(3).Select(g => g.Topic));
        var nonCompete = brief.TopGaps.First(g => g.RuleId == "non-compete-duration");
        Assert.Contains("Found: 60 months; limit 24 months.", nonCompete.AtStake);
        Assert.Equal("Clause 5 (Non-Competition)", nonCompete.Where.Reference);
        Assert.Equal("five (5) years", nonCompete.Where.Quote);
    }

    [Fact]
    public void NothingFromTheBalancedContractIsATopGap()
    {
        var brief = RealisticContracts.Brief(RealisticContracts.Balanced);

        // Japanese law and a Tokyo seat are Sakura's home: a fact for Northwind to weigh, not a playbook problem.
        Assert.Equal(["asymmetry/home-court"], brief.TopGaps.Select(g => g.RuleId));
        Assert.Contains("Sakura Seiki\u2019s home", brief.TopGaps[0].Title);
        Assert.Equal(BriefTopics.LawAndDisputes, brief.TopGaps[0].Topic);
        var met = brief.SoundClauses.Sum(s => s.RuleIds.Count);
        Assert.True(met >= 15, $"{met} checks met");
        Assert.All(brief.Topics.SelectMany(t => t.Points), p => Assert.True(p.Severity < BriefBuilder.TopGapThreshold, p.RuleId));
    }

    [Fact]
    public void TheDealAtAGlanceComesFromThePreambleAndTheFacts()
    {
        var planted = RealisticContracts.Brief(RealisticContracts.PlantedProblems).Deal;
        var balanced = RealisticContracts.Brief(RealisticContracts.Balanced).Deal;

        Assert.Equal(["Northwind Robotics Inc.", "Sakura Seiki Co., Ltd."], planted.Parties);
        Assert.Equal("Joint development agreement", planted.AgreementType);
        Assert.Equal("New York (United States)", planted.GoverningLaw);
        Assert.Equal("Courts in New York (exclusive)", planted.Forum);
        Assert.Equal("Japan", balanced.GoverningLaw);
        Assert.StartsWith("Arbitration (JCAA)", balanced.Forum);
    }

    [Fact]
    public void TheBalancedContractsChecklistNamesSurvivalRegistrationsAndPrototypes()
    {
        var items = RealisticContracts.Brief(RealisticContracts.Balanced).AfterSigning;

        var survival = Assert.Single(items, i => i.Area == BriefChecklistArea.Survival && i.Action.StartsWith("Confidentiality", StringComparison.Ordinal));
        Assert.Contains("Confidentiality survives 3 years after termination or expiry", survival.Action);
        Assert.Contains("that is 5 years after the effective date", survival.Action);
        Assert.Contains(items, i => i.Area == BriefChecklistArea.Registrations && i.Action.Contains("patents", StringComparison.Ordinal) && i.Where is not null);
        Assert.Contains(items, i => i.Area == BriefChecklistArea.PrototypesAndData && i.Where is not null);
    }

    [Fact]
    public void ThePlantedContractsSilenceOnPrototypesIsFlagged()
    {
        var items = RealisticContracts.Brief(RealisticContracts.PlantedProblems).AfterSigning;

        Assert.Null(Assert.Single(items, i => i.Area == BriefChecklistArea.PrototypesAndData).Where);
    }
}
