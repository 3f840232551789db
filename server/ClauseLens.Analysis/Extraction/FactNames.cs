namespace ClauseLens.Analysis.Extraction;

/// <summary>
/// The names playbook rules use to refer to extracted facts: fact kinds (duration, territory, …)
/// and the elements of <see cref="ElementFact"/>.
/// </summary>
public static class FactNames
{
    /// <summary>Any duration.</summary>
    public const string Duration = "duration";
    /// <summary>Any territory, worldwide or named.</summary>
    public const string Territory = "territory";
    /// <summary>A worldwide territory.</summary>
    public const string Worldwide = "worldwide";
    /// <summary>Any scope cue.</summary>
    public const string Scope = "scope";
    /// <summary>A choice of law.</summary>
    public const string GoverningLaw = "governing_law";
    /// <summary>Any forum.</summary>
    public const string Forum = "forum";
    /// <summary>Named courts.</summary>
    public const string Court = "court";
    /// <summary>Arbitration.</summary>
    public const string Arbitration = "arbitration";

    /// <summary>A definition of confidential information.</summary>
    public const string ConfidentialDefinition = "ci_definition";
    /// <summary>Exclusion: public at the time of disclosure.</summary>
    public const string ExclusionPublic = "excl_public";
    /// <summary>Exclusion: becomes public later without the recipient's fault.</summary>
    public const string ExclusionLaterPublic = "excl_later_public";
    /// <summary>Exclusion: already known to the recipient.</summary>
    public const string ExclusionKnown = "excl_known";
    /// <summary>Exclusion: independently developed.</summary>
    public const string ExclusionIndependent = "excl_independent";
    /// <summary>Exclusion: received from a third party without a duty of confidence.</summary>
    public const string ExclusionThirdParty = "excl_third_party";
    /// <summary>Disclosure compelled by law or court order is allowed.</summary>
    public const string CompelledDisclosure = "compelled_disclosure";
    /// <summary>The contract refers to a separate confidentiality or non-disclosure agreement.</summary>
    public const string SeparateNda = "separate_nda";
    /// <summary>Return or destruction of materials.</summary>
    public const string ReturnOrDestroy = "return_or_destroy";
    /// <summary>A residuals clause (what stays in unaided memory may be used).</summary>
    public const string Residuals = "residuals";
    /// <summary>Disclosure limited to people who need to know.</summary>
    public const string NeedToKnow = "need_to_know";
    /// <summary>Segmented access: restricted teams, separate storage, access control.</summary>
    public const string SegmentedAccess = "segmented_access";
    /// <summary>Handling of prototypes, samples, materials or test data.</summary>
    public const string PrototypesAndData = "prototypes_data";
    /// <summary>Work for other clients on similar subjects is addressed.</summary>
    public const string MultiClient = "multi_client";

    /// <summary>Background (pre-existing) IP is named.</summary>
    public const string BackgroundIp = "background_ip";
    /// <summary>Background IP stays with its owner.</summary>
    public const string BackgroundRetained = "background_retained";
    /// <summary>Foreground IP (results of the joint work) is named.</summary>
    public const string ForegroundIp = "foreground_ip";
    /// <summary>Improvements, modifications or derivatives are addressed.</summary>
    public const string Improvements = "improvements";
    /// <summary>Joint ownership.</summary>
    public const string JointOwnership = "joint_ownership";
    /// <summary>An assignment that takes the other side's background IP or know-how.</summary>
    public const string AssignsBackground = "assigns_background";
    /// <summary>The licensee's improvements are assigned to the licensor.</summary>
    public const string AssignsImprovements = "assigns_improvements";
    /// <summary>An exclusive grant-back of improvements.</summary>
    public const string GrantBackExclusive = "grant_back_exclusive";
    /// <summary>A non-exclusive grant-back of improvements.</summary>
    public const string GrantBackNonExclusive = "grant_back_non_exclusive";
    /// <summary>An exclusive licence.</summary>
    public const string LicenceExclusive = "licence_exclusive";
    /// <summary>A non-exclusive licence.</summary>
    public const string LicenceNonExclusive = "licence_non_exclusive";
    /// <summary>The term of a licence or obligation is referred to ("during the Term").</summary>
    public const string TermReference = "term_reference";
    /// <summary>Renewal or extension.</summary>
    public const string Renewal = "renewal";
    /// <summary>How royalties are calculated (percentage of net sales, per unit, lump sum).</summary>
    public const string RoyaltyBasis = "royalty_basis";
    /// <summary>Royalties that vary with sales or revenue (percentage, per unit, revenue share): what an audit checks.</summary>
    public const string RoyaltyRunning = "royalty_running";
    /// <summary>Figures or terms blacked out in a filed copy ("[***]").</summary>
    public const string Redacted = "redacted";
    /// <summary>Audit or inspection of books and records.</summary>
    public const string Audit = "audit";
    /// <summary>A no-challenge clause.</summary>
    public const string NoChallenge = "no_challenge";
    /// <summary>A restriction on the other side's own research and development.</summary>
    public const string ResearchRestriction = "research_restriction";
    /// <summary>
    /// A sentence that restricts competing (a prohibition together with a competition cue, or a
    /// "covenant not to compete"); the span is the whole sentence, so limits can be read inside it.
    /// </summary>
    public const string RestrictiveCovenant = "restrictive_covenant";
    /// <summary>Obligations survive the end of the agreement.</summary>
    public const string Survival = "survival";
    /// <summary>Disclosure grants no licence or other right in the confidential information.</summary>
    public const string NoImpliedLicence = "no_implied_licence";
    /// <summary>A compelled disclosure may be made only after notice to the discloser (ContractNLI nda-8), a refinement of <see cref="CompelledDisclosure"/>.</summary>
    public const string CompelledDisclosureNotice = "compelled_disclosure_notice";
    /// <summary>Materials come back (or are destroyed) at the end of the agreement or relationship, not only on request (ContractNLI nda-16), a refinement of <see cref="ReturnOrDestroy"/>.</summary>
    public const string ReturnAtEnd = "return_at_end";
    /// <summary>
    /// A non-compete as CUAD annotates it; found by a detector. Kept apart from
    /// <see cref="RestrictiveCovenant"/>, which also decides where the non-compete limits read.
    /// </summary>
    public const string NonCompeteCovenant = "non_compete_covenant";
    /// <summary>Joint ownership of IP as CUAD annotates it; found by a detector (apart from the <see cref="JointOwnership"/> pattern that rules apply on).</summary>
    public const string JointIpOwnership = "joint_ip_ownership";
    /// <summary>An exclusive dealing or supply obligation (CUAD "Exclusivity"); found by a detector.</summary>
    public const string Exclusivity = "exclusivity";
    /// <summary>A covenant not to solicit customers or employees; found by a detector.</summary>
    public const string NonSolicit = "non_solicit";
    /// <summary>A change-of-control provision; found by a detector.</summary>
    public const string ChangeOfControl = "change_of_control";
    /// <summary>A restriction on assigning the agreement; found by a detector.</summary>
    public const string AntiAssignment = "anti_assignment";
    /// <summary>An assignment of intellectual property to a party; found by a detector.</summary>
    public const string IpAssignment = "ip_assignment";
    /// <summary>A statement of who owns intellectual property ("Party A owns the sole and exclusive right of the intellectual property", "All Intellectual Property … is owned by VAL").</summary>
    public const string IpOwnershipStated = "ip_ownership_stated";
    /// <summary>A grant of a licence; found by a detector.</summary>
    public const string LicenceGrant = "licence_grant";
    /// <summary>Patents or registrations are maintained (fees, prosecution).</summary>
    public const string RegistrationMaintenance = "registration_maintenance";
    /// <summary>Disputes go first to good-faith consultation, escalation or mediation.</summary>
    public const string DisputeChannel = "dispute_channel";
    /// <summary>The contract is made in two languages.</summary>
    public const string Bilingual = "bilingual";
    /// <summary>A language version prevails (value: "English" or "Japanese").</summary>
    public const string PrevailingLanguage = "prevailing_language";
    /// <summary>The language of proceedings (value: "English" or "Japanese").</summary>
    public const string ProceedingsLanguage = "proceedings_language";

    /// <summary>Fact kinds (not elements).</summary>
    public static IReadOnlyList<string> Kinds { get; } =
        [Duration, Territory, Worldwide, Scope, GoverningLaw, Forum, Court, Arbitration];

    /// <summary>Element names.</summary>
    public static IReadOnlyList<string> Elements { get; } =
    [
        ConfidentialDefinition, ExclusionPublic, ExclusionLaterPublic, ExclusionKnown, ExclusionIndependent,
        ExclusionThirdParty, CompelledDisclosure, SeparateNda, ReturnOrDestroy, Residuals, NeedToKnow, SegmentedAccess,
        PrototypesAndData, MultiClient, BackgroundIp, BackgroundRetained, ForegroundIp, Improvements,
        JointOwnership, AssignsBackground, AssignsImprovements, GrantBackExclusive, GrantBackNonExclusive,
        LicenceExclusive, LicenceNonExclusive, TermReference, Renewal, RoyaltyBasis, RoyaltyRunning, Redacted, Audit, NoChallenge,
        ResearchRestriction, RestrictiveCovenant, Survival, NoImpliedLicence, NonCompeteCovenant, JointIpOwnership, Exclusivity, NonSolicit, ChangeOfControl, AntiAssignment, IpAssignment, IpOwnershipStated, LicenceGrant, RegistrationMaintenance, DisputeChannel, Bilingual, PrevailingLanguage,
        ProceedingsLanguage, CompelledDisclosureNotice, ReturnAtEnd,
    ];

    /// <summary>True for a fact kind or element name.</summary>
    public static bool IsKnown(string name) => Kinds.Contains(name, StringComparer.Ordinal) || Elements.Contains(name, StringComparer.Ordinal);

    /// <summary>
    /// The fact or element in a reviewer's words ("an exclusion for independently developed
    /// information"), for finding details; alternatives written "a|b" read "a or b".
    /// </summary>
    /// <remarks>The words, English and Japanese, are in <see cref="Writing.ElementWords"/>.</remarks>
    public static string Describe(string name) => Writing.ElementWords.Describe(name);
}
