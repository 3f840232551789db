namespace ClauseLens.Analysis;

/// <summary>
/// The match timeout every pattern of the analysis carries: a last guard, should some input make a
/// pattern backtrack far beyond its size. The caller sees a <see cref="System.Text.RegularExpressions.RegexMatchTimeoutException"/>,
/// which the server answers with 422 "too complex".
/// </summary>
internal static class RegexTimeouts
{
    /// <summary>One match may take at most this long (attribute argument, so a constant).</summary>
    public const int Milliseconds = 1000;
}
