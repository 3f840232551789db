using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis.Tests.Playbooks;

public sealed class BuiltInPlaybooksTests
{
    [Fact]
    public void ShipsTheDefaultNdaSupplyServicesAndCorePlaybooks()
    {
        Assert.Equal(["commercial-nda", "core-checks", "japan-sme-collaboration", "services-agreement", "supply-agreement"], BuiltInPlaybooks.All.Keys.Order(StringComparer.Ordinal));
        Assert.Same(BuiltInPlaybooks.All[BuiltInPlaybooks.DefaultId], BuiltInPlaybooks.Default);
    }

    [Fact]
    public void EveryBuiltInRuleHasEveryTextInJapanese()
    {
        var rules = BuiltInPlaybooks.All.Values.SelectMany(p => p.Rules.Select(r => (Playbook: p.Id, Rule: r))).ToList();

        Assert.All(rules, x =>
        {
            var ja = x.Rule.Japanese;
            Assert.True(ja is not null, $"{x.Playbook}/{x.Rule.Id} has no ja: texts");
            Assert.False(string.IsNullOrWhiteSpace(ja!.Title), $"{x.Playbook}/{x.Rule.Id}: ja.title");
            Assert.False(string.IsNullOrWhiteSpace(ja.Explanation), $"{x.Playbook}/{x.Rule.Id}: ja.explanation");
            Assert.False(string.IsNullOrWhiteSpace(ja.Ask), $"{x.Playbook}/{x.Rule.Id}: ja.ask");
            Assert.True(x.Rule.TalkingPoint is null || !string.IsNullOrWhiteSpace(ja.TalkingPoint), $"{x.Playbook}/{x.Rule.Id}: ja.talkingPoint");
            Assert.True(x.Rule.FallbackText is null || !string.IsNullOrWhiteSpace(ja.FallbackText), $"{x.Playbook}/{x.Rule.Id}: ja.fallback");
            // Japanese, not English copied across.
            Assert.Contains(ja.Title!, c => c is >= '\u3040' and <= '\u9FFF');
        });
    }

    [Fact]
    public void EveryBuiltInPlaybookServesATypeEveryTypeHasOnePlaybookAndProtectedRolesAreDeclared()
    {
        foreach (var playbook in BuiltInPlaybooks.All.Values)
        {
            Assert.NotEmpty(playbook.ContractTypes);
            Assert.All(playbook.Rules.Where(r => r.Protects is not null), r => Assert.NotNull(playbook.Role(r.Protects)));
        }

        // Each type is served by exactly one built-in playbook.
        Assert.All(ClauseLens.Analysis.Context.ContractTypes.All, type => Assert.Single(BuiltInPlaybooks.All.Values, p => p.ContractTypes.Contains(type)));
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
