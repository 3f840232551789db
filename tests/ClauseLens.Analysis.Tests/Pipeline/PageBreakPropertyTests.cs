using System.Text;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Tests.Classification;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ClauseLens.Analysis.Tests.Pipeline;

/// <summary>
/// Real clauses as filings and PDFs deliver them: hard-wrapped at any point (between a number and
/// its unit, inside a defined term) and with page furniture ("Source: ..., 10-Q, date", page
/// numbers) dropped in the middle of a sentence. The analysis must not throw, and every span it
/// reports must stay inside the text it was given.
/// </summary>
public sealed class PageBreakPropertyTests
{
    private static readonly Lazy<ContractAnalyzer> Analyzer = new(ContractAnalyzer.WithShippedModel);

    private static readonly string[] Artefacts =
    [
        "\n", "\n", "\n\n", " \n", "\r\n",
        "\nSource: ACME HOLDINGS INC, 10-Q, 8/14/2019\n",
        "\n\nSource: NORTHWIND CORP, 8-K, 11/2/2015\n\n12\n\n",
        "\n7\n", "\n- 12 -\n", "\nPage 3 of 20\n", "\n\f\n", "\n[***]\n",
        "\n\n3\n\nSource: CONTOSO LTD, S-1, 1/5/2007\n\n",
    ];

    /// <summary>A run of one to four consecutive dev clauses, so cuts also fall between clauses.</summary>
    private static Gen<string> Passages()
    {
        var clauses = DevClauses.Read();
        return from start in Gen.Choose(0, clauses.Count - 1)
               from count in Gen.Choose(1, 4)
               select string.Join("\n", clauses.Skip(start).Take(count).Select(c => c.Text));
    }

    private static Arbitrary<(string Text, (int At, string Artefact)[] Cuts)> CutPassages() =>
        (from text in Passages()
         from cuts in Gen.Zip(Gen.Choose(0, 1_000_000), Gen.Elements(Artefacts)).ArrayOf()
         select (text, cuts.Select(c => (text.Length == 0 ? 0 : c.Item1 % (text.Length + 1), c.Item2)).ToArray()))
        .ToArbitrary();

    [Property(MaxTest = 150)]
    public Property CutAndDecoratedClausesAreAnalysedWithSpansInsideTheText() =>
        Prop.ForAll(CutPassages(), input =>
        {
            var text = Cut(input.Text, input.Cuts);
            var document = new ContractIngestor().FromText(text);
            var result = Analyzer.Value.Analyze(document, BuiltInPlaybooks.Default);
            var problem = EveryRealContractTests.OutsideText(document, result);
            return (problem is null).Label(problem ?? "spans inside the text");
        });

    [Theory]
    [InlineData("The restriction lasts for two (2)\nyears after termination of this Agreement.")]
    [InlineData("The restriction lasts for two (2)\nSource: ACME HOLDINGS INC, 10-Q, 8/14/2019\n12\nyears after termination.")]
    [InlineData("This Agreement is governed by the laws of the State of\n\n7\n\nNew York, without regard to conflicts of law.")]
    [InlineData("「秘密情報」とは、開示者が開示した一切の情報をいう。本契約の終了後2\n年間有効とする。")]
    [InlineData("The Recipient may disclose Confidential\n- 12 -\nInformation only to employees who need to\nknow it.")]
    public void AClauseCutByAPageBreakIsAnalysed(string text)
    {
        var document = new ContractIngestor().FromText(text);

        var result = Analyzer.Value.Analyze(document, BuiltInPlaybooks.Default);

        Assert.Null(EveryRealContractTests.OutsideText(document, result));
        Assert.NotEmpty(result.Clauses);
    }

    /// <summary>Inserts each artefact at its position in the original text (later positions first).</summary>
    private static string Cut(string text, IEnumerable<(int At, string Artefact)> cuts)
    {
        var builder = new StringBuilder(text);
        foreach (var (at, artefact) in cuts.OrderByDescending(c => c.At))
        {
            builder.Insert(Math.Min(at, builder.Length), artefact);
        }

        return builder.ToString();
    }
}
