using System.Text.RegularExpressions;
using ClauseLens.Analysis.Writing;

namespace ClauseLens.Analysis.Segmentation;

/// <summary>
/// Walks one document's heading candidates in order and groups the text into clause drafts. It
/// keeps the state a reader keeps: which part of the contract we are in (preamble, recitals,
/// sections, signatures, schedules), the section numbering, and whether the last clause so far is
/// only a heading waiting for its body.
/// </summary>
internal sealed partial class ClauseAssembler(ContractDocument document)
{
    private readonly string _text = document.Text;
    private readonly HeadingParser _parser = new();
    private readonly NumberingState _numbering = new();
    private readonly List<ClauseDraft> _drafts = [];
    private bool _preambleClosed;
    private bool _sectionSeen;
    private int _definitionsMajor = -1;

    private const int MaxPreambleChars = 1500;

    private ClauseDraft? Current => _drafts.Count == 0 ? null : _drafts[^1];

    private ClauseKind Phase => Current?.Kind ?? ClauseKind.Preamble;

    /// <summary>The drafts of the whole document, in order, with their ends set; stops at the next paragraph once <paramref name="cancellationToken"/> is cancelled.</summary>
    public IReadOnlyList<ClauseDraft> Assemble(CancellationToken cancellationToken = default)
    {
        var lastEnd = -1;
        foreach (var paragraph in document.Paragraphs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (string.IsNullOrWhiteSpace(paragraph.Text))
            {
                continue;
            }

            ReadParagraph(paragraph);
            lastEnd = paragraph.End;
        }

        Close(lastEnd);
        return _drafts;
    }

    private void ReadParagraph(Paragraph paragraph)
    {
        // A preamble is a title, the parties and a date. Past that length with no structure in sight
        // (a letter agreement, an unnumbered NDA) the text is terms, and must not hide as preamble.
        var preambleOverlong = Phase == ClauseKind.Preamble && Current is { } p && paragraph.Start - p.Start > MaxPreambleChars;
        var closeBeforeThis = _preambleClosed && Phase is ClauseKind.Preamble or ClauseKind.Recitals;
        if (PageNoise.IsNoise(paragraph.Text))
        {
            Continue(paragraph.Start + Whitespace.Leading(paragraph.Text));
            return;
        }

        var consumedUntil = paragraph.Start;
        var closesAt = ClosingWordsEnd(paragraph);
        foreach (var (pos, site) in BoundaryScanner.Candidates(_text, paragraph.Start, paragraph.End))
        {
            if (site == CandidateSite.ParagraphStart)
            {
                Continue(pos);
            }
            else if (pos >= closesAt)
            {
                // "… the parties agree as follows: BASIC PROVISIONS 1. …" on one PDF line.
                _preambleClosed = true;
            }

            if (pos < consumedUntil)
            {
                // Inside a heading already read ("2. CHANNEL PARTNER RESPONSIBILITIES"): its title is no new heading.
                continue;
            }

            var heading = ReadHeading(pos, paragraph.End, site);

            // "… the parties agree as follows:" ends the preamble: an unnumbered paragraph after it is the
            // first term. Only body text ends an overlong preamble: titles, exhibit lists and tables of contents stay in it.
            if (site == CandidateSite.ParagraphStart
                && (closeBeforeThis && heading is null or { Role: HeadingRole.Item or HeadingRole.Title } || preambleOverlong && heading is null))
            {
                StartNew(pos, ClauseKind.Section, null, heading?.Role == HeadingRole.Title ? heading.Title : null, heading?.End ?? pos);
                consumedUntil = heading?.End ?? pos;
                continue;
            }

            if (heading is null)
            {
                if (site == CandidateSite.ParagraphStart)
                {
                    Continue(pos);
                }

                continue;
            }

            Apply(heading);
            consumedUntil = ApplyChained(heading, paragraph.End);
        }

        if (closesAt < int.MaxValue)
        {
            _preambleClosed = true;
        }
    }

    /// <summary>The heading at <paramref name="pos"/> as the contract so far reads it, or null.</summary>
    private Heading? ReadHeading(int pos, int paragraphEnd, CandidateSite site)
    {
        var heading = _parser.Parse(_text, pos, paragraphEnd, site);
        if (heading is not { IsNumberedSection: true })
        {
            return heading;
        }

        // "WHEREAS, 1. Talent is … 2. Company has …" and "1. DEFINITIONS … 2. "Materials" means …": a
        // numbered list inside the recitals or the definitions, not the contract's next section.
        var listInRecitals = Phase == ClauseKind.Recitals && !_preambleClosed && heading.Title is null;
        var listInDefinitions = Phase == ClauseKind.Definitions && heading is { Role: HeadingRole.Article, IsDefinedTerm: true };
        return heading.Style == NumberStyle.Plain && (listInRecitals || listInDefinitions)
            ? heading with { Role = HeadingRole.Item }
            : _numbering.Resolve(heading, inline: site != CandidateSite.ParagraphStart);
    }

    /// <summary>Offset just past "agree as follows" when this paragraph of the preamble or recitals holds it.</summary>
    private int ClosingWordsEnd(Paragraph paragraph)
    {
        if (_preambleClosed || Phase is not (ClauseKind.Preamble or ClauseKind.Recitals))
        {
            return int.MaxValue;
        }

        var m = AgreeAsFollows().Match(paragraph.Text);
        return m.Success ? paragraph.Start + m.Index + m.Length : int.MaxValue;
    }

    /// <summary>
    /// A heading may be followed straight away by another with no sentence end between them
    /// ("BASIC PROVISIONS 1. Joint …", "ARTICLE 7 CONFIDENTIALITY 7.1 …"). Returns where reading resumes.
    /// </summary>
    private int ApplyChained(Heading heading, int paragraphEnd)
    {
        const int MaxChain = 3;
        var end = heading.End;
        for (var i = 0; i < MaxChain && heading.Role is HeadingRole.Title or HeadingRole.Article or HeadingRole.Subsection or HeadingRole.Schedule or HeadingRole.Recitals; i++)
        {
            var next = end;
            while (next < paragraphEnd && HeadingParser.IsSpace(_text[next]))
            {
                next++;
            }

            if (next == end || next >= paragraphEnd || _parser.Parse(_text, next, paragraphEnd, CandidateSite.SentenceEnd) is not { } chained
                || chained.Role is HeadingRole.Title || _numbering.Resolve(chained, inline: true) is not { } resolved)
            {
                break;
            }

            Apply(resolved);
            heading = resolved;
            end = Math.Max(resolved.End, next + 1);
        }

        return end;
    }

    private void Apply(Heading h)
    {
        switch (h.Role)
        {
            case HeadingRole.Signature:
                if (Phase is not (ClauseKind.Signature or ClauseKind.Schedule))
                {
                    // Whatever follows the signatures numbers itself afresh ("Additional Provisions 1. …").
                    _numbering.Reset();
                    StartNew(h.Start, ClauseKind.Signature, null, null, h.End);
                }

                break;
            case HeadingRole.Schedule:
                if (Phase != ClauseKind.Preamble && IsFilingLabel(h))
                {
                    // "1. 2. 2.1 … EXHIBIT 1.1 Strategic Alliance Agreement": list numbers a PDF extraction
                    // kept without their text, then the filing's exhibit label. The contract starts here.
                    _numbering.Reset();
                    _sectionSeen = false;
                    StartNew(h.Start, ClauseKind.Preamble, null, null, h.Start);
                }
                else if (Phase != ClauseKind.Preamble && !TryMergeIntoHeadingOnly(h))
                {
                    _numbering.Reset();
                    StartNew(h.Start, ClauseKind.Schedule, h.Number, h.Title, h.End);
                }

                break;
            case HeadingRole.Recitals:
                if (Phase == ClauseKind.Preamble)
                {
                    StartNew(h.Start, ClauseKind.Recitals, null, h.Title, h.End);
                }

                break;
            case HeadingRole.Item:
                if (Current is null)
                {
                    StartNew(h.Start, ClauseKind.Preamble, null, null, h.Start);
                }
                else
                {
                    Current.ItemStarts.Add(h.Start);
                }

                break;
            case HeadingRole.Title:
                ApplyTitle(h);
                break;
            default:
                ApplySection(h);
                break;
        }
    }

    /// <summary>An exhibit label before the document's first word labels the filing, not a schedule of the contract.</summary>
    private bool IsFilingLabel(Heading h)
    {
        for (var i = 0; i < h.Start; i++)
        {
            if (char.IsLetter(_text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private void ApplyTitle(Heading h)
    {
        if (Phase == ClauseKind.Preamble && !_preambleClosed || Phase == ClauseKind.Signature || TryMergeIntoHeadingOnly(h) || Phase == ClauseKind.Schedule)
        {
            // A title in the preamble is the contract's name; in the signature block, a party's name;
            // in an exhibit, mostly table captions: none of them opens a clause.
            Continue(h.Start);
            return;
        }

        var kind = Phase == ClauseKind.Schedule ? ClauseKind.Schedule : KindOf(h);
        StartNew(h.Start, kind, null, h.Title, h.End);
    }

    private void ApplySection(Heading h)
    {
        if (TryMergeIntoHeadingOnly(h))
        {
            return;
        }

        // Numbered text after the signatures is an exhibit's, unless the signatures came first
        // (a cover page signed up front, as some filings do) and no section has been read yet.
        var afterSignatures = Phase == ClauseKind.Schedule || Phase == ClauseKind.Signature && _sectionSeen;
        var kind = afterSignatures ? ClauseKind.Schedule : KindOf(h);
        StartNew(h.Start, kind, h.Number, h.Title, h.End);
    }

    /// <summary>
    /// A heading standing alone ("ARTICLE 7 – CONFIDENTIALITY", "第5条（秘密保持）", "ARTICLE I" then
    /// "DEFINITIONS") takes the text that follows instead of becoming an empty clause.
    /// </summary>
    private bool TryMergeIntoHeadingOnly(Heading h)
    {
        var d = Current;
        if (d is null || d.Kind is ClauseKind.Preamble or ClauseKind.Signature || HasBody(d, h.Start))
        {
            return false;
        }

        switch (h.Role)
        {
            case HeadingRole.Item:
            case HeadingRole.Subsection when d.Number is not null:
                d.BodyFrom = h.Start;
                return true;
            case HeadingRole.Article when d.Heading is null && d.Number is not null && d.Kind != ClauseKind.Schedule && h.Number != d.Number:
                // A column of bare numbers ("2." "3." … "8.") left by PDF extraction: the last one owns the text.
                d.Number = h.Number;
                d.Heading = h.Title;
                d.BodyFrom = h.End;
                d.Kind = KindOf(h);
                return true;
            case HeadingRole.Article when h.Style == NumberStyle.Japanese && h.Number == d.Number:
                d.Heading ??= h.Title;
                d.BodyFrom = h.End;
                return true;
            case HeadingRole.Title when d.Number is not null && d.Heading is null:
                d.Heading = h.Title;
                d.BodyFrom = h.End;
                d.Kind = d.Kind == ClauseKind.Schedule ? d.Kind : KindOf(h with { Number = d.Number, Major = _numbering.LastTop });
                return true;
            case HeadingRole.Article or HeadingRole.Subsection when d.Kind == ClauseKind.Schedule && d.Number is not null:
                // "EXHIBIT A" / "LIST OF PATENTS" / "1. …": the exhibit's own numbering starts its body.
                d.BodyFrom = h.End;
                return true;
            case HeadingRole.Article or HeadingRole.Subsection when d.Number is null && d.Kind is not ClauseKind.Recitals:
                // "BASIC PROVISIONS" then "1. Joint Content License": the numbered heading names the clause.
                d.Number = h.Number;
                d.Heading = h.Title ?? d.Heading;
                d.BodyFrom = h.End;
                d.Kind = d.Kind == ClauseKind.Schedule ? d.Kind : KindOf(h);
                return true;
            default:
                return false;
        }
    }

    private bool HasBody(ClauseDraft d, int upTo)
    {
        for (var i = d.BodyFrom; i < upTo; i++)
        {
            if (!char.IsWhiteSpace(_text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private ClauseKind KindOf(Heading h)
    {
        if (h.Title is not null && DefinitionsTitle().IsMatch(h.Title))
        {
            _definitionsMajor = h.Role == HeadingRole.Title ? _numbering.LastTop : h.Major;
            return ClauseKind.Definitions;
        }

        if (h.IsDefinedTerm || h.Role == HeadingRole.Subsection && h.Major == _definitionsMajor && h.Major >= 0)
        {
            return ClauseKind.Definitions;
        }

        if (h.Role == HeadingRole.Article)
        {
            _definitionsMajor = -1;
        }

        return ClauseKind.Section;
    }

    private void Continue(int pos)
    {
        if (Current is null)
        {
            StartNew(pos, ClauseKind.Preamble, null, null, pos);
        }
    }

    private void StartNew(int start, ClauseKind kind, string? number, string? heading, int bodyFrom)
    {
        _sectionSeen |= kind is ClauseKind.Section or ClauseKind.Definitions;
        Close(start);
        _drafts.Add(new ClauseDraft(start, kind, number, heading, bodyFrom));
    }

    /// <summary>Ends the current draft before <paramref name="next"/>, leaving out trailing white space.</summary>
    private void Close(int next)
    {
        if (Current is not { } d)
        {
            return;
        }

        var end = next;
        while (end > d.Start && char.IsWhiteSpace(_text[end - 1]))
        {
            end--;
        }

        d.End = end;
    }

    [GeneratedRegex(@"(?i)\bnow,?\s(?:therefore|then)\b|\b(?:agrees?|covenant)\s(?:as\sfollows|hereby\sas\sfollows)|hereby\s(?:mutually\s)?agrees?\s(?:that|to\sthe\sfollowing|as\sfollows)|次のとおり(?:契約|合意)", RegexOptions.NonBacktracking, RegexTimeouts.Milliseconds)]
    private static partial Regex AgreeAsFollows();

    [GeneratedRegex(@"(?i)\bdefinitions?\b|defined\sterms|^interpretation|定義", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex DefinitionsTitle();
}
