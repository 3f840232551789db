using ClauseLens.Analysis.Extraction;
using ClauseLens.Data;

namespace ClauseLens.Training;

/// <summary>A whole contract of documents/{split}.jsonl.gz with the gold the element detectors learn from.</summary>
internal sealed record GoldContract(
    string DocId, string Source, string Text,
    IReadOnlyDictionary<string, (string Choice, List<(int Start, int End)> Spans)> Nli,
    IReadOnlyList<(int Start, int End, string Category)> Excerpts,
    IReadOnlyDictionary<string, bool> Present)
{
    public bool IsNda => Source == "contractnli";

    /// <summary>Reads documents/{split}.jsonl.gz: NLI judgements, CUAD excerpts and presence, as the detectors use them.</summary>
    public static List<GoldContract> Read(string dataDirectory, string split) =>
        [.. GoldDocument.Read(dataDirectory, split).Select(gold => new GoldContract(
            gold.DocId, gold.Source, gold.Text,
            gold.Nli.ToDictionary(h => h.Key, h => (h.Value.Choice, h.Value.Spans.ToList()), StringComparer.Ordinal),
            [.. gold.Spans.Select(s => (s.Start, s.End, s.Category))],
            gold.Present))];

    /// <summary>
    /// The units a detector reads, cut line by line from the gold text (its offsets are the gold's),
    /// without lists' lead-ins (<see cref="ElementUnits.IsLeadIn"/>), which analysis does not score either.
    /// </summary>
    public IEnumerable<(int Start, int End)> Units()
    {
        var units = new List<(int Start, int End)>();
        var start = 0;
        while (start < Text.Length)
        {
            var end = Text.IndexOf('\n', start);
            end = end < 0 ? Text.Length : end;
            units.AddRange(ElementUnits.Split(Text[start..end]).Select(u => (start + u.Start, start + u.End)));
            start = end + 1;
        }

        return units.Where((_, i) => !ElementUnits.IsLeadIn(Text, units, i));
    }
}

/// <summary>What one detector learns: its element and, per contract, the gold spans and whether the contract has it.</summary>
internal sealed record DetectorGold(string Element, bool Nda, string Source, Func<GoldContract, IEnumerable<(int Start, int End)>> Spans, Func<GoldContract, bool> Present)
{
    /// <summary>
    /// Whether a lawyer's "missing" claim about the contract would be wrong: an NDA has the element when
    /// a hypothesis is Entailment (return: nda-16 Entailment, or nda-20 either way, which presupposes
    /// a return; a definition: nda-2 or nda-3 either way). Contradiction evidence is still something to
    /// learn from (<see cref="Spans"/>).
    /// </summary>
    public bool Has(GoldContract contract) => !Nda || Element == FactNames.ConfidentialDefinition ? Present(contract) : Element == FactNames.ReturnOrDestroy
        ? Entailed(contract, "nda-16") || (contract.Nli.TryGetValue("nda-20", out var j) && j.Choice != "NotMentioned")
        : Hypotheses.Any(h => Entailed(contract, h));

    private string[] Hypotheses => Source.Split(' ')[1].Split('+');

    private static bool Entailed(GoldContract contract, string hypothesis) =>
        contract.Nli.TryGetValue(hypothesis, out var j) && j.Choice == "Entailment";

    private static DetectorGold Nli(string element, string source, string[] hypotheses, string[] choices) => new(
        element, true, $"contractnli {string.Join("+", hypotheses)} ({string.Join("/", choices)})",
        c => hypotheses.Where(c.Nli.ContainsKey).Where(h => choices.Contains(c.Nli[h].Choice)).SelectMany(h => c.Nli[h].Spans),
        c => hypotheses.Any(h => c.Nli.TryGetValue(h, out var j) && choices.Contains(j.Choice)));

    private static DetectorGold CuadSpans(string element, params string[] categories) => new(
        element, false, $"cuad {string.Join("+", categories)}",
        c => c.Excerpts.Where(x => categories.Contains(x.Category)).Select(x => (x.Start, x.End)),
        c => categories.Any(k => c.Present.GetValueOrDefault(k)));

    private static readonly string[] Entailment = ["Entailment"];
    private static readonly string[] Either = ["Entailment", "Contradiction"];

    /// <summary>
    /// The shipped detectors (NDA elements, from ContractNLI); the order is the model's column order.
    /// The CUAD detectors below are trained only with --set:ElementsCuad true: see models/ELEMENTS.md
    /// for why they are not shipped yet.
    /// </summary>
    public static IReadOnlyList<DetectorGold> Selected(bool withCuad) => withCuad ? [.. NdaDetectors, .. CuadDetectors] : NdaDetectors;

    private static readonly IReadOnlyList<DetectorGold> NdaDetectors =
    [
        Nli(FactNames.ExclusionIndependent, "", ["nda-12"], Entailment),
        Nli(FactNames.ExclusionThirdParty, "", ["nda-13"], Entailment),
        Nli(FactNames.CompelledDisclosure, "", ["nda-8"], Entailment),
        Nli(FactNames.ReturnOrDestroy, "", ["nda-16", "nda-20"], Either),
        Nli(FactNames.NeedToKnow, "", ["nda-5"], Either),
        Nli(FactNames.Survival, "", ["nda-19"], Either),
        Nli(FactNames.NoImpliedLicence, "", ["nda-15"], Entailment),
        Nli(FactNames.ConfidentialDefinition, "", ["nda-2", "nda-3"], Either),
        // Refinements with rules of their own: notice before a compelled disclosure is exactly nda-8,
        // a return when the agreement ends exactly nda-16 (Entailment only: a return on request is NotMentioned).
        Nli(FactNames.CompelledDisclosureNotice, "", ["nda-8"], Entailment),
        Nli(FactNames.ReturnAtEnd, "", ["nda-16"], Entailment),
    ];

    private static readonly IReadOnlyList<DetectorGold> CuadDetectors =
    [
        CuadSpans(FactNames.NonCompeteCovenant, "Non-Compete"),
        CuadSpans(FactNames.Exclusivity, "Exclusivity"),
        CuadSpans(FactNames.NonSolicit, "No-Solicit Of Customers", "No-Solicit Of Employees"),
        CuadSpans(FactNames.ChangeOfControl, "Change Of Control"),
        CuadSpans(FactNames.AntiAssignment, "Anti-Assignment"),
        CuadSpans(FactNames.Audit, "Audit Rights"),
        CuadSpans(FactNames.IpAssignment, "Ip Ownership Assignment"),
        CuadSpans(FactNames.JointIpOwnership, "Joint Ip Ownership"),
        CuadSpans(FactNames.RoyaltyBasis, "Revenue/Profit Sharing"),
        CuadSpans(FactNames.LicenceGrant, "License Grant"),
    ];

    /// <summary>A unit is a positive when a gold span covers half of it, or it holds half of a gold span.</summary>
    public static bool Covers(IEnumerable<(int Start, int End)> spans, (int Start, int End) unit) =>
        spans.Any(s =>
        {
            var overlap = Math.Min(s.End, unit.End) - Math.Max(s.Start, unit.Start);
            return overlap > 0 && (overlap * 2 >= unit.End - unit.Start || overlap * 2 >= s.End - s.Start);
        });
}
