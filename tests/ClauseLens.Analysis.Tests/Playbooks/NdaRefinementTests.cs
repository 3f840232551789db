using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis.Tests.Playbooks;

/// <summary>
/// Issue 16: the commercial NDA playbook's narrower checks, each with its own low-severity finding:
/// a compelled-disclosure carve-out without notice to the discloser, a return only on request,
/// obligations that do not say they survive, and no statement that disclosure grants no licence.
/// The broad findings keep their meaning: a carve-out without notice is still a carve-out, a return
/// on request is still a return. The NDA texts are written for these tests.
/// </summary>
public sealed class NdaRefinementTests
{
    private static readonly Lazy<ContractAnalyzer> Analyzer = new(ContractAnalyzer.WithShippedModelAndDetectors);

    private static readonly Playbook Nda = BuiltInPlaybooks.All["commercial-nda"];

    private const string CompelledWithNotice = "If the Recipient is required by law or by order of a court to disclose Confidential Information, it shall give the Discloser prompt written notice so that the Discloser may seek a protective order.";
    private const string CompelledWithoutNotice = "The Recipient may disclose Confidential Information where it is obliged to disclose it by law or by order of a court or a regulator.";
    private const string ReturnAtEnd = "Upon termination of this Agreement, or earlier on the Discloser's request, the Recipient shall return or destroy all Confidential Information and all copies.";
    private const string ReturnOnRequest = "All documents containing Confidential Information and all copies of them shall be promptly returned to the Discloser upon the Discloser's request.";
    private const string Survival = "The obligations of confidentiality in this Agreement shall survive its termination or expiry for three (3) years.";
    private const string NoLicence = "Nothing in this Agreement shall be construed as granting the Recipient any licence or other right in the Confidential Information.";

    private static string NdaText(string compelled = CompelledWithNotice, string returning = ReturnAtEnd, string survival = Survival, string licence = NoLicence) => $"""
        MUTUAL NON-DISCLOSURE AGREEMENT

        1. Confidential Information. "Confidential Information" means all technical and business information disclosed by one party (the "Discloser") to the other (the "Recipient") in connection with the evaluation of a possible collaboration (the "Purpose"), whether in writing or orally.

        2. Exclusions. Confidential Information does not include information that (a) is or becomes generally available to the public other than through a breach of this Agreement; (b) was lawfully known to the Recipient before disclosure; (c) is independently developed by the Recipient without use of the Discloser's information; or (d) is lawfully received by the Recipient from a third party without a duty of confidence.

        3. Obligations. The Recipient shall keep Confidential Information in confidence, use it only for the Purpose and disclose it only to its employees who need to know it for the Purpose and are bound by obligations no less protective than these. {compelled}

        4. Return of Materials. {returning}

        5. Ownership. {licence}

        6. Term. This Agreement lasts two (2) years from the date of signature. {survival}

        7. Governing Law. This Agreement is governed by the laws of England and Wales.
        """;

    private static AnalysisResult Analyse(string text) => Analyzer.Value.Analyze(new ContractIngestor().FromText(text), Nda);

    private static Finding? Raised(AnalysisResult result, string ruleId) =>
        result.Findings.FirstOrDefault(f => f.RuleId == ruleId && f.Kind != FindingKind.Ok);

    [Fact]
    public void ACompleteNdaDrawsNoneOfTheNarrowerFindings()
    {
        var result = Analyse(NdaText());

        Assert.All(new[] { "compelled-disclosure-notice", "return-at-end", "survival", "no-implied-licence" }, id => Assert.Null(Raised(result, id)));
    }

    [Fact]
    public void ACarveOutWithoutNoticeIsStillACarveOutButDrawsTheLowNoticeFinding()
    {
        var result = Analyse(NdaText(compelled: CompelledWithoutNotice));

        var notice = Raised(result, "compelled-disclosure-notice");
        Assert.NotNull(notice);
        Assert.Equal(Severity.Low, notice.Severity);
        Assert.Equal("A compelled disclosure needs no notice to the discloser first", notice.Title);
        // The standard exclusions are all there: the broad rule does not call the carve-out missing.
        Assert.Null(Raised(result, "exclusions"));
    }

    [Fact]
    public void WithoutAnyCarveOutOnlyTheExclusionsFindingSpeaks()
    {
        var result = Analyse(NdaText(compelled: ""));

        Assert.Null(Raised(result, "compelled-disclosure-notice"));
        var exclusions = Raised(result, "exclusions");
        Assert.NotNull(exclusions);
        Assert.Contains(FactNames.Describe(FactNames.CompelledDisclosure), exclusions.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void AReturnOnlyOnRequestIsAReturnButDrawsTheLowEndOfAgreementFinding()
    {
        var result = Analyse(NdaText(returning: ReturnOnRequest));

        Assert.Null(Raised(result, "return"));
        var atEnd = Raised(result, "return-at-end");
        Assert.NotNull(atEnd);
        Assert.Equal(Severity.Low, atEnd.Severity);
        Assert.Equal("Materials come back only on request, not when the agreement ends", atEnd.Title);
    }

    [Theory]
    [InlineData("If the Recipient decides not to proceed with the collaboration, it shall promptly destroy all Confidential Information and confirm this in writing.")]
    [InlineData("Within ten (10) days after the expiration or termination of this Agreement the Recipient shall return all Confidential Information to the Discloser.")]
    public void AReturnWhenTheDealEndsSatisfiesIt(string returning) =>
        Assert.Null(Raised(Analyse(NdaText(returning: returning)), "return-at-end"));

    // A trigger that is neither a request nor an end the reader knows: it may well be the end, so
    // "only on request" is not claimed; the finding asks a person to read it and says why.
    [Theory]
    [InlineData("Promptly upon written demand the Recipient shall return all Confidential Information. Once the Recipient has reviewed the Confidential Information and chosen whether to work with the Discloser, it shall return all of it without keeping any copies.")]
    [InlineData("The Recipient shall return all Confidential Information upon the Discloser's request or, without any such request, as soon as it loses interest in the collaboration.")]
    public void AReturnWithATriggerNotUnderstoodIsUncertainNotOnlyOnRequest(string returning)
    {
        var atEnd = ReturnAtEndFinding(returning);

        Assert.Equal(FindingKind.Uncertain, atEnd.Kind);
        Assert.Contains("a return triggered by something other than a request", atEnd.Detail, StringComparison.Ordinal);
    }

    // Words that look like a trigger but qualify something else keep the finding a claim.
    [Theory]
    [InlineData("Upon the Discloser's written request (which takes effect if sent by email), the Recipient shall return all Confidential Information.")]
    [InlineData("If not otherwise agreed in writing, the Recipient shall return all Confidential Information at the request of the Discloser.")]
    [InlineData("The Recipient shall return all Confidential Information at the request of the Discloser. The obligations in this Agreement shall survive expiration or termination of this Agreement.")]
    public void AReturnOnRequestWithWordsThatOnlyLookLikeATriggerIsStillOnlyOnRequest(string returning)
    {
        Assert.NotEqual(FindingKind.Uncertain, ReturnAtEndFinding(returning).Kind);
    }

    private static Finding ReturnAtEndFinding(string returning)
    {
        var atEnd = Raised(Analyse(NdaText(returning: returning)), "return-at-end");
        Assert.NotNull(atEnd);
        return atEnd;
    }

    // The heading is the trigger: "Effect of Termination … the Recipient shall return".
    [Fact]
    public void AReturnUnderAnEffectOfTerminationHeadingIsAReturnAtTheEnd()
    {
        var text = NdaText(returning: "The Recipient shall immediately return all Confidential Information to the Discloser.")
            .Replace("4. Return of Materials.", "4. Effect of Termination.", StringComparison.Ordinal);

        Assert.Null(Raised(Analyse(text), "return-at-end"));
    }

    [Fact]
    public void AHeadingThatOnlyListsTerminationBesideTheReturnIsNotItsTrigger()
    {
        var text = NdaText(returning: ReturnOnRequest)
            .Replace("4. Return of Materials.", "4. Return of Materials; Termination.", StringComparison.Ordinal);

        Assert.NotNull(Raised(Analyse(text), "return-at-end"));
    }

    [Fact]
    public void NoReturnAtAllIsTheReturnRulesFindingNotTheNarrowerOne()
    {
        var result = Analyse(NdaText(returning: "The Recipient shall store Confidential Information securely.").Replace("4. Return of Materials.", "4. Security.", StringComparison.Ordinal));

        Assert.NotNull(Raised(result, "return"));
        Assert.Null(Raised(result, "return-at-end"));
    }

    [Fact]
    public void ObligationsThatDoNotSaySurviveDrawTheLowSurvivalFinding()
    {
        // Nothing about how long anything lasts: a claim, in the rule's words.
        var finding = Raised(Analyse(NdaText(survival: "").Replace("This Agreement lasts two (2) years from the date of signature. ", "", StringComparison.Ordinal)), "survival");

        Assert.NotNull(finding);
        Assert.Equal(Severity.Low, finding.Severity);
        Assert.NotEqual(FindingKind.Uncertain, finding.Kind);
        Assert.Equal("Confidentiality obligations do not say they survive the end of the agreement", finding.Title);
    }

    [Fact]
    public void AFixedTermAloneDrawsTheSurvivalClaim()
    {
        // "This Agreement lasts two (2) years from the date of signature" says when the duties end, not
        // that they outlast the agreement: the rule's claim, not a question.
        var finding = Raised(Analyse(NdaText(survival: "")), "survival");

        Assert.NotNull(finding);
        Assert.NotEqual(FindingKind.Uncertain, finding.Kind);
        Assert.Equal("Confidentiality obligations do not say they survive the end of the agreement", finding.Title);
    }

    [Fact]
    public void AnUncertainFindingAsksTheReaderToCheckInsteadOfClaiming()
    {
        // A sentence that only reads like survival: the title asks, the rule's claim is not made.
        var finding = Assert.Single(new ClauseBuilder()
            .Clause("Confidentiality", [ClauseLabels.Confidentiality], new ClauseFacts { Elements = [new ElementFact(0, 5, FactNames.ConfidentialDefinition)] })
            .Clause("Term", [ClauseLabels.TermTermination], new ClauseFacts { UncertainElements = [new ElementFact(10, 40, FactNames.Survival)] })
            .Evaluate(Nda), f => f.RuleId == "survival");

        Assert.Equal(FindingKind.Uncertain, finding.Kind);
        Assert.Equal("Check whether there is survival after the agreement ends", finding.Title);
    }

    [Fact]
    public void TheSurvivingCorporationOfAMergerIsNotSurvival() =>
        Assert.False(new FactExtractor().Extract("Following the Merger, the Surviving Corporation shall keep the books of the Company.", 0).Has(FactNames.Survival));

    [Fact]
    public void AnNdaSilentOnLicencesDrawsTheLowNoLicenceFinding()
    {
        var finding = Raised(Analyse(NdaText(licence: "The Recipient shall keep a record of the Confidential Information it receives.")), "no-implied-licence");

        Assert.NotNull(finding);
        Assert.Equal(Severity.Low, finding.Severity);
    }

    // Sentences that name a right without withholding one (a choice of forum "based on any right",
    // "to protect the interests of shareholders") are no evidence of a no-licence statement, whatever
    // a detector scores them; a list item under "Nothing in this Agreement:" that confers no licence is.
    [Theory]
    [InlineData("Each party receiving Confidential Material under this Agreement agrees to submit to the exclusive jurisdiction of the Chancery Court of Delaware in any action based on any right or claim arising out of this Agreement.", false)]
    [InlineData("The Information must be kept from any use until it is announced, to protect the interests of the shareholders of each party.", false)]
    [InlineData("(b) confers upon the Receiving Party a licence or other transfer of rights in any Information;", true)]
    [InlineData("All copyright in the Confidential Information belongs to the Discloser.", true)]
    public void OnlyASentenceThatWithholdsOrKeepsARightCanBeNoImpliedLicence(string sentence, bool allowed) =>
        Assert.Equal(allowed, ElementCues.Allows(FactNames.NoImpliedLicence, sentence));

    [Theory]
    [InlineData("No license under any patent, copyright or other right of the Discloser is granted or implied by this Agreement.")]
    [InlineData("Neither party acquires any licenses under any intellectual property rights of the other party under this Agreement.")]
    [InlineData("All Confidential Information shall remain the property of the Disclosing Party.")]
    [InlineData("The Seller acknowledges that the Proprietary Property is the sole and exclusive property of the Company.")]
    [InlineData("This Agreement does not grant the Recipient any rights in or to the Confidential Information.")]
    [InlineData("本契約は、受領者に対し、秘密情報に関するいかなる権利も許諾するものではない。")]
    public void NoImpliedLicenceIsReadInItsUsualWordings(string text) =>
        Assert.True(new FactExtractor().Extract(text, 0).Has(FactNames.NoImpliedLicence));

    [Theory]
    [InlineData("Neither party may assign or transfer any of its rights under this Agreement without consent.")]
    [InlineData("The Licensor grants the Licensee a non-exclusive licence to use the Software.")]
    public void AssignmentsAndGrantsAreNotNoImpliedLicence(string text) =>
        Assert.False(new FactExtractor().Extract(text, 0).Has(FactNames.NoImpliedLicence));

    [Theory]
    [InlineData("compelled-disclosure-notice")]
    [InlineData("return-at-end")]
    [InlineData("survival")]
    [InlineData("no-implied-licence")]
    public void EachNarrowerRuleSpeaksJapaneseToo(string ruleId)
    {
        var rule = Nda.Rules.Single(r => r.Id == ruleId);

        Assert.False(string.IsNullOrWhiteSpace(rule.Japanese?.Title));
        Assert.False(string.IsNullOrWhiteSpace(rule.Japanese?.Ask));
        Assert.False(string.IsNullOrWhiteSpace(rule.Japanese?.Explanation));
        Assert.False(string.IsNullOrWhiteSpace(rule.Japanese?.FallbackText));
    }
}
