using ClauseLens.Analysis;
using ClauseLens.Analysis.Classification;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace ClauseLens.Training;

/// <summary>
/// How the clause model is built. Defaults are the shipped settings, chosen by `--tune` runs on
/// 20% of the training documents (never on dev).
/// </summary>
internal sealed record ClauseModelSettings
{
    public int Seed { get; init; } = 20261125;
    public string Date { get; init; } = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    /// <summary>Share of training documents held out to fit the calibrators and thresholds.</summary>
    public double HeldOutShare { get; init; } = 0.2;
    public int WordNgramLength { get; init; } = 2;
    /// <summary>0 turns character n-grams off.</summary>
    public int CharNgramLength { get; init; } = 0;
    /// <summary>An n-gram must occur in at least this many training clauses to keep a weight (keeps the model small).</summary>
    public int MinimumCount { get; init; } = 3;
    public bool UseHeading { get; init; } = true;
    /// <summary>Keep digits and punctuation as tokens of the text block (the SVM baseline keeps both).</summary>
    public bool KeepNumbers { get; init; }
    public bool KeepPunctuations { get; init; }
    public float L2 { get; init; } = 1e-6f;
    /// <summary>
    /// When not empty, each label picks its L2 from these values by F1 (at its best threshold) on
    /// the held-out training documents, as the SVM baseline picks its C; <see cref="L2"/> is then unused.
    /// </summary>
    public IReadOnlyList<float> L2Choices { get; init; } = [1e-7f, 3e-7f, 1e-6f, 3e-6f];
    /// <summary>Per label, an L2 fixed in advance (no choice); used by the Japanese folds, which reuse the shipped model's choice.</summary>
    public IReadOnlyDictionary<string, float> FixedL2 { get; init; } = new Dictionary<string, float>();
    public int Iterations { get; init; } = 100;
    /// <summary>SDCA stops when the duality gap falls under this share; ML.NET's default 0.1 stops early on text.</summary>
    public float Tolerance { get; init; } = 0.01f;
    /// <summary>Weight of a positive example relative to a negative one (1 = unweighted).</summary>
    public float PositiveWeight { get; init; } = 3f;
    /// <summary>SDCA loss: "log" (logistic regression) or "hinge" (linear SVM); both are Platt-calibrated afterwards.</summary>
    public string Loss { get; init; } = "log";
    /// <summary>"sdca" (SDCA logistic) or "lbfgs" (L-BFGS logistic regression).</summary>
    public string Trainer { get; init; } = "sdca";
    public double UncertainRatio { get; init; } = 0.7;
    /// <summary>"f1": each label's threshold maximises F1 on the held-out documents; "margin": the linear model's own decision at score 0.</summary>
    public string ThresholdRule { get; init; } = "f1";
    /// <summary>Add the Japanese articles to the shipped model's training data.</summary>
    public bool IncludeJapanese { get; init; } = true;
    /// <summary>
    /// How many times each Japanese article is repeated in training: 66 articles against 16,000
    /// English clauses would otherwise barely move the weights of their CJK bigram features.
    /// </summary>
    public int JapaneseRepeat { get; init; } = 8;
    /// <summary>
    /// Labelled training clauses left out by their <see cref="ErrorAnatomy"/> kind: "none",
    /// "artefact" (page footers, redaction notices) or "fragment" (artefacts and fragments).
    /// </summary>
    public string DropPositives { get; init; } = "none";
    /// <summary>Refit the linear models on all training documents after calibrating on the held-out ones.</summary>
    public bool RefitOnAll { get; init; } = true;

    /// <summary>Applies --set:Name value overrides (for experiments; the shipped model uses the defaults).</summary>
    public static ClauseModelSettings WithOverrides(ClauseModelSettings settings, IReadOnlyDictionary<string, string> overrides)
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        foreach (var (name, value) in overrides)
        {
            settings = name switch
            {
                nameof(HeldOutShare) => settings with { HeldOutShare = double.Parse(value, invariant) },
                nameof(WordNgramLength) => settings with { WordNgramLength = int.Parse(value, invariant) },
                nameof(MinimumCount) => settings with { MinimumCount = int.Parse(value, invariant) },
                nameof(CharNgramLength) => settings with { CharNgramLength = int.Parse(value, invariant) },
                nameof(IncludeJapanese) => settings with { IncludeJapanese = bool.Parse(value) },
                nameof(JapaneseRepeat) => settings with { JapaneseRepeat = int.Parse(value, invariant) },
                nameof(RefitOnAll) => settings with { RefitOnAll = bool.Parse(value) },
                nameof(UseHeading) => settings with { UseHeading = bool.Parse(value) },
                nameof(KeepNumbers) => settings with { KeepNumbers = bool.Parse(value) },
                nameof(KeepPunctuations) => settings with { KeepPunctuations = bool.Parse(value) },
                nameof(L2) => settings with { L2 = float.Parse(value, invariant) },
                nameof(L2Choices) => settings with { L2Choices = [.. value.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(v => float.Parse(v, invariant))] },
                nameof(Tolerance) => settings with { Tolerance = float.Parse(value, invariant) },
                nameof(Iterations) => settings with { Iterations = int.Parse(value, invariant) },
                nameof(Trainer) => settings with { Trainer = value },
                nameof(Loss) => settings with { Loss = value },
                nameof(ThresholdRule) => settings with { ThresholdRule = value },
                nameof(PositiveWeight) => settings with { PositiveWeight = float.Parse(value, invariant) },
                nameof(DropPositives) => settings with { DropPositives = value },
                _ => throw new ArgumentException($"Unknown setting {name}."),
            };
        }

        return settings;
    }

    /// <summary>English examples plus the Japanese ones repeated <see cref="JapaneseRepeat"/> times.</summary>
    public IReadOnlyList<ClauseExample> Mix(IReadOnlyList<ClauseExample> english, IEnumerable<ClauseExample> japanese) =>
        [.. english, .. japanese.SelectMany(e => Enumerable.Repeat(e, JapaneseRepeat))];

    public string DescribeFeaturizer() =>
        "lower-cased text, CJK runs as character bigrams, Japanese glossary terms glossed into English (heading terms in both blocks, body terms word for word in the text block); " +
        $"TF-IDF word 1-{WordNgramLength}-grams" +
        (KeepNumbers || KeepPunctuations ? $" (keeping {string.Join(" and ", new[] { KeepNumbers ? "digits" : null, KeepPunctuations ? "punctuation" : null }.OfType<string>())})" : string.Empty) +
        (CharNgramLength > 0 ? $" + TF-IDF char 1-{CharNgramLength}-grams" : string.Empty) +
        (UseHeading ? " + heading word 1-2-grams (segmenter heading, else derived by ClauseHeading)" : string.Empty) +
        $"; n-grams in fewer than {MinimumCount} training clauses dropped; L2-normalised";

    public string DescribeTrainer() =>
        $"per label: {(Trainer == "lbfgs" ? "L-BFGS logistic regression (" : Loss == "hinge" ? "linear SVM (SDCA hinge loss, " : "SDCA logistic (")}non-calibrated, L2={(L2Choices.Count == 0 ? L2.ToString(System.Globalization.CultureInfo.InvariantCulture) : "per label the best of " + string.Join("/", L2Choices.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture))) + " by held-out F1")}, at most {Iterations} iterations, tolerance {Tolerance}, 1 thread, positive weight {PositiveWeight}) " +
        $"+ Platt calibrator and F1-best threshold fitted on {HeldOutShare:P0} of training documents held out by doc_id" +
        (RefitOnAll ? "; linear models then refitted on all training documents" : string.Empty) +
        (DropPositives == "none" ? string.Empty : $"; labelled training clauses that are page artefacts{(DropPositives == "fragment" ? " or fragments" : string.Empty)} left out");
}

/// <summary>
/// Trains the clause model: one shared featurizer, then per label a linear binary model, a Platt
/// calibrator and a threshold, the last two fitted on documents the linear model never saw.
/// ML.NET has no multi-label trainer, hence one binary model per label.
/// </summary>
internal sealed class ClauseModelTrainer(ClauseModelSettings settings)
{
    public ClauseModelSettings Settings => settings;

    /// <summary>Trains on <paramref name="examples"/> (split by document into fit and held-out parts).</summary>
    public TrainedClauseModel Train(IReadOnlyList<ClauseExample> examples)
    {
        examples = settings.DropPositives switch
        {
            "none" => examples,
            "artefact" => [.. examples.Where(e => e.IsOther || ErrorAnatomy.KindOf(e.Text) != ErrorAnatomy.PageArtefact)],
            "fragment" => [.. examples.Where(e => e.IsOther || ErrorAnatomy.KindOf(e.Text) == ErrorAnatomy.WholeClause)],
            _ => throw new ArgumentException($"Unknown DropPositives {settings.DropPositives}."),
        };
        var context = new MLContext(seed: settings.Seed);
        var (fit, held) = ClauseExample.SplitByDocument(examples, settings.HeldOutShare);
        if (fit.Count == 0 || held.Count == 0)
        {
            throw new InvalidOperationException($"Too few documents to hold out {settings.HeldOutShare:P0} of them.");
        }

        var fitView = context.Data.LoadFromEnumerable(fit.Select(TrainingRow.From));
        var heldView = context.Data.LoadFromEnumerable(held.Select(TrainingRow.From));

        var featurizer = Featurizer(context).Fit(fitView);
        var fitFeatures = context.Data.Cache(featurizer.Transform(fitView));
        var heldFeatures = context.Data.Cache(featurizer.Transform(heldView));

        // The calibrators and thresholds come from the held-out documents; the shipped linear
        // models are then refitted on every document (as CalibratedClassifierCV does), so no
        // training data is left unused.
        ITransformer servingFeaturizer = featurizer;
        IDataView? allFeatures = null;
        if (settings.RefitOnAll)
        {
            var allView = context.Data.LoadFromEnumerable(examples.Select(TrainingRow.From));
            servingFeaturizer = Featurizer(context).Fit(allView);
            allFeatures = context.Data.Cache(servingFeaturizer.Transform(allView));
        }

        var chain = new List<ITransformer> { servingFeaturizer };
        var thresholds = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var label in ClauseLabels.All)
        {
            var (parts, threshold) = TrainLabel(context, label, fitFeatures, heldFeatures, allFeatures);
            chain.AddRange(parts);
            thresholds[label] = threshold;
        }

        var manifest = new ClassifierManifest(
            "clause-classifier", settings.Date, ClauseLabels.All, thresholds, settings.UncertainRatio, settings.Seed,
            settings.DescribeFeaturizer(), settings.DescribeTrainer());
        return new TrainedClauseModel(context, new TransformerChain<ITransformer>([.. chain]), fitView.Schema, manifest);
    }

    private (ITransformer[] Parts, double Threshold) TrainLabel(
        MLContext context, string label, IDataView fitFeatures, IDataView heldFeatures, IDataView? allFeatures)
    {
        var weighted = WithLabelWeight(context, fitFeatures, label);
        var truth = heldFeatures.GetColumn<bool>(label).ToArray();
        (float L2, ITransformer Predictor, ITransformer Calibrator, IDataView HeldScored, double Threshold, double F1)? best = null;
        // Largest L2 first, so a tie keeps the more regularised model.
        IReadOnlyList<float> choices = settings.FixedL2.TryGetValue(label, out var fixedL2) ? [fixedL2]
            : settings.L2Choices.Count == 0 ? [settings.L2] : settings.L2Choices;
        foreach (var l2 in choices.OrderDescending())
        {
            var predictor = Learner(context, label, l2).Fit(weighted);
            var heldScored = predictor.Transform(heldFeatures);
            var calibrator = context.BinaryClassification.Calibrators.Platt(labelColumnName: label).Fit(heldScored);
            var probabilities = calibrator.Transform(heldScored).GetColumn<float>("Probability").ToArray();
            var (threshold, f1) = Thresholds.BestF1WithScore(probabilities, truth);
            if (settings.ThresholdRule == "margin")
            {
                // The linear model's own decision (score 0), expressed as a calibrated probability.
                threshold = calibrator.Transform(context.Data.LoadFromEnumerable([new ZeroScore()])).GetColumn<float>("Probability").Single();
                f1 = Thresholds.F1At(probabilities, truth, threshold);
            }

            if (best is null || f1 > best.Value.F1)
            {
                best = (l2, predictor, calibrator, heldScored, threshold, f1);
            }
        }

        var chosen = best!.Value;
        ChosenL2[label] = chosen.L2;
        var copy = context.Transforms.CopyColumns(ClauseModelSchema.ProbabilityColumn(label), "Probability")
            .Fit(chosen.Calibrator.Transform(chosen.HeldScored));
        var serving = allFeatures is null
            ? chosen.Predictor
            : Learner(context, label, chosen.L2).Fit(WithLabelWeight(context, allFeatures, label));
        return ([serving, chosen.Calibrator, copy], chosen.Threshold);
    }

    private sealed class ZeroScore
    {
        public float Score { get; set; }
    }

    /// <summary>The L2 each label chose in the last <see cref="Train"/> (for the report).</summary>
    public Dictionary<string, float> ChosenL2 { get; } = new(StringComparer.Ordinal);

    private IEstimator<ITransformer> Learner(MLContext context, string label, float l2) => settings.Trainer switch
    {
        "sdca" => context.BinaryClassification.Trainers.SdcaNonCalibrated(new SdcaNonCalibratedBinaryTrainer.Options
        {
            LabelColumnName = label,
            FeatureColumnName = ClauseModelSchema.Features,
            ExampleWeightColumnName = LabelWeight.Column,
            LossFunction = settings.Loss switch
            {
                "log" => new LogLoss(),
                "hinge" => new HingeLoss(),
                _ => throw new ArgumentException($"Unknown loss {settings.Loss}."),
            },
            L2Regularization = l2,
            MaximumNumberOfIterations = settings.Iterations,
            ConvergenceTolerance = settings.Tolerance,
            NumberOfThreads = 1,
            Shuffle = true,
        }),
        // Its own sigmoid output is replaced by the Platt calibrator fitted on held-out documents.
        "lbfgs" => context.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = label,
            FeatureColumnName = ClauseModelSchema.Features,
            ExampleWeightColumnName = LabelWeight.Column,
            L2Regularization = l2,
            L1Regularization = 0,
            MaximumNumberOfIterations = settings.Iterations,
            NumberOfThreads = 1,
        }),
        _ => throw new ArgumentException($"Unknown trainer {settings.Trainer}."),
    };

    // Positives of this label weigh PositiveWeight, everything else 1: rare labels are otherwise
    // drowned by the "other" majority.
    private IDataView WithLabelWeight(MLContext context, IDataView features, string label) =>
        LabelWeight.Add(context, features, label, settings.PositiveWeight);

    private IEstimator<ITransformer> Featurizer(MLContext context)
    {
        var textOptions = new TextFeaturizingEstimator.Options
        {
            CaseMode = Microsoft.ML.Transforms.Text.TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = settings.KeepPunctuations,
            KeepNumbers = settings.KeepNumbers,
            WordFeatureExtractor = new WordBagEstimator.Options
            {
                NgramLength = settings.WordNgramLength,
                UseAllLengths = true,
                Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf,
            },
            CharFeatureExtractor = settings.CharNgramLength > 0
                ? new WordBagEstimator.Options
                {
                    NgramLength = settings.CharNgramLength,
                    UseAllLengths = true,
                    Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf,
                }
                : null,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        IEstimator<ITransformer> pipeline = context.Transforms.Text.FeaturizeText("TextFeatures", textOptions, ClauseModelSchema.Text)
            // Drops n-grams seen in fewer than MinimumCount clauses: most word bigrams occur once,
            // carry no signal a linear model can trust, and would triple the model file.
            .Append(context.Transforms.FeatureSelection.SelectFeaturesBasedOnCount("TextFeatures", count: settings.MinimumCount));
        if (!settings.UseHeading)
        {
            return pipeline.Append(context.Transforms.CopyColumns(ClauseModelSchema.Features, "TextFeatures"));
        }

        var headingOptions = new TextFeaturizingEstimator.Options
        {
            CaseMode = Microsoft.ML.Transforms.Text.TextNormalizingEstimator.CaseMode.Lower,
            KeepPunctuations = false,
            KeepNumbers = false,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        return pipeline
            .Append(context.Transforms.Text.FeaturizeText("HeadingFeatures", headingOptions, ClauseModelSchema.Heading))
            .Append(context.Transforms.Concatenate(ClauseModelSchema.Features, "TextFeatures", "HeadingFeatures"));
    }
}
