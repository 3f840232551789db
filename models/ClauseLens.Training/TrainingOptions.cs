namespace ClauseLens.Training;

/// <summary>Command-line options of the training program (all optional).</summary>
/// <param name="DataDirectory">Where clauses.*.jsonl live (--data; default: shared/data found beside the repo).</param>
/// <param name="OutputDirectory">Where the model, metrics and card go (--out; default: the repo's models/).</param>
/// <param name="Date">Training date stamped into the model version (--date yyyy-MM-dd; default: today, UTC).</param>
/// <param name="Overrides">--set:Name value settings overrides, for experiments.</param>
/// <param name="Quick">--quick: skip the Japanese, whole-contract and speed reports (experiments only).</param>
/// <param name="Tune">
/// --tune: write nothing; train the recipe on 80% of the training documents and print its scores
/// on the other 20% (and the tuned SVM baseline's with --tune-svm). This is where settings are
/// compared: dev is kept for the final report only.
/// </param>
/// <param name="TuneSvm">--tune-svm: with --tune, also score the SVM baseline on the tuning slice.</param>
/// <param name="Grid">--grid:Name v1,v2: with --tune, score every combination of these settings in one run.</param>
/// <param name="Japanese">--japanese: with --tune, also run the Japanese leave-one-contract-out report for each variant.</param>
/// <param name="Dump">--dump FILE: with --tune, write each tuning-slice clause's id, gold and predicted labels and scores (no text).</param>
/// <param name="ContractType">--contract-type: train the contract-type detector instead (models/contract-type.zip).</param>
/// <param name="Slices">
/// --slices N: with --tune, repeat on N independent 20% slices (slice 0 is the usual one) and print
/// each candidate's mean, spread and paired difference from the first candidate.
/// </param>
/// <param name="LabelEvidence">--label-evidence: train the label evidence reader (models/label-evidence.zip) that checks "missing &lt;label&gt;" claims.</param>
/// <param name="Evaluate">--evaluate: train nothing; score the shipped clause classifier on the current dev split and rewrite metrics.json and MODEL_CARD.md.</param>
/// <param name="Elements">--elements: train the element detectors (models/element-detectors.zip) instead of the clause classifier.</param>
internal sealed record TrainingOptions(
    string DataDirectory, string OutputDirectory, string? Date, IReadOnlyDictionary<string, string> Overrides,
    bool Quick = false, bool Tune = false, bool TuneSvm = false, IReadOnlyDictionary<string, string[]>? Grid = null, bool Japanese = false, string? Dump = null, int Slices = 1, bool Elements = false, bool ContractType = false, bool LabelEvidence = false, bool Evaluate = false)
{
    public static TrainingOptions Parse(IReadOnlyList<string> args)
    {
        string? data = null, output = null, date = null, dump = null;
        var slices = 1;
        var overrides = new Dictionary<string, string>(StringComparer.Ordinal);
        var grid = new Dictionary<string, string[]>(StringComparer.Ordinal);
        bool quick = false, tune = false, tuneSvm = false, japanese = false, elements = false, contractType = false, labelEvidence = false, evaluate = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--quick": quick = true; continue;
                case "--tune": tune = true; continue;
                case "--tune-svm": tuneSvm = true; continue;
                case "--japanese": japanese = true; continue;
                case "--elements": elements = true; continue;
                case "--contract-type": contractType = true; continue;
                case "--label-evidence": labelEvidence = true; continue;
                case "--evaluate": evaluate = true; continue;
            }

            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--data": data = value; break;
                case "--out": output = value; break;
                case "--date": date = value; break;
                case "--dump": dump = value; break;
                case "--slices": slices = int.TryParse(value, out var n) && n is >= 1 and <= 10 ? n : throw new ArgumentException("--slices takes a whole number from 1 to 10."); break;
                case var name when name.StartsWith("--set:", StringComparison.Ordinal): overrides[name[6..]] = value; break;
                case var name when name.StartsWith("--grid:", StringComparison.Ordinal): grid[name[7..]] = value.Split(','); break;
                default: throw new ArgumentException($"Unknown option {args[i]}; known: --data, --out, --date, --dump, --slices, --quick, --tune, --tune-svm, --japanese, --elements, --contract-type, --label-evidence, --evaluate, --set:<Setting> value, --grid:<Setting> v1,v2 (with --tune).");
            }

            i++;
        }

        if (dump is not null && slices > 1)
        {
            throw new ArgumentException("--dump writes one slice's scores; use it without --slices.");
        }

        return new TrainingOptions(data ?? RepoPaths.DataDirectory(), output ?? RepoPaths.ModelsDirectory(), date, overrides, quick, tune, tuneSvm, grid, japanese, dump, slices, elements, contractType, labelEvidence, evaluate);
    }
}
