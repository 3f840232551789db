using System.Text.RegularExpressions;
using ClauseLens.Analysis.Segmentation;

namespace ClauseLens.Analysis.Extraction;

/// <summary>
/// A return that sits under a heading naming the end ("8.3 EFFECT OF TERMINATION … (c) ANUBIS shall
/// immediately return all Confidential Information", "4. Terminations of Services / 4.1.1 The
/// Recipient will … return all copies") is a return at the end, though its own sentence names no
/// trigger: the heading is the trigger. Read on the clause's own heading and on its numbered parents'
/// ("4.1.1" → "4.1" → "4"); a bare "Termination" or "Term and Termination" heading is not read as one
/// (a return on request can sit in such a clause).
/// </summary>
internal static partial class ReturnHeadings
{
    public static ClauseFacts[] Apply(string text, IReadOnlyList<Clause> clauses, ClauseFacts[] facts)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(clauses);
        ArgumentNullException.ThrowIfNull(facts);
        ClauseFacts[]? result = null;
        for (var i = 0; i < clauses.Count; i++)
        {
            if (!facts[i].Has(FactNames.ReturnOrDestroy) || facts[i].Has(FactNames.ReturnAtEnd)
                || EndHeading(text, clauses, i) is not { } heading)
            {
                continue;
            }

            // The fact belongs to the clause whose heading it is (a parent's heading is outside the
            // return's clause); the return's own clause drops its uncertain reading.
            result ??= (ClauseFacts[])facts.Clone();
            var (owner, start, end) = heading;
            result[owner] = result[owner].WithElements(
                result[owner].Elements.Append(new ElementFact(start, end, FactNames.ReturnAtEnd)),
                result[owner].UncertainElements.Where(e => e.Element != FactNames.ReturnAtEnd));
            result[i] = result[i].WithElements(result[i].Elements, result[i].UncertainElements.Where(e => e.Element != FactNames.ReturnAtEnd));
        }

        return result ?? facts;
    }

    /// <summary>The clause and span of the heading (the clause's own or a numbered parent's) that names the end; null when none does.</summary>
    private static (int Clause, int Start, int End)? EndHeading(string text, IReadOnlyList<Clause> clauses, int i)
    {
        var number = clauses[i].Number;
        for (var j = i; j >= 0; j--)
        {
            var clause = clauses[j];
            var own = j == i;
            if (!own && (number is null || clause.Number is null || !IsParent(clause.Number, number)))
            {
                continue;
            }

            if (clause.Heading is { Length: > 0 } heading && EndNamed().IsMatch(heading))
            {
                var at = text.IndexOf(heading, clause.Start, clause.End - clause.Start, StringComparison.Ordinal);
                return at < 0 ? (j, clause.Start, clause.End) : (j, at, at + heading.Length);
            }

            if (!own)
            {
                number = clause.Number;
            }
        }

        return null;
    }

    // "4" is the parent of "4.1" and "4.1.1"; "4.1" of "4.1.1"; "14" is not the parent of "4.1".
    private static bool IsParent(string parent, string child)
    {
        var p = parent.TrimEnd('.');
        return child.Length > p.Length + 1 && child.StartsWith(p, StringComparison.Ordinal) && child[p.Length] == '.';
    }

    // "Effect(s) of Termination", "Obligations upon Expiry", "Upon Termination", "Termination of
    // Services", "Return of Materials on Termination", 「契約終了時の措置」「終了後の措置」. Not a
    // heading that lists the end beside the return ("Return of Materials; Termination").
    [GeneratedRegex(@"\b(?:effects?|consequences?|obligations?|duties|rights?|actions?|procedures?|provisions?)\s+(?:of|on|upon|after|following|at)\s+(?:the\s+)?(?:\w+\s+)?(?:terminat|expir)|\b(?:upon|on|after|following|at)\s+(?:the\s+)?(?:\w+\s+)?(?:terminat|expir|end\b|completion)|\bterminations?\s+of\s+(?:the\s+|this\s+)?(?:\w+\s+)?(?:services|agreement|engagement|project|discussions|relationship|purpose|negotiations)\b|終了(?:時|後)|満了(?:時|後)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex EndNamed();
}
