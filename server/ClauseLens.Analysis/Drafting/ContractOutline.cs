using System.Text.RegularExpressions;
using ClauseLens.Analysis.Segmentation;
using ClauseLens.Analysis.Writing;

namespace ClauseLens.Analysis.Drafting;

/// <summary>
/// The structure the drafting checks read: the segmented sections (long sections cut into parts by
/// the segmenter are one section again), the section numbers and attachments the document has, and
/// where its schedules begin. Numbers are kept normalised ("3.2", "5" for "ARTICLE V" and "第5条").
/// </summary>
internal sealed partial class ContractOutline
{
    private readonly int[] _sectionStarts;

    public ContractOutline(ContractDocument document, IReadOnlyList<Clause> clauses)
    {
        Document = document;
        Text = document.Text;
        Clauses = clauses;
        Sections = Merge(clauses);
        _sectionStarts = [.. Sections.Select(s => s.Start)];
        ScheduleStart = clauses.FirstOrDefault(c => c.Kind == ClauseKind.Schedule)?.Start ?? Text.Length;

        Numbers = [.. Sections.Select(s => s.Number is { } n ? Normalise(n) : null)];
        foreach (var section in Sections)
        {
            if (section.Number is { } n && Normalise(n) is { } number)
            {
                (IsJapaneseNumber(n) ? JapaneseArticles : SectionNumbers).Add(number);
            }

            if (section.Number is { } a && AttachmentName(a) is { } attachment)
            {
                Attachments.Add(attachment);
            }
        }

        // The segmenter believes a number only when it fits the sequence; a reference may still point
        // at a number written at the start of a line that it read as a list item. Count those too.
        foreach (Match m in LineNumber().Matches(Text))
        {
            SectionNumbers.Add(m.Groups["n"].Value.TrimEnd('.'));
        }

        // "… as follows. 11.9 Assignment. …": a number after a sentence end, then a capitalised word.
        foreach (Match m in InlineNumber().Matches(Text))
        {
            SectionNumbers.Add(m.Groups["n"].Value);
        }

        // "ARTICLE II EQUIPMENT     Section 2.1 Equipment Purchase. …": a keyword heading run into the
        // text after a sentence end, a word in capitals or a wide gap.
        foreach (Match m in InlineKeywordHeading().Matches(Text))
        {
            SectionNumbers.Add(m.Groups["n"].Value.TrimEnd('.'));
        }

        foreach (Match m in LineAttachment().Matches(Text))
        {
            Attachments.Add(Key(m.Groups["k"].Value, m.Groups["id"].Value));
        }

        // A title before the id: "Form of Escrow Agreement, Exhibit C" or "Gas Payment Shortfall Claim
        // Example Calculation Appendix F-1" ending its line, or "STATEMENT OF WORK - APPENDIX A" in capitals
        // at the start of a line.
        foreach (Match m in TitledAttachment().Matches(Text))
        {
            Attachments.Add(Key(m.Groups["k"].Value, m.Groups["id"].Value));
        }
    }

    public ContractDocument Document { get; }

    public string Text { get; }

    public IReadOnlyList<Clause> Clauses { get; }

    /// <summary>Sections in document order, each part-run of the segmenter merged into one.</summary>
    public IReadOnlyList<Section> Sections { get; }

    /// <summary>The normalised number of each of <see cref="Sections"/> (same index), null when it has none.</summary>
    public IReadOnlyList<string?> Numbers { get; }

    /// <summary>Offset where the first schedule/exhibit begins (text length when there is none).</summary>
    public int ScheduleStart { get; }

    /// <summary>Section numbers present ("3", "3.2", "5" for ARTICLE V).</summary>
    public HashSet<string> SectionNumbers { get; } = new(StringComparer.Ordinal);

    /// <summary>Japanese article numbers present ("5" for 第5条).</summary>
    public HashSet<string> JapaneseArticles { get; } = new(StringComparer.Ordinal);

    /// <summary>Attachments present, as "exhibit a", "schedule 1", "別紙1".</summary>
    public HashSet<string> Attachments { get; } = new(StringComparer.Ordinal);

    /// <summary>The section holding <paramref name="offset"/>, or null before the first one.</summary>
    public Section? SectionAt(int offset)
    {
        var i = Array.BinarySearch(_sectionStarts, offset);
        if (i < 0)
        {
            i = ~i - 1;
        }

        return i >= 0 && offset < Sections[i].End + 3 ? Sections[i] : null;
    }

    /// <summary>The first segmenter clause holding <paramref name="offset"/> (for the finding's clause id).</summary>
    public Clause? ClauseAt(int offset)
    {
        Clause? found = null;
        foreach (var c in Clauses)
        {
            if (c.Start > offset)
            {
                break;
            }

            found = c;
        }

        return found;
    }

    /// <summary>True when only white space stands between <paramref name="offset"/> and the start of its line.</summary>
    public bool OpensLine(int offset) => Whitespace.OpensLine(Text, offset);

    /// <summary>True when <paramref name="offset"/> lies in a heading line of a section (its number and title).</summary>
    public bool InHeading(int offset) =>
        SectionAt(offset) is { } s && offset < s.Start + HeadingLength(s);

    private int HeadingLength(Section s) =>
        (s.Number?.Length ?? 0) + (s.Heading?.Length ?? 0) + 12;

    /// <summary>"3.2." → "3.2"; "Section 4" → "4"; "ARTICLE V" → "5"; "第5条" → "5"; null for letters and attachments.</summary>
    public static string? Normalise(string number)
    {
        var n = number.Trim().TrimEnd('.', ')', ':');
        var m = KeywordNumber().Match(n);
        if (m.Success)
        {
            n = m.Groups["n"].Value;
        }

        if (n.StartsWith('第') && n.EndsWith('条'))
        {
            var v = NumberValue.FromJapanese(n[1..^1]);
            return v > 0 ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        }

        if (n.Length > 0 && n.All(c => char.IsAsciiDigit(c) || c == '.'))
        {
            return n.TrimEnd('.');
        }

        var roman = NumberValue.FromRoman(n);
        return n.Length > 0 && n.All(char.IsAsciiLetterUpper) && roman > 0 ? roman.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>"EXHIBIT A" → "exhibit a"; "Schedule 1" → "schedule 1"; "別紙1" → "別紙1"; null otherwise.</summary>
    public static string? AttachmentName(string number)
    {
        var m = AttachmentNumber().Match(number.Trim());
        return m.Success ? Key(m.Groups["k"].Value, m.Groups["id"].Value) : null;
    }

    /// <summary>The normalised name of an attachment: kind in lower case, id without punctuation.</summary>
    public static string Key(string kind, string id)
    {
        var k = kind.ToLowerInvariant();
        if (k.StartsWith("別紙", StringComparison.Ordinal) || k.StartsWith("別表", StringComparison.Ordinal))
        {
            var v = NumberValue.FromJapanese(id.Length == 0 ? "1" : id);
            return $"{k[..2]}{Math.Max(v, 1)}";
        }

        return $"{k.TrimEnd('s')} {id.ToLowerInvariant().Trim('-', '.')}";
    }

    private static bool IsJapaneseNumber(string n) => n.TrimStart().StartsWith('第');

    private static List<Section> Merge(IReadOnlyList<Clause> clauses)
    {
        var sections = new List<Section>();
        foreach (var c in clauses)
        {
            if (sections.Count > 0 && sections[^1] is var last && last.Number == c.Number && last.Heading == c.Heading && last.Kind == c.Kind && c.Number is not null)
            {
                sections[^1] = last with { End = c.End, ParagraphEnd = c.ParagraphEnd };
                continue;
            }

            sections.Add(new Section(c.Id, c.Number, c.Heading, c.Kind, c.ParagraphStart, c.ParagraphEnd, c.Start, c.End));
        }

        return sections;
    }

    [GeneratedRegex(@"^(?:(?i:section|article|clause|paragraph)\s+)(?<n>[0-9IVXLC.]+)$", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex KeywordNumber();

    // "1.", "3.2", "Section 3.2", "ARTICLE 5" at the start of a line.
    [GeneratedRegex(@"(?m:^)[ \t]*(?:(?i:section|article|clause)\s+)?(?<n>\d{1,3}(?:\.\d{1,3}){0,3}\.?)(?=[ \t)]|$)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex LineNumber();

    // "… as follows. 11.9 Assignment." or, for a number of three levels or more, "and   9.4.5.2 for a period …".
    [GeneratedRegex(@"(?<=[.;:)]\s{1,8}|\s{3})(?<n>\d{1,3}(?:\.\d{1,3}){1,3})\.?\s+[A-Z][a-z]|(?<=[.;:)]\s{1,8}|\s{3})(?<n>\d{1,3}(?:\.\d{1,3}){2,3})\.?\s+[a-z(]", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex InlineNumber();

    [GeneratedRegex(@"(?<=[.;:)\]”""]\s{1,8}|\b[A-Z]{2,}[ \t]{1,8}|\s{3})(?:Section|SECTION|Article|ARTICLE|Clause|CLAUSE)\s+(?<n>\d{1,3}(?:\.\d{1,3}){0,3})\.?\s+[A-Z][a-z]", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex InlineKeywordHeading();

    [GeneratedRegex(@"^(?<k>(?i:exhibit|schedule|annex|appendix|attachment|addendum|rider)|別紙|別表)\s*(?<id>[A-Za-z0-9]{0,3}(?:-\d+)?|[一二三四五六七八九十０-９0-9]{0,3})\b?", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex AttachmentNumber();

    [GeneratedRegex(@"(?m)^[ \t]*(?:(?!(?:See|As|Per|In|Under|Pursuant|Refer)\b)(?:[A-Z][\w&'’-]*[ \t]+(?:(?:of|and|for|to|the|on|in)[ \t]+)*){1,10}(?<k>Exhibit|Schedule|Annex|Appendix|Attachment|EXHIBIT|SCHEDULE|ANNEX|APPENDIX|ATTACHMENT)[ \t]+(?<id>[A-Z]{1,2}(?:-\d+)?|\d{1,3}(?:-\d+)?)[ \t]*$|[A-Z][^\n.;]{1,80}?[ \t]*[,–—:-][ \t]*(?<k>Exhibit|Schedule|Annex|Appendix|Attachment|EXHIBIT|SCHEDULE|ANNEX|APPENDIX|ATTACHMENT)[ \t]+(?<id>[A-Z]{1,2}(?:-\d+)?|\d{1,3}(?:-\d+)?)[ \t]*$|[A-Z][A-Z &'’,–—:-]{2,80}?[ \t]*(?<k>EXHIBIT|SCHEDULE|ANNEX|APPENDIX|ATTACHMENT)[ \t]+(?<id>[A-Z]{1,2}(?:-\d+)?|\d{1,3}(?:-\d+)?)(?![\w.]))", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex TitledAttachment();

    // An attachment heading at the start of a line: "EXHIBIT B", "Schedule 2 – Fees", "別紙1".
    [GeneratedRegex(@"(?m:^)[ \t]*(?<k>(?i:exhibit|schedule|annex|appendix|attachment|addendum|rider)|別紙|別表)[ \t]*(?<id>[A-Za-z]{1,2}(?:-\d+)?|\d{1,3}(?:-\d+)?|[一二三四五六七八九十０-９]{1,3})?(?![\w.])", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex LineAttachment();
}

/// <summary>A section of the contract: one run of segmenter clauses with the same number and heading.</summary>
internal sealed record Section(
    string Id, string? Number, string? Heading, ClauseKind Kind, int ParagraphStart, int ParagraphEnd, int Start, int End);
