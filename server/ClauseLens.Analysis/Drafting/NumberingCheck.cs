using System.Globalization;
using System.Text.RegularExpressions;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Segmentation;

namespace ClauseLens.Analysis.Drafting;

/// <summary>
/// Gaps and repeats in section numbers (3, 5, 6; 6.2 twice; 第3条 then 第5条) and in list items
/// ((a), (b), (d)). Each schedule numbers afresh. A number the segmenter did not take as a heading but
/// that is written where the gap is counts as present: the check reports what is missing from the text,
/// not from the segmentation.
/// </summary>
internal static partial class NumberingCheck
{
    private const int MinSections = 3;
    // A jump further than this is a different numbering (an amount, a schedule), not a lost section.
    private const int MaxGap = 3;
    private const int MinBody = 120;
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(RegexTimeouts.Milliseconds);

    public static IEnumerable<DraftingIssue> Run(ContractOutline outline)
    {
        var issues = new List<DraftingIssue>();
        // An amendment quotes the sections it replaces, out of their order.
        if (DefinitionChecks.IsAmendment(outline.Text))
        {
            return issues;
        }

        foreach (var part in Parts(outline))
        {
            issues.AddRange(Sequence(outline, part));
        }

        foreach (var section in outline.Sections.Where(s => s.Kind is ClauseKind.Section or ClauseKind.Definitions))
        {
            issues.AddRange(ListItems(outline, section));
        }

        return issues.OrderBy(i => i.Start);
    }

    /// <summary>The numbered sections of the body and of each schedule, separately.</summary>
    private static IEnumerable<List<(Section Section, int[] Number)>> Parts(ContractOutline outline)
    {
        var part = new List<(Section, int[])>();
        foreach (var s in outline.Sections)
        {
            if (s.Number is { } a && ContractOutline.AttachmentName(a) is not null || s.Kind == ClauseKind.Schedule && part.Count > 0 && part[^1].Item1.Kind != ClauseKind.Schedule)
            {
                yield return part;
                part = [];
            }

            // A heading inside a line ("… survive: Section 16.4 (Drug Master Files); Section 16.6 …") or a
            // table-of-contents entry is not where a section is numbered: only sections that open a line and
            // hold a body count.
            // A table-of-contents entry or an "[Intentionally omitted]" section has no body: it neither
            // opens a gap nor closes one (a number written between two sections still counts, below).
            if (s.Kind is ClauseKind.Section or ClauseKind.Definitions or ClauseKind.Schedule && s.Number is { } n && ContractOutline.Normalise(n) is { } v
                && outline.OpensLine(s.Start) && HasBody(outline.Text, s))
            {
                part.Add((s, [.. v.Split('.').Select(x => int.Parse(x, CultureInfo.InvariantCulture))]));
            }
        }

        yield return part;
    }

    private static IEnumerable<DraftingIssue> Sequence(ContractOutline outline, List<(Section Section, int[] Number)> part)
    {
        if (part.Count(p => p.Number.Length == 1) < MinSections && part.Count < MinSections)
        {
            yield break;
        }

        var text = outline.Text;
        var seen = new Dictionary<string, Section>(StringComparer.Ordinal);
        int[]? previous = null;
        Section? previousSection = null;
        foreach (var (section, number) in part)
        {
            var key = string.Join('.', number);
            if (seen.TryGetValue(key, out var first) && first.Heading != section.Heading
                && first.End - first.Start >= MinBody && section.End - section.Start >= MinBody)
            {
                yield return new DraftingIssue(DraftingCheck.Numbering, Severity.Low, $"{Name(section)} appears twice", NumberAt(text, section).Start, NumberAt(text, section).End);
            }

            seen.TryAdd(key, section);
            if (previous is not null && previousSection is not null && Gap(previous, number) is { Count: > 0 } missing
                && !missing.Any(m => WrittenBetween(text, m, previousSection.Start, Math.Max(section.Start, NumberAt(text, section).Start), section.Number!)))
            {
                yield return new DraftingIssue(DraftingCheck.Numbering, Severity.Low,
                    $"{Name(section)} follows {Format(previous, section.Number!)}; missing {string.Join(", ", missing.Select(m => Format(m, section.Number!)))}",
                    NumberAt(text, section).Start, NumberAt(text, section).End);
            }

            previous = number;
            previousSection = section;
        }
    }

    /// <summary>True when the section holds prose: a sentence end after a lower-case word, or a run of lower-case text.</summary>
    private static bool HasBody(string text, Section section)
    {
        var lower = 0;
        for (var i = section.Start; i < section.End && i < text.Length; i++)
        {
            if (char.IsLower(text[i]))
            {
                lower++;
                if (lower >= 60 || i + 2 < text.Length && text[i + 1] == '.' && char.IsWhiteSpace(text[i + 2]) && lower >= 12)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Where the section's number is written (at or just after its start).</summary>
    private static (int Start, int End) NumberAt(string text, Section section)
    {
        var number = section.Number!;
        var at = text.IndexOf(number, section.Start, Math.Min(section.End - section.Start, number.Length + 20), StringComparison.Ordinal);
        return at < 0 ? (section.Start, section.Start + 1) : (at, at + number.Length);
    }

    /// <summary>The numbers skipped between <paramref name="a"/> and <paramref name="b"/> (3 → 5: 4; 6.1 → 6.3: 6.2; 6.3 → 8: 7).</summary>
    private static List<int[]> Gap(int[] a, int[] b)
    {
        var missing = new List<int[]>();
        if (b.Length == 1)
        {
            for (var n = a[0] + 1; n < b[0] && b[0] - a[0] <= MaxGap; n++)
            {
                missing.Add([n]);
            }
        }
        else if (b.Length == a.Length && a[..^1].SequenceEqual(b[..^1]))
        {
            for (var n = a[^1] + 1; n < b[^1] && b[^1] - a[^1] <= MaxGap; n++)
            {
                missing.Add([.. b[..^1], n]);
            }
        }
        else if (b.Length == 2 && a[0] + 1 == b[0] && b[1] is > 1 and <= MaxGap && a.Length >= 1)
        {
            // 5.x then 6.3: 6.1 and 6.2 are missing, unless section 6 has a heading of its own (checked by the caller's text test).
            for (var n = 1; n < b[1]; n++)
            {
                missing.Add([b[0], n]);
            }
        }
        else if (b.Length == 2 && b[0] > a[0] + 1 && b[0] - a[0] <= MaxGap)
        {
            for (var n = a[0] + 1; n < b[0]; n++)
            {
                missing.Add([n]);
            }
        }

        return missing;
    }

    /// <summary>True when <paramref name="number"/> is written between the two sections (a heading the segmenter passed over).</summary>
    private static bool WrittenBetween(string text, int[] number, int from, int to, string style)
    {
        var dotted = string.Join('.', number);
        var pattern = style.StartsWith('第')
            ? $"第(?:{number[0]}|{Kanji(number[0])}|{FullWidth(number[0])})条"
            : $@"(?<![\d.]){Regex.Escape(dotted)}(?![\d])|\b[A-Z][a-z]*\s+{Regex.Escape(dotted)}\b|\b{Roman(number[0])}\b";
        return number.Length == 1 && Regex.IsMatch(text.AsSpan(from, to - from), pattern, RegexOptions.CultureInvariant, Timeout)
            || number.Length > 1 && (Regex.IsMatch(text.AsSpan(from, to - from), $@"(?<![\d.]){Regex.Escape(dotted)}(?![\d])", RegexOptions.CultureInvariant, Timeout)
                // "12.01" is how some contracts write 12.1.
                || Regex.IsMatch(text.AsSpan(from, to - from), $@"(?<![\d.]){Regex.Escape(string.Join('.', number[..^1]))}\.0{number[^1]}(?![\d])", RegexOptions.CultureInvariant, Timeout));
    }

    private static IEnumerable<DraftingIssue> ListItems(ContractOutline outline, Section section)
    {
        var text = outline.Text;
        var last = -1;
        var lastAt = 0;
        // Scan the section alone: a scan from its start to the next match could cross the whole document.
        var body = text[section.Start..section.End];
        foreach (Match found in Item().Matches(body))
        {
            var m = (Index: section.Start + found.Index, found.Length, found.Groups);
            var letter = m.Groups["l"].Value[0] - 'a';
            if (letter == 0)
            {
                last = 0;
                lastAt = m.Index;
                continue;
            }

            if (last < 0 || letter <= last)
            {
                // A roman (i), a restart or a list we did not see begin: follow it only from its (a).
                last = letter == last + 1 ? letter : last;
                continue;
            }

            if (letter == last + 1)
            {
                last = letter;
                lastAt = m.Index;
                continue;
            }

            if (letter - last <= 2 && !IsRomanRun(m.Groups["l"].Value[0], last))
            {
                var skipped = Enumerable.Range(last + 1, letter - last - 1).Select(x => $"({(char)('a' + x)})").ToList();
                if (!skipped.Any(s => text.IndexOf(s, lastAt, m.Index - lastAt, StringComparison.Ordinal) >= 0))
                {
                    yield return new DraftingIssue(DraftingCheck.Numbering, Severity.Low,
                        $"item {m.Groups["l"].Value} follows ({(char)('a' + last)}) in {Name(section)}; missing {string.Join(", ", skipped)}", m.Index, m.Index + m.Length);
                }
            }

            last = -1;
        }
    }

    // (v) after (a)…(e)? Only "(i)" jumps in letters look like roman lists; (v) and (x) after a short run too.
    private static bool IsRomanRun(char letter, int last) => letter is 'i' or 'v' or 'x' && last < letter - 'a' - 1;

    private static string Name(Section section) =>
        section.Number is { } n && n.StartsWith('第') ? n : $"section {section.Number?.TrimEnd('.')}";

    private static string Format(int[] number, string style) =>
        style.StartsWith('第') ? $"第{number[0]}条" : string.Join('.', number);

    private static string Kanji(int n) => n switch
    {
        < 10 => "〇一二三四五六七八九"[n].ToString(),
        < 20 => "十" + (n % 10 == 0 ? "" : Kanji(n % 10)),
        _ => Kanji(n / 10) + "十" + (n % 10 == 0 ? "" : Kanji(n % 10)),
    };

    private static string FullWidth(int n) =>
        new([.. n.ToString(CultureInfo.InvariantCulture).Select(c => (char)(c - '0' + '０'))]);

    private static string Roman(int n) => n switch
    {
        >= 10 => "X" + Roman(n - 10),
        9 => "IX",
        >= 5 => "V" + Roman(n - 5),
        4 => "IV",
        _ => new string('I', n),
    };

    // A list item at a line start or after ":", ";" or a sentence end: "(a)", "(b)"; not "2(a)" or "Section 3(b)".
    [GeneratedRegex(@"(?:(?<=^|\n)[ \t]*|(?<=[:;.][ \t]{0,3}(?:and|or)?[ \t]{0,3}))\((?<l>[a-z])\)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex Item();
}
