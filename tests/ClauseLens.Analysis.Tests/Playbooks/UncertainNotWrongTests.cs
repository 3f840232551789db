using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;
using static ClauseLens.Analysis.ClauseLabels;

namespace ClauseLens.Analysis.Tests.Playbooks;

/// <summary>
/// Issue 16: when evidence is partial, a finding is uncertain with what was seen, not missing; a
/// missing element points at the clause where it belongs. The phrasings are written for these tests
/// (the kinds of wording real NDAs use that phrase lists missed).
/// </summary>
public sealed class UncertainNotWrongTests
{
    private static readonly Lazy<ContractAnalyzer> Analyzer = new(ContractAnalyzer.WithShippedModelAndDetectors);

    private static readonly Playbook Nda = BuiltInPlaybooks.All["commercial-nda"];

    private const string Independent = "is independently developed by the Recipient without use of the Discloser's information";
    private const string ThirdParty = "is lawfully received by the Recipient from a third party without a duty of confidence";
    private const string Compelled = "The Recipient may disclose Confidential Information to the extent required by law or court order, after giving the Discloser prompt notice.";
    private const string Return = "On the Discloser's request the Recipient shall return or destroy all Confidential Information.";

    /// <summary>A plain mutual NDA with the standard wording, one part of which a test replaces.</summary>
    private static string NdaText(string independent = Independent, string thirdParty = ThirdParty, string compelled = Compelled, string returning = Return) => $"""
        MUTUAL NON-DISCLOSURE AGREEMENT

        1. Confidential Information. "Confidential Information" means all technical and business information disclosed by one party (the "Discloser") to the other (the "Recipient") in connection with the evaluation of a possible collaboration (the "Purpose"), whether in writing or orally.

        2. Exclusions. Confidential Information does not include information that (a) is or becomes generally available to the public other than through a breach of this Agreement; (b) was lawfully known to the Recipient before disclosure; (c) {independent}; or (d) {thirdParty}.

        3. Obligations. The Recipient shall keep Confidential Information in confidence, use it only for the Purpose and disclose it only to its employees who need to know it for the Purpose and are bound by obligations no less protective than these. {compelled}

        4. Return of Materials. {returning}

        5. Term. This Agreement lasts two (2) years from the date of signature and the obligations of confidentiality continue for three (3) years after it ends.

        6. Governing Law. This Agreement is governed by the laws of England and Wales.
        """;

    private static AnalysisResult Analyse(string text) => Analyzer.Value.Analyze(new ContractIngestor().FromText(text), Nda);

    // The sentences of NdaText that tests replace: the term and survival, and the use and need-to-know duty.
    private const string TermAndSurvival = "This Agreement lasts two (2) years from the date of signature and the obligations of confidentiality continue for three (3) years after it ends.";
    private const string UseAndNeedToKnow = "use it only for the Purpose and disclose it only to its employees who need to know it for the Purpose and are bound by obligations no less protective than these";

    /// <summary>NdaText with <paramref name="sentence"/> in place of <paramref name="original"/>.</summary>
    private static string NdaWith(string original, string sentence)
    {
        var text = NdaText().Replace(original, sentence, StringComparison.Ordinal);
        Assert.Contains(sentence, text, StringComparison.Ordinal);
        return text;
    }

    private static Finding FindingOf(string text, string ruleId) => Assert.Single(Analyse(text).Findings, f => f.RuleId == ruleId);

    /// <summary>The finding claims a gap: neither met nor "Needs a look".</summary>
    private static bool IsClaim(Finding finding) => finding.Kind is not (FindingKind.Ok or FindingKind.Uncertain);

    private static IEnumerable<Finding> Claims(AnalysisResult result, string element) =>
        result.Findings.Where(f => f.Kind is FindingKind.Missing or FindingKind.OverlyBroad or FindingKind.Unbalanced
            && f.Detail is { } d && d.StartsWith("not found: ", StringComparison.Ordinal)
            && d.Split("; unsure: ")[0].Contains(FactNames.Describe(element), StringComparison.Ordinal));

    [Fact]
    public void StandardNdaDrawsNoMissingElement()
    {
        var result = Analyse(NdaText());

        Assert.DoesNotContain(result.Findings, f => f.Kind is FindingKind.Missing or FindingKind.OverlyBroad && f.RuleId is "exclusions" or "return" or "need-to-know");
    }

    public static TheoryData<string, string> Rewordings => new()
    {
        { FactNames.ExclusionIndependent, NdaText(independent: "is created by the Recipient's own staff without reference to the disclosed material") },
        { FactNames.ExclusionThirdParty, NdaText(thirdParty: "is obtained from another source that owed no duty of confidence") },
        { FactNames.CompelledDisclosure, NdaText(compelled: "Should you be compelled in any judicial proceeding to disclose any Confidential Information, you shall first notify the Discloser.") },
        { FactNames.ReturnOrDestroy, NdaText(returning: "When this Agreement ends, all copies shall be handed back to the Discloser forthwith.") },
    };

    [Theory]
    [MemberData(nameof(Rewordings))]
    public void ElementsWordedDifferentlyAreNotClaimedMissing(string element, string text)
    {
        var result = Analyse(text);

        Assert.Empty(Claims(result, element));
    }

    [Fact]
    public void AListWithoutAThirdPartyItemIsNotSaidToHaveAllFive()
    {
        // Item (a) "… other than through a breach of this Agreement" is the public-domain exclusion;
        // the third-party detector scored its "other than" and the passed check said "all five".
        var text = NdaText().Replace("; or (d) " + ThirdParty, "", StringComparison.Ordinal).Replace("(b) was lawfully known", "or (b) was lawfully known", StringComparison.Ordinal);
        Assert.DoesNotContain(ThirdParty, text, StringComparison.Ordinal);

        var result = Analyse(text);

        var exclusions = Assert.Single(result.Findings, f => f.RuleId == "exclusions");
        Assert.NotEqual(FindingKind.Ok, exclusions.Kind);
        Assert.Contains(FactNames.Describe(FactNames.ExclusionThirdParty), exclusions.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Passed ?? [], p => p.RuleId == "exclusions");
        if (exclusions.Kind == FindingKind.Uncertain)
        {
            // Asked to check, not told it is missing.
            Assert.Equal("Check whether there is an exclusion for information received from a third party without a duty of confidence; the other 5 are in clause 2", exclusions.Title);
        }
    }

    [Theory]
    [InlineData("The Recipient shall not answer any question put by a third party about the talks.")]
    [InlineData("The Recipient shall not load onto the Discloser's systems any code supplied by third parties.")]
    public void AThirdPartyMentionedElsewhereIsNotTheThirdPartyExclusion(string sentence)
    {
        // The list has no third-party item; a sentence in the confidentiality duty that only mentions a
        // third party is not one (the detector scored such sentences, and "Receiving … by a third party"
        // matched the pattern).
        var text = NdaText().Replace("; or (d) " + ThirdParty, "", StringComparison.Ordinal).Replace("(b) was lawfully known", "or (b) was lawfully known", StringComparison.Ordinal)
            .Replace(Compelled, Compelled + " " + sentence, StringComparison.Ordinal);
        Assert.Contains(sentence, text, StringComparison.Ordinal);

        var exclusions = FindingOf(text, "exclusions");

        Assert.NotEqual(FindingKind.Ok, exclusions.Kind);
        Assert.Contains(FactNames.Describe(FactNames.ExclusionThirdParty), exclusions.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnsureElementIsUncertainWithWhatWasSeen()
    {
        var builder = new ClauseBuilder()
            .Clause("Confidentiality", [Confidentiality], "The Recipient shall keep the Discloser's information secret.")
            .Clause("Materials", [Confidentiality], new ClauseFacts
            {
                Elements = [new ElementFact(0, 5, FactNames.ConfidentialDefinition)],
                UncertainElements = [new ElementFact(70, 95, FactNames.ReturnOrDestroy)],
            });

        var finding = Assert.Single(builder.Evaluate(Nda), f => f.RuleId == "return");

        Assert.Equal(FindingKind.Uncertain, finding.Kind);
        Assert.Equal(new Evidence(70, 95), finding.Evidence);
        Assert.Equal("c2", finding.ClauseId);
        Assert.Equal("unsure: return or destruction of materials (a sentence reads like it)", finding.Detail);
    }

    [Fact]
    public void AnUnrecognisedListItemLeavesOnlyThatExclusionUncertain()
    {
        var facts = new ClauseFacts
        {
            Elements =
            [
                new ElementFact(10, 20, FactNames.ExclusionPublic), new ElementFact(20, 30, FactNames.ExclusionLaterPublic),
                new ElementFact(30, 40, FactNames.ExclusionKnown), new ElementFact(40, 50, FactNames.CompelledDisclosure),
            ],
            UncertainElements = [new ElementFact(50, 60, FactNames.ExclusionIndependent, "unrecognised list item")],
        };
        var builder = new ClauseBuilder().Clause("Confidentiality", [Confidentiality], facts);

        var finding = Assert.Single(builder.Evaluate(Nda), f => f.RuleId == "exclusions");

        Assert.Equal(FindingKind.OverlyBroad, finding.Kind);
        Assert.Equal(
            "not found: an exclusion for information received from a third party without a duty of confidence; " +
            "unsure: an exclusion for independently developed information (unrecognised list item)",
            finding.Detail);
    }

    [Fact]
    public void AMissingElementPointsAtTheConfidentialityClauseNotTheFirstOneLabelled()
    {
        var builder = new ClauseBuilder()
            .Clause("Notices", [Confidentiality], new ClauseFacts())
            .Clause("Confidentiality", [Confidentiality], "\"Confidential Information\" means all information disclosed under this Agreement, excluding information that is or becomes publicly available.");

        var finding = Assert.Single(builder.Evaluate(Nda), f => f.RuleId == "exclusions");

        Assert.Equal("c2", finding.ClauseId);
        var clause = builder.Build()[1];
        Assert.Equal(new Evidence(clause.Start, clause.End), finding.Evidence);
    }

    [Fact]
    public void WhenOneExclusionIsAbsentTheTitleNamesItAndWhereTheOthersAre()
    {
        // Issue 21: "Standard exclusions are missing" when one of five is. The list without its
        // independent-development item; the rest of the NDA as usual.
        var text = NdaText().Replace("; (c) " + Independent + "; or (d) " + ThirdParty + ".", "; or (c) " + ThirdParty + ".", StringComparison.Ordinal);
        Assert.DoesNotContain(Independent, text, StringComparison.Ordinal);

        var finding = Assert.Single(Analyse(text).Findings, f => f.RuleId == "exclusions");

        Assert.Equal(FindingKind.OverlyBroad, finding.Kind);
        Assert.Equal("An exclusion for independently developed information is missing; the other 5 are in clause 2", finding.Title);
    }
    [Fact]
    public void ARemedyByCourtOrderIsNotACompelledDisclosureCarveOut()
    {
        // "application for a court order prohibiting the disclosure" is the discloser's injunction,
        // not leave for the recipient to disclose what a court orders: the carve-out is missing.
        var text = NdaText(compelled: "The Discloser may seek any remedy available to it to ensure compliance with this Agreement, including an application for a court order prohibiting the disclosure of Confidential Information.");

        var result = Analyse(text);

        Assert.NotEmpty(Claims(result, FactNames.CompelledDisclosure));
    }

    [Fact]
    public void SeverabilityAndARightToTerminateAreNotEvidenceOfSurvival()
    {
        // "the other provisions shall remain in full force and effect" and "may terminate … at any
        // time" share words with survival; an NDA with only those is told its obligations do not
        // survive, not asked to check.
        var survival = FindingOf(NdaWith(TermAndSurvival, "Either party may terminate this Agreement at any time for any reason. If any provision of this Agreement is held invalid or unenforceable, the other provisions shall remain in full force and effect."), "survival");

        // A claim (the rule protects the discloser, so "unbalanced"), not "Needs a look".
        Assert.Equal(FindingKind.Unbalanced, survival.Kind);
        Assert.StartsWith("not found: ", survival.Detail, StringComparison.Ordinal);
    }

    [Theory]
    // A tolling clause, a renewal and "remain in full force" with no end: how long something else lasts.
    [InlineData("The period during which the Recipient is bound by clause 3 shall be extended for a period equal to the duration of any breach of it by the Recipient.")]
    [InlineData("This Agreement lasts one year and is tacitly extended by one further year each time unless a party terminates it with three months' notice before it would expire.")]
    [InlineData("No delay by the Discloser in enforcing this Agreement shall waive or limit the Recipient's undertakings, all of which shall remain in full force and effect in accordance with their terms.")]
    // The agreement's own fixed term: the duties end with it, which is what the rule warns about.
    [InlineData("This Confidentiality Agreement takes effect on signature and will remain in effect for a period of four (4) years.")]
    [InlineData("This Agreement shall terminate two (2) years after the Effective Date and binds each party's successors.")]
    [InlineData("Unless the parties end it sooner in writing, this Agreement and the duties under it shall terminate eighteen (18) months from the date hereof.")]
    public void SentencesAboutHowLongSomethingElseLastsAreNotEvidenceOfSurvival(string sentence)
    {
        Assert.Equal(FindingKind.Unbalanced, FindingOf(NdaWith(TermAndSurvival, sentence), "survival").Kind);
    }

    [Theory]
    // A term that lets the duties outlast an end, or runs from the last disclosure: survival.
    [InlineData("Either party may end this Agreement on notice and it ends in any case one (1) year from the Effective Date, except that the duties of confidentiality and non-use continue for two (2) years from the Effective Date.")]
    [InlineData("This Agreement and the duty of confidentiality remain in force for a period of five (5) years after the date of the last disclosure of Confidential Information.")]
    public void ATermThatOutlastsAnEndIsSurvival(string sentence) =>
        Assert.False(IsClaim(FindingOf(NdaWith(TermAndSurvival, sentence), "survival")));

    [Theory]
    [InlineData("use it only for the Purpose and shall not disclose it to any person or entity in any form, except as provided in this Agreement")]
    [InlineData("use it only for the Purpose. Other than the figures set out in Schedule 1, the Recipient, its employees and officers shall not divulge to any person or entity any Confidential Information")]
    // People named only as those bound by the duty, not as those the information may go to.
    [InlineData("use it only for the Purpose. The Recipient, its employees, agents, contractors and subcontractors shall use the Confidential Information solely in connection with the services and shall not sell, release or publish it")]
    [InlineData("use it only for the Purpose. The Recipient, its directors, employees and consultants will not disclose, copy or otherwise be involved in any use of the Confidential Information")]
    // "except as provided …" and "Other than the figures …" leave out information, not people, and
    // people named as those bound are not those who may know: the NDA is told it has no need-to-know
    // limit, not asked to check.
    public void OnlyPeopleWhoMayKnowMakeANeedToKnowLimit(string duty) =>
        Assert.True(IsClaim(FindingOf(NdaWith(UseAndNeedToKnow, duty), "need-to-know")));

    [Fact]
    public void KeepingPeopleFromDisclosingIsNotANeedToKnowLimit()
    {
        // Names agents and affiliates, and "except", but lets no one know anything: the NDA has no
        // need-to-know limit and is told so.
        var text = NdaWith(UseAndNeedToKnow, "use it only for the Purpose, and will not, directly or indirectly, disclose or permit its agents or affiliates to disclose any Confidential Information without the Discloser's prior written consent except as expressly permitted by this Agreement");
        Assert.DoesNotContain("need to know", text, StringComparison.Ordinal);

        var needToKnow = FindingOf(text, "need-to-know");

        Assert.NotEqual(FindingKind.Ok, needToKnow.Kind);
        Assert.NotEqual(FindingKind.Uncertain, needToKnow.Kind);
    }

    [Fact]
    public void PersonnelInformationInTheDefinitionIsNotANeedToKnowLimit()
    {
        // "personnel … information" and "employee files" are kinds of information, not people the
        // recipient may tell.
        var text = NdaText()
            .Replace(
                "means all technical and business information disclosed",
                "shall mean any information of a confidential nature, including but not limited to customer lists, personnel and commercial information and employee files, disclosed",
                StringComparison.Ordinal)
            .Replace(" and disclose it only to its employees who need to know it for the Purpose and are bound by obligations no less protective than these.", ".", StringComparison.Ordinal);
        Assert.DoesNotContain("need to know", text, StringComparison.Ordinal);

        var needToKnow = FindingOf(text, "need-to-know");

        Assert.NotEqual(FindingKind.Ok, needToKnow.Kind);
        Assert.NotEqual(FindingKind.Uncertain, needToKnow.Kind);
    }

    [Theory]
    // A covenant that forbids telling anyone names people only as those it forbids: no limit, told so.
    [InlineData("use it only for the Purpose, and shall not at any time after the Closing print, publish, divulge or communicate to any person, firm, corporation or other business organisation any Confidential Information which it has received while engaged by the Discloser", false)]
    // The same covenant that leaves its employees out is a limit to people.
    [InlineData("use it only for the Purpose, and shall not disclose it to any person or entity, except its employees involved in the Purpose", true)]
    public void ACovenantForbiddingDisclosureToAnyoneIsANeedToKnowLimitOnlyIfItLeavesSomeoneOut(string obligation, bool limit)
    {
        var needToKnow = FindingOf(NdaWith(UseAndNeedToKnow, obligation), "need-to-know");

        if (limit)
        {
            Assert.Contains(needToKnow.Kind, new[] { FindingKind.Ok, FindingKind.Uncertain });
        }
        else
        {
            Assert.NotEqual(FindingKind.Ok, needToKnow.Kind);
            Assert.NotEqual(FindingKind.Uncertain, needToKnow.Kind);
        }
    }
}
