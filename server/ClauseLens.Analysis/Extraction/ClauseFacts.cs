using System.Text.Json.Serialization;

namespace ClauseLens.Analysis.Extraction;

/// <summary>Where a duration is counted from.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DurationAnchor>))]
public enum DurationAnchor
{
    /// <summary>The text does not say.</summary>
    [JsonStringEnumMemberName("unspecified")] Unspecified,
    /// <summary>From signing or the effective date: it runs during the agreement.</summary>
    [JsonStringEnumMemberName("signing")] Signing,
    /// <summary>From termination or expiry: it runs after the agreement has ended.</summary>
    [JsonStringEnumMemberName("after_end")] AfterEnd,
}

/// <summary>How wide a territory is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TerritoryKind>))]
public enum TerritoryKind
{
    /// <summary>The whole world ("worldwide", "throughout the world", "全世界").</summary>
    [JsonStringEnumMemberName("worldwide")] Worldwide,
    /// <summary>A named country or region.</summary>
    [JsonStringEnumMemberName("named")] Named,
}

/// <summary>How far a restriction's subject matter reaches.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ScopeBreadth>))]
public enum ScopeBreadth
{
    /// <summary>Unbounded on its face ("any business", "in any field", "whether or not related").</summary>
    [JsonStringEnumMemberName("broad")] Broad,
    /// <summary>Widening words ("directly or indirectly", "similar or competing") that are broad unless the scope is tied elsewhere.</summary>
    [JsonStringEnumMemberName("loose")] Loose,
    /// <summary>Tied to the joint work, the project or named products.</summary>
    [JsonStringEnumMemberName("tied")] Tied,
    /// <summary>
    /// How the restriction applies ("directly or indirectly"): it widens whatever the subject matter
    /// is but does not make a tied scope broad on its own (non-solicits and standstills use it too).
    /// </summary>
    [JsonStringEnumMemberName("manner")] Manner,
}

/// <summary>Courts or arbitration.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ForumKind>))]
public enum ForumKind
{
    /// <summary>State courts.</summary>
    [JsonStringEnumMemberName("court")] Court,
    /// <summary>Arbitration (an institution, rules or a seat).</summary>
    [JsonStringEnumMemberName("arbitration")] Arbitration,
}

/// <summary>A duration such as "two (2) years" or "本契約終了後2年間".</summary>
/// <param name="Start">Document offset of the phrase.</param>
/// <param name="End">Document offset one past the phrase.</param>
/// <param name="Months">Length in months (days and weeks rounded up); null when indefinite.</param>
/// <param name="Indefinite">True for "perpetual", "indefinitely", "so long as", "無期限".</param>
/// <param name="From">Whether it runs from signing or from the end of the agreement.</param>
public sealed record DurationFact(int Start, int End, int? Months, bool Indefinite, DurationAnchor From);

/// <summary>A territory: worldwide or a named place.</summary>
/// <param name="Start">Document offset of the phrase.</param>
/// <param name="End">Document offset one past the phrase.</param>
/// <param name="Kind">Worldwide or named.</param>
/// <param name="Region">Normalised English name ("Japan", "European Union") for named places.</param>
public sealed record TerritoryFact(int Start, int End, TerritoryKind Kind, string? Region);

/// <summary>A phrase that widens or ties the subject matter of a restriction.</summary>
/// <param name="Start">Document offset of the phrase.</param>
/// <param name="End">Document offset one past the phrase.</param>
/// <param name="Breadth">Broad, loose or tied.</param>
/// <param name="Cue">Normalised cue ("any_business", "directly_or_indirectly", "joint_work").</param>
public sealed record ScopeFact(int Start, int End, ScopeBreadth Breadth, string Cue);

/// <summary>A choice of law.</summary>
/// <param name="Start">Document offset of the phrase.</param>
/// <param name="End">Document offset one past the phrase.</param>
/// <param name="Jurisdiction">Normalised jurisdiction ("Japan", "New York", "England and Wales").</param>
/// <param name="Country">The country the jurisdiction belongs to ("United States" for "New York").</param>
public sealed record GoverningLawFact(int Start, int End, string Jurisdiction, string Country);

/// <summary>A forum for disputes: named courts or arbitration.</summary>
/// <param name="Start">Document offset of the phrase.</param>
/// <param name="End">Document offset one past the phrase.</param>
/// <param name="Kind">Courts or arbitration.</param>
/// <param name="Name">Court or institution ("Tokyo District Court", "JCAA", "UNCITRAL"), when named.</param>
/// <param name="Place">Court location or arbitral seat ("Tokyo", "New York"), when stated.</param>
/// <param name="Country">Country of the court or seat, when known.</param>
/// <param name="Exclusive">True for exclusive jurisdiction, false for non-exclusive, null when not stated.</param>
public sealed record ForumFact(int Start, int End, ForumKind Kind, string? Name, string? Place, string? Country, bool? Exclusive);

/// <summary>
/// A named element of a clause (see <see cref="FactNames"/>): an NDA exclusion, a grant-back, a
/// prevailing-language statement, etc.
/// </summary>
/// <param name="Start">Document offset of the phrase.</param>
/// <param name="End">Document offset one past the phrase.</param>
/// <param name="Element">Element name from <see cref="FactNames"/>.</param>
/// <param name="Value">A short normalised value ("English"), when the element has one.</param>
public sealed record ElementFact(int Start, int End, string Element, string? Value = null);

/// <summary>
/// Facts extracted from one clause. Every fact carries document offsets; values are short
/// normalised words, never copies of the contract text.
/// </summary>
public sealed class ClauseFacts
{
    /// <summary>A clause with nothing extracted.</summary>
    public static ClauseFacts Empty { get; } = new();

    /// <summary>Durations, in text order.</summary>
    public IReadOnlyList<DurationFact> Durations { get; init; } = [];
    /// <summary>Territories, in text order. Empty means none stated.</summary>
    public IReadOnlyList<TerritoryFact> Territories { get; init; } = [];
    /// <summary>Scope cues, in text order.</summary>
    public IReadOnlyList<ScopeFact> Scope { get; init; } = [];
    /// <summary>Choices of law, in text order.</summary>
    public IReadOnlyList<GoverningLawFact> GoverningLaw { get; init; } = [];
    /// <summary>Forums, in text order.</summary>
    public IReadOnlyList<ForumFact> Forums { get; init; } = [];
    /// <summary>Named elements, in text order.</summary>
    public IReadOnlyList<ElementFact> Elements { get; init; } = [];

    /// <summary>
    /// Elements a sentence reads like but that neither a pattern nor a confident detector found
    /// (the detector's score was in its uncertain band), in text order. Never counted as present:
    /// a rule that needs one of these says <c>uncertain</c> rather than <c>missing</c>.
    /// </summary>
    public IReadOnlyList<ElementFact> UncertainElements { get; init; } = [];

    /// <summary>True when nothing was extracted.</summary>
    [JsonIgnore]
    public bool IsEmpty => Durations.Count + Territories.Count + Scope.Count + GoverningLaw.Count + Forums.Count + Elements.Count == 0;

    /// <summary>
    /// The spans of every fact called <paramref name="name"/> (a <see cref="FactNames"/> kind such as
    /// "duration" or "worldwide", or an element name), in text order.
    /// </summary>
    public IEnumerable<(int Start, int End)> SpansOf(string name) => name switch
    {
        FactNames.Duration => Durations.Select(d => (d.Start, d.End)),
        FactNames.Territory => Territories.Select(t => (t.Start, t.End)),
        FactNames.Worldwide => Territories.Where(t => t.Kind == TerritoryKind.Worldwide).Select(t => (t.Start, t.End)),
        FactNames.Scope => Scope.Select(s => (s.Start, s.End)),
        FactNames.GoverningLaw => GoverningLaw.Select(g => (g.Start, g.End)),
        FactNames.Forum => Forums.Select(f => (f.Start, f.End)),
        FactNames.Court => Forums.Where(f => f.Kind == ForumKind.Court).Select(f => (f.Start, f.End)),
        FactNames.Arbitration => Forums.Where(f => f.Kind == ForumKind.Arbitration).Select(f => (f.Start, f.End)),
        _ => Elements.Where(e => e.Element == name).Select(e => (e.Start, e.End)),
    };

    /// <summary>True when at least one fact called <paramref name="name"/> was found.</summary>
    public bool Has(string name) => SpansOf(name).Any();

    /// <summary>These facts with other elements and uncertain elements (each put in text order).</summary>
    public ClauseFacts WithElements(IEnumerable<ElementFact> elements, IEnumerable<ElementFact> uncertain) => new()
    {
        Durations = Durations,
        Territories = Territories,
        Scope = Scope,
        GoverningLaw = GoverningLaw,
        Forums = Forums,
        Elements = [.. elements.OrderBy(e => e.Start).ThenBy(e => e.Element, StringComparer.Ordinal)],
        UncertainElements = [.. uncertain.OrderBy(e => e.Start).ThenBy(e => e.Element, StringComparer.Ordinal)],
    };
}
