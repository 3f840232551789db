using ClauseLens.Analysis.Playbooks;
using ClauseLens.TestSupport;
using static ClauseLens.Analysis.ClauseLabels;

namespace ClauseLens.Analysis.Tests.Playbooks;

/// <summary>The limit, requires, forbids and consistency rules of the default playbook, on clauses with real extracted facts.</summary>
public sealed class RuleKindTests
{
    private static Finding Only(IReadOnlyList<Finding> findings, string ruleId) => Assert.Single(findings, f => f.RuleId == ruleId);

    private static IReadOnlyList<Finding> Default(ClauseBuilder builder) => builder.Evaluate(BuiltInPlaybooks.Default);

    [Theory]
    [InlineData("The Supplier shall not compete with the Products for five (5) years after termination of this Agreement.", FindingKind.OverlyBroad, "60 months; limit 24 months")]
    [InlineData("The Supplier shall not compete with the Products in perpetuity.", FindingKind.OverlyBroad, "indefinite; limit 24 months")]
    [InlineData("The Supplier shall not compete with the Products during the Term and for twelve (12) months thereafter.", FindingKind.Ok, null)]
    [InlineData("The Supplier shall not compete with the Products during the Term of this Agreement.", FindingKind.Ok, null)]
    [InlineData("The Supplier shall not compete with the Products.", FindingKind.Uncertain, "no duration stated")]
    [InlineData("乙は、本契約終了後5年間、本製品と競合する製品を製造しない。", FindingKind.OverlyBroad, "60 months; limit 24 months")]
    public void NonCompeteDurationIsBoundedAfterTheEnd(string text, FindingKind kind, string? detail)
    {
        var finding = Only(Default(new ClauseBuilder().Clause("Non-Competition", [NonCompete], text)), "non-compete-duration");

        Assert.Equal((kind, detail), (finding.Kind, finding.Detail));
        Assert.Equal("c1", finding.ClauseId);
    }

    [Fact]
    public void OverlyLongNonCompetePointsAtTheDuration()
    {
        const string text = "The Supplier shall not compete with the Products for five (5) years after termination.";
        var builder = new ClauseBuilder().Clause("Term", [TermTermination]).Clause("Non-Competition", [NonCompete], text);

        var finding = Only(Default(builder), "non-compete-duration");

        Assert.Equal("five (5) years", builder.Document().Slice(finding.Evidence!.Start, finding.Evidence.End));
        Assert.Equal(FallbackPlacement.Replace, finding.FallbackPlacement);
        Assert.Equal(Severity.High, finding.Severity);
    }

    [Fact]
    public void MaxMonthsIsAPlaybookSetting()
    {
        var yaml = """
            id: lenient
            version: "1"
            name: Lenient
            rules:

            """ + PlaybookYaml.NonCompeteLimitRule() + """

                finding: overly_broad
                limit:
                  fact: duration
                  maxMonths: 60
                  from: after_end
            """;
        var builder = new ClauseBuilder().Clause(null, [NonCompete], "shall not compete for five (5) years after termination");

        Assert.Equal(FindingKind.Ok, Only(builder.Evaluate(PlaybookParser.Parse(yaml).Playbook!), "nc").Kind);
        Assert.Equal(FindingKind.OverlyBroad, Only(Default(builder), "non-compete-duration").Kind);
    }

    [Theory]
    [InlineData("shall not sell competing products anywhere in the world for one year after termination", FindingKind.OverlyBroad)]
    [InlineData("shall not sell competing products in Japan for one year after termination", FindingKind.Ok)]
    [InlineData("shall not sell competing products for one year after termination", FindingKind.Ok)]
    public void NonCompeteIsNotWorldwide(string text, FindingKind kind) =>
        Assert.Equal(kind, Only(Default(new ClauseBuilder().Clause(null, [NonCompete], text)), "non-compete-territory").Kind);

    [Theory]
    [InlineData("The SME shall not, directly or indirectly, engage in any business for two years after termination.", FindingKind.OverlyBroad, "scope: any business")]
    [InlineData("The SME shall not develop products in any field whatsoever, including the Products.", FindingKind.OverlyBroad, "scope: in any field")]
    [InlineData("The SME shall not sell products that compete with the Products developed under the Project.", FindingKind.Ok, null)]
    // Competing business with no named products: how wide depends on the business, so a person should look.
    [InlineData("The Consultant will not engage in any business that competes with the Company's business.", FindingKind.Uncertain, "scope: competing business, not tied to named products or the joint work")]
    public void NonCompeteScopeIsTiedToTheJointWork(string text, FindingKind kind, string? detail)
    {
        var finding = Only(Default(new ClauseBuilder().Clause(null, [NonCompete], text)), "non-compete-scope");

        Assert.Equal((kind, detail), (finding.Kind, finding.Detail));
    }

    // The classifier tags exclusive licences and non-solicits as non-competes too; the non-compete
    // limits only read a clause that restricts competing, and only inside the covenant.
    [Theory]
    [InlineData("The SME shall not, directly or indirectly, solicit employees of the Company for five years after termination.")]
    [InlineData("Licensor grants Licensee an exclusive, perpetual, worldwide licence to sell the Products in any field.")]
    [InlineData("Nothing in this Agreement precludes either party from competing with the other in the ordinary course.")]
    [InlineData("This Agreement is not intended to be construed as prohibiting either party from dealing with competitors of the other.")]
    public void NonCompeteLimitsNeedACovenantNotToCompete(string text)
    {
        var findings = Default(new ClauseBuilder().Clause(null, [NonCompete], text));

        Assert.DoesNotContain(findings, f => f.RuleId is "non-compete-duration" or "non-compete-territory" or "non-compete-scope");
    }

    [Fact]
    public void NonCompeteLimitsReadTheCovenantNotTheLicenceBesideIt()
    {
        var builder = new ClauseBuilder().Clause(null, [NonCompete],
            "Licensor grants Licensee an exclusive, perpetual, worldwide licence to the Patents. " +
            "During the Term and for one year thereafter, Licensee shall not sell products that compete with the Products in Japan.");

        var findings = Default(builder);

        Assert.Equal(FindingKind.Ok, Only(findings, "non-compete-duration").Kind);
        Assert.Equal(FindingKind.Ok, Only(findings, "non-compete-territory").Kind);
        Assert.Equal(FindingKind.Ok, Only(findings, "non-compete-scope").Kind);
    }

    [Fact]
    public void NonCompeteHeadingWithoutARecognisedCovenantIsReadWhole()
    {
        var builder = new ClauseBuilder().Clause("Non-Competition", [NonCompete],
            "The Developer does not presently work, and will for five (5) years after termination not work, for rivals anywhere in the world.");

        Assert.Equal(FindingKind.OverlyBroad, Only(Default(builder), "non-compete-territory").Kind);
    }

    [Theory]
    // Over the limit and said to run after the end: a breach. Over the limit with no anchor: it may run from signing.
    [InlineData("The SME shall not sell competing products for five (5) years after termination.", FindingKind.OverlyBroad, "60 months; limit 24 months")]
    [InlineData("The SME shall not sell competing products for a period of five (5) years.", FindingKind.Uncertain, "60 months, not said to run from signing or from the end; limit 24 months")]
    [InlineData("The SME shall not sell competing products for five (5) years from the Effective Date.", FindingKind.Ok, null)]
    public void NonCompeteDurationWithoutAnAnchorIsUncertain(string text, FindingKind kind, string? detail)
    {
        var finding = Only(Default(new ClauseBuilder().Clause(null, [NonCompete], text)), "non-compete-duration");

        Assert.Equal((kind, detail), (finding.Kind, finding.Detail));
    }

    [Theory]
    // A limit that could not be measured asks the reader to check; it does not make the rule's claim.
    [InlineData("The Supplier shall not compete with the Products.", "non-compete-duration", "Check how long the non-compete lasts")]
    [InlineData("The SME shall not sell competing products for a period of five (5) years.", "non-compete-duration", "Check how long the non-compete lasts")]
    [InlineData("The Consultant will not engage in any business that competes with the Company's business.", "non-compete-scope", "Check what the non-compete covers")]
    public void AnUnmeasuredLimitAsksInsteadOfClaiming(string text, string ruleId, string title)
    {
        var finding = Only(Default(new ClauseBuilder().Clause(null, [NonCompete], text)), ruleId);

        Assert.Equal(FindingKind.Uncertain, finding.Kind);
        Assert.Equal(title, finding.Title);
    }

    [Fact]
    public void AnUnmeasuredLimitAsksInTheReadersLanguage()
    {
        var words = FindingWording.Japanese;

        Assert.Equal("競業避止義務の期間の確認が必要", words.UnsureLimitTitle(LimitedFact.Duration, NonCompete));
        Assert.Equal("秘密保持義務の対象範囲の確認が必要", words.UnsureLimitTitle(LimitedFact.Scope, Confidentiality));
        Assert.Equal("Check where the licence applies", FindingWording.English.UnsureLimitTitle(LimitedFact.Territory, LicenseGrant));
    }

    [Fact]
    public void ExclusionsLeftToASeparateNdaAreUncertainNotABreach()
    {
        var builder = new ClauseBuilder()
            .Clause("Definitions", [], "\"Disclosing Party\" has the meaning set forth in the Confidentiality Agreement.")
            .Clause("Use of Confidential Information", [Confidentiality], "Each party may use the other's confidential information only for the Project.");

        var exclusions = Only(Default(builder), "nda-exclusions");

        Assert.Equal(FindingKind.Uncertain, exclusions.Kind);
        Assert.EndsWith("but the contract refers to a separate confidentiality agreement", exclusions.Detail, StringComparison.Ordinal);
        // It asks where the exclusions are rather than saying they are missing.
        Assert.Equal("Check whether there are exclusions for information already public, information that later becomes public without fault, information the recipient already knew and 3 others", exclusions.Title);
    }

    [Fact]
    public void MissingElementsPointAtTheClauseThatCarriesTheRest()
    {
        var builder = new ClauseBuilder()
            .Clause("Confidentiality", [Confidentiality], "The Recipient shall keep the Discloser's information confidential.")
            .Clause("Exceptions", [Confidentiality],
                "The obligations above do not apply to information that is or becomes generally available to the public, or that the Recipient lawfully receives from a third party.");

        var exclusions = Only(Default(builder), "nda-exclusions");

        Assert.Equal("c2", exclusions.ClauseId);
    }

    [Theory]
    // Figures blacked out of a filed copy: the basis may be under the redaction.
    [InlineData("The Licensee shall pay royalties of [***] to the Licensor each quarter.", FindingKind.Uncertain)]
    [InlineData("The Licensee shall pay royalties to the Licensor each quarter.", FindingKind.Unbalanced)]
    [InlineData("The Licensee shall pay royalties of five percent of Net Sales each quarter.", FindingKind.Ok)]
    public void RoyaltyBasisUnderARedactionIsUncertain(string text, FindingKind kind) =>
        Assert.Equal(kind, Only(Default(new ClauseBuilder().Clause("Royalties", [Royalties], text)), "royalty-basis").Kind);

    [Theory]
    [InlineData("The Licensee shall pay royalties of five percent of Net Sales each quarter.", true)]
    [InlineData("The Licensee shall pay an annual fee of 10,000 U.S. Dollars as royalty.", false)]
    public void AuditIsAskedForOnlyWhenRoyaltiesVaryWithSales(string text, bool asked) =>
        Assert.Equal(asked, Default(new ClauseBuilder().Clause("Royalties", [Royalties], text)).Any(f => f.RuleId == "royalty-audit"));

    [Theory]
    [InlineData("Inventions made jointly shall be jointly owned by the Parties.", true)]
    [InlineData("All inventions made by the Consultant belong to the Company.", false)]
    public void RegistrationUpkeepIsAskedForBetweenCoOwners(string text, bool asked) =>
        Assert.Equal(asked, Default(new ClauseBuilder().Clause("Intellectual Property", [IpOwnership], text)).Any(f => f.RuleId == "registrations-maintained"));

    [Fact]
    public void ExclusiveLicenceTerritoryIsReadInTheGrantSentence()
    {
        var builder = new ClauseBuilder().Clause("Licence", [LicenseGrant],
            "Supplier grants Distributor an exclusive licence to sell the Products in Japan. Supplier remains the owner of its designs worldwide.");

        Assert.Equal(FindingKind.Ok, Only(Default(builder), "licence-territory-worldwide").Kind);
    }

    [Fact]
    public void AssigningImprovementsWithoutALicenceIsNotAGrantBack()
    {
        var services = new ClauseBuilder().Clause("Work Product", [IpOwnership],
            "The Consultant hereby assigns to the Company all improvements made by the Consultant in performing the Services.");
        var licence = new ClauseBuilder()
            .Clause("Licence", [LicenseGrant], "Licensor grants Licensee a non-exclusive licence to the Patents in Japan during the Term.")
            .Clause("Improvements", [IpOwnership], "All improvements developed by the Licensee shall be assigned to Licensor.");

        Assert.DoesNotContain(Default(services), f => f.RuleId == "no-exclusive-grant-back");
        Assert.Equal(FindingKind.Unbalanced, Only(Default(licence), "no-exclusive-grant-back").Kind);
    }

    [Fact]
    public void WeakNdaIsOverlyBroadNotMissing()
    {
        var builder = new ClauseBuilder().Clause("Confidentiality", [Confidentiality],
            "The Recipient shall keep all information disclosed by the Discloser strictly confidential and shall not disclose it to anyone.");

        var findings = Default(builder);

        Assert.Equal(FindingKind.Ok, Only(findings, "confidentiality-required").Kind);
        var exclusions = Only(findings, "nda-exclusions");
        Assert.Equal(FindingKind.OverlyBroad, exclusions.Kind);
        Assert.Equal(
            "not found: an exclusion for information already public; an exclusion for information that later becomes public without fault; " +
            "an exclusion for information the recipient already knew; an exclusion for independently developed information; " +
            "an exclusion for information received from a third party without a duty of confidence; a carve-out for disclosure compelled by law",
            exclusions.Detail);
    }

    [Fact]
    public void NdaWithTheStandardExclusionsPasses()
    {
        var builder = new ClauseBuilder()
            .Clause("Confidentiality", [Confidentiality], "The Recipient shall keep Confidential Information confidential and disclose it only to employees who need to know it.")
            .Clause("Exclusions", [],
                "Confidential Information does not include information that (a) is or becomes publicly available through no fault of the Recipient; (b) was already known to the Recipient prior to disclosure; (c) is independently developed by the Recipient; or (d) is rightfully received from a third party without restriction. The Recipient may disclose information required by law.");

        var findings = Default(builder);

        Assert.Equal(FindingKind.Ok, Only(findings, "nda-exclusions").Kind);
        Assert.Equal(FindingKind.Ok, Only(findings, "nda-need-to-know").Kind);
        Assert.Equal(FindingKind.Unbalanced, Only(findings, "nda-return").Kind);
    }

    [Fact]
    public void RequiresRulesStaySilentWhenTheirClauseIsAbsent()
    {
        var findings = Default(new ClauseBuilder().Clause("Term", [TermTermination], "This Agreement runs for two (2) years."));

        Assert.DoesNotContain(findings, f => f.RuleId == "nda-exclusions");
        Assert.Equal(FindingKind.Missing, Only(findings, "confidentiality-required").Kind);
    }

    [Theory]
    [InlineData("The SME hereby assigns to the Company all know-how, including its Background IP.", FindingKind.Unbalanced)]
    [InlineData("Each Party retains all rights in its Background IP. Foreground IP made by both Parties shall be jointly owned.", FindingKind.Ok)]
    public void AssignmentOfBackgroundIsForbidden(string text, FindingKind kind) =>
        Assert.Equal(kind, Only(Default(new ClauseBuilder().Clause("Intellectual Property", [IpOwnership], text)), "no-assignment-of-background").Kind);

    [Theory]
    [InlineData("Licensee shall grant to Licensor an exclusive licence to all improvements made by the Licensee.", FindingKind.Unbalanced)]
    [InlineData("All improvements developed by the Licensee shall be assigned to Licensor.", FindingKind.Unbalanced)]
    [InlineData("Licensee shall grant back to Licensor a non-exclusive licence to any Licensee improvements.", FindingKind.Ok)]
    public void ExclusiveGrantBackIsForbiddenNonExclusiveIsAcceptable(string text, FindingKind kind)
    {
        var findings = Default(new ClauseBuilder().Clause("Improvements", [LicenseGrant], text));

        var finding = Only(findings, "no-exclusive-grant-back");
        Assert.Equal(kind, finding.Kind);
        Assert.Equal(Severity.High, finding.Severity);
    }

    [Theory]
    [InlineData("This Agreement is governed by the laws of Japan.", "The courts of the State of New York have exclusive jurisdiction.", FindingKind.Unbalanced)]
    [InlineData("This Agreement is governed by the laws of Japan.", "The Tokyo District Court has exclusive jurisdiction.", FindingKind.Ok)]
    public void CourtsMustSitWhereTheLawIs(string law, string forum, FindingKind kind)
    {
        var builder = new ClauseBuilder().Clause("Governing Law", [GoverningLaw], law).Clause("Jurisdiction", [DisputeResolution], forum);

        var finding = Only(Default(builder), "law-and-forum-consistent");

        Assert.Equal(kind, finding.Kind);
        Assert.Equal("c2", finding.ClauseId);
    }

    [Fact]
    public void ArbitrationAbroadIsNotAnInconsistency()
    {
        var builder = new ClauseBuilder()
            .Clause("Governing Law", [GoverningLaw], "This Agreement is governed by the laws of the State of New York.")
            .Clause("Arbitration", [DisputeResolution], "Disputes shall be settled by arbitration under the JCAA rules. The seat of arbitration shall be Tokyo.");

        Assert.DoesNotContain(Default(builder), f => f.RuleId == "law-and-forum-consistent");
    }

    [Theory]
    [InlineData("This Agreement is made in English and Japanese.", FindingKind.Unbalanced)]
    [InlineData("This Agreement is made in English and Japanese. In case of conflict, the English version shall prevail.", FindingKind.Ok)]
    public void BilingualContractNamesThePrevailingLanguage(string text, FindingKind kind) =>
        Assert.Equal(kind, Only(Default(new ClauseBuilder().Clause("Language", [], text)), "prevailing-language").Kind);

    [Fact]
    public void EnglishOnlyContractHasNoLanguageFinding() =>
        Assert.DoesNotContain(Default(new ClauseBuilder().Clause("Language", [], "This Agreement is written in English.")), f => f.RuleId == "prevailing-language");

    [Fact]
    public void TextInBothScriptsCountsAsBilingual()
    {
        var english = string.Concat(Enumerable.Repeat("The Parties shall cooperate on the Project. ", 10));
        var japanese = string.Concat(Enumerable.Repeat("両当事者は本研究に協力する。", 10));
        var builder = new ClauseBuilder().Clause("Cooperation", [], english).Clause("協力", [], japanese);

        var finding = Only(Default(builder), "prevailing-language");

        Assert.Equal((FindingKind.Unbalanced, "text in two languages; no prevailing language"), (finding.Kind, finding.Detail));
    }

    [Fact]
    public void FindingIdsAreDeterministicAndUnique()
    {
        var builder = new ClauseBuilder()
            .Clause(null, [NonCompete], "shall not compete worldwide in any field for five (5) years after termination")
            .Clause(null, [NonCompete], "shall not compete for customers anywhere in the world in perpetuity");

        var first = Default(builder);
        var again = Default(builder);

        Assert.Equal(first.Select(f => f.Id), again.Select(f => f.Id));
        Assert.Equal(first.Count, first.Select(f => f.Id).Distinct().Count());
        Assert.Contains(first, f => f.Id == "non-compete-duration/c2");
    }
}
