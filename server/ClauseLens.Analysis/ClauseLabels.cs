namespace ClauseLens.Analysis;

/// <summary>The clause labels of DESIGN.md. A clause may carry several, or none ("other").</summary>
public static class ClauseLabels
{
    /// <summary>Who owns IP: assignments, joint ownership, improvements.</summary>
    public const string IpOwnership = "ip_ownership";
    /// <summary>Grants of a licence.</summary>
    public const string LicenseGrant = "license_grant";
    /// <summary>Royalties, revenue or profit sharing.</summary>
    public const string Royalties = "royalties";
    /// <summary>Confidentiality and non-disclosure.</summary>
    public const string Confidentiality = "confidentiality";
    /// <summary>Non-compete, exclusivity, non-solicitation.</summary>
    public const string NonCompete = "non_compete";
    /// <summary>Choice of law.</summary>
    public const string GoverningLaw = "governing_law";
    /// <summary>Courts, arbitration, forum.</summary>
    public const string DisputeResolution = "dispute_resolution";
    /// <summary>Term, renewal and termination.</summary>
    public const string TermTermination = "term_termination";
    /// <summary>Audit and inspection rights.</summary>
    public const string AuditRights = "audit_rights";
    /// <summary>Limitation or cap of liability.</summary>
    public const string Liability = "liability";
    /// <summary>Assignment and change of control.</summary>
    public const string Assignment = "assignment";
    /// <summary>None of the above.</summary>
    public const string Other = "other";

    /// <summary>The eleven labels a clause can carry, in DESIGN.md order (without "other").</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        IpOwnership, LicenseGrant, Royalties, Confidentiality, NonCompete, GoverningLaw,
        DisputeResolution, TermTermination, AuditRights, Liability, Assignment,
    ];

    /// <summary>True for one of the eleven labels.</summary>
    public static bool IsKnown(string label) => All.Contains(label, StringComparer.Ordinal);
}
