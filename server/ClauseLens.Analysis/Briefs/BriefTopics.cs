using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis.Briefs;

/// <summary>
/// The negotiation topics a brief groups findings by, and how a playbook finding maps to one:
/// by its rule's topic when the playbook names one, else by its clause label.
/// </summary>
public static class BriefTopics
{
    /// <summary>Who owns results, improvements and background know-how.</summary>
    public const string Ownership = "Ownership of improvements";
    /// <summary>Licence scope, grant-backs and royalties.</summary>
    public const string Licence = "Licence and royalties";
    /// <summary>Confidentiality and technology leakage.</summary>
    public const string Confidentiality = "Confidentiality and leakage";
    /// <summary>Non-compete and exclusivity.</summary>
    public const string NonCompete = "Non-compete";
    /// <summary>Governing law, forum, language and dispute steps.</summary>
    public const string LawAndDisputes = "Law and disputes";
    /// <summary>Term, survival, registrations and what happens at the end.</summary>
    public const string AfterProject = "After the project";
    /// <summary>Everything else (liability, assignment, custom rules).</summary>
    public const string Other = "Other terms";

    /// <summary>Topics in the order a brief presents them.</summary>
    public static IReadOnlyList<string> Order { get; } =
        [Ownership, Licence, Confidentiality, NonCompete, LawAndDisputes, AfterProject, Other];

    // Checked in order: "Licence terms" must reach Licence before "term" could send it to AfterProject.
    private static readonly (string Cue, string Topic)[] TopicCues =
    [
        ("grant-back", Ownership), ("grant back", Ownership), ("ownership", Ownership), ("background", Ownership),
        ("improvement", Ownership), ("know-how", Ownership),
        ("licen", Licence), ("royalt", Licence),
        ("confidential", Confidentiality), ("leakage", Confidentiality), ("non-disclosure", Confidentiality),
        ("compet", NonCompete), ("exclusivity", NonCompete),
        ("law", LawAndDisputes), ("dispute", LawAndDisputes), ("forum", LawAndDisputes), ("arbitra", LawAndDisputes),
        ("language", LawAndDisputes),
        ("after", AfterProject), ("surviv", AfterProject), ("registration", AfterProject), ("term", AfterProject),
    ];

    /// <summary>The brief topic of <paramref name="finding"/>.</summary>
    public static string Of(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (!string.IsNullOrWhiteSpace(finding.Topic))
        {
            foreach (var (cue, topic) in TopicCues)
            {
                if (finding.Topic.Contains(cue, StringComparison.OrdinalIgnoreCase))
                {
                    return topic;
                }
            }
        }

        return OfLabel(finding.Label);
    }

    /// <summary>The brief topic of a clause label.</summary>
    public static string OfLabel(string label) => label switch
    {
        ClauseLabels.IpOwnership => Ownership,
        ClauseLabels.LicenseGrant or ClauseLabels.Royalties or ClauseLabels.AuditRights => Licence,
        ClauseLabels.Confidentiality => Confidentiality,
        ClauseLabels.NonCompete => NonCompete,
        ClauseLabels.GoverningLaw or ClauseLabels.DisputeResolution => LawAndDisputes,
        ClauseLabels.TermTermination => AfterProject,
        _ => Other,
    };

    /// <summary>
    /// Business impact of a topic for ranking gaps of equal severity: losing know-how or the freedom
    /// to do business costs more than a weak dispute clause.
    /// </summary>
    public static int Impact(string topic) => topic switch
    {
        Ownership => 6,
        NonCompete => 5,
        Licence => 4,
        Confidentiality => 3,
        LawAndDisputes => 2,
        AfterProject => 1,
        _ => 0,
    };

    /// <summary>
    /// A talking point for a topic when the rule has none: controls as standard practice that
    /// protects both sides, the SME's know-how affirmed as its own, disputes raised quietly first.
    /// </summary>
    public static string DefaultTalkingPoint(string topic) => BriefWording.English.DefaultTalkingPoint(topic);
}
