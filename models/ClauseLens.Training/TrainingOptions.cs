namespace ClauseLens.Training;

/// <summary>Command-line options of the training program (all optional).</summary>
/// <param name="DataDirectory">Where clauses.*.jsonl live (--data; default: shared/data found beside the repo).</param>
/// <param name="OutputDirectory">Where the model, metrics and card go (--out; default: the repo's models/).</param>
/// <param name="Date">Training date stamped into the model version (--date yyyy-MM-dd; default: today, UTC).</param>
/// <param name="Overrides">--set:Name value settings overrides, for experiments.</param>
/// <param name="Quick">--quick: skip the Japanese, whole-contract and speed reports (experiments only).</param>
internal sealed record TrainingOptions(string DataDirectory, string OutputDirectory, string? Date, IReadOnlyDictionary<string, string> Overrides, bool Quick = false)
{
    public static TrainingOptions Parse(IReadOnlyList<string> args)
    {
        string? data = null, output = null, date = null;
        var overrides = new Dictionary<string, string>(StringComparer.Ordinal);
        var quick = false;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--quick")
            {
                quick = true;
                continue;
            }

            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--data": data = value; break;
                case "--out": output = value; break;
                case "--date": date = value; break;
                case var name when name.StartsWith("--set:", StringComparison.Ordinal): overrides[name[6..]] = value; break;
                default: throw new ArgumentException($"Unknown option {args[i]}; known: --data, --out, --date, --quick, --set:<Setting> (experiments).");
            }

            i++;
        }

        return new TrainingOptions(data ?? RepoPaths.DataDirectory(), output ?? RepoPaths.ModelsDirectory(), date, overrides, quick);
    }
}
