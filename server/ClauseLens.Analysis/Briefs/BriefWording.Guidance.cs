using ClauseLens.Analysis.Extraction;

namespace ClauseLens.Analysis.Briefs;

/// <summary>The negotiation guidance, the asymmetries' wording and the passed checks' wording.</summary>
internal partial class BriefWording
{
    private const string StartupGuidelines = "JFTC/METI Guidelines on Business Partnerships with Startups";
    private const string ModelContracts = "METI/JPO Model Contracts for Open Innovation ver1.0";

    /// <summary>
    /// How a negotiation with a Japanese SME is run. Sourced as the playbook sources its rules: the
    /// JFTC/METI partnership guidelines ask the larger party to explain its terms and consult rather
    /// than impose them, and the METI/JPO model contracts' commentary is the neutral standard both
    /// sides can point to.
    /// </summary>
    public virtual IReadOnlyList<BriefGuidance> Guidance => EnglishGuidance;

    private static readonly IReadOnlyList<BriefGuidance> EnglishGuidance =
    [
        new("Consult before you send redlines",
            "Send a short list of the points first and discuss it in a meeting; send the marked-up draft afterwards, reflecting what was agreed. A redline that arrives unannounced reads as distrust, and a counterpart who has not been consulted cannot defend the change inside its own company.",
            $"{StartupGuidelines} (explaining and consulting on contract terms); {ModelContracts} (commentary)"),
        new("Raise each point without loss of face",
            "Anchor each ask in a public standard (the METI model contracts) or in your own internal policy rather than in a flaw of their draft. Propose wording instead of rejecting theirs, offer the fallback yourself, and take a point that stalls to a separate working-level call instead of pressing it in front of their senior management.",
            $"{ModelContracts} (commentary); {StartupGuidelines}"),
        new("Leave room for their advisers",
            "An SME often needs its patent attorney (弁理士) or outside counsel to review: give it time and say so. One-sided IP terms pressed by the stronger party can be an abuse of a superior bargaining position, so a balanced draft also protects you.",
            $"{StartupGuidelines} (abuse of a superior bargaining position)"),
        new("Use a 協議 clause for what cannot be fixed today",
            "A good-faith consultation (誠実協議) clause helps for matters that cannot be decided yet, such as commercial terms for later products, patent costs or what happens at the end, and as the first step before arbitration or court. It does not replace a decision on ownership, exclusivity, licences or termination: left to 協議, those stay with whoever holds the stronger position.",
            $"{ModelContracts}, Joint R&D contract (commentary on ownership and consultation)"),
        new("Have it ready in Japanese",
            "Bring a one-page issue list (論点表) in Japanese and English with each point, your reason and your proposed wording; the fallback clauses translated; a statement of which language version prevails; and an interpreter or bilingual counsel in the room. Send minutes (議事録) after each meeting so both sides confirm what was agreed.",
            $"{ModelContracts} (Japanese and English texts); {StartupGuidelines}"),
    ];

    /// <summary>Where the asymmetries' advice comes from.</summary>
    public virtual string AsymmetrySource => "ClauseLens commercial check; " + StartupGuidelines;

    public virtual (string Title, string AtStake, string Ask, string Fallback, string Say) HomeCourt(string party, string place, bool lawAndForum) => (
        lawAndForum ? $"Law and disputes sit in {Possessive(party)} home jurisdiction ({place})" : $"The governing law is {Possessive(party)} home law ({place})",
        $"{party} plays at home: its lawyers know the law and the forum, the other side pays to learn them and travels to be heard.",
        "A neutral law and seat, or arbitration seated in a third country under international rules (ICC or SIAC).",
        "Keep the law but seat the arbitration in a third country (Singapore under the SIAC rules is common in Asia), in English, with one arbitrator.",
        "We would like a forum neither of us has to learn; a neutral seat is usual in cross-border collaborations and costs neither side anything.");

    public virtual (string Title, string AtStake, string Ask, string Fallback, string Say) OneWayTermination(string party, bool atWill) => (
        atWill ? $"Only {party} may terminate at will" : $"Only {party} may terminate",
        $"{party} can walk away on notice while the other side stays bound, after it has invested in the project.",
        "Make the termination right mutual, or pay for the work done and the costs committed when it is used.",
        $"If {party} terminates without cause, it pays for work done, reimburses committed costs and returns or licenses back what it received.",
        "Both of us are investing in this; we would like the exit terms to reflect that, whichever side uses them.");

    public virtual (string Title, string AtStake, string Ask, string Fallback, string Say) PerpetualLicence(bool perpetual, bool irrevocable) => (
        $"A {(perpetual && irrevocable ? "perpetual and irrevocable" : perpetual ? "perpetual" : "irrevocable")} licence is granted",
        "A licence that never ends and cannot be revoked survives a breach, a failed project and a change of control; it cannot be renegotiated later.",
        "Tie the licence to the project's field and term, or make it revocable for breach and non-payment.",
        "The licence is limited to the Field and continues after the Term only for products launched during it, subject to the payments due.",
        "A licence fitted to what the project needs is easier for both of us to approve internally.");

    public virtual (string Title, string AtStake, string Ask, string Fallback, string Say) ResearchRestriction() => (
        "A party's own research is restricted",
        "Barring a party's independent research, or its research with others, limits its core business; the JFTC treats such restrictions as an unfair trade practice in principle.",
        "Delete the restriction, or limit it to using the other side's confidential information.",
        "Nothing in this Agreement restricts either Party's independent research and development, provided it does not use the other Party's Confidential Information.",
        "Each of us must keep developing our own technology; protecting your information is the real concern and the confidentiality clause already does it.");

    public virtual (string Title, string AtStake, string Ask, string Fallback, string Say) OneSidedCap(string party) => (
        $"Only {Possessive(party)} liability is capped",
        $"{Possessive(Capitalised(party))} exposure has a ceiling; the other side's does not, so one claim can outweigh the whole deal for it.",
        "A mutual cap at the same level, with the usual exceptions (confidentiality breach, wilful misconduct) for both sides.",
        "Each Party's total liability is limited to the amounts paid or payable under this Agreement in the twelve months before the claim.",
        "We propose the same limit for both of us; a mutual cap is standard and lets both boards approve the deal.");

    /// <summary>"Anixa's", "Anixa Biosciences'".</summary>
    public static string Possessive(string name) => name.EndsWith('s') ? name + "\u2019" : name + "\u2019s";

    /// <summary>A label in a reader's words.</summary>
    public virtual string LabelName(string label) => label switch
    {
        ClauseLabels.IpOwnership => "Ownership of results",
        ClauseLabels.LicenseGrant => "Licence",
        ClauseLabels.Royalties => "Royalties",
        ClauseLabels.Confidentiality => "Confidentiality",
        ClauseLabels.NonCompete => "Non-compete",
        ClauseLabels.GoverningLaw => "Governing law",
        ClauseLabels.DisputeResolution => "Disputes",
        ClauseLabels.TermTermination => "Term and termination",
        ClauseLabels.AuditRights => "Audit rights",
        ClauseLabels.Liability => "Liability",
        ClauseLabels.Assignment => "Assignment",
        _ => Capitalised(label.Replace('_', ' ')),
    };

    /// <summary>
    /// A passed check stated as what is there: "Governing law: New York (Clause 12.1)"; several
    /// checks on one label are one line ("Confidentiality: Clause 5, Clause 5.4; 4 checks met").
    /// </summary>
    public string Passed(string label, IReadOnlyList<AnalyzedClause> clauses, int checks)
    {
        var where = clauses.Count == 0 ? null : string.Join(ListSeparator, clauses.Select(ClauseReference));
        var value = label switch
        {
            ClauseLabels.GoverningLaw => clauses.SelectMany(c => c.Facts.GoverningLaw).Select(l => Place(l.Jurisdiction)).FirstOrDefault(),
            ClauseLabels.DisputeResolution => clauses.SelectMany(c => c.Facts.Forums).Select(Forum).FirstOrDefault(),
            _ => null,
        };
        return PassedLine(LabelName(label), value, where, checks);
    }

    /// <summary>What joins clause references in one line: ", " (、 in Japanese).</summary>
    public virtual string ListSeparator => ", ";

    /// <summary>A passed check's line from its parts; <paramref name="where"/> null when the contract is silent, as the playbook prefers.</summary>
    public virtual string PassedLine(string name, string? value, string? where, int checks)
    {
        var count = checks > 1 ? $"; {checks} checks met" : "";
        return (value, where) switch
        {
            (not null, not null) => $"{name}: {value} ({where}){count}",
            (null, not null) => $"{name}: {where}{count}",
            // A rule met by the contract's silence (no non-compete) says so.
            _ => $"{name}: none in the contract, as the playbook prefers{count}",
        };
    }
}
