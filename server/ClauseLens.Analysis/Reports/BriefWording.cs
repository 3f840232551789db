using System.Globalization;
using System.Text;
using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis.Reports;

/// <summary>Small wordings the brief repeats: clause references, short quotes, durations.</summary>
internal static class BriefWording
{
    /// <summary>Quotes longer than this are cut at a word boundary: the brief points, it does not reproduce.</summary>
    public const int MaxQuoteLength = 180;

    public static string ClauseReference(AnalyzedClause clause)
    {
        var number = string.IsNullOrWhiteSpace(clause.Number) ? null : clause.Number.Trim();
        var heading = string.IsNullOrWhiteSpace(clause.Heading) ? null : Shorten(clause.Heading, 60);
        return (number, heading, clause.Kind) switch
        {
            (not null, not null, _) => $"Clause {number} ({heading})",
            (not null, null, _) => $"Clause {number}",
            (null, not null, _) => $"Clause \u201c{heading}\u201d",
            (null, null, Segmentation.ClauseKind.Preamble) => "The preamble",
            _ => $"Clause {clause.Id}",
        };
    }

    public static BriefLocation Locate(Finding finding, ContractDocument document, IReadOnlyDictionary<string, AnalyzedClause> clauses)
    {
        var reference = finding.ClauseId is { } id && clauses.TryGetValue(id, out var clause)
            ? ClauseReference(clause)
            : finding.Kind == FindingKind.Missing ? "Not in the contract" : "The contract as a whole";
        return new BriefLocation(reference, Quote(document, finding.Evidence));
    }

    public static string? Quote(ContractDocument document, Evidence? evidence)
    {
        if (evidence is null || evidence.Start < 0 || evidence.End > document.Text.Length || evidence.End <= evidence.Start)
        {
            return null;
        }

        var text = CollapseWhitespace(document.Slice(evidence.Start, evidence.End));
        return text.Length == 0 ? null : Shorten(text, MaxQuoteLength);
    }

    public static string Shorten(string text, int max)
    {
        text = CollapseWhitespace(text);
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > max / 2 ? cut : max - 1)].TrimEnd(',', ';', ':') + "\u2026";
    }

    public static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>"3 years", "18 months", "1 year".</summary>
    public static string Months(int months) =>
        months % 12 == 0
            ? Plural(months / 12, "year")
            : Plural(months, "month");

    private static string Plural(int n, string unit) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? unit : unit + "s");

    public static string Capitalised(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static string SeverityWord(Severity severity) => severity switch
    {
        Severity.High => "High",
        Severity.Medium => "Medium",
        Severity.Low => "Low",
        _ => "Info",
    };

    public static string KindWord(FindingKind kind) => kind switch
    {
        FindingKind.Missing => "Missing",
        FindingKind.OverlyBroad => "Too broad",
        FindingKind.Unbalanced => "One-sided",
        FindingKind.Uncertain => "Unclear",
        FindingKind.Drafting => "Versions differ",
        _ => "Fine",
    };

    public static string AreaTitle(BriefChecklistArea area) => area switch
    {
        BriefChecklistArea.AuditsAndCheckIns => "Audits and check-ins",
        BriefChecklistArea.Registrations => "Registrations to keep up",
        BriefChecklistArea.Survival => "What survives the end, and until when",
        _ => "Prototypes and shared data",
    };

    public static string Produced(BriefProvenance p) =>
        $"Produced with playbook \u201c{p.PlaybookName}\u201d ({p.PlaybookId}, version {p.PlaybookVersion}) and model {p.ModelVersion}.";
}
