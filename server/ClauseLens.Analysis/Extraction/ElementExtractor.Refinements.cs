using System.Text.RegularExpressions;

namespace ClauseLens.Analysis.Extraction;

/// <summary>
/// Elements the NDA playbook checks on top of the broad ones, each with its own lower-severity rule:
/// a compelled-disclosure carve-out that also requires notice to the discloser, a return duty that
/// also applies when the agreement or the discussions end (not only on request), and the statement
/// that disclosure grants no licence. A refinement is read only near the broad element it refines
/// (its sentence and the two after it: "(a) prior written notice of such order" is often the next
/// list item), so the finding means what it says.
/// </summary>
internal static partial class ElementExtractor
{
    /// <summary>Sentences after the broad element's own that a refinement may be in.</summary>
    private const int RefinementReach = 2;

    private static IEnumerable<ElementFact> Refinements(string text, int offset, IReadOnlyList<(int Start, int End)> sentences, List<ElementFact> facts)
    {
        foreach (var (broad, refined, cue) in RefinementCues)
        {
            var seen = new HashSet<int>();
            foreach (var fact in facts.Where(f => f.Element == broad))
            {
                var at = fact.Start - offset;
                var first = IndexOfSentence(sentences, at);
                if (first < 0)
                {
                    continue;
                }

                // The sentence before is read too: "Before making a disclosure under clause 4.2, the
                // Recipient shall notify …" and "Upon termination of this Agreement, the Recipient
                // shall …" put the refinement first.
                var from = Math.Max(0, first - 1);
                var to = Math.Min(sentences.Count - 1, first + RefinementReach);
                if (!seen.Add(from * 10_000 + to))
                {
                    continue;
                }

                var start = sentences[from].Start;
                var match = cue().Match(text, start, sentences[to].End - start);
                if (match.Success)
                {
                    yield return new ElementFact(offset + match.Index, offset + match.Index + match.Length, refined);
                }
            }
        }
    }

    /// <summary>
    /// The refinement of <paramref name="broad"/> (notice for a carve-out, an end trigger for a return)
    /// in <paramref name="text"/>, as (element, start, length); null when none. For a broad element
    /// a detector found (<see cref="DetectedElements"/>), read in its unit and the units around it.
    /// </summary>
    internal static (string Element, int Index, int Length)? Refinement(string broad, string text)
    {
        foreach (var (b, refined, cue) in RefinementCues)
        {
            if (b == broad && cue().Match(text) is { Success: true } m)
            {
                return (refined, m.Index, m.Length);
            }
        }

        return null;
    }

    /// <summary>
    /// A trigger in a return's own sentence that is neither a request nor an end this reader knows
    /// ("When the Receiving Party has finished reviewing the information …, Receiving Party shall
    /// return …", "… upon written request from us, or without such request if …"), as (start,
    /// length) in <paramref name="unit"/>; null when every trigger there is a request. Such a return
    /// may well be a return at the end, worded in a way not understood: the finding that materials
    /// come back "only on request" is then uncertain, not claimed.
    /// </summary>
    internal static (int Index, int Length)? UnreadReturnTrigger(string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        foreach (Match m in ReturnTrigger().Matches(unit))
        {
            // A trigger inside brackets qualifies something else ("(which will be effective if
            // actually received …)").
            if (InsideBrackets(unit, m.Index))
            {
                continue;
            }

            if (m.Groups["without"].Success || !RequestOrManner().IsMatch(m.Value))
            {
                return (m.Index, m.Length);
            }
        }

        return null;
    }

    private static bool InsideBrackets(string unit, int at) =>
        unit.AsSpan(0, at).Count('(') > unit.AsSpan(0, at).Count(')');

    // "without such request", "without the need for a demand"; "When/Once/If/In the event … ," up to
    // the clause's end. Not "if any", "if so", "if applicable", "if practicable", "if requested".
    [GeneratedRegex(@"(?<without>\bwithout\s+(?:the\s+need\s+for\s+)?(?:(?:such|any|a|prior|written|further|formal)\s+){0,3}(?:request|demand))|\b(?:when(?:ever)?|once|if|in\s+the\s+event\s+(?:that\s+)?)\s+(?!(?:not\s+otherwise|otherwise|actually|any|so|applicable|requested|practicable|possible|feasible|necessary|required|permitted|appropriate|reasonably|such|directed|instructed|asked)\b)[^.;:,()]{3,120}", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex ReturnTrigger();

    // A trigger that is a request ("if the Disclosing Party so requests", "when asked"), or a clause
    // about how to return rather than when ("if the Recipient destroys any copies", "if it is not
    // practicable to return them", "if required by law to retain").
    [GeneratedRegex(@"request|demand|\bask|instruct|direct|requir|elect|notif|notice|destr|return|deliver|retain|retention|certif|cop(?:y|ies)|delet|eras|electronic|backup|back-up|law|regulat|legal|practic|feasib", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex RequestOrManner();

    private static readonly (string Broad, string Refined, Func<Regex> Cue)[] RefinementCues =
    [
        (FactNames.CompelledDisclosure, FactNames.CompelledDisclosureNotice, NoticeToDiscloser),
        (FactNames.ReturnOrDestroy, FactNames.ReturnAtEnd, EndOfRelationship),
    ];

    private static int IndexOfSentence(IReadOnlyList<(int Start, int End)> sentences, int at)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            if (at < sentences[i].End)
            {
                return i;
            }
        }

        return sentences.Count - 1;
    }

    // "shall promptly notify the Disclosing Party", "give … prior written notice", "inform the
    // Discloser", "advise Company", "so that the Discloser may seek a protective order", "consult
    // with the Disclosing Party", 「事前に開示者に通知」. "information" is not "inform".
    [GeneratedRegex(@"\bnotif(?:y|ies|ied|ying|ication)\b|\bnotice\b|\binform(?:s|ed|ing)?\b|\badvis(?:e|es|ed|ing)\b|\bprotective\s+order|\b(?:seek|obtain)\s+(?:a|an|any)\s+(?:\w+\s+){0,2}(?:remedy|order)|\bconsult\w*\s+with\b|\b(?:opportunity|chance)\s+to\s+(?:seek|contest|object|oppose|resist)|通知|通告|知らせ", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex NoticeToDiscloser();

    // "upon termination or expiration of this Agreement", "at the end of the discussions", "within
    // ten (10) days after the completion of the Purpose", "if the parties decide not to proceed",
    // "if you determine that you do not wish to proceed with a Transaction",
    // "when no longer needed", 「本契約が終了したとき」「契約終了後」.
    // An end that something survives or continues after ("… shall survive expiration or termination of
    // this Agreement") is the survival clause's, not the return's trigger.
    [GeneratedRegex(@"(?<!\b(?:surviv|continu)\w*\s+(?:\w+\s+){0,2})(?:\b(?:upon|on|at|after|following|with)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:termination|expiration|expiry|completion|conclusion|cessation|end)\b|\b(?:termination|expiration|expiry|completion|conclusion)\s+(?:of|or)\b)|\b(?:if|when|once|in\s+the\s+event)\b[^.;]{0,60}?\b(?:not\s+to\s+(?:proceed|enter|continue|pursue)|terminat\w+|expires?|ends?|no\s+longer)\b|\bno\s+longer\s+(?:needed|required|necessary|used)\b|\bdecides?\s+not\s+to\b|\b(?:do|does|did)\s+not\s+(?:wish|want|intend|elect)\s+to\s+(?:proceed|continue|pursue)\b|終了|満了|解除|完了", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex EndOfRelationship();

    // Disclosure grants no right: "No licence … is granted", "nothing in this Agreement shall be
    // construed as granting any right", "does not grant … any licence", "neither party acquires any
    // licence", "shall remain the property of the Disclosing Party", "is the sole and exclusive property of
    // the Company", 「いかなる権利も許諾するものではない」.
    private const string NoImpliedLicence =
        @"\bno\s+(?:\w+\s+){0,3}(?:licen[cs]es?|rights?|title|interest)\b[^.;]{0,140}?\b(?:is|are|shall\s+be|will\s+be|has\s+been|have\s+been|being)\s+(?:hereby\s+|thereby\s+)?(?:to\s+be\s+)?(?:granted|conveyed|transferred|implied|given|created|conferred)\b" +
        @"|\bno\s+(?:\w+\s+){0,3}(?:transfer|grant|assignment)\s+of\s+(?:any\s+)?(?:ownership|title|rights?|licen[cs]es?)\b" +
        @"|\bnothing\s+(?:in|contained\s+in|herein|under)\b[^.;]{0,120}?\b(?:grant\w*|confer\w*|convey\w*|vest\w*|constru\w+\s+as\s+(?:\w+\s+){0,2}(?:grant|licen|confer|transfer))\b[^.;]{0,100}?\b(?:licen[cs]e\w*|rights?|title|interest|ownership)\b" +
        @"|\b(?:shall|will|does|do)\s+not\s+(?:be\s+(?:deemed|construed)\s+to\s+)?(?:\w+\s+){0,2}(?:grant|confer|create|give|imply|acquire|obtain|receive)\w*\s+(?:to\s+)?(?:by\s+implication\s+or\s+otherwise\s+)?(?:\w+\s+){0,4}?(?:any\s+)?(?:licen[cs]es?|rights?\s+(?:in|to|under|or|on)|title|ownership)\b" +
        @"|\bnot\s+(?:be\s+)?(?:intended|construed|deemed)\b[^.;]{0,80}?\b(?:licen[cs]e|grant\w*\s+(?:of\s+)?(?:any\s+)?rights?)\b" +
        @"|\bneither\b[^.;]{0,60}?\b(?:acquires?|obtains?|receives?|grants?|shall\s+acquire|will\s+acquire)\s+(?:to\s+)?(?:the\s+)?(?:\w+\s+){0,2}?(?:any|a)\s+(?:\w+\s+){0,2}(?:licen[cs]es?|rights?|title)\b" +
        @"|\b(?:remain|be)\s+(?:at\s+all\s+times\s+)?(?:the\s+)?(?:sole\s+(?:and\s+exclusive\s+)?|exclusive\s+|express\s+|absolute\s+)?property\s+of\b|\b(?:remain|be)\s+(?:its|their)\s+(?:own|sole)\s+property\b|\b(?:is|are)\s+the\s+(?:sole\s+(?:and\s+exclusive\s+)?|exclusive\s+)property\s+of\b" +
        @"|\b(?:title|ownership|property)\b[^.;]{0,80}?\b(?:shall|will)\s+(?:at\s+all\s+times\s+)?remain\s+(?:in|with|vested\s+in)\s+(?:the\s+)?(?:Disclos\w*|owner|\w+\s+Party|such\s+party|that\s+party)" +
        @"|(?:知的財産権|権利|実施権|使用権|ライセンス)[^。]{0,40}?(?:許諾|付与|移転|譲渡|設定)(?:する|される|した)?ものでは(?:ない|なく)|(?:許諾|付与)したものと(?:解釈|みな)";
}
