using System.Text;
using ClauseLens.Analysis.Extraction;

namespace ClauseLens.Analysis.Playbooks;

/// <summary>
/// Before a required rule says a contract lacks its label, a second reader (<see cref="LabelEvidence"/>)
/// looks for that label anywhere in the text: the classifier reads one clause at a time, and an
/// ownership clause filed under another heading, a heading written inline in capitals, or a term
/// stated in a cover table escapes it. When the reader is sure, the label is there (the finding points
/// at that sentence); when it half-sees it, the finding is uncertain and quotes what it read; only
/// when nothing reads like the label does the "missing" claim stand.
/// </summary>
public sealed partial class PlaybookEvaluator
{
    /// <summary>Longest quote of the sentence the reader saw, in characters.</summary>
    private const int QuoteLength = 160;

    private readonly LabelEvidence? labelEvidence;

    /// <summary>
    /// Labels whose substance is a fact the extractor reads: for a required rule, a clause the classifier
    /// files under the label counts only when it shows that fact. A choice of law is the name of a law;
    /// a dispute clause that names only courts or arbitration reads like one to the classifier, and is not.
    /// </summary>
    private static readonly Dictionary<string, string> SubstanceOf = new(StringComparer.Ordinal)
    {
        [ClauseLabels.GoverningLaw] = FactNames.GoverningLaw,
    };

    /// <summary>
    /// True when the classifier labels <paramref name="clause"/> with <paramref name="label"/> and the clause
    /// shows what the label is about (<see cref="SubstanceOf"/>): what a required rule counts as present.
    /// </summary>
    public static bool CarriesLabel(AnalyzedClause clause, string label)
    {
        ArgumentNullException.ThrowIfNull(clause);
        return clause.Has(label) && ShowsSubstance(clause, label);
    }

    /// <summary>True when <paramref name="label"/> is in the classifier's uncertain band for the clause, on the same terms as <see cref="CarriesLabel"/>.</summary>
    public static bool NearlyCarriesLabel(AnalyzedClause clause, string label)
    {
        ArgumentNullException.ThrowIfNull(clause);
        return clause.UncertainLabels.Any(l => l.Label == label) && ShowsSubstance(clause, label);
    }

    private static bool ShowsSubstance(AnalyzedClause clause, string label) =>
        !SubstanceOf.TryGetValue(label, out var fact) || clause.Facts.Has(fact);

    /// <summary>An evaluator that checks each "missing &lt;label&gt;" claim against <paramref name="evidence"/> (none: the claim stands as the classifier decides).</summary>
    public PlaybookEvaluator(LabelEvidence? evidence = null)
    {
        labelEvidence = evidence;
    }

    private static IEnumerable<Draft> Required(PlaybookRule rule, ContractDocument document, IReadOnlyList<AnalyzedClause> clauses, EvidenceRead evidence, FindingWording words) =>
        // A clause the classifier came close on, or a sentence the label reader half-saw: the rule's
        // title ("No confidentiality clause") is a claim the analysis did not make, so the finding asks.
        ReadRequired(rule, document, clauses, evidence, words)
            .Select(d => d.Kind == FindingKind.Uncertain ? d with { Title = words.UnsureRequiredTitle(rule.Label) } : d);

    private static IEnumerable<Draft> ReadRequired(PlaybookRule rule, ContractDocument document, IReadOnlyList<AnalyzedClause> clauses, EvidenceRead evidence, FindingWording words)
    {
        var drafts = Required(rule, clauses, words).ToList();
        if (drafts is not [{ Kind: FindingKind.Missing }] || evidence.For(rule.Label) is not { Band: not LabelEvidenceBand.Absent } seen)
        {
            return drafts;
        }

        var clause = clauses.FirstOrDefault(c => c.Start <= seen.Start && seen.Start < c.End)
            ?? clauses.FirstOrDefault(c => c.Start < seen.End && seen.End <= c.End);
        if (clause is null)
        {
            return drafts;
        }

        var quote = Quote(document.Text, seen.Start, seen.End);
        return seen.Band == LabelEvidenceBand.Present
            ? [new Draft(FindingKind.Ok, clause, new Evidence(seen.Start, seen.End), words.LabelReadInSentence(rule.Label, quote))]
            : [new Draft(FindingKind.Uncertain, clause, new Evidence(seen.Start, seen.End), words.LabelPerhapsInSentence(rule.Label, quote))];
    }

    /// <summary>The sentence the reader saw, white space collapsed, cut at a word near <see cref="QuoteLength"/>.</summary>
    private static string Quote(string text, int start, int end)
    {
        var builder = new StringBuilder();
        var space = false;
        for (var i = start; i < end && builder.Length < QuoteLength; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(text[i]);
        }

        return builder.Length >= QuoteLength ? builder.ToString().TrimEnd() + " …" : builder.ToString();
    }

    /// <summary>Reads the document at most once per evaluation, and only when a required label was not found.</summary>
    private sealed class EvidenceRead(LabelEvidence? reader, ContractDocument document)
    {
        private IReadOnlyDictionary<string, LabelSighting>? read;

        public LabelSighting? For(string label) =>
            reader is null || !reader.Reads(label) ? null : (read ??= reader.Read(document.Text)).GetValueOrDefault(label);
    }
}
