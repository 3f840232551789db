using System.Globalization;

namespace ClauseLens.TestSupport.Hostile;

/// <summary>
/// Synthetic hostile inputs, generated from a fixed seed so every run sends the same bytes: deep
/// nesting (HTML, .docx, PDF), absurd list numbering, zip bombs and damaged zips, PDF object
/// graphs, long runs of one character, odd charsets and broken multipart bodies. Each is small
/// (under 1 MB unless its name says otherwise) and aimed at one place where a parser or an
/// algorithm could spend far more than the input is worth.
/// </summary>
public static partial class HostileCorpus
{
    /// <summary>The seed of the corpus the tests and the benchmark use.</summary>
    public const int DefaultSeed = 20261207;

    internal const string Sentence = "The Recipient shall not disclose the Confidential Information to any third party.";

    /// <summary>The hand-written corpus (<see cref="BadInputCorpus"/>) and then the generated one: the fuzz run.</summary>
    public static IReadOnlyList<HostileRequest> All(int seed = DefaultSeed) => [.. BadInputCorpus.All(), .. Generate(seed)];

    /// <summary>Every generated case, in a fixed order.</summary>
    public static IReadOnlyList<HostileRequest> Generate(int seed = DefaultSeed)
    {
        var random = new Random(seed);
        var corpus = new List<HostileRequest>();
        corpus.AddRange(HtmlNesting());
        corpus.AddRange(HtmlLists(random));
        corpus.AddRange(DocxNesting());
        corpus.AddRange(DocxNumbering(random));
        corpus.AddRange(DocxSize());
        corpus.AddRange(Zips(random));
        corpus.AddRange(PdfGraphs(random));
        corpus.AddRange(LongRuns(random));
        corpus.AddRange(Charsets(random));
        corpus.AddRange(Multipart(random));
        corpus.AddRange(Mutations(random));
        return corpus;
    }

    internal static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Repeat(string s, int count) => string.Concat(Enumerable.Repeat(s, count));

    internal static string HtmlJson(string html) => "{\"html\": " + HostileRequest.Quote(html) + "}";

    internal static string TextJson(string text) => "{\"text\": " + HostileRequest.Quote(text) + "}";
}
