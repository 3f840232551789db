using System.Globalization;
using System.Text;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Writing;

namespace ClauseLens.Analysis.Briefs;

/// <summary>
/// Every word the brief's renderers print that is not contract text or playbook text: headings,
/// labels, clause references, short quotes, durations, passed checks and the negotiation guidance
/// (BriefWording.Guidance.cs). HTML, Markdown and .docx take their wording from here only, so the
/// three say the same.
/// </summary>
internal static partial class BriefWording
{
    public const string Kicker = "Negotiation brief";
    public const string NotInContract = "Not in the contract";
    public const string DealHeading = "The deal at a glance";
    public const string PartiesLabel = "Parties";
    public const string TypeLabel = "Type of agreement";
    public const string LawLabel = "Governing law";
    public const string ForumLabel = "Disputes decided by";
    public const string AskLabel = "Ask for";
    public const string FallbackLabel = "Fallback";
    public const string AtStakeLabel = "At stake";
    public const string RaiseLabel = "How to raise it";
    public const string InContractLabel = "In the contract";
    public const string DetailHeading = "The points in detail";
    public const string SourceLabel = "Source";
    public const string FallbackRestLabel = "Fallback, continued";
    public const string OtherFindingsHeading = "Other findings by topic";
    public const string NoOtherFindings = "Nothing else to negotiate was found.";
    public const string InPlaceHeading = "What is in place";
    public const string NothingInPlace = "No check was met in full.";
    public const string QuestionsHeading = "Questions to settle before signing";
    public const string NoQuestions = "None: every check could be settled and the deal's basics were found.";
    public const string GuidanceHeading = "How to raise it with a Japanese SME";
    public const string AfterSigningHeading = "After signing";
    public const string NoTopPoints = "No point of medium or high severity was found. The detail below lists every finding.";
    public static readonly string[] FindingColumns = ["Severity", "Finding", "What to ask for", "Where"];

    /// <summary>"The point that matters most", "The 3 points that matter most".</summary>
    public static string TopPointsHeading(int count) => count switch
    {
        0 => "Points that matter most",
        1 => "The point that matters most",
        _ => $"The {count.ToString(CultureInfo.InvariantCulture)} points that matter most",
    };

    /// <summary>The line under a point's title: topic, kind and where it is.</summary>
    public static string PointLine(BriefGap gap) => $"{gap.Topic} \u00b7 {KindWord(gap.Kind)} \u00b7 {gap.Where.Reference}";

    /// <summary>The heading of a point's detail: its number and where it is, not its title again.</summary>
    public static string DetailTitle(BriefGap gap) => $"Point {gap.Rank.ToString(CultureInfo.InvariantCulture)}: {gap.Topic} \u2014 {gap.Where.Reference}";

    /// <summary>"1. Title (High)".</summary>
    public static string PointTitle(BriefGap gap) => $"{gap.Rank}. {gap.Title} ({SeverityWord(gap.Severity)})";

    public static string Location(BriefLocation where) =>
        where.Quote is { Length: > 0 } quote ? $"{where.Reference}: \u201c{quote}\u201d" : where.Reference;

    public static string Headline(BriefDeal deal) =>
        deal.Title != NegotiationBrief.NotStated ? deal.Title
        : deal.Parties.Count > 0 ? string.Join(" / ", deal.Parties)
        : deal.AgreementType;

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
            : finding.Kind == FindingKind.Missing ? NotInContract : "The contract as a whole";
        return new BriefLocation(reference, Quote(document, finding.Evidence), finding.Evidence);
    }

    public static string? Quote(ContractDocument document, Evidence? evidence)
    {
        if (evidence is null || evidence.Start < 0 || evidence.End > document.Text.Length || evidence.End <= evidence.Start)
        {
            return null;
        }

        var text = Whitespace.Collapse(document.Slice(evidence.Start, evidence.End));
        return text.Length == 0 ? null : Shorten(text, MaxQuoteLength);
    }

    public static string Shorten(string text, int max)
    {
        text = Whitespace.Collapse(text);
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > max / 2 ? cut : max - 1)].TrimEnd(',', ';', ':') + "\u2026";
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

    /// <summary>The severity as every surface names it (<see cref="ReaderWords"/>).</summary>
    public static string SeverityWord(Severity severity) => ReaderWords.Severity(severity);

    /// <summary>The kind as every surface names it (<see cref="ReaderWords"/>): "Needs a look", not "Unclear".</summary>
    public static string KindWord(FindingKind kind) => ReaderWords.Kind(kind);

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
