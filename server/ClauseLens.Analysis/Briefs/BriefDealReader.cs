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
            var at = preamble.IndexOf(parties[i], StringComparison.Ordinal);
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
        foreach (var text in new[] { title, string.Join(" ", preamble) })
        {
            if (text is not null && TypeCues.FirstOrDefault(t => text.Contains(t.Cue, StringComparison.OrdinalIgnoreCase)) is { Type: { } type })
            {
                return (type, false);
            }
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

    internal static IReadOnlyList<string> Parties(IReadOnlyList<string> preamble)
    {
        // Japanese parties are matched paragraph by paragraph, so a title line never joins a name;
        // English ones on the whole preamble, as "BETWEEN:" often stands on a line of its own.
        var japanese = preamble.SelectMany(p => JapaneseParty().Matches(p))
            // （以下「本契約」という。）defines the agreement, 「本研究」 the project: not parties.
            .Where(m => !m.Groups["alias"].Value.StartsWith('\u672c'))
            .Select(m => JapaneseJoiner().Replace(m.Groups["name"].Value, "").Trim())
            .Where(n => n.Length > 0);
        var parties = japanese.Concat(EnglishParties(string.Join(" ", preamble)))
            .Select(n => BriefWording.Shorten(n, MaxPartyLength))
            .Distinct(StringComparer.Ordinal)
            .Take(MaxParties)
            .ToList();
        return parties;
    }

    // "… by and between Alpha Ltd., a company organised under …, ("Alpha") and Beta K.K. ("Beta").":
    // the text after "between" up to the end of its sentence, split on "and" outside parentheses,
    // each part cut where its description begins.
    private static IEnumerable<string> EnglishParties(string preamble)
    {
        var between = Between().Match(preamble);
        if (!between.Success)
        {
            yield break;
        }

        var rest = preamble[(between.Index + between.Length)..];
        var end = SentenceEnd().Match(rest);
        if (end.Success)
        {
            rest = rest[..end.Index];
        }

        foreach (var part in SplitOutsideParentheses(rest))
        {
            var name = Description().Split(part)[0].Trim().Trim(',', ';', ':', '"', '\u201c', '\u201d').Trim();
            // "X Corp. and its Affiliates": the affiliates are not a second party.
            if (name.Length > 1 && name.Any(char.IsLetter) && !Affiliates().IsMatch(name) && !NotAName().IsMatch(name))
            {
                yield return name;
            }
        }
    }

    private static IEnumerable<string> SplitOutsideParentheses(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '(' or '（' => 1, ')' or '）' => depth > 0 ? -1 : 0, _ => 0 };
            if (depth == 0 && string.Compare(text, i, " and ", 0, 5, StringComparison.OrdinalIgnoreCase) == 0)
            {
                yield return text[start..i];
                start = i + 5;
                i += 4;
            }
        }

        yield return text[start..];
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

    [GeneratedRegex(@"\b(?:by and )?between\s*:?\s*", RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex Between();

    // A sentence ends at ". " before a capitalised word that is not part of a company form
    // ("Co., Ltd. and"), or at WHEREAS / "The parties agree".
    [GeneratedRegex(@"(?<!\b(?:Co|Ltd|Inc|Corp|K\.K|Pty|L\.L\.C|GmbH|S\.A|N\.V|B\.V|No|St))\.(?=\s+(?:WHEREAS|NOW|THE|The|In|Each|This|1\b)|\s*$)|\bWHEREAS\b|\bRECITALS\b", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex SentenceEnd();

    // Where a party's description begins: its defined name in parentheses, or ", a company …".
    [GeneratedRegex(@"\s*[\(（]|,\s*(?:a|an|the|having|with|whose|located|incorporated|organi[sz]ed|existing|registered|residing|represented)\b|\s+with\s+(?:an?\s+|its\s+)?(?:address|offices?|principal|registered)\b|\s+(?:a|an)\s+(?:company|corporation|limited|kabushiki)\b|\s+(?:a|an)\s+(?:\w+\s+){1,3}(?:corporation|company)\b|\s+of\s+_{2,}|_{3,}", RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex Description();

    [GeneratedRegex(@"\b(?:a|an)\s+(?<home>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?i:corporation|company|limited|llc|partnership|kabushiki)|\blaws\s+of\s+(?<home>(?:the\s+)?(?:State\s+of\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex HomeInDescription();

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
