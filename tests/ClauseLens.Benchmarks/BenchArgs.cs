namespace ClauseLens.Benchmarks;

/// <summary>What the benchmarks read from their command line, and the warm-up the timed ones share.</summary>
internal static class BenchArgs
{
    /// <summary>
    /// Runs made before any is measured: tiered JIT recompiles hot methods after ~30 calls, and
    /// measuring before that reports start-up code.
    /// </summary>
    public const int WarmUp = 40;

    /// <summary>The whole number at <paramref name="index"/> of <paramref name="args"/>, or <paramref name="fallback"/> when it is missing or not a number.</summary>
    public static int Number(string[] args, int index, int fallback) =>
        args.Length > index && int.TryParse(args[index], out var n) ? n : fallback;
}
