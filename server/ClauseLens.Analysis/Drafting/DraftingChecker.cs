using System.Globalization;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Segmentation;

namespace ClauseLens.Analysis.Drafting;

/// <summary>
/// The drafting checks (DESIGN.md "Drafting checks"): definitions, cross-references, numbering,
/// party names and bilingual versions that disagree. Reads the segmented contract only; findings
/// have kind <see cref="FindingKind.Drafting"/>, a <see cref="Finding.Check"/>, a detail in
/// normalised words and document offsets. Deterministic and stateless; never logs or quotes the contract.
/// </summary>
public sealed class DraftingChecker
{
    /// <summary>The label drafting findings carry (they are about the text, not a kind of clause).</summary>
    public const string Label = "drafting";

    /// <summary>Findings for <paramref name="document"/> and its <paramref name="clauses"/>, in document order per check.</summary>
    /// <param name="document">The contract.</param>
    /// <param name="clauses">The clauses the segmenter found in it.</param>
    /// <param name="reportMissingPrevailingLanguage">
    /// Whether to report a bilingual contract that names no prevailing language. The analyzer turns it
    /// off when the playbook has a rule for it, so the reader does not see the same finding twice; two
    /// versions naming different languages are always reported here.
    /// </param>
    public IReadOnlyList<Finding> Check(ContractDocument document, IReadOnlyList<Clause> clauses, bool reportMissingPrevailingLanguage = true)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(clauses);
        if (document.IsBlank || clauses.Count == 0)
        {
            return [];
        }

        var outline = new ContractOutline(document, clauses);
        var definitions = DefinedTerms.Find(outline);
        var parties = PartyNames.FindParties(outline);
        var issues = new List<DraftingIssue>();
        issues.AddRange(DefinitionChecks.Run(outline, definitions, parties));
        issues.AddRange(CrossReferences.Run(outline));
        issues.AddRange(NumberingCheck.Run(outline));
        issues.AddRange(PartyNames.Run(outline, parties, definitions));
        issues.AddRange(BilingualVersions.Run(outline, reportMissingPrevailingLanguage));

        var used = new HashSet<string>(StringComparer.Ordinal);
        return [.. issues.Select(issue => ToFinding(issue, outline, used))];
    }

    private static Finding ToFinding(DraftingIssue issue, ContractOutline outline, HashSet<string> used)
    {
        var check = WireName.Of(issue.Check);
        var clauseId = outline.ClauseAt(issue.Start)?.Id;
        var id = $"drafting/{check}/{clauseId ?? "document"}";
        for (var n = 2; !used.Add(id); n++)
        {
            id = $"drafting/{check}/{clauseId ?? "document"}#{n.ToString(CultureInfo.InvariantCulture)}";
        }

        var (title, explanation, ask) = DraftingTexts.For(issue.Check);
        return new Finding(
            id, $"drafting.{check}", FindingKind.Drafting, issue.Severity, Label, clauseId,
            new Evidence(issue.Start, issue.End), title, explanation, ask,
            FallbackText: null, TalkingPoint: null, Source: DraftingTexts.Source,
            Topic: issue.Check is DraftingCheck.BilingualMismatch or DraftingCheck.PrevailingLanguage ? "Language versions" : "Drafting",
            Detail: issue.Detail, Check: issue.Check, RelatedEvidence: issue.Related);
    }
}
