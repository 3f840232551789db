using System.Globalization;
using System.Text;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Writing;

namespace ClauseLens.Analysis.Briefs;

/// <summary>
/// Every word the brief prints that is not contract text or playbook text: headings, labels,
/// clause references, short quotes, durations, the deal at a glance, passed checks, questions, the
/// after-signing checklist and the negotiation guidance (BriefWording.Guidance.cs,
/// BriefWording.Checklist.cs). This class says it in English; <see cref="JapaneseBriefWording"/>
/// (BriefWording.Ja.cs) overrides every virtual member in Japanese, and a test holds it to that.
/// The builder and the three renderers take their wording from <see cref="For"/> only, so HTML,
/// Markdown and .docx say the same in either language.
/// </summary>
internal partial class BriefWording
{
    /// <summary>The English wording.</summary>
    public static BriefWording English { get; } = new();

    /// <summary>The Japanese wording.</summary>
    public static BriefWording Japanese { get; } = new JapaneseBriefWording();

    /// <summary>The wording for a reader's language (<c>ja</c> or anything else, which reads English).</summary>
    public static BriefWording For(string? language) => ReaderWords.IsJapanese(language) ? Japanese : English;

    /// <summary>The language this wording writes: <c>en</c> or <c>ja</c>.</summary>
    public virtual string Language => Context.ContractLanguages.English;

    public virtual string Kicker => "Negotiation brief";
    public virtual string NotInContract => "Not in the contract";
    public virtual string DealHeading => "The deal at a glance";
    public virtual string PartiesLabel => "Parties";
    public virtual string TypeLabel => "Type of agreement";
    public virtual string LawLabel => "Governing law";
    public virtual string ForumLabel => "Disputes decided by";
    public virtual string AskLabel => "Ask for";
    public virtual string FallbackLabel => "Fallback";
    public virtual string AtStakeLabel => "At stake";
    public virtual string RaiseLabel => "How to raise it";
    public virtual string InContractLabel => "In the contract";
    public virtual string DetailHeading => "The points in detail";
    public virtual string SourceLabel => "Source";
    public virtual string FallbackRestLabel => "Fallback, continued";
    public virtual string OtherFindingsHeading => "Other findings by topic";
    public virtual string NoOtherFindings => "Nothing else to negotiate was found.";
    public virtual string InPlaceHeading => "What is in place";
    public virtual string NothingInPlace => "No check was met in full.";
    public virtual string QuestionsHeading => "Questions to settle before signing";
    public virtual string NoQuestions => "None: every check could be settled and the deal's basics were found.";
    public virtual string GuidanceHeading => "How to raise it with a Japanese SME";
    public virtual string AfterSigningHeading => "After signing";
    public virtual string NoTopPoints => "No point of medium or high severity was found. The detail below lists every finding.";
    public virtual string[] FindingColumns => ["Severity", "Finding", "What to ask for", "Where"];

    /// <summary>"The point that matters most", "The 3 points that matter most".</summary>
    public virtual string TopPointsHeading(int count) => count switch
    {
        0 => "Points that matter most",
        1 => "The point that matters most",
        _ => $"The {count.ToString(CultureInfo.InvariantCulture)} points that matter most",
    };

    /// <summary>The line under a point's title: topic, kind and where it is.</summary>
    public virtual string PointLine(BriefGap gap) => $"{gap.Topic} \u00b7 {KindWord(gap.Kind)} \u00b7 {gap.Where.Reference}";

    /// <summary>The heading of a point's detail: its number and where it is, not its title again.</summary>
    public virtual string DetailTitle(BriefGap gap) => $"Point {gap.Rank.ToString(CultureInfo.InvariantCulture)}: {gap.Topic} \u2014 {gap.Where.Reference}";

    /// <summary>"1. Title (High)".</summary>
    public virtual string PointTitle(BriefGap gap) => $"{gap.Rank}. {gap.Title} ({SeverityWord(gap.Severity)})";

    public string Location(BriefLocation where) =>
        where.Quote is { Length: > 0 } quote ? $"{where.Reference}{Colon}{Quoted(quote)}" : where.Reference;

    public string Headline(BriefDeal deal) =>
        deal.Title != NotStated ? deal.Title
        : deal.Parties.Count > 0 ? string.Join(" / ", deal.Parties)
        : deal.AgreementType;

    /// <summary>The line every brief carries.</summary>
    public virtual string Disclaimer => NegotiationBrief.Disclaimer;

    /// <summary>Shown wherever a fact was not found in the contract.</summary>
    public virtual string NotStated => NegotiationBrief.NotStated;

    /// <summary>"Anixa Biosciences, Inc. (Delaware); OntoChem GmbH (Germany)", or "not stated".</summary>
    public virtual string PartiesLine(BriefDeal deal) => deal.Parties.Count == 0
        ? NotStated
        : string.Join("; ", deal.Parties.Select((p, i) => i < deal.PartyHomes.Count && deal.PartyHomes[i] is { } home ? $"{p} ({Place(home)})" : p));

    /// <summary>A jurisdiction or place as extracted ("Japan", "New York"), in the reader's language.</summary>
    public virtual string Place(string place) => place;

    /// <summary>A governing law for the deal at a glance: "Japan", "New York (United States)".</summary>
    public virtual string Law(string jurisdiction, string? country) =>
        jurisdiction == country || string.IsNullOrWhiteSpace(country) ? jurisdiction : $"{jurisdiction} ({country})";

    /// <summary>A forum: "Arbitration (JCAA), seated in Tokyo (exclusive)", "Courts in Tokyo".</summary>
    public virtual string Forum(Extraction.ForumFact forum)
    {
        var exclusivity = forum.Exclusive switch { true => " (exclusive)", false => " (non-exclusive)", null => "" };
        return forum.Kind == Extraction.ForumKind.Arbitration
            ? "Arbitration" + (forum.Name is { Length: > 0 } n ? $" ({n})" : "") + (forum.Place is { Length: > 0 } p ? $", seated in {p.TrimEnd('.', ',')}" : "") + exclusivity
            : (forum.Name is { Length: > 0 } court ? court : "Courts") + (forum.Place is { Length: > 0 } place && !(forum.Name ?? "").Contains(place, StringComparison.Ordinal) ? $" in {place}" : "") + exclusivity;
    }

    /// <summary>The kind of agreement (<see cref="BriefDealReader"/>'s English name) in the reader's words, "(inferred from its clauses)" when it was.</summary>
    public virtual string AgreementType(string type, bool inferred) => inferred ? type + " (inferred from its clauses)" : type;

    /// <summary>A negotiation topic (<see cref="BriefTopics.Order"/>) in the reader's words.</summary>
    public virtual string TopicName(string topic) => topic;

    /// <summary>
    /// A talking point for a topic when the rule has none: controls as standard practice that
    /// protects both sides, the SME's know-how affirmed as its own, disputes raised quietly first.
    /// </summary>
    public virtual string DefaultTalkingPoint(string topic) => topic switch
    {
        BriefTopics.Ownership => "Your know-how is and stays yours; we would like the contract to say so plainly, and to be just as clear about what we create together.",
        BriefTopics.Licence => "Clear licence terms are standard practice; they let both of us plan and avoid misunderstandings later.",
        BriefTopics.Confidentiality => "These controls are standard practice and protect both sides' know-how equally.",
        BriefTopics.NonCompete => "We want your business to keep growing; let us keep any restriction to what we actually build together.",
        BriefTopics.LawAndDisputes => "If a difference ever arises we would first want to talk it through between ourselves; a formal mechanism is only the last resort.",
        BriefTopics.AfterProject => "Agreeing now what happens at the end is routine and spares both teams awkward questions later.",
        _ => "We raise this to make the agreement work well for both sides, as is standard practice.",
    };

    /// <summary>A finding's explanation with what the engine measured ("60 months; limit 24").</summary>
    public virtual string WithDetail(string explanation, string detail) => $"{explanation} Found: {detail.Trim().TrimEnd('.')}.";

    /// <summary>Quotes longer than this are cut at a word boundary: the brief points, it does not reproduce.</summary>
    public const int MaxQuoteLength = 180;

    public virtual string ClauseReference(AnalyzedClause clause)
    {
        var number = string.IsNullOrWhiteSpace(clause.Number) ? null : clause.Number.Trim();
        var heading = string.IsNullOrWhiteSpace(clause.Heading) ? null : Shorten(clause.Heading, 60);
        return (number, heading, clause.Kind) switch
        {
            (not null, not null, _) => $"Clause {number} ({heading})",
            (not null, null, _) => $"Clause {number}",
            // "WHEREAS", "WITNESSETH", "RECITALS": the heading names the recitals, not a clause.
            (null, _, Segmentation.ClauseKind.Recitals) => "The recitals",
            (null, not null, _) => $"Clause \u201c{heading}\u201d",
            (null, null, Segmentation.ClauseKind.Preamble) => "The preamble",
            _ => $"Clause {clause.Id}",
        };
    }

    public BriefLocation Locate(Finding finding, ContractDocument document, IReadOnlyDictionary<string, AnalyzedClause> clauses)
    {
        var reference = finding.ClauseId is { } id && clauses.TryGetValue(id, out var clause)
            ? ClauseReference(clause)
            : finding.Kind == FindingKind.Missing ? NotInContract : WholeContract;
        return new BriefLocation(reference, Quote(document, finding.Evidence), finding.Evidence);
    }

    /// <summary>What follows a label: ": " (：in Japanese).</summary>
    public virtual string Colon => ": ";

    /// <summary>What ends a bold lead-in or a title run into its text: ". " (。in Japanese).</summary>
    public virtual string Stop => ". ";

    /// <summary>A quote of the contract: \u201c…\u201d (「…」 in Japanese).</summary>
    public virtual string Quoted(string quote) => $"\u201c{quote}\u201d";

    /// <summary>A reference after a sentence: " (Clause 5)" (（第5条） in Japanese).</summary>
    public virtual string Parenthesised(string text) => $" ({text})";

    /// <summary>What joins several laws, forums or clause lists in one line: "; " (、 in Japanese).</summary>
    public virtual string ItemSeparator => "; ";

    /// <summary>Where a finding tied to no clause is.</summary>
    public virtual string WholeContract => "The contract as a whole";

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

        // Japanese has no spaces between words: cut after a 、 or 。 when there is one.
        var cut = text.LastIndexOfAny([' ', '\u3001', '\u3002'], max - 1);
        if (cut > 0 && text[cut] != ' ')
        {
            cut++;
        }

        return text[..(cut > max / 2 ? cut : max - 1)].TrimEnd(',', ';', ':') + "\u2026";
    }

    /// <summary>"3 years", "18 months", "1 year".</summary>
    public virtual string Months(int months) =>
        months % 12 == 0
            ? Plural(months / 12, "year")
            : Plural(months, "month");

    private static string Plural(int n, string unit) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? unit : unit + "s");

    public static string Capitalised(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The severity as every surface names it (<see cref="ReaderWords"/>).</summary>
    public string SeverityWord(Severity severity) => ReaderWords.Severity(severity, Language);

    /// <summary>The kind as every surface names it (<see cref="ReaderWords"/>): "Needs a look", not "Unclear".</summary>
    public string KindWord(FindingKind kind) => ReaderWords.Kind(kind, Language);

    public virtual string AreaTitle(BriefChecklistArea area) => area switch
    {
        BriefChecklistArea.AuditsAndCheckIns => "Audits and check-ins",
        BriefChecklistArea.Registrations => "Registrations to keep up",
        BriefChecklistArea.Survival => "What survives the end, and until when",
        _ => "Prototypes and shared data",
    };

    public virtual string Produced(BriefProvenance p) =>
        $"Produced with playbook \u201c{p.PlaybookName}\u201d ({p.PlaybookId}, version {p.PlaybookVersion}) and model {p.ModelVersion}.";
}
