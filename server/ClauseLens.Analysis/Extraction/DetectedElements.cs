namespace ClauseLens.Analysis.Extraction;

/// <summary>
/// Combines the element detectors with the patterns for a whole document: every unit (sentence or
/// list item) of every clause is scored in one batch. A pattern or a confident detector makes an
/// element present (the detector's evidence is the unit); a detector in its uncertain band, with no
/// pattern for that element in the clause, is evidence for an uncertain finding. An exclusions list
/// is read item by item: an item no pattern or detector recognises makes the exclusion it most
/// resembles uncertain rather than missing.
/// </summary>
internal static class DetectedElements
{
    private static readonly string[] Exclusions =
    [
        FactNames.ExclusionPublic, FactNames.ExclusionLaterPublic, FactNames.ExclusionKnown,
        FactNames.ExclusionIndependent, FactNames.ExclusionThirdParty, FactNames.CompelledDisclosure,
    ];

    // Detectors that learned from NDAs read only clauses about confidentiality (by label, an
    // uncertain label or a definition found by the patterns): elsewhere their output would make the
    // confidentiality rules apply to clauses that are not about confidentiality.
    private static readonly HashSet<string> ConfidentialityElements = new(StringComparer.Ordinal)
    {
        FactNames.ExclusionIndependent, FactNames.ExclusionThirdParty, FactNames.CompelledDisclosure, FactNames.ReturnOrDestroy,
        FactNames.NeedToKnow, FactNames.NoImpliedLicence, FactNames.ConfidentialDefinition,
        FactNames.CompelledDisclosureNotice, FactNames.ReturnAtEnd,
    };

    /// <summary>An unrecognised list item counts for an exclusion from this share of the detector's uncertain floor.</summary>
    private const double ItemFloorShare = 0.5;

    public static ClauseFacts[] Apply(
        ElementDetectors detectors, string text, IReadOnlyList<(int Start, int End)> clauses, IReadOnlyList<bool> aboutConfidentiality, ClauseFacts[] facts)
    {
        // A list's lead-in ("Confidential Information does not include information that") names no
        // item by itself; ContractNLI evidence includes it under every hypothesis of the list, so the
        // detectors neither learn from it nor read it.
        var units = new List<(int Clause, int Start, int End)>();
        // Units are added clause by clause: clause c's are units[firstUnit[c]..firstUnit[c + 1]].
        var firstUnit = new int[clauses.Count + 1];
        for (var c = 0; c < clauses.Count; c++)
        {
            firstUnit[c] = units.Count;
            var (start, end) = clauses[c];
            var slice = text[start..end];
            var split = ElementUnits.Split(slice);
            units.AddRange(split.Where((_, i) => !ElementUnits.IsLeadIn(slice, split, i)).Select(u => (c, start + u.Start, start + u.End)));
        }

        firstUnit[clauses.Count] = units.Count;

        if (units.Count == 0)
        {
            return facts;
        }

        // Each distinct sentence is scored once: boilerplate repeats (and a text made of one sentence
        // repeated 60,000 times cost the detectors seconds); the scores are the same either way.
        var texts = units.Select(u => text[u.Start..u.End]).ToList();
        var distinct = texts.Distinct(StringComparer.Ordinal).ToList();
        var scored = detectors.Score(distinct);
        var byText = new Dictionary<string, float[]>(distinct.Count, StringComparer.Ordinal);
        for (var i = 0; i < distinct.Count; i++)
        {
            byText[distinct[i]] = scored[i];
        }

        var scores = texts.Select(t => byText[t]).ToArray();
        var specs = detectors.Manifest.Detectors;
        var found = facts.Select(_ => new List<ElementFact>()).ToArray();
        var unsure = facts.Select(_ => new List<ElementFact>()).ToArray();
        for (var u = 0; u < units.Count; u++)
        {
            var (c, start, end) = units[u];
            var unit = text[start..end];
            for (var d = 0; d < specs.Count; d++)
            {
                var spec = specs[d];
                // A detector counts only where the element's cue words are (ElementCues), and the
                // NDA detectors only in clauses about confidentiality.
                if ((ConfidentialityElements.Contains(spec.Element) && !aboutConfidentiality[c]) || !ElementCues.Allows(spec.Element, unit))
                {
                    continue;
                }

                // The detector's bands were chosen per contract on the training NDAs (models/ELEMENTS.md):
                // from its threshold it finds the element alone; from its floor, without a pattern, it
                // is evidence for an uncertain finding; below, the element counts as not there.
                if (scores[u][d] >= spec.Threshold && !NamesAnotherExclusion(facts[c], spec.Element, start, end))
                {
                    found[c].Add(new ElementFact(start, end, spec.Element));
                }
                else if (scores[u][d] >= spec.Threshold && !facts[c].Has(spec.Element))
                {
                    // One item of an exclusions list is one exclusion: "(a) is or becomes generally
                    // available to the public other than through a breach" is the public-domain
                    // exclusion the patterns read, however the third-party detector scores "other
                    // than". A list without a third-party item was reported as having all five; the
                    // detector's reading of it is at most uncertain.
                    unsure[c].Add(new ElementFact(start, end, spec.Element, "an item the patterns read as another exclusion"));
                }
                else if (scores[u][d] >= spec.UncertainFrom && !facts[c].Has(spec.Element))
                {
                    unsure[c].Add(new ElementFact(start, end, spec.Element));
                }
            }
        }

        var result = new ClauseFacts[facts.Length];
        for (var c = 0; c < facts.Length; c++)
        {
            found[c].AddRange(Refinements(text, units, firstUnit[c], firstUnit[c + 1], found[c], facts[c]));
            var elements = facts[c].Elements.Concat(found[c].Where(f => !Overlaps(facts[c].Elements, f))).ToList();
            var uncertain = unsure[c]
                .Concat(UnrecognisedItems(text, units, scores, specs, firstUnit[c], firstUnit[c + 1], elements))
                .Concat(UnreadEndTriggers(text, units, firstUnit[c], firstUnit[c + 1], elements))
                .ToList();
            uncertain.RemoveAll(x => elements.Any(e => e.Element == x.Element));
            result[c] = found[c].Count == 0 && uncertain.Count == 0
                ? facts[c]
                : facts[c].WithElements(elements, uncertain.DistinctBy(x => (x.Element, x.Start)));
        }

        return result;
    }

    /// <summary>
    /// The items of an exclusions list (a clause with two or more exclusions) that nothing recognised:
    /// each counts, uncertainly, for the missing exclusion whose detector scores it highest.
    /// </summary>
    private static IEnumerable<ElementFact> UnrecognisedItems(
        string text, List<(int Clause, int Start, int End)> units, float[][] scores, IReadOnlyList<ElementDetectorSpec> specs, int from, int to, List<ElementFact> elements)
    {
        if (elements.Count(e => Exclusions.Contains(e.Element)) < 2)
        {
            yield break;
        }

        var missing = Enumerable.Range(0, specs.Count)
            .Where(d => Exclusions.Contains(specs[d].Element) && !elements.Any(e => e.Element == specs[d].Element))
            .ToList();
        if (missing.Count == 0)
        {
            yield break;
        }

        // Only the clause's own units (from..to): a scan of every unit for every clause grew with the
        // square of the contract's length.
        for (var u = from; u < to; u++)
        {
            var (_, start, end) = units[u];
            if (!ElementUnits.IsListItem(text[start..end]) || elements.Any(e => e.Start < end && e.End > start))
            {
                continue;
            }

            // Only an exclusion whose cue words the item has can be the one it words differently.
            var item = text[start..end];
            var candidates = missing.Where(d => ElementCues.Allows(specs[d].Element, item)).ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            var best = candidates.MaxBy(d => scores[u][d]);
            if (scores[u][best] >= specs[best].UncertainFrom * ItemFloorShare)
            {
                yield return new ElementFact(start, end, specs[best].Element, "unrecognised list item");
            }
        }
    }

    /// <summary>
    /// A return whose own unit has a trigger that is neither a request nor an end the patterns know
    /// ("When the Receiving Party has finished reviewing …", "or without such request if …"): whether
    /// it comes back at the end is read only uncertainly, so "only on request" is not claimed.
    /// </summary>
    private static IEnumerable<ElementFact> UnreadEndTriggers(string text, List<(int Clause, int Start, int End)> units, int from, int to, List<ElementFact> elements)
    {
        if (elements.Any(e => e.Element == FactNames.ReturnAtEnd))
        {
            yield break;
        }

        foreach (var fact in elements.Where(e => e.Element == FactNames.ReturnOrDestroy))
        {
            var u = units.FindIndex(from, to - from, x => x.Start <= fact.Start && fact.Start < x.End);
            if (u < 0)
            {
                continue;
            }

            var (_, start, end) = units[u];
            if (ElementExtractor.UnreadReturnTrigger(text[start..end]) is { } t)
            {
                yield return new ElementFact(start + t.Index, start + t.Index + t.Length, FactNames.ReturnAtEnd, UnreadTriggerNote);
                yield break;
            }
        }
    }

    /// <summary>What an uncertain return at the end saw (FindingWording words it in Japanese).</summary>
    public const string UnreadTriggerNote = "a return triggered by something other than a request";

    /// <summary>
    /// A broad element a detector found (a compelled-disclosure carve-out, a return) is refined as the
    /// patterns refine theirs (ElementExtractor.Refinements): notice or an end trigger in its unit,
    /// the unit before or the two after, within the clause.
    /// </summary>
    private static List<ElementFact> Refinements(string text, List<(int Clause, int Start, int End)> units, int from, int to, List<ElementFact> found, ClauseFacts facts)
    {
        var refined = new List<ElementFact>();
        foreach (var fact in found.ToList())
        {
            var u = units.FindIndex(from, to - from, x => x.Start == fact.Start && x.End == fact.End);
            if (u < 0)
            {
                continue;
            }

            var (start, end) = (units[Math.Max(from, u - 1)].Start, units[Math.Min(to - 1, u + 2)].End);
            if (ElementExtractor.Refinement(fact.Element, text[start..end]) is { } r
                && !facts.Has(r.Element) && !found.Concat(refined).Any(f => f.Element == r.Element))
            {
                refined.Add(new ElementFact(start + r.Index, start + r.Index + r.Length, r.Element));
            }
        }

        return refined;
    }

    /// <summary>Whether the patterns read the unit start..end as an exclusion other than <paramref name="element"/> (which is one too).</summary>
    private static bool NamesAnotherExclusion(ClauseFacts facts, string element, int start, int end) =>
        Writing.ElementWords.IsExclusion(element)
        && facts.Elements.Any(e => e.Element != element && Writing.ElementWords.IsExclusion(e.Element) && e.Start < end && e.End > start);

    private static bool Overlaps(IReadOnlyList<ElementFact> elements, ElementFact fact) =>
        elements.Any(e => e.Element == fact.Element && e.Start < fact.End && e.End > fact.Start);
}
