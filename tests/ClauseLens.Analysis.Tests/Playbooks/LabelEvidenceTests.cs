using ClauseLens.Analysis.Classification;
using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis.Tests.Playbooks;

/// <summary>
/// What a lawyer sees when a required clause is there but the classifier, reading one clause at a
/// time, does not label it: the label evidence reader (models/label-evidence.zip) reads the whole
/// text before "missing &lt;label&gt;" is claimed. The contracts are written for these tests.
/// </summary>
public sealed class LabelEvidenceTests
{
    private static readonly Lazy<ContractAnalyzer> WithEvidence = new(ContractAnalyzer.WithShippedModel);
    private static readonly Lazy<ContractAnalyzer> ClassifierAlone = new(() =>
        ContractAnalyzer.For(ModelClauseClassifier.Load(ModelClauseClassifier.DefaultPath), ContractAnalyzer.ShippedDetectors()));

    // The development agreement of the three ownership cases below: clauses 1 and 2, then the clause
    // each case is about (3), then the governing law (9).
    private const string DevelopmentOpening = """
        DEVELOPMENT AGREEMENT

        This Agreement is made between Kestrel Coatings Co., Ltd. ("Kestrel") and Marlow Robotics Inc. ("Marlow").

        1. Purpose
        The parties will jointly develop a wear-resistant coating for robot grippers (the "Project").

        2. Work
        Each party shall carry out the tasks given to it in the work plan and report monthly to the other.
        """;

    private const string DevelopmentClosing = """
        9. Governing Law
        This Agreement is governed by the laws of Japan.
        """;

    // Who owns the results is said in the middle of the clause headed "Duration", among expiry and
    // termination: the classifier reads the clause as term and termination.
    private const string OwnershipInDurationClause = DevelopmentOpening + "\n\n" + """
        3. Duration
        This Agreement commences on the date of its signature and remains in force for two years, after which it expires unless the parties extend it in writing. Either party may end it early on sixty days' written notice if the other fails to remedy a material breach. On expiry or early termination each party shall return the other's samples. Any invention, design or software resulting from the Project shall belong solely to Kestrel, and Marlow hereby assigns all its rights therein to Kestrel. Clauses 4 and 9 survive termination.
        """ + "\n\n" + DevelopmentClosing;

    // The results are "the property of" one party, in the term and termination clause.
    private const string ResultsArePropertyInTermClause = DevelopmentOpening + "\n\n" + """
        3. Term and Termination
        This Agreement remains in force for two years from the date of its signature. Either party may terminate it on sixty days' written notice if the other fails to remedy a material breach. The results of the Project, including all drawings, formulations and test data, are the property of Kestrel, and Marlow assigns to Kestrel any right it may acquire in them. Upon termination, each party shall return the other's samples.
        """ + "\n\n" + DevelopmentClosing;

    // One party is "the sole owner of all results", in a one-paragraph term clause.
    private const string SoleOwnerInTermClause = DevelopmentOpening + "\n\n" + """
        3. Term
        This Agreement runs for two years from the date of its signature and may be terminated by either party on sixty days' written notice. Kestrel shall be the sole owner of all results, inventions and data generated under the Project, whether made by Kestrel or by Marlow.
        """ + "\n\n" + DevelopmentClosing;

    // No ownership of results anywhere: the claim must still be made.
    private const string NoOwnership = """
        SUPPLY AGREEMENT

        This Supply Agreement is made between Harbor Foods Ltd. (the "Buyer") and Glenmore Farms LLC (the "Supplier").

        1. Supply
        The Supplier shall supply the fresh produce listed in Schedule 1 in the quantities the Buyer orders each week.

        2. Price and Payment
        The Buyer shall pay the prices in Schedule 2 within thirty days of delivery.

        3. Delivery
        The Supplier shall deliver to the Buyer's warehouse between 6 a.m. and 10 a.m. on the day agreed.

        4. Term
        This Agreement continues for one year from the date of signature.

        5. Governing Law
        This Agreement is governed by the laws of the State of New York.
        """;

    [Fact]
    public void AnOwnershipStatedOutrightIsFoundWithoutTheReader()
    {
        // "Any invention … shall belong solely to Kestrel" is an ownership statement the patterns read
        // (ip_ownership_stated), so even the classifier alone does not call the clause missing.
        var (document, finding) = Ownership(ClassifierAlone.Value, OwnershipInDurationClause);

        Assert.Equal(FindingKind.Ok, finding.Kind);
        var evidence = Assert.IsType<Evidence>(finding.Evidence);
        Assert.Contains("shall belong solely to Kestrel", document.Slice(evidence.Start, evidence.End), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ResultsArePropertyInTermClause, "are the property of Kestrel")]
    [InlineData(SoleOwnerInTermClause, "Kestrel shall be the sole owner of all results")]
    public void AnOwnershipClauseTheClassifierDoesNotLabelIsNotCalledMissing(string text, string ownershipWords)
    {
        // The classifier alone claims the ownership clause is missing: this is the case the reader is for.
        Assert.Equal(FindingKind.Missing, Ownership(ClassifierAlone.Value, text).Finding.Kind);

        var (document, finding) = Ownership(WithEvidence.Value, text);

        // A lawyer is not told "no clause says who owns the results"; the finding points at the
        // sentence that does, which the reader quotes when it is unsure.
        Assert.NotEqual(FindingKind.Missing, finding.Kind);
        Assert.Contains(finding.Kind, new[] { FindingKind.Ok, FindingKind.Uncertain });
        var evidence = Assert.IsType<Evidence>(finding.Evidence);
        Assert.Contains(ownershipWords, document.Slice(evidence.Start, evidence.End), StringComparison.Ordinal);
        Assert.Contains(ownershipWords, finding.Detail ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void AContractWithoutAnyOwnershipClauseIsStillToldItIsMissing()
    {
        var (_, finding) = Ownership(WithEvidence.Value, NoOwnership);

        Assert.Equal(FindingKind.Missing, finding.Kind);
        Assert.Null(finding.ClauseId);
    }

    [Fact]
    public void ThePresentLabelsAreNotReadAgain()
    {
        // Governing law is labelled by the classifier: the reader changes nothing about it.
        var result = WithEvidence.Value.Analyze(new ContractIngestor().FromText(NoOwnership), BuiltInPlaybooks.Default);
        var law = Assert.Single(result.Findings, f => f.RuleId == "governing-law-required");

        Assert.Equal(FindingKind.Ok, law.Kind);
        Assert.Null(law.Detail);
    }

    [Fact]
    public void TheReaderShipsWithBandsForEveryRequiredLabelCuadAnnotates()
    {
        var reader = ContractAnalyzer.ShippedLabelEvidence();

        Assert.NotNull(reader);
        foreach (var label in new[] { ClauseLabels.IpOwnership, ClauseLabels.NonCompete, ClauseLabels.GoverningLaw, ClauseLabels.TermTermination })
        {
            var spec = Assert.Single(reader.Manifest.Labels, l => l.Label == label);
            Assert.InRange(spec.Floor, 0, spec.Threshold);
        }
    }

    private static (ContractDocument Document, Finding Finding) Ownership(ContractAnalyzer analyzer, string text)
    {
        var document = new ContractIngestor().FromText(text);
        var result = analyzer.Analyze(document, BuiltInPlaybooks.Default);
        return (document, Assert.Single(result.Findings, f => f.RuleId == "ip-ownership-required"));
    }
}
