using ClauseLens.TestSupport;

namespace ClauseLens.Benchmarks;

/// <summary>
/// Contracts of a given number of pages, made by concatenating the real contracts of
/// shared/data/contracts; and the percentile the benchmarks report.
/// </summary>
internal static class ContractPages
{
    /// <summary>A page taken as 3,000 characters (about 500 words, a dense single-spaced contract page).</summary>
    public const int CharactersPerPage = 3_000;

    /// <summary>Every real contract, one after the other.</summary>
    public static string Corpus() => string.Join("\n\n", SharedData.ContractFiles().Select(File.ReadAllText));

    /// <summary>The first <paramref name="pages"/> pages of <paramref name="corpus"/>.</summary>
    public static string Take(string corpus, int pages) => TakeCharacters(corpus, pages * CharactersPerPage);

    /// <summary>The <paramref name="p"/> percentile of <paramref name="sorted"/> (nearest rank).</summary>
    public static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    // Cut at a paragraph break so the last clause is whole; repeat the corpus if it is too short.
    private static string TakeCharacters(string corpus, int characters)
    {
        var source = corpus;
        while (source.Length < characters)
        {
            source += "\n\n" + corpus;
        }

        var cut = source.LastIndexOf('\n', characters);
        return source[..(cut > characters / 2 ? cut : characters)];
    }
}
