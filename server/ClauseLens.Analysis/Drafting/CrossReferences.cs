using System.Globalization;
using System.Text.RegularExpressions;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Segmentation;
using ClauseLens.Analysis.Writing;

namespace ClauseLens.Analysis.Drafting;

/// <summary>
/// References to sections, items and attachments ("Section 9.4", "Clause 7(b)", "paragraph (c) above",
/// "Exhibit B"; 第N条第M項, 前条, 前項, 別紙N) that the document does not have. A reference into another
/// agreement or a statute ("Section 10(b) of the Securities Exchange Act") is not checked.
/// </summary>
internal static partial class CrossReferences
{
    // Fewer numbered sections than this: the document is not numbered, so a section reference cannot be checked.
    private const int MinNumbered = 3;
    // The head of an EDGAR exhibit where the filing labels the document itself.
    private const int HeaderChars = 300;

    // Capital words that follow "Schedule" in a title, not an attachment's id.
    private static readonly HashSet<string> NotAnId = new(StringComparer.Ordinal)
    {
        "OF", "OR", "TO", "IN", "ON", "AT", "AN", "AS", "BY", "IS", "IT", "NO", "SO", "UP", "FOR", "THE", "AND", "I", "A",
    };

    public static IEnumerable<DraftingIssue> Run(ContractOutline outline)
    {
        var issues = new List<DraftingIssue>();
        issues.AddRange(Sections(outline));
        issues.AddRange(Items(outline));
        issues.AddRange(Attachments(outline));
        issues.AddRange(Japanese(outline));
        return issues;
    }

    private static IEnumerable<DraftingIssue> Sections(ContractOutline outline)
    {
        var text = outline.Text;
        var numbers = outline.SectionNumbers.Select(Dotted).ToHashSet(StringComparer.Ordinal);
        // An amendment's section references are to the agreement it amends.
        if (numbers.Count < MinNumbered || Amendment().IsMatch(text.AsSpan(0, Math.Min(400, text.Length))))
        {
            yield break;
        }

        var broken = new Dictionary<string, (int Start, int End, int Count)>(StringComparer.Ordinal);
        foreach (Match m in SectionReference().Matches(text))
        {
            if (IsExternal(text, m.Index, m.Index + m.Length) || outline.InHeading(m.Index) && Whitespace.OpensLine(text, m.Index))
            {
                continue;
            }

            var keyword = m.Groups["kw"].Value;
            foreach (Capture n in m.Groups["n"].Captures)
            {
                var number = Number(n.Value);
                if (number is null || Exists(numbers, number) || BeyondNumbering(numbers, number) || WrittenAsHeading(text, n.Value))
                {
                    continue;
                }

                var name = $"{Keyword(keyword)} {n.Value.TrimEnd('.')}";
                broken[name] = broken.TryGetValue(name, out var seen) ? seen with { Count = seen.Count + 1 } : (n.Index, n.Index + n.Length, 1);
            }

            // "Section 5.2(b)": the section exists, but does it have an item (b)?
            if (m.Groups["n"].Captures.Count == 1 && m.Groups["item"].Success && Number(m.Groups["n"].Value) is { } section && numbers.Contains(section)
                && MissingItem(outline, section, m.Groups["item"].Value))
            {
                var name = $"{Keyword(keyword)} {m.Groups["n"].Value}({m.Groups["item"].Value})";
                broken[name] = broken.TryGetValue(name, out var seen) ? seen with { Count = seen.Count + 1 } : (m.Index, m.Index + m.Length, 1);
            }
        }

        foreach (var (name, at) in broken.OrderBy(b => b.Value.Start))
        {
            yield return new DraftingIssue(DraftingCheck.BrokenReference, Severity.Medium, Times(name, at.Count), at.Start, at.End);
        }
    }

    private static IEnumerable<DraftingIssue> Items(ContractOutline outline)
    {
        var text = outline.Text;
        foreach (Match m in ItemReference().Matches(text))
        {
            var item = m.Groups["i"].Value;
            var (start, end) = TopLevelSpan(outline, m.Index);
            if (end <= start)
            {
                continue;
            }

            var marker = $"({item})";
            var found = false;
            for (var i = text.IndexOf(marker, start, end - start, StringComparison.Ordinal); i >= 0 && i < end; i = text.IndexOf(marker, i + 1, end - i - 1, StringComparison.Ordinal))
            {
                if (i < m.Index || i >= m.Index + m.Length)
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                yield return new DraftingIssue(DraftingCheck.BrokenReference, Severity.Medium, $"{m.Groups["kw"].Value.ToLowerInvariant()} {marker} {m.Groups["dir"].Value.ToLowerInvariant()}", m.Index, m.Index + m.Length);
            }
        }
    }

    private static IEnumerable<DraftingIssue> Attachments(ContractOutline outline)
    {
        var text = outline.Text;
        var missing = new Dictionary<string, (int Start, int End, string Name, int Count)>(StringComparer.Ordinal);
        var amendment = DefinitionChecks.IsAmendment(text);
        foreach (Match m in AttachmentReference().Matches(text))
        {
            // The filing's own label at the top ("Exhibit 10.6 ATTACHMENT A …", "EXHIBIT 1 Corporate
            // Non-Disclosure Agreement") is not a reference; "Schedule OF CHARGES", "Schedule TO" are titles;
            // an amendment's exhibits are the amended agreement's unless it attaches them itself.
            if (Whitespace.OpensLine(text, m.Index) || m.Index < HeaderChars || IsExternalAttachment(text, m.Index + m.Length)
                || NotAnId.Contains(m.Groups["id"].Value) || amendment && !AttachedHere().IsMatch(text.AsSpan(m.Index + m.Length, Math.Min(40, text.Length - m.Index - m.Length))))
            {
                continue;
            }

            var kind = m.Groups["k"].Value;
            var key = ContractOutline.Key(kind, m.Groups["id"].Value);
            if (outline.Attachments.Contains(key) || outline.Attachments.Contains(ContractOutline.Key(kind, "")))
            {
                continue;
            }

            var name = $"{char.ToUpperInvariant(kind[0])}{kind[1..].ToLowerInvariant().TrimEnd('s')} {m.Groups["id"].Value}";
            missing[key] = missing.TryGetValue(key, out var seen) ? seen with { Count = seen.Count + 1 } : (m.Index, m.Index + m.Length, name, 1);
        }

        foreach (var (_, at) in missing.OrderBy(b => b.Value.Start))
        {
            yield return new DraftingIssue(DraftingCheck.MissingAttachment, Severity.Low, Times(at.Name, at.Count), at.Start, at.End);
        }
    }

    private static IEnumerable<DraftingIssue> Japanese(ContractOutline outline)
    {
        var text = outline.Text;
        if (outline.JapaneseArticles.Count < MinNumbered)
        {
            yield break;
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in JapaneseReference().Matches(text))
        {
            if (Whitespace.OpensLine(text, m.Index) || outline.InHeading(m.Index))
            {
                continue;
            }

            var value = NumberValue.FromJapanese(m.Groups["n"].Value).ToString(CultureInfo.InvariantCulture);
            if (!outline.JapaneseArticles.Contains(value) && reported.Add($"第{value}条"))
            {
                yield return new DraftingIssue(DraftingCheck.BrokenReference, Severity.Medium, $"第{value}条", m.Index, m.Index + m.Length);
            }
        }

        foreach (Match m in PreviousReference().Matches(text))
        {
            if (outline.SectionAt(m.Index) is not { Number: { } n } article || !n.StartsWith('第'))
            {
                continue;
            }

            var first = ContractOutline.Normalise(n) == "1";
            var broken = m.Value == "前条" ? first : !SecondParagraphBefore().IsMatch(text.AsSpan(article.Start, m.Index - article.Start));
            if (broken)
            {
                yield return new DraftingIssue(DraftingCheck.BrokenReference, Severity.Medium, $"{m.Value} ({n})", m.Index, m.Index + m.Length);
            }
        }

        var missing = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in JapaneseAttachment().Matches(text))
        {
            var key = ContractOutline.Key(m.Groups["k"].Value, m.Groups["id"].Value);
            if (!Whitespace.OpensLine(text, m.Index) && !outline.Attachments.Contains(key) && !outline.Attachments.Contains(ContractOutline.Key(m.Groups["k"].Value, "")) && missing.Add(key))
            {
                yield return new DraftingIssue(DraftingCheck.MissingAttachment, Severity.Low, key, m.Index, m.Index + m.Length);
            }
        }
    }

    /// <summary>"5.02" → "5.2"; "V" → "5"; null for what is not a section number ("409A").</summary>
    private static string? Number(string written)
    {
        var w = written.TrimEnd('.');
        if (w.All(c => char.IsAsciiDigit(c) || c == '.'))
        {
            return Dotted(w);
        }

        var roman = NumberValue.FromRoman(w);
        return roman > 0 ? roman.ToString(CultureInfo.InvariantCulture) : null;
    }

    private static string Dotted(string number) =>
        // "10.0" is how some contracts write section 10.
        string.Join('.', (number.EndsWith(".0", StringComparison.Ordinal) ? number[..^2] : number).Split('.', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v.ToString(CultureInfo.InvariantCulture) : p));

    /// <summary>
    /// True when <paramref name="number"/> is written somewhere as a heading would be: not after
    /// "Section"/"and"/"," (a reference) and followed by a capitalised word or "(" . The segmenter may
    /// have passed it over inside a long line; a reference to it is then not broken.
    /// </summary>
    private static bool WrittenAsHeading(string text, string number)
    {
        var n = number.TrimEnd('.');
        for (var i = text.IndexOf(n, StringComparison.Ordinal); i >= 0; i = text.IndexOf(n, i + 1, StringComparison.Ordinal))
        {
            var end = i + n.Length;
            if (i > 0 && (char.IsDigit(text[i - 1]) || text[i - 1] == '.') || end < text.Length && char.IsDigit(text[end]))
            {
                continue;
            }

            var before = text.AsSpan(Math.Max(0, i - 14), Math.Min(14, i)).TrimEnd();
            if (ReferenceLead().IsMatch(before))
            {
                continue;
            }

            var rest = text.AsSpan(end, Math.Min(6, text.Length - end)).TrimStart(". \t".AsSpan());
            if (rest.Length > 0 && (char.IsUpper(rest[0]) || rest[0] == '\n'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Section 501" in a contract of 17 sections is a statute's or another document's numbering.</summary>
    private static bool BeyondNumbering(HashSet<string> numbers, string number)
    {
        var top = numbers.Select(n => int.TryParse(n.Split('.')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0).DefaultIfEmpty(0).Max();
        return int.TryParse(number.Split('.')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first) && first > Math.Max(top + 3, top * 2);
    }

    /// <summary>"9" exists when section 9 or any 9.x does; "9.4" when 9.4 or any 9.4.x does.</summary>
    private static bool Exists(HashSet<string> numbers, string number) =>
        numbers.Contains(number) || numbers.Any(n => n.StartsWith(number + ".", StringComparison.Ordinal));

    private static bool MissingItem(ContractOutline outline, string section, string item)
    {
        var text = outline.Text;
        var spans = outline.Sections.Where((s, i) => outline.Numbers[i] is { } v && Dotted(v) == section).ToList();
        if (spans.Count == 0)
        {
            return false;
        }

        var bodies = spans.Select(s => text[s.Start..s.End]).ToList();
        var first = char.IsAsciiDigit(item[0]) ? "(1)" : item is "i" or "ii" or "iii" or "iv" or "v" ? "(i)" : "(a)";
        return bodies.Any(b => b.Contains(first, StringComparison.Ordinal)) && !bodies.Any(b => b.Contains($"({item})", StringComparison.Ordinal));
    }

    /// <summary>The span of the top-level section holding <paramref name="offset"/> and its sub-sections.</summary>
    private static (int Start, int End) TopLevelSpan(ContractOutline outline, int offset)
    {
        if (outline.SectionAt(offset) is not { } here)
        {
            return (0, 0);
        }

        var major = here.Number is { } n ? ContractOutline.Normalise(n)?.Split('.')[0] : null;
        if (major is null)
        {
            return (here.Start, here.End);
        }

        var same = outline.Sections.Where((s, i) => outline.Numbers[i]?.Split('.')[0] == major && s.Kind == here.Kind).ToList();
        return (same.Min(s => s.Start), same.Max(s => s.End));
    }

    private static bool IsExternal(string text, int start, int end)
    {
        var after = text.AsSpan(end, Math.Min(90, text.Length - end)).ToString();
        if (ExternalAfter().IsMatch(after) || OfAnotherDocument().IsMatch(after))
        {
            return true;
        }

        var before = text.AsSpan(Math.Max(0, start - 30), Math.Min(30, start)).ToString();
        return ExternalBefore().IsMatch(before);
    }

    private static bool IsExternalAttachment(string text, int end) =>
        ExternalAttachmentAfter().IsMatch(text.AsSpan(end, Math.Min(80, text.Length - end)).ToString());

    private static string Keyword(string written)
    {
        var k = written.ToLowerInvariant().TrimEnd('s');
        return char.ToUpperInvariant(k[0]) + k[1..];
    }

    private static string Times(string name, int count) =>
        count == 1 ? name : $"{name} (referred to {count.ToString(CultureInfo.InvariantCulture)} times)";

    // "Section 9.4", "Sections 2.1 and 2.3", "Clause 7(b)", "Article IV"; not "Section 409A" nor "Section 10.1.2a";
    // the number on the keyword's line ("this Section⏎34⏎" is a page number after a page break).
    [GeneratedRegex(@"\b(?<kw>(?i:sections?|clauses?|articles?|subsections?))[ \t\u00A0]+(?<n>\d{1,3}(?:\.\d{1,3}){0,3}|[IVX]{1,5})(?![\w.]*\d)(?!-\d)(?:\((?<item>[a-z]{1,3}|\d{1,2})\))?(?:\([a-z0-9]{1,4}\))*(?![A-Za-z0-9])(?:(?:\s*,\s*|\s+(?:and|or)\s+|\s*,\s*(?:and|or)\s+)(?<n>\d{1,3}(?:\.\d{1,3}){0,3})(?:\([a-z0-9]{1,4}\))*(?![A-Za-z0-9]))*", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex SectionReference();

    [GeneratedRegex(@"\b(?<kw>(?i:paragraph|subparagraph|sub-paragraph|clause|sub-clause|item))\s+\((?<i>[a-z]{1,3}|\d{1,2})\)\s+(?<dir>(?i:above|below))", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex ItemReference();

    // "hereto", "to this Amendment", "attached": an amendment that attaches the exhibit itself.
    [GeneratedRegex(@"^\s*,?\s*(?:hereto|herewith|to\s+this\s+(?:Amendment|Addendum)|attached)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex AttachedHere();

    // The id on the same line as its keyword ("Plan and Schedule⏎20" is a plan and a page number).
    [GeneratedRegex(@"\b(?<k>Exhibit|Schedule|Annex|Appendix|Attachment|EXHIBIT|SCHEDULE|ANNEX|APPENDIX|ATTACHMENT)s?[ \t\u00A0]{1,2}(?<id>[A-Z]{1,2}(?:-\d{1,2})?|\d{1,2}(?:-\d{1,2})?)(?![\w’'-]|\.\d)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex AttachmentReference();

    // After the reference: "of the Securities Exchange Act", "of the Purchase Agreement", "under the Code".
    [GeneratedRegex(@"^(?:\([a-z0-9]{1,4}\))*\s*,?\s*(?:thereof|thereunder|of\s+such\s+(?:other\s+)?agreement)\b|^(?:\([a-z0-9]{1,4}\))*\s*,?\s*(?:respectively,?\s*)?(?i:of|under|in|to)\s+(?:the\s+|that\s+certain\s+|an?\s+)?(?!(?:this|these|such|said)\b|hereof|herein|hereto|above|below|clause|section|paragraph|article|subsection|which|that|the\s+extent|any\b|all\b|each\b|its\b|their\b|such\b)(?:[A-Z""“]|\d|U\.S\.|title)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex ExternalAfter();

    [GeneratedRegex(@"\bAMENDMENT\b|\bAmendment\s+(?:No\.|Number|to)\b|\b(?:First|Second|Third|Fourth|Fifth)\s+Amendment\b", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex Amendment();

    // "… of each of the Company's Participation Agreements", "… of the Original Agreement": another document.
    [GeneratedRegex(@"^(?:\([a-z0-9]{1,4}\))*[^;\n]{0,60}?\b(?:of|OF)\b(?![^.;\n]{0,25}\b(?:this|these|hereof)\b)[^.;\n]{0,60}?\b(?:Agreements?|Acts?|Code|Plan|Regulations?|Directive|Contract|Lease|Indenture|Charter|Bylaws|AGREEMENTS?|ACT|CODE|(?-i:the\s+[A-Z]{3,6}\b))", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex OfAnotherDocument();

    // What stands before a number that is a reference, not a heading: "Section", "Sections 2.1 and", "Article".
    [GeneratedRegex(@"(?i:sections?|clauses?|articles?|subsections?|paragraphs?|and|or|through|to|,|§)$", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex ReferenceLead();

    // Before the reference: "Code Section 409A", "Exchange Act Section 13", "Rule 144 Section", "the Purchase Agreement,".
    [GeneratedRegex(@"(?:\b(?:Code|Act|Regulations?|Rules?|U\.S\.C\.?|C\.?F\.?R\.?|Treaty|Convention|Law)|§)\s*,?\s*$", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex ExternalBefore();

    [GeneratedRegex(@"^\s*,?\s*(?:to|of|under|attached\s+to|annexed\s+to)\s+(?:the\s+|that\s+certain\s+)?(?!(?:this|these|such|said)\b|hereof|hereto)(?-i:[A-Z""“])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex ExternalAttachmentAfter();

    // 第5条, 第5条第2項; not 民法第5条, 同法第5条, 規則第5条, 条約第5条, 令第5条.
    [GeneratedRegex(@"(?<![法令則約例])第(?<n>[0-9０-９]{1,3}|[一二三四五六七八九十百]{1,4})条", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex JapaneseReference();

    [GeneratedRegex(@"前条|前項", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex PreviousReference();

    // A second paragraph of a Japanese article: "2 …", "２．…" at a line start.
    [GeneratedRegex(@"(?:^|\n)[ \t\u3000]*(?:[2-9２-９]|[0-9０-９]{2})[ \t\u3000.．]", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex SecondParagraphBefore();

    [GeneratedRegex(@"(?<k>別紙|別表)(?<id>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex JapaneseAttachment();
}
