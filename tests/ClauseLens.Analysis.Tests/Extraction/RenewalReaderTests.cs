using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis.Tests.Extraction;

/// <summary>
/// The contract's renewal as a reviewer diarises it, read through the real pipeline: how long each
/// renewal runs and the notice that stops it, wherever the contract states it. The phrasings are
/// written for these tests, after the shapes of CUAD's training contracts.
/// </summary>
public sealed class RenewalReaderTests
{
    private static readonly Lazy<ContractAnalyzer> Analyzer = new(ContractAnalyzer.WithShippedModel);

    private static (string Text, RenewalFact? Renewal) Read(string text)
    {
        var document = new ContractIngestor().FromText(text);
        var result = Analyzer.Value.Analyze(document, BuiltInPlaybooks.Default);
        return (document.Text, RenewalReader.Read(document.Text, result.Clauses));
    }

    private static string Quote(string text, DurationFact? d) => d is null ? "" : text[d.Start..d.End];

    [Fact]
    public void AnAutomaticRenewalGivesItsTermAndTheNoticeThatStopsIt()
    {
        var (text, renewal) = Read("""
            1. Term. This Agreement starts on the Effective Date and runs for three (3) years. Thereafter it shall automatically renew for successive one (1) year periods unless either party gives written notice of non-renewal at least ninety (90) days before the end of the then-current term.
            2. Fees. The Customer shall pay the fees in Schedule 1.
            """);

        Assert.NotNull(renewal);
        Assert.Equal(RenewalKind.Automatic, renewal.Kind);
        Assert.Equal(12, renewal.TermMonths);
        Assert.Equal("ninety (90) days", Quote(text, renewal.Notice));
    }

    [Fact]
    public void TheNoticeIsFoundInTheClauseTheRenewalPointsTo()
    {
        var (text, renewal) = Read("""
            9.1 Term. This Agreement has an initial term of five (5) years and will then be renewed automatically for additional two (2) year terms unless terminated under Section 9.2.
            9.2 Non-renewal. Either party may end this Agreement at the expiry of the Initial Term or any renewal term by giving not less than sixty (60) days' written notice of non-renewal.
            9.3 Termination for breach. Either party may terminate this Agreement on thirty (30) days' written notice if the other party commits a material breach.
            """);

        Assert.NotNull(renewal);
        Assert.Equal(24, renewal.TermMonths);
        Assert.Equal("sixty (60) days", Quote(text, renewal.Notice));
    }

    [Fact]
    public void AContractThatRunsOnUntilEndedIsReadAsContinuingWithItsNotice()
    {
        var (text, renewal) = Read("""
            3. Duration. This Agreement runs for two (2) years from signature and after that continues indefinitely until either party ends it by giving six (6) months' prior written notice.
            """);

        Assert.NotNull(renewal);
        Assert.Equal(-1, renewal.TermMonths);
        Assert.Equal("six (6) months", Quote(text, renewal.Notice));
    }

    [Fact]
    public void APartysOptionToExtendIsAnOptionWithItsDeadline()
    {
        var (text, renewal) = Read("""
            4. Term. The Term is three (3) years. The Licensee has the option to extend the Term for one additional period of five (5) years by written notice given at least six (6) months before the Term expires.
            """);

        Assert.NotNull(renewal);
        Assert.Equal(RenewalKind.Option, renewal.Kind);
        Assert.Equal(60, renewal.TermMonths);
        Assert.Equal("six (6) months", Quote(text, renewal.Notice));
    }

    [Fact]
    public void WithNoPeriodOfItsOwnItRenewsForThePeriodItRan()
    {
        var (_, renewal) = Read("""
            7. Term. This Agreement shall be for a term of one year; thereafter, the Agreement shall renew automatically on the same terms unless replaced by a later agreement.
            """);

        Assert.Equal(12, renewal?.TermMonths);
    }

    // Two spaces after a full stop still end a sentence, so a later sentence about prices agreed
    // for each renewal does not make the renewal look like one only both sides may agree.
    [Fact]
    public void ASentenceAfterTwoSpacesDoesNotTurnTheRenewalIntoAMutualOne()
    {
        var (_, renewal) = Read("""
            1. Term. The term begins on the Effective Date and lasts two (2) years. This Agreement shall then be renewed for additional, successive periods of one (1) year each.  For each renewal the parties shall mutually agree upon the prices in writing.
            """);

        Assert.Equal(12, renewal?.TermMonths);
    }

    [Theory]
    [InlineData("5. Patents. The Licensee shall pay all renewal fees for the Licensed Patents and keep the registrations in force.")]
    [InlineData("6. Extension. The parties may agree in writing to extend this Agreement for further one-year periods.")]
    [InlineData("8. Cure. If the breach cannot be cured within thirty (30) days, the cure period shall be extended for an additional thirty (30) days, provided this Agreement is not otherwise terminated.")]
    [InlineData("2. Term. This Agreement takes effect on signature and ends on the fifth anniversary of the Effective Date.")]
    public void NothingElseIsTakenForTheContractRenewing(string text) =>
        Assert.Null(Read(text).Renewal);

    // The 。 that closes 「（以下「更新期間」という。）」 does not end the sentence.
    [Fact]
    public void AJapaneseAutomaticRenewalGivesItsPeriodAndNotice()
    {
        var (text, renewal) = Read("""
            第12条（有効期間）
            本契約の有効期間は、本契約締結日から1年間とする。ただし、期間満了の3か月前までにいずれの当事者からも更新しない旨の書面による通知がないときは、本契約はさらに1年間の更新期間（以下「更新期間」という。）で、同一の条件で自動的に更新されるものとする。
            """);

        Assert.NotNull(renewal);
        Assert.Equal(RenewalKind.Automatic, renewal.Kind);
        Assert.Equal(12, renewal.TermMonths);
        Assert.Equal("3か月", Quote(text, renewal.Notice));
    }
}
