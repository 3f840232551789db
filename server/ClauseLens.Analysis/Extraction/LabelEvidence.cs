using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClauseLens.Analysis.Classification;
using Microsoft.ML;

namespace ClauseLens.Analysis.Extraction;

/// <summary>Where one label's evidence reader decides, per contract (models/ELEMENTS.md, "Label evidence").</summary>
/// <param name="Label">The clause label (<see cref="ClauseLabels"/>) it reads.</param>
/// <param name="Threshold">Calibrated score at or above which the contract has the label (the best unit is the clause).</param>
/// <param name="Floor">Score from which (below <paramref name="Threshold"/>) a "missing" claim becomes uncertain.</param>
/// <param name="Source">The gold it learned from ("cuad Governing Law").</param>
public sealed record LabelEvidenceSpec(string Label, double Threshold, double Floor, string Source);

/// <summary>What models/label-evidence.zip holds beside the ML.NET model.</summary>
public sealed record LabelEvidenceManifest(string Name, string Date, int Seed, IReadOnlyList<LabelEvidenceSpec> Labels, string Featurizer, string Trainer)
{
    /// <summary>The manifest's entry in the model file.</summary>
    public const string EntryName = ModelArchive.ManifestEntry;

    /// <summary>The ML.NET model's entry in the model file.</summary>
    public const string ModelEntryName = ModelArchive.ModelEntry;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Serialises the manifest.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a manifest written by <see cref="ToJson"/>.</summary>
    public static LabelEvidenceManifest FromJson(string json) =>
        JsonSerializer.Deserialize<LabelEvidenceManifest>(json, Json) ?? throw new InvalidDataException("Empty label evidence manifest.");
}

/// <summary>How strongly the evidence reader sees a label somewhere in the contract.</summary>
public enum LabelEvidenceBand
{
    /// <summary>Below the floor: nothing reads like the label; a "missing" claim stands.</summary>
    Absent,

    /// <summary>Between floor and threshold: something reads a little like it; a person should look.</summary>
    Uncertain,

    /// <summary>At or above the threshold: the label is there, in the unit found.</summary>
    Present,
}

/// <summary>The unit of the contract that reads most like <paramref name="Label"/>.</summary>
/// <param name="Label">The clause label.</param>
/// <param name="Score">The unit's calibrated score.</param>
/// <param name="Start">Start of the unit in the document text.</param>
/// <param name="End">End of the unit (exclusive).</param>
/// <param name="Band">Where the score falls in the label's bands.</param>
public sealed record LabelSighting(string Label, double Score, int Start, int End, LabelEvidenceBand Band);

/// <summary>
/// A second reader of the whole contract, independent of the clause classifier: one calibrated
/// binary model per label over every sentence and inline list item of the text, learned from the
/// CUAD excerpts of the training contracts (ClauseLens.Training --label-evidence). A playbook's
/// "missing &lt;label&gt;" claim is checked against it before it is made: the classifier reads one
/// clause at a time and misses a label worded unusually, filed under another heading or stated in
/// a sentence of some other clause. Load once and share; reading is thread-safe.
/// </summary>
public sealed partial class LabelEvidence
{
    private readonly CalibratedChain chain;
    private readonly Dictionary<string, int> column;

    private LabelEvidence(MLContext context, ITransformer model, LabelEvidenceManifest manifest)
    {
        chain = new CalibratedChain(context, model, [.. manifest.Labels.Select(l => ProbabilityColumn(l.Label))], "Features", "label evidence model");
        column = manifest.Labels.Select((l, i) => (l.Label, i)).ToDictionary(x => x.Label, x => x.i, StringComparer.Ordinal);
        Manifest = manifest;
    }

    /// <summary>Where the shipped reader sits next to the binaries.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "models", "label-evidence.zip");

    /// <summary>The labels, bands and provenance the reader was shipped with.</summary>
    public LabelEvidenceManifest Manifest { get; }

    /// <summary>Whether the reader has a model for <paramref name="label"/>.</summary>
    public bool Reads(string label) => column.ContainsKey(label);

    /// <summary>The column holding the calibrated probability of <paramref name="label"/>.</summary>
    public static string ProbabilityColumn(string label) => $"evidence.{label}.Probability";

    /// <summary>Loads the reader written by ClauseLens.Training --label-evidence.</summary>
    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">The file is not a label evidence model.</exception>
    public static LabelEvidence Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The label evidence model was not found; run models/ClauseLens.Training --label-evidence.", path);
        }

        using var archive = ZipFile.OpenRead(path);
        var (manifest, context, model) = ModelArchive.Load(archive, "label evidence", LabelEvidenceManifest.FromJson, m => m.Seed);
        return new LabelEvidence(context, model, manifest);
    }

    /// <summary>
    /// The units the reader scores: each line of <paramref name="text"/> cut into sentences and inline
    /// list items (<see cref="ElementUnits"/>). Training cuts the gold contracts the same way.
    /// </summary>
    public static IReadOnlyList<(int Start, int End)> Units(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var units = new List<(int Start, int End)>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            if (end > start)
            {
                units.AddRange(ElementUnits.Split(text[start..end]).Select(u => (start + u.Start, start + u.End)));
            }

            start = end + 1;
        }

        return units;
    }

    /// <summary>
    /// Whether <paramref name="unit"/> can be evidence of <paramref name="label"/> at all, whatever the model
    /// scores it: a sentence saying that the rest of an amended agreement stands ("all other terms remain in
    /// full force") says nothing about what that agreement contains, and a sentence that names no law
    /// ("governed by this Agreement", "the jurisdiction of the court where it is signed") is no choice of law.
    /// Training chooses the bands on the same units (ClauseLens.Training --label-evidence).
    /// </summary>
    public static bool CanShow(string label, string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (RestStands().IsMatch(unit) && !Governed().IsMatch(unit))
        {
            return false;
        }

        return label != ClauseLabels.GoverningLaw || NamesLaw().IsMatch(unit);
    }

    // "All other terms … remain unchanged", "except as amended hereby, the Agreement continues in full force",
    // "subject to the above modifications, the Agreement remains …", "is hereby ratified and confirmed". A
    // sentence that keeps a law ("in all other respects … governed by the laws of …") is not one of them.
    [GeneratedRegex(@"\ball\s+other\s+(?:terms|provisions|respects)\b[^.;]{0,160}\b(?:remains?|continues?|unchanged|ratified|confirmed)\b|\b(?:except|save)\s+as\s+(?:\w+\s+){0,2}(?:amended|modified|supplemented|changed)\b[^.;]{0,160}\b(?:remains?|continues?)\b|\b(?:subject\s+to|other\s+than)\s+(?:the\s+)?(?:above\s+|foregoing\s+)?(?:modifications|amendments|changes)\b[^.;]{0,120}\bremains?\b|\bremains?\s+unchanged\b|\bratified\s+and\s+confirmed\b|\bhereby\s+ratified\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex RestStands();

    [GeneratedRegex(@"\b(?:governed|construed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex Governed();

    [GeneratedRegex(@"\b(?:laws?|legislation)\b|法", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex NamesLaw();

    /// <summary>Calibrated scores of every label for every unit, in input and manifest order.</summary>
    public float[][] Score(IReadOnlyList<string> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        return units.Count == 0 ? [] : chain.Score(units.Select(ElementUnitInput.From).ToList());
    }

    /// <summary>
    /// For each label the reader knows, the unit of <paramref name="text"/> that reads most like it
    /// (each distinct unit scored once, all labels in one batch), or no entry when the text has no unit.
    /// </summary>
    public IReadOnlyDictionary<string, LabelSighting> Read(string text)
    {
        var units = Units(text);
        var best = new Dictionary<string, LabelSighting>(StringComparer.Ordinal);
        if (units.Count == 0)
        {
            return best;
        }

        var texts = units.Select(u => text[u.Start..u.End]).ToList();
        var distinct = texts.Distinct(StringComparer.Ordinal).ToList();
        var scored = Score(distinct);
        var byText = new Dictionary<string, float[]>(distinct.Count, StringComparer.Ordinal);
        for (var i = 0; i < distinct.Count; i++)
        {
            byText[distinct[i]] = scored[i];
        }

        foreach (var spec in Manifest.Labels)
        {
            var k = column[spec.Label];
            var top = -1;
            for (var u = 0; u < units.Count; u++)
            {
                if ((top < 0 || byText[texts[u]][k] > byText[texts[top]][k]) && CanShow(spec.Label, texts[u]))
                {
                    top = u;
                }
            }

            if (top < 0)
            {
                // No unit could show the label (none names a law, say): nothing reads like it.
                best[spec.Label] = new LabelSighting(spec.Label, 0, 0, 0, LabelEvidenceBand.Absent);
                continue;
            }

            var score = (double)byText[texts[top]][k];
            var band = score >= spec.Threshold ? LabelEvidenceBand.Present : score >= spec.Floor ? LabelEvidenceBand.Uncertain : LabelEvidenceBand.Absent;
            best[spec.Label] = new LabelSighting(spec.Label, score, units[top].Start, units[top].End, band);
        }

        return best;
    }
}
