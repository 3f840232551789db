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

    /// <summary>
    /// The generated cases without the heaviest few hundred (runs of 400 KB and more, .docx files
    /// that unpack to 50 MB and more): each of those is the same shape as a lighter case that stays,
    /// and together they take most of the run's time. For a test that must stay fast; the benchmark
    /// sends everything.
    /// </summary>
    public static IReadOnlyList<HostileRequest> GenerateLight(int seed = DefaultSeed) => [.. Generate(seed).Where(c => !IsHeavy(c.Name))];

    private static bool IsHeavy(string name)
    {
        var last = name.Split(':')[^1];
        var size = last.EndsWith("MB", StringComparison.Ordinal) && int.TryParse(last[..^2], out var mb) ? mb * 1024L * 1024
            : last.EndsWith("KB", StringComparison.Ordinal) && int.TryParse(last[..^2], out var kb) ? kb * 1024L
            : long.TryParse(last, out var n) ? n : 0;
        return name.StartsWith("long-run", StringComparison.Ordinal) ? size >= 400_000
            : name.StartsWith("docx-size", StringComparison.Ordinal) || name.StartsWith("zip-bomb", StringComparison.Ordinal) ? size >= 50L * 1024 * 1024
            : name.StartsWith("pdf-", StringComparison.Ordinal) && size >= 256 * 1024;
    }

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
        corpus.AddRange(PdfObjectStreams());
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
