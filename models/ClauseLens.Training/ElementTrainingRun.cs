using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using ClauseLens.Analysis.Extraction;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace ClauseLens.Training;

/// <summary>
/// <c>dotnet run -c Release --project models/ClauseLens.Training -- --elements</c>: trains the element
/// detectors on the TRAIN documents only (ContractNLI evidence spans, CUAD excerpts; negatives are the
/// other units of the same contracts) and writes models/element-detectors.zip and
/// models/element-metrics.json with per-detector P/R/F1 on dev (units and whole documents).
/// Deterministic: a seeded MLContext, one thread, documents split by a stable hash.
/// </summary>
internal sealed class ElementTrainingRun(TrainingOptions options)
{
    private const int Seed = 20261207;
    private const double HeldOutShare = 0.2;
    private const float PositiveWeight = 3f;
    /// <summary>CUAD contracts have ~400 units each: one negative in this many is kept (and weighs as many).</summary>
    private const int CuadNegativeSampling = 4;
    /// <summary>The uncertain band starts where held-out recall of the detector reaches this share ...</summary>
    private const double UncertainRecall = 0.95;
    /// <summary>... unless that puts more than this share of the held-out contracts that lack the element in the band.</summary>
    private const double UncertainAbsentShare = 0.1;
    private static readonly float[] L2Choices = [1e-5f, 1e-6f];
    /// <summary>Folds of the training NDAs (by doc_id) for the out-of-fold scores the document bands are chosen on.</summary>
    private const int Folds = 5;

    private sealed class UnitRow
    {
        public string Text { get; set; } = string.Empty;
        public int Index { get; set; }
        public float Nda { get; set; }
        public float HeldOut { get; set; }
        public float Fold { get; set; }
    }

    private sealed class LabelRow
    {
        public bool Label { get; set; }
        public float Weight { get; set; }
    }

    private sealed record Unit(GoldContract Contract, int Start, int End)
    {
        public bool HeldOut { get; } = IsHeldOut(Contract.DocId);
    }

    public void Execute()
    {
        var date = options.Date ?? DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var context = new MLContext(seed: Seed);
        var withCuad = options.Overrides.TryGetValue("ElementsCuad", out var cuad) && bool.Parse(cuad);
        var train = GoldContract.Read(options.DataDirectory, "train").Where(c => withCuad || c.IsNda).ToList();
        var dev = GoldContract.Read(options.DataDirectory, "dev").Where(c => withCuad || c.IsNda).ToList();
        var detectors = DetectorGold.Selected(withCuad);
        var units = Sample(train, detectors);
        Log($"{train.Count} train contracts, {units.Count} units kept; {dev.Count} dev contracts");

        var labels = detectors.Select(d => units.Select(u => DetectorGold.Covers(d.Spans(u.Contract), (u.Start, u.End))).ToArray()).ToArray();
        var anyCuad = Enumerable.Range(0, units.Count).Select(i => detectors.Select((d, k) => !d.Nda && labels[k][i]).Any(x => x)).ToArray();
        var rows = units.Select((u, i) => new UnitRow
        {
            Text = ElementUnitInput.From(u.Contract.Text[u.Start..u.End]).Text,
            Index = i,
            Nda = u.Contract.IsNda ? 1 : 0,
            HeldOut = IsHeldOut(u.Contract.DocId) ? 1 : 0,
            Fold = StableHash(u.Contract.DocId + "#fold") % Folds,
        }).ToList();
        var view = context.Data.LoadFromEnumerable(rows);
        var featurizer = Featurizer(context).Fit(view);
        var features = context.Data.Cache(featurizer.Transform(view));

        var chain = new List<ITransformer> { featurizer };
        var specs = new List<ElementDetectorSpec>();
        for (var k = 0; k < detectors.Count; k++)
        {
            var d = detectors[k];
            var (nda, label) = (d.Nda ? 1f : 0f, labels[k]);
            // Inverse-probability weights: a CUAD negative that was sampled stands for CuadNegativeSampling of them.
            float Weight(int i) => label[i] ? PositiveWeight : d.Nda || anyCuad[i] || units[i].HeldOut ? 1f : CuadNegativeSampling;
            var scoped = context.Data.FilterRowsByColumn(features, nameof(UnitRow.Nda), nda, nda + 0.5);
            var labelled = context.Transforms.CustomMapping<UnitRow, LabelRow>((input, output) =>
            {
                output.Label = label[input.Index];
                output.Weight = Weight(input.Index);
            }, contractName: null).Fit(scoped).Transform(scoped);
            var fit = context.Data.FilterRowsByColumn(labelled, nameof(UnitRow.HeldOut), 0, 0.5);
            var held = context.Data.FilterRowsByColumn(labelled, nameof(UnitRow.HeldOut), 0.5, 1.5);
            var (parts, spec) = TrainOne(context, d, fit, held, labelled, units);
            chain.AddRange(parts);
            specs.Add(spec);
            Log($"{d.Element}: threshold {spec.Threshold:0.000}, uncertain from {spec.UncertainFrom:0.000}");
        }

        var model = new TransformerChain<ITransformer>([.. chain]);
        var manifest = new ElementDetectorManifest("element-detectors", date, Seed, specs,
            "units = sentences and inline list items (ElementUnits); lower-cased TF-IDF word 1-2-grams, n-grams in fewer than 3 training units dropped, L2-normalised",
            $"per element: SDCA logistic (L2 by held-out F1 among {string.Join("/", L2Choices.Select(v => v.ToString(CultureInfo.InvariantCulture)))}, 1 thread, positive weight {PositiveWeight}, CUAD negatives sampled 1 in {CuadNegativeSampling} and weighted back) + Platt calibrator fitted on {HeldOutShare:P0} of training documents held out by doc_id; refitted on all training documents. NDA detectors: per-contract bands from {Folds}-fold out-of-fold scores of the training NDAs (highest score of a unit with the element's cue words, beside the patterns): missing below the highest floor keeping P(missing) >= {ElementBands.MissPrecision:0.00}, present from the presence-F1-best threshold above it. CUAD detectors: F1-best unit threshold and an uncertain floor (the higher of the {UncertainRecall:P0}-recall score and the score that leaves at most {UncertainAbsentShare:P0} of contracts without the element in the band)");
        var path = Path.Combine(options.OutputDirectory, "element-detectors.zip");
        Save(context, model, view.Schema, manifest, path);
        var bytes = new FileInfo(path).Length;
        Log($"wrote {path} ({bytes / 1024.0 / 1024.0:0.0} MB)");

        var metrics = ElementMetrics.OnDev(ElementDetectors.Load(path), dev, detectors);
        File.WriteAllText(Path.Combine(options.OutputDirectory, "element-metrics.json"), JsonSerializer.Serialize(new
        {
            command = "dotnet run -c Release --project models/ClauseLens.Training -- --elements" + (withCuad ? " --set:ElementsCuad true" : ""),
            modelVersion = $"{manifest.Name} {manifest.Date}",
            seed = Seed,
            modelBytes = bytes,
            trainContracts = train.Count,
            trainUnits = units.Count,
            devContracts = dev.Count,
            featurizer = manifest.Featurizer,
            trainer = manifest.Trainer,
            detectors = metrics,
        }, new JsonSerializerOptions { WriteIndented = true }) + "\n");
        ElementMetrics.Print(metrics);
    }

    private (ITransformer[] Parts, ElementDetectorSpec Spec) TrainOne(MLContext context, DetectorGold d, IDataView fit, IDataView held, IDataView all, List<Unit> units)
    {
        var truth = held.GetColumn<bool>("Label").ToArray();
        // Analysis reads a detector only where the element's cue words are (ElementCues): thresholds are chosen the same way.
        var allowed = held.GetColumn<int>(nameof(UnitRow.Index)).Select(i => ElementCues.Allows(d.Element, units[i].Contract.Text[units[i].Start..units[i].End])).ToArray();
        var cueRecall = truth.Count(t => t) == 0 ? 1.0 : (double)truth.Where((t, i) => t && allowed[i]).Count() / truth.Count(t => t);
        Log($"{d.Element}: cue words in {cueRecall:P1} of held-out positive units");
        (float L2, ITransformer Calibrator, IDataView Scored, double Threshold, double F1, float[] Probabilities)? best = null;
        foreach (var l2 in L2Choices)
        {
            var predictor = Learner(context, l2).Fit(fit);
            var scored = predictor.Transform(held);
            var calibrator = context.BinaryClassification.Calibrators.Platt(labelColumnName: "Label").Fit(scored);
            var probabilities = calibrator.Transform(scored).GetColumn<float>("Probability").Select((p, i) => allowed[i] ? p : 0f).ToArray();
            var (threshold, f1) = Thresholds.BestF1WithScore(probabilities, truth);
            if (best is null || f1 > best.Value.F1)
            {
                best = (l2, calibrator, scored, threshold, f1, probabilities);
            }
        }

        var chosen = best!.Value;
        var serving = Learner(context, chosen.L2).Fit(all);
        var copy = context.Transforms.CopyColumns(ElementUnitInput.ProbabilityColumn(d.Element), "Probability")
            .Fit(chosen.Calibrator.Transform(chosen.Scored));
        if (d.Nda)
        {
            // NDA detectors decide per contract, beside the patterns: bands chosen on out-of-fold scores of every training NDA.
            var bands = ElementBands.Choose(OutOfFold(context, d, all, chosen.L2, chosen.Calibrator, units));
            Log($"{d.Element}: {bands}");
            return ([serving, chosen.Calibrator, copy], new ElementDetectorSpec(d.Element, bands.Hi, bands.Lo, d.Source));
        }

        var contracts = held.GetColumn<int>(nameof(UnitRow.Index)).Select(i => units[i].Contract).ToArray();
        var uncertainFrom = Math.Min(chosen.Threshold, Math.Max(RecallFloor(chosen.Probabilities, truth), AbsentFloor(d, contracts, chosen.Probabilities, chosen.Threshold)));
        return ([serving, chosen.Calibrator, copy], new ElementDetectorSpec(d.Element, Math.Round(chosen.Threshold, 4), Math.Round(uncertainFrom, 4), d.Source));
    }

    /// <summary>
    /// Per training NDA: whether the patterns find the element in it, the highest out-of-fold
    /// calibrated score of a unit with the element's cue words, and whether gold has the element.
    /// </summary>
    private static List<(bool Pattern, double Score, bool Gold)> OutOfFold(
        MLContext context, DetectorGold d, IDataView all, float l2, ITransformer calibrator, List<Unit> units)
    {
        var best = new Dictionary<GoldContract, double>();
        for (var fold = 0; fold < Folds; fold++)
        {
            var fit = UnitModels.OutsideFold(context, all, fold);
            var test = UnitModels.InsideFold(context, all, fold);
            var scored = calibrator.Transform(Learner(context, l2).Fit(fit).Transform(test));
            var index = scored.GetColumn<int>(nameof(UnitRow.Index)).ToArray();
            var probability = scored.GetColumn<float>("Probability").ToArray();
            for (var k = 0; k < index.Length; k++)
            {
                var u = units[index[k]];
                var score = ElementCues.Allows(d.Element, u.Contract.Text[u.Start..u.End]) ? probability[k] : 0;
                best[u.Contract] = Math.Max(best.GetValueOrDefault(u.Contract), score);
            }
        }

        var extractor = new FactExtractor();
        return [.. best.OrderBy(b => b.Key.DocId, StringComparer.Ordinal)
            .Select(b => (extractor.Extract(b.Key.Text, 0).Has(d.Element), b.Value, d.Has(b.Key)))];
    }

    /// <summary>The highest score at which held-out recall reaches <see cref="UncertainRecall"/> (at least 0.02).</summary>
    private static double RecallFloor(float[] scores, bool[] truth)
    {
        var positives = scores.Where((_, i) => truth[i]).OrderDescending().ToArray();
        if (positives.Length == 0)
        {
            return Thresholds.Fallback;
        }

        var k = Math.Min(positives.Length - 1, (int)Math.Ceiling(UncertainRecall * positives.Length) - 1);
        return Math.Max(0.02, positives[k]);
    }

    /// <summary>
    /// The lowest floor that leaves at most <see cref="UncertainAbsentShare"/> of the held-out contracts
    /// lacking the element (by gold) with a unit in the uncertain band: "uncertain" must stay rarer
    /// than the true gaps it would hide.
    /// </summary>
    private static double AbsentFloor(DetectorGold d, GoldContract[] contracts, float[] scores, double threshold)
    {
        var absent = contracts.Select((c, i) => (Contract: c, Score: scores[i]))
            .GroupBy(x => x.Contract.DocId, StringComparer.Ordinal)
            .Where(g => !d.Present(g.First().Contract))
            .Select(g => (double)g.Max(x => x.Score))
            .ToList();
        var inBand = absent.Where(s => s < threshold).OrderDescending().ToList();
        var allowed = (int)Math.Floor(UncertainAbsentShare * absent.Count);
        return inBand.Count <= allowed ? 0 : inBand[allowed] + 1e-4;
    }

    private static IEstimator<ITransformer> Learner(MLContext context, float l2) => UnitModels.Learner(context, l2, iterations: 100);

    private static IEstimator<ITransformer> Featurizer(MLContext context) => UnitModels.Featurizer(context);

    /// <summary>Every unit of the NDAs and of held-out contracts; of the other CUAD contracts, every unit a CUAD detector learns as positive and a stable 1-in-N sample of the rest.</summary>
    private static List<Unit> Sample(List<GoldContract> contracts, IReadOnlyList<DetectorGold> detectors)
    {
        var units = new List<Unit>();
        foreach (var c in contracts)
        {
            var spans = detectors.Where(d => d.Nda == c.IsNda).SelectMany(d => d.Spans(c)).ToList();
            foreach (var (start, end) in c.Units())
            {
                // Held-out contracts keep every unit, so thresholds are chosen at the real rate of negatives.
                if (c.IsNda || IsHeldOut(c.DocId) || DetectorGold.Covers(spans, (start, end)) || StableHash($"{c.DocId}#{start}") % CuadNegativeSampling == 0)
                {
                    units.Add(new Unit(c, start, end));
                }
            }
        }

        return units;
    }

    private static bool IsHeldOut(string docId) => StableHash(docId) % 100 < HeldOutShare * 100;

    private static uint StableHash(string s) => UnitModels.StableHash(s);

    private static void Save(MLContext context, ITransformer model, DataViewSchema schema, ElementDetectorManifest manifest, string path) =>
        UnitModels.Save(context, model, schema, manifest.Date, ElementDetectorManifest.EntryName, manifest.ToJson(), ElementDetectorManifest.ModelEntryName, path);

    private static void Log(string message) => TrainingRun.Log(message);
}
