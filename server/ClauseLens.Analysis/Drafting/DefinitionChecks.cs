using System.Text.RegularExpressions;
using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Segmentation;

namespace ClauseLens.Analysis.Drafting;

/// <summary>
/// Terms used as if defined and never defined, definitions never used, terms defined twice differently.
/// Quiet on a contract without definitions, and on one that borrows its definitions from another
/// agreement ("capitalised terms not defined herein have the meanings given in …").
/// </summary>
internal static partial class DefinitionChecks
{
    // Fewer defined terms than this: the contract does not work with definitions, so a capitalised
    // phrase is a name or an emphasis, not a missing definition.
    private const int MinDefinitionsForUndefined = 3;
    private const int MinUses = 2;
    // More candidates than this means the terms are defined somewhere we cannot see.
    private const int MaxUndefined = 8;

    public static IEnumerable<DraftingIssue> Run(ContractOutline outline, IReadOnlyList<DefinedTerm> terms, PartySet parties)
    {
        var issues = new List<DraftingIssue>();
        issues.AddRange(Unused(outline, terms));
        issues.AddRange(Duplicates(outline, terms));
        issues.AddRange(Undefined(outline, terms, parties));
        return issues;
    }

    private static IEnumerable<DraftingIssue> Unused(ContractOutline outline, IReadOnlyList<DefinedTerm> terms)
    {
        // An amendment defines terms for the agreement it amends ("Section 3 is replaced: … (each a "Contract Period")").
        if (IsAmendment(outline.Text))
        {
            yield break;
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        var words = new WordIndex(outline.Text);
        var byTerm = terms.ToLookup(t => t.Term, StringComparer.Ordinal);
        foreach (var group in terms.Where(t => t.Form != DefinitionForm.Heading).GroupBy(t => t.Group))
        {
            var members = group.ToList();
            // A term defined in several places is used if any use lies outside its definitions.
            var spans = members.SelectMany(m => byTerm[m.Term]).Select(t => (t.Start, t.End)).ToList();
            if (members.Any(m => IsUsed(outline.Text, words, m.Term, m.Japanese, spans)) || !reported.Add(members[0].Term))
            {
                continue;
            }

            var first = members[0];
            yield return new DraftingIssue(DraftingCheck.UnusedDefinition, Severity.Low, Describe(first.Term, first.Japanese), first.Start, first.End);
        }
    }

    private static IEnumerable<DraftingIssue> Duplicates(ContractOutline outline, IReadOnlyList<DefinedTerm> terms)
    {
        // An amendment restates the definitions it replaces.
        if (IsAmendment(outline.Text))
        {
            yield break;
        }

        // English only: a Japanese body read up to the next 「。」 is too rough to tell two definitions apart.
        foreach (var same in terms.Where(t => t.Form == DefinitionForm.Means && !t.Japanese && t.Body is { Length: > 0 }).GroupBy(t => t.Term, StringComparer.Ordinal))
        {
            var defs = same.ToList();
            // "When used as a verb, "Detail" means to …" adds a meaning; it does not contradict the noun.
            // A schedule that is an agreement of its own (a licence attached to a collaboration) defines its terms afresh.
            var other = defs.Skip(1).FirstOrDefault(d => !SameMeaning(d.Body!, defs[0].Body!) && !d.Body!.StartsWith("to ", StringComparison.Ordinal) && !defs[0].Body!.StartsWith("to ", StringComparison.Ordinal)
                && (d.Start >= outline.ScheduleStart) == (defs[0].Start >= outline.ScheduleStart));
            if (other is null)
            {
                continue;
            }

            var where = string.Join(" and ", new[] { defs[0], other }.Select(d => Where(outline, d.Start)));
            yield return new DraftingIssue(DraftingCheck.DuplicateDefinition, Severity.Medium,
                $"{Describe(defs[0].Term, defs[0].Japanese)} defined twice ({where})", other.Start, other.End, new Evidence(defs[0].Start, defs[0].End));
        }
    }

    private static IEnumerable<DraftingIssue> Undefined(ContractOutline outline, IReadOnlyList<DefinedTerm> terms, PartySet parties)
    {
        var text = outline.Text;
        if (terms.Count(t => !t.Japanese) < MinDefinitionsForUndefined || DefinedElsewhere().IsMatch(text) || IsAmendment(text))
        {
            return [];
        }

        // "CONFIDENTIAL INFORMATION" defined in capitals is used as "Confidential Information".
        var known = new HashSet<string>(terms.Select(t => Singular(t.Term)), StringComparer.OrdinalIgnoreCase);
        var titles = TitleLines(text);
        var lowerWords = LowerCaseWords(text);
        var headings = new HashSet<string>(outline.Sections.Where(s => s.Heading is not null).Select(s => s.Heading!.Trim()), StringComparer.OrdinalIgnoreCase);
        var preamble = outline.Sections.FirstOrDefault(s => s.Kind == ClauseKind.Preamble);
        var preambleText = preamble is null ? "" : text[preamble.Start..preamble.End];

        var quotedText = string.Join('\n', QuotedText().Matches(text).Select(q => q.Groups["q"].Value));
        var knownText = string.Join('\n', known);
        var uses = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (Match m in Determined().Matches(text))
        {
            var t = m.Groups["t"];
            var term = TrimTail(t.Value);
            if (!AfterWordOrComma(text, m.Index) || ContinuesName(text, m.Index))
            {
                continue;
            }

            if (term.Length < 3 || term.Contains('\'') || term.Contains('’') || outline.InHeading(t.Index)
                || outline.SectionAt(t.Index)?.Kind is ClauseKind.Signature || FollowedByDefinitionElsewhere(text, t.Index + term.Length)
                || IsNameInContext(text, t.Index, t.Index + term.Length))
            {
                continue;
            }

            (uses.TryGetValue(term, out var list) ? list : uses[term] = []).Add(t.Index);
        }

        var candidates = new List<DraftingIssue>();
        foreach (var (term, at) in uses)
        {
            if (at.Count < MinUses || headings.Contains(term) || IsProperNoun(term) || !IsOrdinaryWords(term, lowerWords)
                || IsKnown(term, known, knownText) || IsKnown(term.Replace("- ", "-", StringComparison.Ordinal), known, knownText)
                || parties.Mentions(term) || preambleText.Contains(term, StringComparison.Ordinal)
                || quotedText.Contains(term, StringComparison.Ordinal)
                || titles.Contains(term.ToUpperInvariant(), StringComparison.Ordinal))
            {
                continue;
            }

            candidates.Add(new DraftingIssue(DraftingCheck.UndefinedTerm, Severity.Medium, term, at[0], at[0] + term.Length));
        }

        return candidates.Count > MaxUndefined ? [] : candidates.OrderBy(c => c.Start);
    }

    /// <summary>True when <paramref name="term"/> (singular, plural or in capitals) is used outside <paramref name="definitions"/>.</summary>
    public static bool IsUsed(string text, WordIndex words, string term, bool japanese, IReadOnlyList<(int Start, int End)> definitions)
    {
        foreach (var form in japanese ? [term] : Forms(term))
        {
            // The word index holds words that start with a capital or a digit; an abbreviation such as
            // "cGMPs" is searched in the text.
            var hits = japanese ? AllIndexes(text, form)
                : char.IsLower(form[0]) ? AllIndexes(text, form).Where(i => (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (i + form.Length == text.Length || !char.IsLetterOrDigit(text[i + form.Length])))
                : words.Occurrences(form);
            if (hits.Any(i => !definitions.Any(d => i < d.End && i + form.Length > d.Start)))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<int> AllIndexes(string text, string value)
    {
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            yield return i;
        }
    }

    private static string[] Forms(string term)
    {
        var singular = Singular(term);
        var forms = new List<string> { term, term.ToUpperInvariant() };
        if (term.Any(char.IsLower) is false && term.Length > 3)
        {
            // "CONCURRENT USERS" defined in capitals and used as "Concurrent Users".
            var title = string.Join(' ', term.Split(' ').Select((w, i) =>
                i > 0 && w is "OF" or "AND" or "FOR" or "THE" or "OR" or "TO" or "IN" ? w.ToLowerInvariant()
                : w.Length > 1 ? w[0] + w[1..].ToLowerInvariant() : w));
            forms.AddRange(Forms(title));
            // "NICE INTELLECTUAL PROPERTY" used as "NICE Intellectual Property": the name stays in capitals.
            var words = term.Split(' ');
            if (words.Length > 1)
            {
                forms.Add(words[0] + title[words[0].Length..]);
            }
        }

        if (term.EndsWith("'s", StringComparison.Ordinal) || term.EndsWith("’s", StringComparison.Ordinal))
        {
            // "ECO's" defined, "ECOs" and "ECO" used.
            forms.Add(term[..^2]);
            forms.Add(term[..^2] + "s");
        }

        if (term.Any(char.IsLower) && term.Split(' ').Any(w => w.Length > 1 && !w.Any(char.IsLower)))
        {
            // "Airspan PARTIES" defined inside a clause in capitals, used as "Airspan Parties".
            forms.Add(string.Join(' ', term.Split(' ').Select(w => w.Length > 1 && !w.Any(char.IsLower) && w.Any(char.IsLetter) ? w[0] + w[1..].ToLowerInvariant() : w)));
        }

        if (term.Length > 1 && !term.Any(char.IsLower))
        {
            // "TRAIT FEE" defined, "TRAIT FEES" used.
            forms.Add(term + "S");
            forms.Add(term + "ES");
        }

        if (singular != term)
        {
            forms.Add(singular);
        }
        else
        {
            forms.Add(term + "s");
            forms.Add(term + "es");
            // "Divest" and "Divested": a term defined as a verb is used in its other forms.
            forms.Add(term + "ed");
            forms.Add(term + "d");
            forms.Add(term + "ing");
            if (term.EndsWith('y'))
            {
                forms.Add(term[..^1] + "ies");
            }
        }

        return [.. forms.Distinct(StringComparer.Ordinal)];
    }

    private static string Singular(string term) =>
        term.EndsWith("ies", StringComparison.Ordinal) ? term[..^3] + "y"
        : term.EndsWith("ses", StringComparison.Ordinal) || term.EndsWith("xes", StringComparison.Ordinal) ? term[..^2]
        : term.EndsWith('s') && !term.EndsWith("ss", StringComparison.Ordinal) ? term[..^1]
        : term;

    private static bool IsKnown(string term, HashSet<string> known, string knownText)
    {
        if (known.Contains(Singular(term)))
        {
            return true;
        }

        // "Licensed Product Royalties" builds on "Licensed Product"; "Product" is part of "Licensed Product".
        var words = term.Split(' ');
        for (var n = words.Length - 1; n >= 1; n--)
        {
            if (known.Contains(Singular(string.Join(' ', words[..n]))) || known.Contains(Singular(string.Join(' ', words[^n..]))))
            {
                return true;
            }
        }

        // One search of all the terms joined, instead of one per term.
        return knownText.Contains(term, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The lines written all in capitals (titles and headings: "LIMITED POWER OF ATTORNEY", "EXHIBIT A - SCOPE OF WORK"), joined.</summary>
    private static string TitleLines(string text)
    {
        var titles = new System.Text.StringBuilder();
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var l = line.Trim();
            if (l.Length is > 3 and <= 120 && !l.ContainsAny(LowerLetters) && l.IndexOfAnyInRange('A', 'Z') >= 0)
            {
                titles.Append(' ').Append(l).Append(' ');
            }
        }

        return titles.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> LowerLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    /// <summary>True for a document that amends, supplements or works under another agreement: its terms are defined there.</summary>
    public static bool IsAmendment(string text) =>
        AmendmentHead().IsMatch(text.AsSpan(0, Math.Min(1_200, text.Length)));

    private static bool FollowedByDefinitionElsewhere(string text, int at)
    {
        var window = text.AsSpan(at, Math.Min(50, text.Length - at));
        return DefinedNearby().IsMatch(window);
    }

    private static string TrimTail(string term)
    {
        var words = term.Split(' ').ToList();
        while (words.Count > 0 && words[^1] is "of" or "and" or "for" or "or")
        {
            words.RemoveAt(words.Count - 1);
        }

        var t = string.Join(' ', words);
        return t.EndsWith("'s", StringComparison.Ordinal) || t.EndsWith("’s", StringComparison.Ordinal) ? t[..^2] : t.TrimEnd('\'', '’');
    }

    private static bool SameMeaning(string a, string b) =>
        a == b || a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);

    private static string Where(ContractOutline outline, int offset) =>
        outline.SectionAt(offset) is { Number: { } n } ? $"section {n.TrimEnd('.')}" : $"offset {offset}";

    private static string Describe(string term, bool japanese) => japanese ? $"「{term}」" : $"\"{term}\"";

    // Words that make a capitalised phrase a name, an institution, a date or a document, not a defined term.
    private static readonly HashSet<string> NotTermWords = new(StringComparer.Ordinal)
    {
        "Agreement", "Agreements", "Amendment", "Contract", "Addendum", "Schedule", "Schedules", "Exhibit", "Exhibits",
        "Annex", "Annexes", "Appendix", "Appendices", "Attachment", "Section", "Sections", "Subsection", "Subsections", "Paragraphs", "Item", "Items", "Article", "Articles", "Clause", "Clauses", "Paragraph",
        "Party", "Parties", "Act", "Code", "Law", "Laws", "Rule", "Rules", "Regulation", "Regulations", "Commission",
        "Court", "Courts", "Office", "Department", "Agency", "Bureau", "Association", "Board", "Exchange", "Treaty",
        "Convention", "Government", "Institute", "University", "Bank", "Corporation", "Inc", "Ltd", "LLC", "Company",
        "Group", "Holdings", "Federal", "State", "States", "Internet", "January", "February", "March", "April", "May",
        "June", "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "English", "Japanese", "Chinese", "Internal", "Revenue", "Securities",
        "Mr", "Ms", "Mrs", "Dr", "President", "Chief", "Officer", "Director", "Directors", "Secretary", "Chairman",
        "Manager", "Vice", "God", "Nations", "Republic", "United", "Kingdom", "Union", "City", "County", "Province", "Street",
        "Avenue", "Road", "Suite", "Attachments", "Web", "Website", "Site", "Sites", "Patent", "Patents", "Trademark", "Floor", "Plaza", "Building", "Center", "Centre", "Arbitration", "Chamber", "Tribunal",
    };

    [GeneratedRegex(@"[“""](?<q>[A-Z][^“”""\n]{0,60})", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex QuotedText();

    // "Affiliates and Associates (as hereinafter defined)", "Closing Date, as defined below".
    // "the Territory specified in Exhibit B", "the Price, as set out in Schedule 4": defined by what it points at.
    [GeneratedRegex(@"^[\s,(]*(?:as\s+(?:such\s+terms?\s+(?:is|are)\s+)?(?:hereinafter\s+|herein\s+|below\s+|above\s+|each\s+)?defined|as\s+defined|defined\s+(?:below|herein|in)\b|\(?hereinafter|(?:as\s+)?(?:set\s+(?:forth|out)|described|specified|identified|listed)\s+(?:in|on|at)\s+(?:the\s+)?(?-i:[A-Z])|(?:in|on)\s+(?:Exhibit|Schedule|Annex|Appendix|Attachment)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex DefinedNearby();

    // The head of an amendment, addendum or statement of work: its capitalised terms are the main agreement's.
    [GeneratedRegex(@"\bAMENDMENT\b|\bAmendment\s+(?:No\.|Number|#|to)|\b(?:First|Second|Third|Fourth|Fifth|Sixth)\s+Amendment\b|\bADDENDUM\b|\bAddendum\s+(?:No\.|Number|to)|\b(?:hereby\s+)?amends\b|\bSTATEMENT\s+OF\s+WORK\b|\bStatement\s+of\s+Work\b", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex AmendmentHead();

    // "capitalised terms used (but) not (otherwise) defined herein have the meanings given in …"
    [GeneratedRegex(@"capitali[sz]ed\s+terms?\s+(?:used\s+)?(?:herein\s+|in\s+this\s+\w+\s+)?(?:and|but|that\s+are|which\s+are)?\s*not\s+(?:otherwise\s+)?defined|terms\s+not\s+(?:otherwise\s+)?defined\s+(?:herein|in\s+this)|have\s+the\s+(?:respective\s+)?meanings?\s+(?:given|set\s+forth|ascribed|assigned)\s+(?:to\s+(?:them|such\s+terms)\s+)?in\s+the\s+(?-i:[A-Z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex DefinedElsewhere();

    // "the Licensed Products", "such Confidential Information", "any Improvement": a determiner, then 1-4
    // capitalised words (not in capitals, not after a sentence end).
    [GeneratedRegex(@"\b(?:the|such|any|each|all|no|said|this|these|other|its|their)\s+(?<t>[A-Z][a-z][A-Za-z’'-]*(?: (?:of |and |for )?[A-Z][a-z][A-Za-z’'-]*){0,3})(?![A-Za-z])", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex Determined();
}
