using ClauseLens.Analysis.Extraction;
using FsCheck.Xunit;

namespace ClauseLens.Analysis.Tests.Extraction;

public sealed class DurationExtractionTests
{
    private const int ClauseStart = 1000;
    private static readonly FactExtractor Extractor = new();

    private static IReadOnlyList<DurationFact> Durations(string text) => Extractor.Extract(text, ClauseStart).Durations;

    [Theory]
    [InlineData("The Recipient shall not compete for a period of two (2) years following termination of this Agreement.", 24, DurationAnchor.AfterEnd)]
    [InlineData("This restriction lasts 24 months.", 24, DurationAnchor.Unspecified)]
    [InlineData("for a period of three years following termination", 36, DurationAnchor.AfterEnd)]
    [InlineData("during the Term and for twelve (12) months thereafter", 12, DurationAnchor.AfterEnd)]
    [InlineData("This Agreement shall remain in force for five (5) years from the Effective Date.", 60, DurationAnchor.Signing)]
    [InlineData("for a two-year period after the expiration of this Agreement", 24, DurationAnchor.AfterEnd)]
    [InlineData("for twenty-four (24) months after the termination or expiry hereof", 24, DurationAnchor.AfterEnd)]
    [InlineData("within thirty (30) days of receipt", 1, DurationAnchor.Unspecified)]
    [InlineData("for a period of eighteen months commencing on the Effective Date", 18, DurationAnchor.Signing)]
    // The figure in brackets is the number, not the last number word before it; hundreds in words.
    [InlineData("unless either party gives notice at least one hundred twenty (120) days before the renewal date", 4, DurationAnchor.Unspecified)]
    [InlineData("written notice of non-renewal one hundred eighty (180) days in advance", 6, DurationAnchor.Unspecified)]
    [InlineData("for one hundred and eighty days", 6, DurationAnchor.Unspecified)]
    [InlineData("for two hundred days", 7, DurationAnchor.Unspecified)]
    [InlineData("本契約終了後５年間", 60, DurationAnchor.AfterEnd)]
    [InlineData("本契約終了後2年間は、競合する製品を製造しない。", 24, DurationAnchor.AfterEnd)]
    [InlineData("乙は、3年間、本製品を販売しない。", 36, DurationAnchor.Unspecified)]
    [InlineData("本契約の有効期間は、本契約締結日から3年間とする。", 36, DurationAnchor.Signing)]
    [InlineData("本契約の終了後も6か月間有効に存続する。", 6, DurationAnchor.AfterEnd)]
    [InlineData("二十四ヶ月間", 24, DurationAnchor.Unspecified)]
    [InlineData("本契約の期間満了後１年間", 12, DurationAnchor.AfterEnd)]
    // Halves: one reading each, not "a year" inside "half a year" or 「1年」 inside 「1年半」.
    [InlineData("for one and a half years after termination", 18, DurationAnchor.AfterEnd)]
    [InlineData("for a year and a half after this Agreement ends", 18, DurationAnchor.AfterEnd)]
    [InlineData("for half a year after the end of the Project", 6, DurationAnchor.AfterEnd)]
    [InlineData("for 1.5 years from the Effective Date", 18, DurationAnchor.Signing)]
    [InlineData("for two and a half years", 30, DurationAnchor.Unspecified)]
    [InlineData("for 12.5 months", 13, DurationAnchor.Unspecified)]
    [InlineData("本契約終了後1年半", 18, DurationAnchor.AfterEnd)]
    [InlineData("本契約終了後半年間", 6, DurationAnchor.AfterEnd)]
    public void ReadsFiniteDurations(string text, int months, DurationAnchor from)
    {
        var duration = Assert.Single(Durations(text));

        Assert.Equal((months, false, from), (duration.Months!.Value, duration.Indefinite, duration.From));
    }

    [Theory]
    [InlineData("These obligations shall continue in perpetuity.")]
    [InlineData("The Recipient's obligations shall survive indefinitely.")]
    [InlineData("for so long as the information remains confidential")]
    [InlineData("The Licensee is granted a perpetual licence.")]
    [InlineData("本条の義務は、無期限に存続する。")]
    [InlineData("without limitation as to time")]
    [InlineData("for as long as the information remains confidential")]
    public void FlagsIndefiniteDurations(string text)
    {
        var duration = Assert.Single(Durations(text));

        Assert.True(duration.Indefinite);
        Assert.Null(duration.Months);
    }

    [Theory]
    [InlineData("本契約は2024年4月1日に締結された。")]
    [InlineData("令和5年に発効する。")]
    [InlineData("Section 2.5 years ago is irrelevant 3.4")]
    [InlineData("as set out in Article 12 of the Agreement")]
    [InlineData("Each year the Parties shall meet.")]
    [InlineData("including, without limitation, all technical information")]
    [InlineData("so long as each such person agrees in writing to be bound")]
    public void IgnoresDatesAndNumbersThatAreNotDurations(string text) => Assert.Empty(Durations(text));

    [Fact]
    public void SpanPointsAtThePhraseInDocumentOffsets()
    {
        const string text = "Licensee shall not compete for three (3) years after termination.";

        var duration = Assert.Single(Durations(text));

        Assert.Equal("three (3) years", text[(duration.Start - ClauseStart)..(duration.End - ClauseStart)]);
    }

    [Property]
    public bool WordAndDigitsInBracketsGiveTwelveMonthsAYear(int seed)
    {
        var n = Math.Abs(seed % 99) + 1;
        var duration = Durations($"for a period of {Numbers.ToWords(n)} ({n}) years").Single();
        return duration.Months == 12 * n && !duration.Indefinite;
    }

    [Property]
    public bool NumberWordsOneToNinetyNineRoundTrip(int seed)
    {
        var n = Math.Abs(seed % 99) + 1;
        return Numbers.Parse(Numbers.ToWords(n)) == n && Numbers.Parse(Numbers.ToWords(n).ToUpperInvariant()) == n;
    }

    [Property]
    public bool FullWidthDigitsEqualAsciiDigits(int seed)
    {
        var n = Math.Abs(seed % 999) + 1;
        var ascii = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var fullWidth = new string([.. ascii.Select(c => (char)('０' + (c - '0')))]);
        var a = Durations($"本契約終了後{ascii}年間").Single();
        var f = Durations($"本契約終了後{fullWidth}年間").Single();
        return Numbers.Parse(fullWidth) == n && Numbers.ToAsciiDigits(fullWidth) == ascii && a.Months == f.Months && a.Months == 12 * n && a.From == f.From;
    }

    [Property]
    public bool MonthsInDigitsAreReadAsTheyAre(int seed)
    {
        var n = Math.Abs(seed % 999) + 1;
        var duration = Durations($"The restriction applies for {n} months.").Single();
        return duration.Months == n;
    }

    [Property]
    public bool SpansShiftWithTheClauseStart(int seed)
    {
        var start = Math.Abs(seed % 100_000);
        var facts = Extractor.Extract("for two (2) years after termination", start);
        return facts.Durations.Single().Start == start + 4;
    }

    [Fact]
    public void LongRepetitiveTextStaysLinear()
    {
        // A pathological input for a backtracking pattern; the extractor must simply finish.
        var text = string.Concat(Enumerable.Repeat("for a period of the (", 5_000)) + string.Concat(Enumerable.Repeat("二十", 5_000));

        Assert.Empty(Durations(text));
    }

    [Theory]
    [InlineData("one", 1)]
    [InlineData("Twelve", 12)]
    [InlineData("twenty four", 24)]
    [InlineData("ninety-nine", 99)]
    [InlineData("２４", 24)]
    [InlineData("十", 10)]
    [InlineData("二十四", 24)]
    [InlineData("十二", 12)]
    [InlineData("an", 1)]
    [InlineData("several", null)]
    [InlineData("twenty-eleven", null)]
    [InlineData("one hundred and eighty", 180)]
    [InlineData("Two hundred", 200)]
    [InlineData("hundred", null)]
    public void ParsesNumbers(string text, int? expected) => Assert.Equal(expected, Numbers.Parse(text));
}
