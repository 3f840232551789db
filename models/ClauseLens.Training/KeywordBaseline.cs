using System.Text.RegularExpressions;
using ClauseLens.Analysis;

namespace ClauseLens.Training;

/// <summary>
/// The floor the model must beat: one hand-written regular expression per label, no learning.
/// A clause gets every label whose expression matches.
/// </summary>
internal static class KeywordBaseline
{
    private static readonly IReadOnlyDictionary<string, Regex> Patterns = new Dictionary<string, Regex>(StringComparer.Ordinal)
    {
        [ClauseLabels.IpOwnership] = Build(@"\b(intellectual property|inventions?|work product|improvements?|patents?)\b[^.]{0,100}\b(own|owns|owned|ownership|title|vest|assigns?)\b|\b(own|owns|owned|ownership|title)\b[^.]{0,60}\b(intellectual property|inventions?|work product|improvements?)\b"),
        [ClauseLabels.LicenseGrant] = Build(@"\bgrants?\b[^.]{0,120}\blicen[cs]e\b|\blicen[cs]e\b[^.]{0,40}\bto (use|make|sell|reproduce|distribute)\b"),
        [ClauseLabels.Royalties] = Build(@"\broyalt(y|ies)\b|\brevenue shar|\bprofit shar|\b\d+(\.\d+)?\s?% of (the )?(net|gross)\b"),
        [ClauseLabels.Confidentiality] = Build(@"\bconfidential|\bnon-disclosure\b|\bproprietary information\b"),
        [ClauseLabels.NonCompete] = Build(@"\bcompet(e|es|ing|itive|itor)|\bexclusiv|\bsolicit"),
        [ClauseLabels.GoverningLaw] = Build(@"\bgoverned by\b|\bgoverning law\b|\bconstrued in accordance with\b|\blaws of the state of\b"),
        [ClauseLabels.DisputeResolution] = Build(@"\barbitrat|\bjurisdiction\b|\bvenue\b|\bcourts? (of|in|located)\b|\bdisputes?\b"),
        [ClauseLabels.TermTermination] = Build(@"\bterminat|\bexpir|\brenew|\bterm of this\b"),
        [ClauseLabels.AuditRights] = Build(@"\baudit|\binspect|\bbooks and records\b"),
        [ClauseLabels.Liability] = Build(@"\bliabilit|\bliable\b|\bconsequential damages\b"),
        [ClauseLabels.Assignment] = Build(@"\bassign(s|ed|ment)?\b|\bchange (of|in) control\b"),
    };

    /// <summary>Labels whose expression matches <paramref name="text"/>.</summary>
    public static IReadOnlySet<string> Predict(string text) =>
        Patterns.Where(p => p.Value.IsMatch(text)).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

    private static Regex Build(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
}
