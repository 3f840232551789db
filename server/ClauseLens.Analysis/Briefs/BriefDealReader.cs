using System.Text.RegularExpressions;
using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Segmentation;
using ClauseLens.Analysis.Writing;

namespace ClauseLens.Analysis.Briefs;

/// <summary>
/// Reads the deal at a glance: title and parties from the preamble, type of agreement from the
/// title (or its clauses), governing law and forum from the extracted facts.
/// </summary>
internal static partial class BriefDealReader
{
    private const int MaxParties = 4;
    private const int MaxPartyLength = 100;
    private const int MaxTitleLength = 120;

    private static readonly (string Cue, string Type)[] TypeCues =
    [
        ("joint research and development", "Joint research and development agreement"), ("共同研究開発", "Joint research and development agreement"),
        ("joint development", "Joint development agreement"), ("共同開発", "Joint development agreement"),
        ("joint research", "Joint research agreement"), ("共同研究", "Joint research agreement"),
        ("licen", "Licence agreement"), ("ライセンス", "Licence agreement"), ("実施許諾", "Licence agreement"), ("使用許諾", "Licence agreement"),
        ("non-disclosure", "Non-disclosure agreement"), ("nondisclosure", "Non-disclosure agreement"),
        ("confidentiality agreement", "Non-disclosure agreement"), ("秘密保持", "Non-disclosure agreement"),
        ("joint venture", "Joint venture agreement"), ("合弁", "Joint venture agreement"),
        ("collaboration", "Collaboration agreement"), ("cooperation", "Collaboration agreement"), ("協業", "Collaboration agreement"),
        ("development", "Development agreement"), ("開発", "Development agreement"),
        ("research", "Research agreement"), ("研究", "Research agreement"),
        ("supply", "Supply agreement"), ("distribut", "Distribution agreement"), ("service", "Services agreement"),
        // The other names filed contracts carry (CUAD's Document Names); after the rest, so that a
        // "Manufacturing and Supply Agreement" stays a supply agreement.
        ("manufactur", "Manufacturing agreement"), ("resell", "Reseller agreement"),
        ("franchise", "Franchise agreement"), ("outsourc", "Outsourcing agreement"), ("hosting", "Hosting agreement"),
        ("maintenance", "Maintenance agreement"), ("sponsorship", "Sponsorship agreement"), ("endorsement", "Endorsement agreement"),
        ("co-branding", "Co-branding agreement"), ("strategic alliance", "Strategic alliance agreement"), ("marketing", "Marketing agreement"),
        ("promotion", "Promotion agreement"), ("consult", "Consulting agreement"), ("agency", "Agency agreement"),
        ("transportation", "Transportation agreement"), ("affiliate", "Affiliate agreement"),
    ];

    public static BriefDeal Read(ContractDocument document, AnalysisResult analysis) => Read(document, analysis, BriefWording.English);

    public static BriefDeal Read(ContractDocument document, AnalysisResult analysis, BriefWording w)
    {
        var preamble = PreambleParagraphs(document, analysis.Clauses);
        var title = Title(preamble);
        var parties = Parties(preamble);
        var (type, inferred) = AgreementType(title, preamble, analysis.Clauses);
        return new BriefDeal(
            title ?? w.NotStated,
            type is null ? w.NotStated : w.AgreementType(type, inferred),
            parties,
            GoverningLaw(analysis.Clauses, w),
            Forum(analysis.Clauses, w),
            Homes(string.Join(" ", preamble), parties));
    }

    /// <summary>
    /// Each party's home jurisdiction as its description says ("a Delaware corporation", "organised
    /// under the laws of Japan", "a German limited liability company"), else as its company form
    /// implies (GmbH, K.K.); null where neither says.
    /// </summary>
    internal static IReadOnlyList<string?> Homes(string preamble, IReadOnlyList<string> parties)
    {
        var homes = new List<string?>();
        for (var i = 0; i < parties.Count; i++)
        {
            var at = Described(preamble, parties[i]);
            if (at < 0)
            {
                homes.Add(FromCompanyForm(parties[i]));
                continue;
            }

            var next = i + 1 < parties.Count ? preamble.IndexOf(parties[i + 1], at + parties[i].Length, StringComparison.Ordinal) : -1;
            var end = next > at ? next : Math.Min(preamble.Length, at + parties[i].Length + 300);
            var description = preamble[(at + parties[i].Length)..end];
            var home = HomeInDescription().Matches(description)
                .Select(m => Extraction.Places.Resolve(m.Groups["home"].Value))
                .FirstOrDefault(p => p is not null);
            homes.Add(home?.Jurisdiction ?? FromCompanyForm(parties[i]));
        }

        return homes;
    }

    // Where the party is described: the first mention its description follows (", a corporation
    // organized …", "("Alpha")"), else the first mention. A title line that names both parties
    // would otherwise lend the first party's description to the second.
    private static int Described(string preamble, string party)
    {
        var first = preamble.IndexOf(party, StringComparison.Ordinal);
        for (var at = first; at >= 0; at = preamble.IndexOf(party, at + 1, StringComparison.Ordinal))
        {
            var after = at + party.Length;
            // Only the text right after the name is read: a description starts there or not at all.
            if (Description().Match(preamble, after, Math.Min(preamble.Length - after, 80)) is { Success: true } m && m.Index == after)
            {
                return at;
            }
        }

        return first;
    }

    private static string? FromCompanyForm(string party) =>
        GermanForm().IsMatch(party) ? "Germany" : JapaneseForm().IsMatch(party) ? "Japan" : null;

    // The segmenter's preamble when it found one; else the opening paragraphs, where titles and
    // parties sit in every contract we have seen.
    private static List<string> PreambleParagraphs(ContractDocument document, IReadOnlyList<AnalyzedClause> clauses)
    {
        var preamble = clauses.FirstOrDefault(c => c.Kind == ClauseKind.Preamble);
        var (first, last) = preamble is null ? (0, Math.Min(document.Paragraphs.Count, 4) - 1) : (preamble.ParagraphStart, preamble.ParagraphEnd);
        return [.. document.Paragraphs
            .Where(p => p.Index >= first && p.Index <= last && !string.IsNullOrWhiteSpace(p.Text))
            .Select(p => Whitespace.Collapse(p.Text))];
    }

    private static string? Title(IReadOnlyList<string> preamble)
    {
        var first = preamble.FirstOrDefault();
        if (first is null || first.Length > MaxTitleLength)
        {
            return null;
        }

        var looksLikeTitle = TitleWord().IsMatch(first) || (first.Any(char.IsLetter) && first == first.ToUpperInvariant());
        return looksLikeTitle ? first : null;
    }

    // The type's English name (BriefWording says it in the reader's language), and whether it was
    // inferred from the clauses; null when nothing says.
    private static (string? Type, bool Inferred) AgreementType(string? title, IReadOnlyList<string> preamble, IReadOnlyList<AnalyzedClause> clauses)
    {
        if (TypeNamed(title) is { } named)
        {
            return (named, false);
        }

        // In the preamble, the first "… Agreement" that names a type ("This Supply Agreement"):
        // a recital's "license" further on does not make a supply agreement a licence.
        var text = string.Join(" ", preamble);
        var first = TypeCues.Select(t => NamedAgreement(text, t.Cue)).OfType<Match>().MinBy(m => m.Index);
        if (first is not null && TypeNamed(first.Value) is { } named2)
        {
            // A name with two types ("Manufacturing and Supply Agreement") is read as a title is.
            return (named2, false);
        }

        // No name for it in the text: say what its clauses make it, and that this is an inference.
        if (clauses.Any(c => c.Has(ClauseLabels.LicenseGrant)))
        {
            return ("Licence agreement", true);
        }

        if (clauses.Any(c => c.Has(ClauseLabels.IpOwnership)))
        {
            return ("Development agreement", true);
        }

        return clauses.Count > 0 && clauses.All(c => c.Labels.Count == 0 || c.Has(ClauseLabels.Confidentiality) || c.Has(ClauseLabels.GoverningLaw)
                || c.Has(ClauseLabels.DisputeResolution) || c.Has(ClauseLabels.TermTermination)) && clauses.Any(c => c.Has(ClauseLabels.Confidentiality))
            ? ("Non-disclosure agreement", true)
            : (null, false);
    }

    /// <summary>The agreement type <paramref name="title"/> names ("MUTUAL NON-DISCLOSURE AGREEMENT"), or null.</summary>
    internal static string? TypeNamed(string? title) =>
        title is null ? null : TypeCues.FirstOrDefault(t => title.Contains(t.Cue, StringComparison.OrdinalIgnoreCase)).Type;

    // The first name of the agreement the cue begins: the cue, at most four words, then
    // "agreement", "contract" or 契約; null when it never begins one.
    private static Match? NamedAgreement(string text, string cue)
    {
        for (var at = text.IndexOf(cue, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(cue, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (AgreementWordAhead().Match(text, at, Math.Min(text.Length - at, 80)) is { Success: true } name)
            {
                return name;
            }
        }

        return null;
    }

    internal static IReadOnlyList<string> Parties(IReadOnlyList<string> preamble)
    {
        // Japanese parties are matched paragraph by paragraph, so a title line never joins a name;
        // English ones on the whole preamble, as "BETWEEN:" often stands on a line of its own.
        var japanese = preamble.SelectMany(p => JapaneseParty().Matches(p))
            // （以下「本契約」という。）defines the agreement, 「本研究」 the project: not parties.
            .Where(m => !m.Groups["alias"].Value.StartsWith('\u672c'))
            .Select(m => JapaneseJoiner().Replace(m.Groups["name"].Value, "").Trim())
            .Where(n => n.Length > 0);
        var english = EnglishParties(string.Join(" ", preamble)).ToList();
        var parties = japanese.Concat(english.Count > 0 ? english : AliasedParties(preamble))
            .Select(n => BriefWording.Shorten(n, MaxPartyLength))
            .Distinct(StringComparer.Ordinal)
            .Take(MaxParties)
            .ToList();
        return parties;
    }

    // "… by and between Alpha Ltd., a company organised under …, ("Alpha") and Beta K.K. ("Beta").":
    // the text after "between" up to the end of its sentence, split on the "and" that starts the next
    // party, each part cut where its description begins and after its company form. A "between"
    // in a title block or a table of contents that names fewer than two parties gives way to the
    // next one.
    private static IEnumerable<string> EnglishParties(string preamble)
    {
        List<string>? fewer = null;
        foreach (var between in Between().Matches(preamble).Take(MaxBetweens))
        {
            var names = NamesAfter(preamble, between.Index + between.Length).ToList();
            if (names.Count >= 2)
            {
                return names;
            }

            fewer ??= names.Count > 0 ? names : null;
        }

        return fewer ?? [];
    }

    // "Collectible Concepts Group, Inc. ("CCGI") and Pivotal Self Service Tech, Inc. ("PVSS") …",
    // "Athens Bancshares Corporation, a Tennessee corporation (the "Company"), and …": with no
    // "between", the names each followed by a defined name in brackets in one sentence.
    private static List<string> AliasedParties(IReadOnlyList<string> paragraphs)
    {
        foreach (var sentence in paragraphs.Select(p => AliasSentence().Match(p)).Where(m => m.Success))
        {
            var names = PartyParts(sentence.Value)
                .Select(p => Clean(p))
                .Where(n => n is not null)
                .Select(n => n!)
                .ToList();
            if (names.Count >= 2)
            {
                return names;
            }
        }

        return [];
    }

    private static IEnumerable<string> NamesAfter(string preamble, int from)
    {
        // Parties are named soon after "between"; a preamble that never ends its sentence is not read further.
        var rest = preamble[from..Math.Min(preamble.Length, from + MaxPartiesText)];
        var end = SentenceEnd().Match(rest);
        var cut = !end.Success && from + MaxPartiesText < preamble.Length;
        if (end.Success)
        {
            rest = rest[..end.Index];
        }

        var parts = PartyParts(rest).ToList();
        foreach (var part in cut ? parts[..^1] : parts)
        {
            // The last part of a text cut short may be half a name.
            if (Clean(part) is { } name)
            {
                yield return name;
            }
        }
    }

    // The name in a party's part: cut where its description begins and after its company form;
    // null when what is left is not a name.
    private static string? Clean(string part)
    {
        var name = Description().Split(Enumerator().Replace(part, ""))[0].Trim().Trim(',', ';', ':', '"', '\u201c', '\u201d').Trim();
        if (CompanyForm().Match(name) is { Success: true } form && form.Index + form.Length < name.Length)
        {
            // "Uniquest Corporation 780 Montague Expressway …", "PFIZER INC. August 21, 2018 Source: …".
            name = name[..(form.Index + form.Length)];
        }

        // "X Corp. and its Affiliates": the affiliates are not a second party.
        return name.Length > 1 && name.Any(char.IsLetter) && !Affiliates().IsMatch(name) && !NotAName().IsMatch(name) && LooksLikeAName(name) ? name : null;
    }

    // Not a name: a phrase that starts with an ordinary word ("existing under the laws of Israel",
    // "having its principal office at …", "the company set forth below"), a place ("Munich",
    // "Wales" of "England and Wales"), page furniture (a table of contents, "Source: …", "[***]"),
    // or a run of words with no company form in it.
    private static bool LooksLikeAName(string name)
    {
        // "drkoop.com, inc.", "i-on interactive" and "the American Diabetes Association" are names;
        // "existing under …", "the company set forth below" and "deep systems" are not read as one.
        var words = name.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (words[0].All(char.IsAsciiLetterLower) && (words.Length == 1 || words[1].All(c => !char.IsLetter(c) || char.IsLower(c))))
        {
            return false;
        }

        // A title ("SUPPLY AGREEMENT") read where a name should be is not a party either.
        return Extraction.Places.Resolve(name) is null && !Furniture().IsMatch(name) && (!TitleWord().IsMatch(name) || CompanyForm().IsMatch(name))
            && (name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxWordsWithoutForm || CompanyForm().IsMatch(name));
    }

    private const int MaxWordsWithoutForm = 8;

    private const int MaxBetweens = 5;

    private const int MaxPartiesText = 2000;

    // "England" + "Wales": the words either side of an "and" at `at` name one place.
    private static bool IsOnePlace(string text, int at)
    {
        var before = text.AsSpan(0, at).TrimEnd();
        var last = before[(before.LastIndexOf(' ') + 1)..];
        var after = text.AsSpan(at + 5);
        var space = after.IndexOf(' ');
        var first = (space < 0 ? after : after[..space]).TrimEnd(",.;)");
        return last.Length > 0 && first.Length > 0 && Extraction.Places.Resolve($"{last} and {first}") is not null;
    }

    // The last " and " (or " AND ") before a name in `text`, or -1.
    private static int LastAndBeforeName(string text)
    {
        var last = -1;
        foreach (var and in new[] { " and ", " AND " })
        {
            for (var at = text.LastIndexOf(and, StringComparison.Ordinal); at > last; at = at > 0 ? text.LastIndexOf(and, at - 1, StringComparison.Ordinal) : -1)
            {
                if (at + 5 < text.Length && (char.IsUpper(text[at + 5]) || char.IsDigit(text[at + 5]) || text[at + 5] is '"' or '\u201c'))
                {
                    last = at;
                    break;
                }
            }
        }

        return last;
    }

    // Splits on " and " outside parentheses where a party has ended (its description has begun, its
    // defined name was given in brackets, or it ends with a company form) and a name follows. So
    // "organized and existing under", "Institute of Grassland and Environmental Research" and
    // "Research and Engineering Company" stay whole.
    private static IEnumerable<string> PartyParts(string text)
    {
        var depth = 0;
        var start = 0;
        var named = false;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(' or '（':
                    depth++;
                    break;
                case ')' or '）' when depth > 0:
                    depth--;
                    named |= depth == 0;
                    break;
            }

            // "by and among A ("A"), B ("B") and C ("C")": a comma after a bracketed name, before a name.
            if (depth == 0 && named && text[i] == ',' && i > 0 && text[i - 1] is ')' or '）' && i + 2 < text.Length && text[i + 1] == ' ' && (char.IsUpper(text[i + 2]) || text[i + 2] == '('))
            {
                yield return text[start..i];
                start = i + 2;
                named = false;
                continue;
            }

            if (depth != 0 || i < start || string.Compare(text, i, " and ", 0, 5, StringComparison.OrdinalIgnoreCase) != 0)
            {
                continue;
            }

            var part = text[start..i];
            var next = i + 5 < text.Length ? text[i + 5] : ' ';
            if (IsOnePlace(text, i))
            {
                // "organised under the laws of England and Wales".
                i += 4;
                continue;
            }

            var ended = named || Description().IsMatch(part) || CompanyFormAtEnd().IsMatch(part);
            if (ended && (char.IsUpper(next) || char.IsDigit(next) || next is '"' or '\u201c' or '(' || text.AsSpan(i + 5).StartsWith("its ", StringComparison.Ordinal)))
            {
                yield return part;
                start = i + 5;
                named = false;
            }

            i += 4;
        }

        // "AstroNutrition.com and deep systems", "Institute of Grassland and Environmental Research
        // and Ceres, Inc.": with no description between them, the last "and" before a name starts
        // the second party.
        var last = text[start..];
        var and = start == 0 ? LastAndBeforeName(last) : -1;
        if (and > 0)
        {
            yield return last[..and];
            yield return last[(and + 5)..];
            yield break;
        }

        yield return last;
    }

    private static string GoverningLaw(IReadOnlyList<AnalyzedClause> clauses, BriefWording w)
    {
        var laws = InPreferredOrder(clauses, ClauseLabels.GoverningLaw, c => c.Facts.GoverningLaw)
            .Select(l => w.Law(w.Place(l.Jurisdiction), string.IsNullOrWhiteSpace(l.Country) ? null : w.Place(l.Country)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return laws.Count == 0 ? w.NotStated : string.Join(w.ItemSeparator, laws);
    }

    private static string Forum(IReadOnlyList<AnalyzedClause> clauses, BriefWording w)
    {
        var found = InPreferredOrder(clauses, ClauseLabels.DisputeResolution, c => c.Facts.Forums).ToList();
        // A bare "arbitration" adds nothing when another mention names the institution or seat, and
        // an institution without a seat adds nothing when another mention of it gives the seat.
        var forums = found
            .Where(f => f.Name is not null || f.Place is not null || !found.Any(o => o.Kind == f.Kind && (o.Name is not null || o.Place is not null)))
            .Where(f => f.Place is not null || !found.Any(o => o.Kind == f.Kind && o.Name == f.Name && o.Place is not null))
            .Select(w.Forum)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return forums.Count == 0 ? w.NotStated : string.Join(w.ItemSeparator, forums);
    }

    internal static string Describe(ForumFact forum) => BriefWording.English.Forum(forum);

    // Facts from clauses carrying the label first (the governing-law clause itself), then any other.
    private static IEnumerable<T> InPreferredOrder<T>(IReadOnlyList<AnalyzedClause> clauses, string label, Func<AnalyzedClause, IEnumerable<T>> facts) =>
        clauses.Where(c => c.Has(label)).SelectMany(facts).Concat(clauses.Where(c => !c.Has(label)).SelectMany(facts));

    // A verb or a defined-term quote inside the "name" means the sentence ran on past the parties.
    [GeneratedRegex(@"\b(?:are|is|each|together|collectively|hereinafter|referred|constitute)\b|[""\u201c\u201d]", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex NotAName();

    [GeneratedRegex(@"^(?:its|their|the)\s+affiliates?\b", RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex Affiliates();

    [GeneratedRegex(@"agreement|contract|memorandum|契約|覚書", RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex TitleWord();

    [GeneratedRegex(@"^\S*(?:[\s-]+[\w&-]+){0,4}?[\s-]+(?:agreement|contract)\b|^[^。]{0,20}?契約", RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex AgreementWordAhead();

    [GeneratedRegex(@"\b(?:by\s+and\s+)?(?:between|among(?:st)?)\s*:?\s*", RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex Between();

    // A sentence ends at ". " before a capitalised word that is not part of a company form
    // ("Co., Ltd. and"), or at WHEREAS / "The parties agree".
    [GeneratedRegex(@"(?<!\b(?:Co|Ltd|Inc|Corp|K\.K|Pty|L\.L\.C|GmbH|S\.A|N\.V|B\.V|No|St))\.(?=\s+(?:WHEREAS|NOW|THE|The|In|Each|This|1\b)|\s*$)|\b(?:WHEREAS|Whereas|WITNESSETH|Witnesseth|RECITALS|Recitals)\b", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex SentenceEnd();

    // Where a party's description begins: its defined name in parentheses, or ", a company …".
    [GeneratedRegex(@"\s*[\(（]|,\s*(?:a|an|the|having|with|whose|located|incorporated|organi[sz]ed|existing|registered|residing|represented)\b|\s+with\s+(?:an?\s+|its\s+)?(?:address|offices?|principal|registered)\b|\s+(?:a|an)\s+(?:company|corporation|limited|kabushiki)\b|\s+(?:a|an)\s+(?:\w+\s+){1,3}(?:corporation|company)\b|\s+of\s+_{2,}|_{3,}", RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex Description();

    [GeneratedRegex(@"\b(?:a|an)\s+(?<home>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?i:corporation|company|limited|llc|partnership|kabushiki)|\blaws\s+of\s+(?:the\s+)?(?<home>(?:(?:State|Commonwealth|Province|(?:People's\s+|People’s\s+|Federal\s+)?Republic|Kingdom)\s+of\s+(?:the\s+)?)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex HomeInDescription();

    // A company form, with any that follow it ("Co., Ltd.", "Company, Inc."): where a name ends.
    private const string CompanyForms = @"(?:,?\s*\b(?:Inc|Incorporated|Corp|Corporation|Company|Co|Ltd|Limited|LLC|L\.L\.C|LLP|L\.P|LP|plc|PLC|GmbH|AG|S\.A|SA|N\.V|B\.V|K\.K|Pty|S\.p\.A|S\.r\.l|S/A|G\.I\.E|N\.A)\b\.?)+";

    [GeneratedRegex(CompanyForms, RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex CompanyForm();

    // "(1) Apollo Endosurgery", "(a) Beta Ltd.", "1. Gamma Inc.": a list's numbering is not part of the name.
    [GeneratedRegex(@"^\s*(?:\(\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})\s*\)|\d{1,2}\.)\s+", RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex Enumerator();

    // A paragraph that opens by defining two names in brackets: ("CCGI") … ("PVSS").
    [GeneratedRegex(@"^.{0,300}?\(\s*(?:the\s+)?[""\u201c][^""\u201d]{1,40}[""\u201d]\s*\).{0,300}?\(\s*(?:the\s+)?[""\u201c][^""\u201d]{1,40}[""\u201d]\s*\)", RegexOptions.IgnoreCase | RegexOptions.Singleline, RegexTimeouts.Milliseconds)]
    private static partial Regex AliasSentence();

    [GeneratedRegex(CompanyForms + @"[\s,;]*$", RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex CompanyFormAtEnd();

    [GeneratedRegex(@"table\s+of\s+contents?|\bsource:|\[\s*\*+\s*\]|\.{4,}|\b\d+\.\d+\b|_{3,}|X{5,}", RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex Furniture();

    [GeneratedRegex(@"\bGmbH\b|\bAG$", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex GermanForm();

    [GeneratedRegex(@"\bK\.K\.|Kabushiki Kaisha|株式会社", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex JapaneseForm();

    [GeneratedRegex(@"(?<name>[^、。（）「」()]{2,60}?)\s*[（(]以下[、,]?\s*[「『""](?<alias>[^」』""]{1,20})[」』""]\s*という。?[）)]", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex JapaneseParty();

    // "…（以下「甲」という。）と株式会社B…": the joining word before the second party is not part of its name.
    [GeneratedRegex(@"^\s*(?:と|及び|および|並びに|ならびに)\s*", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex JapaneseJoiner();
}
