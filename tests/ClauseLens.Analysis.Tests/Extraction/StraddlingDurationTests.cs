using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis.Tests.Extraction;

/// <summary>
/// A number that ends one line and its unit that starts the next ("thirty (30)\ndays") is how PDF
/// text and hard-wrapped filings read. It used to throw while looking for the duration's anchor.
/// </summary>
public sealed class StraddlingDurationTests
{
    private static readonly Lazy<ContractAnalyzer> Analyzer = new(ContractAnalyzer.WithShippedModel);

    [Theory]
    [InlineData("2\nyears")]
    [InlineData("The Supplier may terminate if the failure remains uncured thirty (30)\ndays after notice.")]
    [InlineData("for a period of two (2)\n\nyears. Thereafter it lapses.")]
    public void ADurationSplitAcrossLinesIsReadWithoutError(string text)
    {
        var duration = Assert.Single(new FactExtractor().Extract(text, 0).Durations);

        Assert.NotNull(duration.Months);
    }

    [Fact]
    public void TheContractThatCrashedTheAnalysisIsAnalysed()
    {
        const string text = """
            (c) The Supplier may ask its own lawyers for advice on any legal question, and acting on that advice in good faith protects it.
            (d) Oral instructions from the Customer shall be confirmed in writing as soon as practicable, as described in Section 6(d).
            7. Indemnification. The Customer shall indemnify the Supplier against any loss arising out of the Supplier's duties under this Agreement, except where a court finds the loss resulted from the Supplier's gross negligence.
            (a) Absent gross negligence, the Supplier shall not be liable for any action taken in the performance of its duties under this Agreement. In no
            event will the Supplier be liable for indirect or consequential damages. Any liability of the Supplier will be limited in the aggregate to an amount equal to twelve (12) times the monthly fee.
            (b) The Supplier may terminate this Agreement if the Customer fails to pay amounts due and the failure remains uncured thirty (30)
            days after the Customer receives notice of it.
            """;
        var document = new ContractIngestor().FromText(text);

        var result = Analyzer.Value.Analyze(document, BuiltInPlaybooks.Default);

        var thirtyDays = result.Clauses.SelectMany(c => c.Facts.Durations).Single(d => document.Text[d.Start..d.End].StartsWith("thirty", StringComparison.Ordinal));
        Assert.Equal(1, thirtyDays.Months);
    }
}
