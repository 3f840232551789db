using ClauseLens.Analysis.Ingest;

namespace ClauseLens.Training.Tests;

public sealed class ContractsReportTests
{
    [Fact]
    public void OffsetsOfWrappedTextMapOntoTheIngestedText()
    {
        var raw = "1. Governing Law.\r\nThis Agreement is governed\r\nby the laws of Japan.\r\n\r\n2. Term.  It lasts two years.";
        var document = new ContractIngestor().FromText(raw).Text;

        var map = ContractsReport.OffsetMap(raw, document);

        foreach (var word in new[] { "Governing", "governed", "by the laws", "Japan.", "Term.", "two years." })
        {
            var start = raw.IndexOf(word, StringComparison.Ordinal);
            Assert.Equal(word, document[map[start]..ContractsReport.EndOffset(map, raw, start, start + word.Length)]);
        }

        Assert.Equal(document.Length, map[raw.Length]);
    }

    [Fact]
    public void DroppedInvisibleCharactersDoNotShiftLaterOffsets()
    {
        var raw = "\uFEFFSection \uE000one. Licensee shall pay royalties.";
        var document = new ContractIngestor().FromText(raw).Text;

        var map = ContractsReport.OffsetMap(raw, document);

        var start = raw.IndexOf("royalties", StringComparison.Ordinal);
        Assert.Equal("royalties", document[map[start]..ContractsReport.EndOffset(map, raw, start, start + "royalties".Length)]);
    }
}
