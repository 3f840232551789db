using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis.Tests.Playbooks;

public sealed class BuiltInPlaybooksTests
{
    [Fact]
    public void ShipsTheDefaultAndTheNdaPlaybooks()
    {
        Assert.Equal(["commercial-nda", "japan-sme-collaboration"], BuiltInPlaybooks.All.Keys.Order(StringComparer.Ordinal));
        Assert.Same(BuiltInPlaybooks.All[BuiltInPlaybooks.DefaultId], BuiltInPlaybooks.Default);
    }

    [Fact]
    public void DefaultPlaybookHasAtLeastTwentyFiveRulesOfEveryKind()
    {
        var rules = BuiltInPlaybooks.Default.Rules;

        Assert.True(rules.Count >= 25, $"{rules.Count} rules");
        Assert.Equal(Enum.GetValues<RuleKind>(), rules.Select(r => r.Kind).Distinct().Order());
    }

    [Theory]
    [InlineData("ip_ownership")]
    [InlineData("confidentiality")]
    [InlineData("non_compete")]
    [InlineData("governing_law")]
    public void DefaultPlaybookRequiresTheCoreLabels(string label) =>
        Assert.Contains(BuiltInPlaybooks.Default.Rules, r => r.Kind == RuleKind.Required && r.Label == label);

    [Fact]
    public void EveryBuiltInRuleSaysWhyWhatToAskAndWhereItComesFrom()
    {
        foreach (var rule in BuiltInPlaybooks.All.Values.SelectMany(p => p.Rules))
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Explanation), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.Ask), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.Source), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.Topic), rule.Id);
        }
    }

    [Fact]
    public void DefaultRulesAboveInfoCarryATalkingPoint() =>
        Assert.All(BuiltInPlaybooks.Default.Rules.Where(r => r.Severity > Severity.Info), r => Assert.False(string.IsNullOrWhiteSpace(r.TalkingPoint), r.Id));

    [Fact]
    public void NonCompeteLimitIsTwentyFourMonthsByDefault()
    {
        var rule = Assert.Single(BuiltInPlaybooks.Default.Rules, r => r.Kind == RuleKind.Limit && r.Label == ClauseLabels.NonCompete && r.Limit!.Fact == LimitedFact.Duration);

        Assert.Equal(24, rule.Limit!.MaxMonths);
    }
}
