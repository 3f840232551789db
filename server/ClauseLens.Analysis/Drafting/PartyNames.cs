using System.Text.RegularExpressions;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Segmentation;

namespace ClauseLens.Analysis.Drafting;

/// <summary>A party as the preamble names it: its name without the legal form, the form, where it is.</summary>
internal sealed record Party(string Name, string Form, int Start, int End);

/// <summary>The parties of a contract and the short names the preamble gives them.</summary>
internal sealed class PartySet(IReadOnlyList<Party> parties, IReadOnlySet<string> shortNames)
{
    public IReadOnlyList<Party> Parties { get; } = parties;

    public IReadOnlySet<string> ShortNames { get; } = shortNames;

    /// <summary>True when <paramref name="term"/> is a party's short name, part of its name, or a role word (the party check's business).</summary>
    public bool Mentions(string term) =>
        ShortNames.Contains(term) || PartyNames.RoleWords.Contains(term) || PartyNames.RoleWords.Contains(term.TrimEnd('s'))
        || Parties.Any(p => p.Name.Contains(term, StringComparison.Ordinal) || term.Contains(p.Name, StringComparison.Ordinal));
}

/// <summary>
/// A party referred to by another legal form than the preamble gives it ("Acme K.K." and "Acme Co.,
/// Ltd."), and a role name ("the Licensor") that no party was given.
/// </summary>
internal static partial class PartyNames
{
    private const int PreambleChars = 2_000;
    private const int MinRoleUses = 2;
    private const int ShortNameReach = 160;
    private static readonly HashSet<string> Partnerships = new(StringComparer.Ordinal) { "llc", "lp", "llp" };

    // Words of a preamble's defined terms that are not a party's short name.
    private static readonly HashSet<string> NotPartyWords = new(StringComparer.Ordinal)
    {
        "DATE", "AGREEMENT", "PURPOSE", "TERM", "CONTRACT", "PROJECT", "SERVICES", "PRODUCTS", "TRANSACTION", "PARTIES", "PARTY",
        "BUSINESS", "PROPOSAL", "PROGRAM", "PLAN", "AMENDMENT", "SCHEDULE", "EXHIBIT", "PROVISIONS", "TERMS", "CONDITIONS", "SUMMARY",
    };

    /// <summary>Role words a contract gives its parties.</summary>
    public static readonly HashSet<string> RoleWords = new(StringComparer.Ordinal)
    {
        "Licensor", "Licensee", "Supplier", "Customer", "Distributor", "Seller", "Buyer", "Purchaser", "Vendor",
        "Contractor", "Subcontractor", "Consultant", "Client", "Manufacturer", "Reseller", "Discloser", "Recipient",
        "Lessor", "Lessee", "Landlord", "Tenant", "Franchisor", "Franchisee", "Sponsor", "Developer", "Publisher",
        "Provider", "Service Provider", "Licensors", "Agent", "Principal", "Investor", "Borrower", "Lender",
        "Employer", "Employee", "Owner", "Operator", "Producer", "Marketer", "Endorser", "Promoter", "Collaborator",
    };

    public static PartySet FindParties(ContractOutline outline)
    {
        var text = outline.Text;
        var preamble = outline.Sections.FirstOrDefault(s => s.Kind == ClauseKind.Preamble);
        var end = Math.Min(text.Length, preamble is null ? PreambleChars : Math.Max(preamble.End, Math.Min(PreambleChars, text.Length)));
        var head = text[..end];
        var parties = new List<Party>();
        foreach (Match m in EntityName().Matches(head))
        {
            var name = m.Groups["name"].Value.Trim();
            if (name.Split(' ').Length <= 6 && !parties.Any(p => p.Name == name))
            {
                parties.Add(new Party(name, FormKey(m.Groups["form"].Value), m.Index, m.Index + m.Length));
            }
        }

        foreach (Match m in JapaneseEntity().Matches(head))
        {
            var name = m.Groups["name"].Value;
            if (!parties.Any(p => p.Name == name))
            {
                parties.Add(new Party(name, FormKey(m.Groups["form"].Value), m.Index, m.Index + m.Length));
            }
        }

        var shortNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in ShortName().Matches(head))
        {
            // ("Licensor") right after a party's name names that party; (the "Products") elsewhere in
            // the preamble is a defined term, not a party.
            // ("Effective Date"), ("Agreement"), ("Business Purpose") in the preamble name no party.
            var name = m.Groups["t"].Value.Trim();
            if ((parties.Count == 0 || parties.Any(p => m.Index >= p.End && m.Index - p.End <= ShortNameReach))
                && !name.Split(' ').Any(w => NotPartyWords.Contains(w.ToUpperInvariant())) && name.Any(char.IsLetter) && !name.EndsWith(')'))
            {
                shortNames.Add(name);
            }
        }

        return new PartySet(parties, shortNames);
    }

    public static IEnumerable<DraftingIssue> Run(ContractOutline outline, PartySet parties, IReadOnlyList<DefinedTerm> terms)
    {
        var issues = new List<DraftingIssue>();
        issues.AddRange(OtherForms(outline, parties));
        issues.AddRange(UnassignedRoles(outline, parties, terms));
        return issues;
    }

    private static IEnumerable<DraftingIssue> OtherForms(ContractOutline outline, PartySet parties)
    {
        var text = outline.Text;
        // A one-word name ("UBS AG" and "UBS Limited") is as likely a sister company as the same party misnamed.
        foreach (var party in parties.Parties.Where(p => p.Name.Contains(' ', StringComparison.Ordinal)))
        {
            var pattern = new Regex(Regex.Escape(party.Name) + @",?\s+(?<form>" + Forms + ")", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(RegexTimeouts.Milliseconds));
            foreach (Match m in pattern.Matches(text))
            {
                var form = FormKey(m.Groups["form"].Value);
                // An LLC and an LP of one name are usually two entities (a general partner and its fund).
                if (form != party.Form && !parties.Parties.Any(p => p.Name == party.Name && p.Form == form)
                    && !(Partnerships.Contains(form) || Partnerships.Contains(party.Form)))
                {
                    yield return new DraftingIssue(DraftingCheck.PartyName, Severity.Medium,
                        $"{party.Name} {Display(party.Form)} is also called {party.Name} {Display(form)}", m.Index, m.Index + m.Length);
                    break;
                }
            }
        }
    }

    private static IEnumerable<DraftingIssue> UnassignedRoles(ContractOutline outline, PartySet parties, IReadOnlyList<DefinedTerm> terms)
    {
        // Without short names from the preamble there is nothing to hold a role against.
        if (parties.ShortNames.Count < 2)
        {
            yield break;
        }

        var text = outline.Text;
        var defined = terms.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        var uses = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (Match m in RoleUse().Matches(text))
        {
            var role = m.Groups["r"].Value;
            // "the Principal, President or Chief Financial Officer of the other party" names an officer, not a party.
            if (!RoleWords.Contains(role) || outline.InHeading(m.Groups["r"].Index)
                || OfficerAfter().IsMatch(text.AsSpan(m.Groups["r"].Index + role.Length, Math.Min(30, text.Length - m.Groups["r"].Index - role.Length))))
            {
                continue;
            }

            (uses.TryGetValue(role, out var list) ? list : uses[role] = []).Add(m.Groups["r"].Index);
        }

        foreach (var (role, at) in uses.OrderBy(u => u.Value[0]))
        {
            var singular = role.TrimEnd('s');
            if (at.Count < MinRoleUses || parties.ShortNames.Any(n => n.Equals(role, StringComparison.OrdinalIgnoreCase) || n.Equals(singular, StringComparison.OrdinalIgnoreCase))
                || defined.Contains(role) || defined.Contains(singular) || defined.Contains(singular + "s")
                || parties.ShortNames.Any(s => s.Contains(singular, StringComparison.Ordinal)))
            {
                continue;
            }

            var names = string.Join(" and ", parties.ShortNames.Order(StringComparer.Ordinal).Select(s => $"\"{s}\""));
            yield return new DraftingIssue(DraftingCheck.PartyName, Severity.Medium,
                $"\"{role}\" is used {at.Count} times but no party is given that role (the parties are {names})", at[0], at[0] + role.Length);
        }
    }

    private static string FormKey(string form)
    {
        var f = form.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return f switch
        {
            "inc" or "incorporated" => "inc",
            "corp" or "corporation" => "corp",
            "llc" or "limitedliabilitycompany" => "llc",
            "ltd" or "limited" => "ltd",
            "coltd" or "companylimited" => "coltd",
            "kk" or "kabushikikaisha" or "株式会社" => "kk",
            "gk" or "godokaisha" or "合同会社" => "gk",
            "pteltd" => "pteltd",
            "lp" => "lp",
            _ => f,
        };
    }

    private static string Display(string key) => key switch
    {
        "inc" => "Inc.",
        "corp" => "Corporation",
        "llc" => "LLC",
        "ltd" => "Ltd.",
        "coltd" => "Co., Ltd.",
        "kk" => "K.K.",
        "gk" => "G.K.",
        "pteltd" => "Pte. Ltd.",
        "lp" => "L.P.",
        "ag" => "AG",
        "gmbh" => "GmbH",
        "sa" => "S.A.",
        "plc" => "plc",
        "llp" => "LLP",
        "bv" => "B.V.",
        "nv" => "N.V.",
        _ => key.ToUpperInvariant(),
    };

    private const string Forms =
        @"Co\.,?\s*Ltd\.?|Company\s+Limited|Pte\.?\s+Ltd\.?|Inc\.|Incorporated|Corp\.|Corporation|L\.L\.C\.|LLC|Limited\s+Liability\s+Company|Ltd\.?|Limited|K\.K\.|Kabushiki\s+Kaisha|GmbH|AG|S\.A\.|plc|PLC|L\.P\.|LP|LLP|B\.V\.|N\.V\.|G\.K\.|Godo\s+Kaisha";

    [GeneratedRegex(@"(?<name>(?:[A-Z][\w&'’-]*\s+){0,4}[A-Z][\w&'’-]*),?\s+(?<form>" + Forms + @")(?![A-Za-z])", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex EntityName();

    [GeneratedRegex(@"(?<form>株式会社|合同会社)(?<name>[^\s、。（()「」]{2,12})|(?<name>[^\s、。（()「」]{2,12}?)(?<form>株式会社|合同会社)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex JapaneseEntity();

    // Short names the preamble gives: ("Company"), (the "Licensor"), hereinafter "Supplier", （以下「甲」という。）.
    [GeneratedRegex(@"\((?:[^()""“”]{0,60}?(?:the|a|an|each|hereinafter(?:\s+referred\s+to\s+as)?|called)?\s*)?[“""](?<t>[A-Z][^“”""\n]{1,40})[”""]|hereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?(?:the\s+)?[“""](?<t>[A-Z][^“”""\n]{1,40})[”""]|以下[、,]?「(?<t>[^」]{1,20})」", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex ShortName();

    [GeneratedRegex(@"^,?\s+(?:or|and)\s+(?:the\s+)?(?:President|Chief|Officer|Director|Chairman|Secretary|Manager|Treasurer)\b|^,\s*(?:President|Chief)\b", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex OfficerAfter();

    // "the Licensor", "Licensee shall", "Distributor's": a role word used as a party.
    [GeneratedRegex(@"(?:\b[Tt]he\s+|[.;:]\s+)(?<r>[A-Z][a-z]+(?:\s+Provider)?)(?=\s+(?:shall|will|may|must|agrees|hereby|represents|warrants|acknowledges)\b|’s|'s|\s+(?:and|or)\s+(?:the\s+)?[A-Z])", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex RoleUse();
}
