using ClauseLens.Analysis;
using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Benchmarks;

/// <summary>What ClauseLens told the reader about one element of one contract.</summary>
internal enum ElementClaim
{
    /// <summary>Found (a pattern or a confident detector), so no finding asks for it.</summary>
    Present,
    /// <summary>A finding says a person should look (partial evidence, unsure detector).</summary>
    Uncertain,
    /// <summary>A missing / overly-broad finding names it as not found.</summary>
    Missing,
    /// <summary>The rule did not apply (no clause of its kind), so nothing was said.</summary>
    NoClaim,
}

/// <summary>Reads an element's claim and evidence off an analysis result, as a reviewer would see it.</summary>
internal static class ElementStatus
{
    public static (ElementClaim Claim, (int Start, int End)? Evidence) Of(AnalysisResult result, string element, string ruleId)
    {
        var found = result.Clauses.SelectMany(c => c.Facts.SpansOf(element)).Select(s => ((int, int)?)s).FirstOrDefault();
        if (found is not null)
        {
            return (ElementClaim.Present, found);
        }

        // "compelled-disclosure-notice|exclusions": the refinement's own rule, else (no carve-out at
        // all, so the refinement's rule does not apply) the broad rule that says the carve-out is missing.
        var finding = ruleId.Split('|').Select(id => result.Findings.FirstOrDefault(f => f.RuleId == id)).FirstOrDefault(f => f is not null);
        if (finding is null)
        {
            return (ElementClaim.NoClaim, null);
        }

        var evidence = finding.Evidence is { } e ? (e.Start, e.End) : ((int, int)?)null;
        var unsure = result.Clauses.SelectMany(c => c.Facts.UncertainElements).FirstOrDefault(u => u.Element == element);
        if (unsure is not null)
        {
            return (ElementClaim.Uncertain, (unsure.Start, unsure.End));
        }

        return finding.Kind switch
        {
            FindingKind.Ok => (ElementClaim.Present, evidence),
            FindingKind.Uncertain => (ElementClaim.Uncertain, evidence),
            _ => (ElementClaim.Missing, evidence),
        };
    }
}

/// <summary>Counts for one element or label: presence against gold, and the missing claims.</summary>
internal sealed class ClaimTally
{
    public int TruePresent { get; set; }
    public int FalsePresent { get; set; }
    public int GoldPresent { get; set; }
    public int GoldAbsent { get; set; }
    public int MissingClaims { get; set; }
    public int MissingRight { get; set; }
    public int Uncertain { get; set; }
    public int NoClaim { get; set; }

    public void Add(ElementClaim claim, bool goldPresent)
    {
        if (goldPresent)
        {
            GoldPresent++;
        }
        else
        {
            GoldAbsent++;
        }

        switch (claim)
        {
            case ElementClaim.Present when goldPresent: TruePresent++; break;
            case ElementClaim.Present: FalsePresent++; break;
            case ElementClaim.Missing:
                MissingClaims++;
                MissingRight += goldPresent ? 0 : 1;
                break;
            case ElementClaim.Uncertain: Uncertain++; break;
            default: NoClaim++; break;
        }
    }

    public double PresencePrecision => Ratio(TruePresent, TruePresent + FalsePresent);
    public double PresenceRecall => Ratio(TruePresent, GoldPresent);
    public double PresenceF1 => F1(PresencePrecision, PresenceRecall);
    public double MissingPrecision => Ratio(MissingRight, MissingClaims);
    public double AbsentRecall => Ratio(MissingRight, GoldAbsent);

    public static double Ratio(int a, int b) => b == 0 ? double.NaN : (double)a / b;

    public static double F1(double p, double r) => double.IsNaN(p) || double.IsNaN(r) || p + r == 0 ? double.NaN : 2 * p * r / (p + r);

    public static string Show(double value) => double.IsNaN(value) ? "  -  " : value.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
}
