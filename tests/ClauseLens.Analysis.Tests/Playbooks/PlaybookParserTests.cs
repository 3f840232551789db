using ClauseLens.Analysis.Playbooks;
using ClauseLens.TestSupport;

namespace ClauseLens.Analysis.Tests.Playbooks;

public sealed class PlaybookParserTests
{
    private const string ValidHeader = """
        id: my-playbook
        version: "2"
        name: Mine
        rules:
        """;

    private const string ValidRule = PlaybookYaml.LawRule + "\n";

    [Fact]
    public void ValidPlaybookIsRead()
    {
        var result = PlaybookParser.Parse(ValidHeader + "\n" + ValidRule + """
              - id: nc
                kind: limit
                label: non_compete
                severity: medium
                title: Too long
                explanation: Why
                ask: What
                fallback: Shorter
                fallbackPlacement: replace
                talkingPoint: Say it nicely
                source: Where
                finding: overly_broad
                limit:
                  fact: duration
                  maxMonths: 12
                  from: after_end
                  whenAbsent: uncertain
            """);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var playbook = result.Playbook!;
        Assert.Equal(("my-playbook", "2", "Mine"), (playbook.Id, playbook.Version, playbook.Name));
        Assert.Equal(["law", "nc"], playbook.Rules.Select(r => r.Id));
        var limit = playbook.Rules[1];
        Assert.Equal(RuleKind.Limit, limit.Kind);
        Assert.Equal(FindingKind.OverlyBroad, limit.Finding);
        Assert.Equal(FallbackPlacement.Replace, limit.FallbackPlacement);
        Assert.Equal(new LimitSpec(LimitedFact.Duration, 12, false, DurationSelection.AfterEnd, AbsentFactVerdict.Uncertain), limit.Limit);
    }

    [Theory]
    [InlineData("    limit:\n      fact: duration\n      maxMonths: twelve\n", 23, "rules[1].limit.maxMonths: expected a number")]
    [InlineData("    limit:\n      fact: duration\n      maxMonths: -3\n", 23, "rules[1].limit.maxMonths: expected a number")]
    [InlineData("    limit:\n      fact: length\n      maxMonths: 3\n", 22, "rules[1].limit.fact: 'length' is not one of duration, territory, scope")]
    [InlineData("    limit:\n      fact: duration\n", 22, "rules[1].limit.maxMonths: required when fact is duration")]
    [InlineData("    limit:\n      fact: duration\n      maxMonths: 3\n      allowIndefinite: maybe\n", 24, "rules[1].limit.allowIndefinite: expected true or false")]
    [InlineData("    limit:\n      fact: duration\n      maxMonths: 3\n      colour: red\n", 24, "rules[1].limit.colour: unknown field")]
    [InlineData("    limit:\n      fact: duration\n      maxMonths: 3\n      within: the_covenant\n", 24, "rules[1].limit.within: expected an element name such as restrictive_covenant")]
    public void LimitErrorsNameTheLineAndTheField(string limitBlock, int line, string expected)
    {
        var yaml = ValidHeader + "\n" + ValidRule + PlaybookYaml.NonCompeteLimitRule() + "\n" + limitBlock;

        var result = PlaybookParser.Parse(yaml);

        Assert.False(result.IsValid);
        Assert.Null(result.Playbook);
        var error = Assert.Single(result.Errors);
        Assert.Equal($"line {line}: {expected}", error.ToString());
    }

    [Theory]
    [InlineData("label: governing_law", "label: gov_law", "rules[0].label: unknown label 'gov_law'")]
    [InlineData("kind: required", "kind: mandatory", "rules[0].kind: 'mandatory' is not one of required, limit, requires, forbids, consistency")]
    [InlineData("severity: high", "severity: critical", "rules[0].severity: 'critical' is not one of info, low, medium, high")]
    [InlineData("title: No governing law", "title: \"\"", "rules[0].title: must not be empty")]
    [InlineData("source: Where", "sauce: Where", "rules[0].sauce: unknown field")]
    [InlineData("id: law", "id: Law Rule", "rules[0].id: expected lower-case letters")]
    public void InvalidFieldsAreRejected(string valid, string invalid, string expected)
    {
        var result = PlaybookParser.Parse(ValidHeader + "\n" + ValidRule.Replace(valid, invalid, StringComparison.Ordinal));

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.ToString().Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void DuplicateRuleIdsAreRejected()
    {
        var result = PlaybookParser.Parse(ValidHeader + "\n" + ValidRule + ValidRule);

        var error = Assert.Single(result.Errors);
        Assert.Equal("line 13: rules[1].id: duplicate id (also rules[0])", error.ToString());
    }

    [Fact]
    public void OneBadRuleRejectsThePlaybookWhole()
    {
        var result = PlaybookParser.Parse(ValidHeader + "\n" + ValidRule + ValidRule.Replace("id: law", "id: law2", StringComparison.Ordinal).Replace("severity: high", "severity: huge", StringComparison.Ordinal));

        Assert.Null(result.Playbook);
        Assert.Single(result.Errors);
    }

    [Fact]
    public void EveryErrorIsReportedNotOnlyTheFirst()
    {
        var result = PlaybookParser.Parse(ValidHeader + "\n" + ValidRule.Replace("severity: high", "severity: huge", StringComparison.Ordinal).Replace("label: governing_law", "label: nope", StringComparison.Ordinal));

        Assert.Equal(["rules[0].label", "rules[0].severity"], result.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("limit", "rules[0].limit: required for a rule of kind limit")]
    [InlineData("requires", "rules[0].requires: required for a rule of kind requires")]
    [InlineData("consistency", "rules[0].consistency: required for a rule of kind consistency")]
    public void KindWithoutItsBlockIsRejected(string kind, string expected)
    {
        var result = PlaybookParser.Parse(ValidHeader + "\n" + ValidRule.Replace("kind: required", "kind: " + kind, StringComparison.Ordinal));

        Assert.Contains(result.Errors, e => e.ToString().EndsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void BlockOfAnotherKindIsRejected()
    {
        var result = PlaybookParser.Parse(ValidHeader + "\n" + ValidRule + "    consistency:\n      check: law_and_forum\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal("line 13: rules[0].consistency: not allowed for a rule of kind required", error.ToString());
    }

    [Theory]
    [InlineData("[excl_public, excl_unicorn]", "rules[0].requires.elements[1]: unknown fact or element 'excl_unicorn'")]
    [InlineData("[licence_exclusive|licence_sometimes]", "rules[0].requires.elements[0]: unknown fact or element 'licence_sometimes'")]
    [InlineData("[]", "rules[0].requires.elements: expected at least one element")]
    [InlineData("[excl_public]\n      uncertainWhen: [another_nda]", "rules[0].requires.uncertainWhen[0]: unknown fact or element 'another_nda'")]
    public void UnknownElementsAreRejected(string elements, string expected)
    {
        var rule = ValidRule.Replace("kind: required", "kind: requires", StringComparison.Ordinal) + $"    requires:\n      elements: {elements}\n";

        var result = PlaybookParser.Parse(ValidHeader + "\n" + rule);

        Assert.Contains(result.Errors, e => e.ToString().EndsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void LimitWithinAndUncertainWhenAreRead()
    {
        var limitRule = ValidRule.Replace("kind: required", "kind: limit", StringComparison.Ordinal) + "    limit:\n      fact: territory\n      within: restrictive_covenant\n";
        var requiresRule = ValidRule.Replace("id: law", "id: nda", StringComparison.Ordinal).Replace("kind: required", "kind: requires", StringComparison.Ordinal)
            + "    requires:\n      elements: [excl_public]\n      uncertainWhen: [separate_nda]\n";

        var result = PlaybookParser.Parse(ValidHeader + "\n" + limitRule + requiresRule);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal("restrictive_covenant", result.Playbook!.Rules[0].Limit!.Within);
        Assert.Equal(["separate_nda"], result.Playbook.Rules[1].Elements!.UncertainWhen!);
    }

    [Fact]
    public void WeakClauseCannotBeReportedAsMissing()
    {
        var rule = ValidRule.Replace("kind: required", "kind: requires", StringComparison.Ordinal) + "    finding: missing\n    requires:\n      elements: [excl_public]\n";

        var result = PlaybookParser.Parse(ValidHeader + "\n" + rule);

        Assert.Contains(result.Errors, e => e.Field == "rules[0].finding");
    }

    [Theory]
    [InlineData("id: x\nversion: 1\nname: n\nrules: [\n", 5, "not valid YAML")]
    [InlineData("- just\n- a list\n", 1, "expected a mapping with id, version, name and rules")]
    [InlineData("", 1, "expected a mapping")]
    [InlineData("id: x\nversion: \"1\"\nname: n\nrules: []\n", 4, "rules: expected a non-empty list of rules")]
    [InlineData("version: \"1\"\nname: n\nrules: []\n", 1, "id: required")]
    public void MalformedDocumentsGiveOneClearError(string yaml, int line, string expected)
    {
        var result = PlaybookParser.Parse(yaml);

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Line == line && e.ToString().Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void AliasesAreRejectedBeforeExpansion()
    {
        var yaml = ValidHeader + "\n" + ValidRule.Replace("title: No governing law", "title: &t No governing law", StringComparison.Ordinal)
            + ValidRule.Replace("id: law", "id: law2", StringComparison.Ordinal).Replace("title: No governing law", "title: *t", StringComparison.Ordinal);

        var error = Assert.Single(PlaybookParser.Parse(yaml).Errors);

        Assert.Equal("line 17: anchors and aliases are not supported", error.ToString());
    }

    public static TheoryData<string> DeeplyNested => new()
    {
        new string('[', 100_000) + new string(']', 100_000),
        new string('{', 100_000),
        string.Concat(Enumerable.Repeat("- ", 50_000)) + "x",
        string.Concat(Enumerable.Range(0, 500).Select(i => new string(' ', i) + "k:\n")),
    };

    // The YAML tree is built recursively: nesting this deep would overflow the stack and end the
    // process, so it is refused while the events are read.
    [Theory]
    [MemberData(nameof(DeeplyNested))]
    public void DeepNestingIsRejectedWithoutBuildingTheTree(string yaml)
    {
        var error = Assert.Single(PlaybookParser.Parse(yaml).Errors);

        Assert.EndsWith($"nested more than {PlaybookParser.MaxDepth} levels deep", error.ToString());
        Assert.InRange(error.Line, 1, PlaybookParser.MaxDepth + 1);
    }

    [Fact]
    public void ASecondYamlDocumentIsAnErrorNotIgnored()
    {
        var one = ValidHeader + "\n" + ValidRule;

        var error = Assert.Single(PlaybookParser.Parse(one + "---\n" + one.Replace("my-playbook", "other", StringComparison.Ordinal)).Errors);

        Assert.Equal($"line {one.Split('\n').Length}: one playbook per file: a second YAML document starts here", error.ToString());
    }

    [Theory]
    [InlineData("id: x\nrules:\n  - id: r1\n    {sk: a\n    source: s\n")]
    [InlineData("{a: b\nc: d\n")]
    public void MalformedYamlThatTheScannerCannotPlaceIsStillAnError(string yaml)
    {
        var error = Assert.Single(PlaybookParser.Parse(yaml).Errors);

        Assert.Contains("not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OversizedPlaybookIsRejected()
    {
        var result = PlaybookParser.Parse(ValidHeader + "\n" + ValidRule + "# " + new string('x', PlaybookParser.MaxCharacters));

        Assert.Contains("larger than", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }
}
