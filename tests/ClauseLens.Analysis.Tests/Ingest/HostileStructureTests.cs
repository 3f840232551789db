using System.Text;
using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Ingest;

namespace ClauseLens.Analysis.Tests.Ingest;

/// <summary>The structure limits refuse hostile nesting and leave ordinary documents alone.</summary>
public sealed class HostileStructureTests
{
    private static readonly ContractIngestor Ingestor = new();

    private static string Repeat(string s, int count) => string.Concat(Enumerable.Repeat(s, count));

    [Theory]
    [InlineData("<p>")]
    [InlineData("<li>")]
    [InlineData("<tr><td>")]
    [InlineData("<br>")]
    [InlineData("<img src=x>")]
    [InlineData("<div></div>")]
    [InlineData("<svg><path d='M0 0'/><rect/></svg>")]
    public void ManySiblingsThatDoNotNestAreNotMistakenForDepth(string element)
    {
        var html = "<table><ol>" + Repeat(element + "Clause text. ", 5_000) + "</ol></table>";

        Assert.NotEmpty(Ingestor.FromHtml(html).Paragraphs);
    }

    [Theory]
    [InlineData("<div>", "</span>")]
    [InlineData("<b>", "")]
    [InlineData("<ol><li>", "")]
    [InlineData("<table><tr><td>", "")]
    [InlineData("<blockquote title='a > b'>", "</span>")]
    [InlineData("<div/>", "")]
    public void NestingPastTheLimitIsRefusedAsTooComplex(string open, string strayClose)
    {
        var html = Repeat(open + strayClose, 300) + "text";

        var error = Assert.Throws<IngestException>(() => Ingestor.FromHtml(html));
        Assert.Equal(IngestFailure.TooComplex, error.Failure);
        Assert.Contains("MaxNestingDepth", error.Message);
    }

    [Fact]
    public void ClosedElementsDoNotAddUpToDepth()
    {
        var html = Repeat("<div><section><p>Clause text.</p></section></div>", 2_000);

        Assert.Equal(2_000, Ingestor.FromHtml(html).Paragraphs.Count);
    }

    [Fact]
    public void TagsInsideScriptsAndCommentsAreNotCounted()
    {
        var html = "<script>" + Repeat("<div>", 1_000) + "</script><!--" + Repeat("<div>", 1_000) + "--><p>Clause text.</p>";

        Assert.Equal(["Clause text."], Ingestor.FromHtml(html).Paragraphs.Select(p => p.Text));
    }

    [Theory]
    [InlineData(1, false, "a")]
    [InlineData(27, false, "aa")]
    [InlineData(520, true, "ZZZZZZZZZZZZZZZZZZZZ")]
    [InlineData(521, false, "521")]
    [InlineData(2_000_000_000, false, "2000000000")]
    public void LettersStopAtTwentyRepeatsAndBecomeDecimal(int value, bool upper, string expected) =>
        Assert.Equal(expected, NumberFormats.Letters(value, upper));

    [Fact]
    public void ReversedListsWithValuesAreNumberedAsBrowsersDo()
    {
        var html = "<ol reversed start=\"10\" type=\"i\"><li>a</li><li value=\"4\">b</li><li>c</li></ol>";

        Assert.Equal(["x. a", "iv. b", "iii. c"], Ingestor.FromHtml(html).Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void LongRunsAreBlankedForThePatternsButJapaneseIsNot()
    {
        var japanese = "本契約は日本法に準拠し、" + Repeat("東京地方裁判所を第一審の専属的合意管轄裁判所とする。", 10);
        var text = "Governed by the laws of Japan. " + new string('A', 200) + " " + japanese;

        var masked = FactExtractor.MaskLongRuns(text);

        Assert.Equal(text.Length, masked.Length);
        Assert.StartsWith("Governed by the laws of Japan. ", masked);
        Assert.Equal(new string(' ', 200), masked.Substring(31, 200));
        Assert.EndsWith(japanese, masked);
    }

    [Fact]
    public void APdfNestedPastTheLimitIsRefusedButStringsAndStreamsAreNotCounted()
    {
        var deep = Encoding.Latin1.GetBytes("%PDF-1.4\n1 0 obj\n" + Repeat("[", 300) + Repeat("]", 300) + "\nendobj\n");
        var harmless = Encoding.Latin1.GetBytes("%PDF-1.4\n1 0 obj\n(" + Repeat("[", 300) + ")\nendobj\n2 0 obj\n<< /Length 300 >>\nstream\n" + Repeat("[", 300) + "\nendstream\nendobj\n% " + Repeat("<<", 300) + "\n");

        Assert.Equal(IngestFailure.TooComplex, Assert.Throws<IngestException>(() => PdfDepthScan.Check(deep, new IngestLimits())).Failure);
        PdfDepthScan.Check(harmless, new IngestLimits());
    }
}
