using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis.Tests.Playbooks;

/// <summary>
/// "No governing law" as a lawyer reads it: a choice of law names a law. A dispute clause that sends
/// disputes to arbitration or to a court without naming the law that governs the contract is not one,
/// and a short amendment that only says the rest of the agreement stands has none either. The
/// contracts are written for these tests.
/// </summary>
public sealed class GoverningLawChoiceTests
{
    private static readonly Lazy<ContractAnalyzer> Shipped = new(ContractAnalyzer.WithShippedModel);

    private const string ArbitrationOnly = "Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration in Singapore under the rules of the Singapore International Arbitration Centre.";

    /// <summary>A services agreement whose last clause, on disputes, is <paramref name="disputes"/>.</summary>
    private static string Services(string disputes) => $"""
        SERVICES AGREEMENT

        This Services Agreement is made between Brightwater Logistics Pte. Ltd. (the "Customer") and Orion Freight Systems Inc. (the "Provider").

        1. Services
        The Provider shall carry the Customer's parcels between the Customer's warehouses on the routes listed in Schedule 1.

        2. Fees
        The Customer shall pay the fees in Schedule 2 within thirty days of each monthly invoice.

        3. Term and Termination
        This Agreement runs for two years from the date of signature. Either party may terminate it on ninety days' written notice.

        4. Disputes
        {disputes}
        """;

    // The only clause about disputes names arbitration and courts, never a law.
    private static readonly string ServicesWithArbitrationOnly = Services("Any dispute arising out of or in connection with this Agreement which the parties cannot settle by negotiation within thirty days shall be finally settled by arbitration in Singapore under the rules of the Singapore International Arbitration Centre. Judgment on the award may be entered in any court having jurisdiction.");

    // The same contract with a choice of law in its dispute clause.
    private static readonly string ServicesWithLawAndArbitration = Services("This Agreement is governed by the laws of Singapore. Any dispute arising out of or in connection with this Agreement which the parties cannot settle by negotiation within thirty days shall be finally settled by arbitration in Singapore under the rules of the Singapore International Arbitration Centre.");

    // A two-paragraph amendment: a new price, and the rest of the agreement stands. No law is chosen in it.
    private const string AmendmentWithoutLaw = """
        SECOND AMENDMENT TO DISTRIBUTION AGREEMENT

        This Second Amendment is made between Alder Components Inc. ("Alder") and Northgate Supply LLC ("Northgate") and amends the Distribution Agreement between them dated March 1, 2019 (the "Agreement").

        1. Section 4.2 of the Agreement is deleted and replaced by the following: "Northgate shall pay Alder the prices in Exhibit B as revised on January 1 of each year."

        2. Except as expressly amended by this Second Amendment, all other terms and conditions of the Agreement remain unchanged and in full force and effect.

        IN WITNESS WHEREOF, the parties have signed this Second Amendment on the dates below.
        """;

    [Fact]
    public void AClauseLabelledGoverningLawThatNamesNoLawIsNotAChoiceOfLaw()
    {
        // Whatever the classifier calls it, an arbitration clause chooses a forum, not a law.
        var builder = new ClauseBuilder().Clause("Term", [ClauseLabels.TermTermination]).Clause("Disputes", [ClauseLabels.GoverningLaw, ClauseLabels.DisputeResolution], ArbitrationOnly);

        var law = Assert.Single(new PlaybookEvaluator().Evaluate(BuiltInPlaybooks.Default, builder.Document(), builder.Build()), f => f.RuleId == "governing-law-required");

        Assert.Equal(FindingKind.Missing, law.Kind);
    }

    [Fact]
    public void TheClassifiersUncertainBandNeedsALawNamedToo()
    {
        var builder = new ClauseBuilder().Clause("Term", [ClauseLabels.TermTermination]).Clause("Disputes", [ClauseLabels.DisputeResolution], ArbitrationOnly, [ClauseLabels.GoverningLaw]);

        var law = Assert.Single(new PlaybookEvaluator().Evaluate(BuiltInPlaybooks.Default, builder.Document(), builder.Build()), f => f.RuleId == "governing-law-required");

        Assert.Equal(FindingKind.Missing, law.Kind);
    }

    [Fact]
    public void AClauseLabelledGoverningLawThatNamesALawSatisfiesTheRule()
    {
        var builder = new ClauseBuilder().Clause("Term", [ClauseLabels.TermTermination])
            .Clause("Disputes", [ClauseLabels.GoverningLaw, ClauseLabels.DisputeResolution], "This Agreement is governed by the laws of Singapore. " + ArbitrationOnly);

        var law = Assert.Single(new PlaybookEvaluator().Evaluate(BuiltInPlaybooks.Default, builder.Document(), builder.Build()), f => f.RuleId == "governing-law-required");

        Assert.Equal(FindingKind.Ok, law.Kind);
        Assert.Equal("c2", law.ClauseId);
    }

    [Fact]
    public void AContractWhoseOnlyDisputeClauseIsArbitrationIsToldItHasNoGoverningLaw()
    {
        var (law, _) = GoverningLaw(ServicesWithArbitrationOnly);

        Assert.Equal(FindingKind.Missing, law.Kind);
        Assert.Equal("No governing law", law.Title);
    }

    [Fact]
    public void TheSameContractNamingItsLawIsNot()
    {
        var (law, document) = GoverningLaw(ServicesWithLawAndArbitration);

        Assert.Equal(FindingKind.Ok, law.Kind);
        var evidence = Assert.IsType<Evidence>(law.Evidence);
        Assert.Contains("governed by the laws of Singapore", document.Slice(evidence.Start, evidence.End), StringComparison.Ordinal);
    }

    [Fact]
    public void AnAmendmentThatOnlySaysTheRestStandsIsToldItHasNoGoverningLaw()
    {
        // Not "uncertain": "all other terms … remain in full force" says nothing about which law governs.
        var (law, _) = GoverningLaw(AmendmentWithoutLaw);

        Assert.Equal(FindingKind.Missing, law.Kind);
    }

    [Theory]
    [InlineData("Except as expressly amended by this Amendment, all other terms and conditions of the Agreement remain unchanged and in full force and effect.")]
    [InlineData("Except as amended hereby, the Agreement shall continue in full force and effect.")]
    [InlineData("Subject to the above modifications, the Agreement remains in full force and effect.")]
    [InlineData("The Agreement, as amended, is hereby ratified and confirmed.")]
    public void ASentenceSayingTheRestOfAnAgreementStandsIsEvidenceOfNoLabel(string sentence)
    {
        foreach (var label in new[] { ClauseLabels.GoverningLaw, ClauseLabels.TermTermination, ClauseLabels.IpOwnership, ClauseLabels.NonCompete })
        {
            Assert.False(LabelEvidence.CanShow(label, sentence), label);
        }
    }

    [Theory]
    [InlineData("All terms and conditions for the products will be governed by this Agreement.", false)]
    [InlineData("Any dispute shall be subject to the jurisdiction of the court where this Agreement is signed.", false)]
    [InlineData("This Agreement shall be governed by and construed in accordance with the laws of the State of Delaware.", true)]
    [InlineData("This Agreement is governed by Japanese law.", true)]
    [InlineData("本契約は日本法に準拠する。", true)]
    public void OnlyASentenceThatNamesALawCanShowAChoiceOfLaw(string sentence, bool canShow)
    {
        Assert.Equal(canShow, LabelEvidence.CanShow(ClauseLabels.GoverningLaw, sentence));
    }

    [Fact]
    public void ATermStatedOutrightStillCountsAsTermEvidence()
    {
        // The rest-stands test is narrow: a contract that "remains in force for two years" states a term.
        Assert.True(LabelEvidence.CanShow(ClauseLabels.TermTermination, "This Agreement shall remain in full force and effect for a period of two (2) years from the Effective Date."));
    }

    private static (Finding Law, ContractDocument Document) GoverningLaw(string text)
    {
        var document = new ContractIngestor().FromText(text);
        var result = Shipped.Value.Analyze(document, BuiltInPlaybooks.Default);
        return (Assert.Single(result.Findings, f => f.RuleId == "governing-law-required"), document);
    }
}
