using ClauseLens.Analysis.Briefs;
using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis.Tests.Briefs;

public sealed class BriefChecklistTests
{
    [Fact]
    public void ASurvivalPeriodIsListedWithWhenItEnds()
    {
        var brief = new BriefContractBuilder()
            .Clause("3", "Term", "This Agreement runs for five (5) years from the Effective Date.", [ClauseLabels.TermTermination], out _,
                at => new ClauseFacts { Durations = [at.Duration("five (5) years", 60, DurationAnchor.Signing)] })
            .Clause("8", "Confidentiality", "These obligations continue for three (3) years after termination.", [ClauseLabels.Confidentiality], out _,
                at => new ClauseFacts { Durations = [at.Duration("three (3) years after termination", 36, DurationAnchor.AfterEnd)] })
            .Brief();

        var item = Assert.Single(brief.AfterSigning, i => i.Area == BriefChecklistArea.Survival);
        Assert.StartsWith("Confidentiality survives 3 years after termination or expiry", item.Action);
        Assert.Contains("If the agreement runs its full 5 years term, that is 8 years after the effective date.", item.Action);
        Assert.Equal("Clause 8 (Confidentiality)", item.Where!.Reference);
        Assert.Equal("three (3) years after termination", item.Where.Quote);
    }

    [Theory]
    [InlineData(18, false, "survives 18 months after termination or expiry")]
    [InlineData(12, false, "survives 1 year after termination or expiry")]
    [InlineData(null, true, "survives termination or expiry with no end date")]
    public void SurvivalIsWordedByItsLength(int? months, bool indefinite, string expected)
    {
        var sentence = BriefChecklist.SurvivalSentence("The non-compete", new DurationFact(0, 1, months, indefinite, DurationAnchor.AfterEnd), null);

        Assert.Contains(expected, sentence);
    }

    [Fact]
    public void AuditsRegistrationsAndPrototypesComeFromTheirClauses()
    {
        var brief = new BriefContractBuilder()
            .Clause("6", "Audit", "Licensor may inspect the books once a year; records are kept for five (5) years.", [ClauseLabels.AuditRights], out _,
                at => new ClauseFacts { Durations = [at.Duration("five (5) years", 60, DurationAnchor.Unspecified)], Elements = [at.Element("inspect the books", FactNames.Audit)] })
            .Clause("9", "Patents", "The owner shall maintain the patents and utility models and pay all fees.", [ClauseLabels.IpOwnership], out _,
                at => new ClauseFacts { Elements = [at.Element("maintain the patents", FactNames.RegistrationMaintenance)] })
            .Clause("11", "Return", "On termination each party shall return or destroy all prototypes and test data.", [ClauseLabels.Confidentiality], out _,
                at => new ClauseFacts { Elements = [at.Element("prototypes and test data", FactNames.PrototypesAndData), at.Element("return or destroy", FactNames.ReturnOrDestroy)] })
            .Brief();

        var audit = Assert.Single(brief.AfterSigning, i => i.Area == BriefChecklistArea.AuditsAndCheckIns);
        Assert.Contains("keep the records for 5 years", audit.Action);
        Assert.Equal("Clause 6 (Audit)", audit.Where!.Reference);
        var registration = Assert.Single(brief.AfterSigning, i => i.Area == BriefChecklistArea.Registrations);
        Assert.Contains("patents and utility models", registration.Action);
        Assert.Equal("Clause 9 (Patents)", registration.Where!.Reference);
        var prototypes = Assert.Single(brief.AfterSigning, i => i.Area == BriefChecklistArea.PrototypesAndData);
        Assert.Contains("prototypes, samples and shared data", prototypes.Action);
        Assert.Equal("Clause 11 (Return)", prototypes.Where!.Reference);
    }

    [Fact]
    public void SilenceOnPrototypesSurvivalAndRegistrationsIsItselfAnItem()
    {
        var brief = new BriefContractBuilder()
            .Clause("2", "Results", "Inventions made jointly may be filed as patent or trademark applications.", ClauseLabels.IpOwnership)
            .Brief();

        Assert.Null(Assert.Single(brief.AfterSigning, i => i.Area == BriefChecklistArea.PrototypesAndData).Where);
        Assert.Null(Assert.Single(brief.AfterSigning, i => i.Area == BriefChecklistArea.Survival).Where);
        var registration = Assert.Single(brief.AfterSigning, i => i.Area == BriefChecklistArea.Registrations);
        Assert.Contains("mentions patents and trademarks but names nobody", registration.Action);
    }

    [Fact]
    public void AContractThatNamesNoRegistrationsHasNoRegistrationItem()
    {
        var brief = new BriefContractBuilder()
            .Clause("2", "Confidentiality", "Each party keeps the other's information secret; this was designed to protect both.", ClauseLabels.Confidentiality)
            .Brief();

        Assert.DoesNotContain(brief.AfterSigning, i => i.Area == BriefChecklistArea.Registrations);
    }
}

/// <summary>
/// The after-signing item for renewal says what to diarise, from the sentence that renews the
/// contract, through the real pipeline (contracts written for these tests).
/// </summary>
public sealed class BriefRenewalItemTests
{
    private static readonly Lazy<ContractAnalyzer> Analyzer = new(ContractAnalyzer.WithShippedModel);

    private static BriefChecklistItem? RenewalItem(string text)
    {
        var document = new ContractIngestor().FromText(text);
        var brief = new BriefBuilder().Build(document, Analyzer.Value.Analyze(document, BuiltInPlaybooks.Default));
        return brief.AfterSigning.SingleOrDefault(i => i.Area == BriefChecklistArea.AuditsAndCheckIns && i.Action.Contains("renew", StringComparison.Ordinal)
            || i.Action.Contains("更新", StringComparison.Ordinal));
    }

    [Fact]
    public void AnAutomaticRenewalIsDiarisedWithItsTermAndNotice()
    {
        var item = RenewalItem("""
            1. Supply. The Supplier shall supply the Products ordered by the Buyer.
            2. Term. This Agreement runs for three (3) years and shall then automatically renew for successive one (1) year periods unless either party gives written notice of non-renewal at least ninety (90) days before the end of the then-current term.
            """);

        Assert.NotNull(item);
        Assert.Equal("The agreement renews automatically for 1 year at a time unless notice is given at least ninety (90) days before a term ends: "
            + "diarise that deadline before each renewal and review the project before it passes.", item.Action);
        Assert.Equal("Clause 2 (Term)", item.Where!.Reference);
    }

    [Fact]
    public void ARenewalFeeIsNotTheContractRenewing()
    {
        var item = RenewalItem("""
            1. Licence. The Licensor grants the Licensee a non-exclusive licence under the Licensed Patents.
            2. Patents. The Licensee shall pay all renewal fees for the Licensed Patents.
            3. Term. This Agreement ends on the fifth anniversary of the Effective Date.
            """);

        Assert.Null(item);
    }

    [Fact]
    public void AJapaneseRenewalIsDiarisedInJapanese()
    {
        var item = RenewalItem("""
            第1条（目的）
            甲は、乙に対し、本製品を供給する。
            第2条（有効期間）
            本契約の有効期間は、本契約締結日から1年間とする。ただし、期間満了の3か月前までにいずれの当事者からも更新しない旨の書面による通知がないときは、本契約はさらに1年間同一の条件で自動的に更新されるものとし、以後も同様とする。
            """);

        Assert.NotNull(item);
        Assert.StartsWith("本契約は、期間満了の3か月前までに通知しない限り、1年ずつ自動的に更新される。", item.Action);
    }
}
