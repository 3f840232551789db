using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ClauseLens.Analysis;
using ClauseLens.Analysis.Classification;

namespace ClauseLens.Training;

/// <summary>Everything a training run measured; written as metrics.json and MODEL_CARD.md.</summary>
internal sealed record TrainingReport
{
    public const string Command = "dotnet run -c Release --project models/ClauseLens.Training";

    public required string ModelVersion { get; init; }
    public required ClassifierManifest Manifest { get; init; }
    public required ClauseModelSettings Settings { get; init; }
    public required LabelMetrics Model { get; init; }
    public required LabelMetrics Keyword { get; init; }
    public required LabelMetrics Svm { get; init; }
    public required IReadOnlyDictionary<string, SvmChoice> SvmChoices { get; init; }
    public required IReadOnlyDictionary<string, float> ChosenL2 { get; init; }
    public required double TrainingSeconds { get; init; }

    /// <summary>How busy the machine was when the run ended ("load average 1.2 over the last 15 minutes"), or that it is unknown.</summary>
    public string LoadAverage { get; init; } = ReadLoadAverage();
    public required long ModelBytes { get; init; }
    public required IReadOnlyDictionary<string, string> DataHashes { get; init; }
    public required int TrainExamples { get; init; }
    public required int JapaneseRepeat { get; init; }
    public required int DevExamples { get; init; }
    public required IReadOnlyList<FailureExample> Failures { get; init; }
    public required IReadOnlyDictionary<string, (Dictionary<string, int> Missed, Dictionary<string, int> FalseAlarms)> Anatomy { get; init; }
    public required LabelMetrics ModelWholeClauses { get; init; }
    public required LabelMetrics SvmWholeClauses { get; init; }
    public JapaneseReport? Japanese { get; init; }
    public ContractsReport? Contracts { get; init; }
    public SpeedReport? Speed { get; init; }

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Write(string outputDirectory, string dataDirectory)
    {
        File.WriteAllText(Path.Combine(outputDirectory, "metrics.json"), JsonSerializer.Serialize(ToJson(), Json) + "\n");
        File.WriteAllText(Path.Combine(outputDirectory, "MODEL_CARD.md"), ModelCard.Render(this, dataDirectory));
    }

    private static string ReadLoadAverage()
    {
        const string path = "/proc/loadavg";
        var fields = File.Exists(path) ? File.ReadAllText(path).Split(' ') : [];
        return fields.Length >= 3 ? $"load average {fields[2]} over the last 15 minutes" : "load average unknown";
    }

    public static double R(double value) => Math.Round(value, 4);

    public static object MetricsJson(LabelMetrics m) => new
    {
        macroF1 = R(m.MacroF1),
        microPrecision = R(m.MicroPrecision),
        microRecall = R(m.MicroRecall),
        microF1 = R(m.MicroF1),
        otherExamples = m.OtherExamples,
        otherFalseLabelRate = R(m.OtherFalseLabelRate),
        perLabel = m.PerLabel.ToDictionary(p => p.Key, p => new
        {
            precision = R(p.Value.Precision),
            recall = R(p.Value.Recall),
            f1 = R(p.Value.F1),
            support = p.Value.Support,
        }),
    };

    private object ToJson() => new
    {
        command = Command,
        modelVersion = ModelVersion,
        seed = Settings.Seed,
        date = Manifest.Date,
        featurizer = Manifest.Featurizer,
        trainer = Manifest.Trainer,
        uncertainRule = $"score >= {Manifest.UncertainRatio.ToString(CultureInfo.InvariantCulture)} x threshold and below the threshold",
        thresholds = Manifest.Thresholds.ToDictionary(t => t.Key, t => R(t.Value)),
        chosenL2 = ChosenL2,
        trainingSeconds = Math.Round(TrainingSeconds, 1),
        machineLoad = LoadAverage,
        modelBytes = ModelBytes,
        trainExamples = TrainExamples,
        japaneseRepeat = JapaneseRepeat,
        devExamples = DevExamples,
        dataSha256 = DataHashes,
        dev = new
        {
            model = MetricsJson(Model),
            keywordBaseline = MetricsJson(Keyword),
            tfidfSvmBaseline = MetricsJson(Svm),
            svmBaselineDescription = SvmBaseline.Description,
            modelOnWholeClauses = MetricsJson(ModelWholeClauses),
            tfidfSvmBaselineOnWholeClauses = MetricsJson(SvmWholeClauses),
            svmBaselineChosen = SvmChoices.ToDictionary(c => c.Key, c => new { c = c.Value.C, positiveWeight = c.Value.PositiveWeight, sliceF1 = R(c.Value.SliceF1) }),
        },
        japanese = Japanese?.ToJson(),
        contracts = Contracts?.ToJson(),
        speed = Speed?.ToJson(),
        failureExamples = Failures,
        errorAnatomy = Anatomy.ToDictionary(a => a.Key, a => new { missed = a.Value.Missed, falseAlarms = a.Value.FalseAlarms }),
    };
}
