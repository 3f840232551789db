using ClauseLens.TestSupport;
using System.Text.Json;
using ClauseLens.Analysis.Extraction;

namespace ClauseLens.Benchmarks;

/// <summary>
/// <c>dotnet run --project tests/ClauseLens.Benchmarks -- fact-coverage [split]</c>: how often the
/// extractor finds the fact a labelled clause should carry (a choice of law in governing_law
/// clauses, a forum in dispute_resolution clauses, a duration in non_compete clauses), and how often
/// it finds a choice of law in clauses without that label. Counts only; no clause text is printed.
/// </summary>
internal static class FactCoverage
{
    public static int Run(string[] args)
    {
        var split = args.FirstOrDefault() ?? "dev";
        var path = SharedData.PathOf($"clauses.{split}.jsonl");
        var extractor = new FactExtractor();
        var checks = new (string Label, string Fact)[]
        {
            ("governing_law", FactNames.GoverningLaw), ("dispute_resolution", FactNames.Forum), ("non_compete", FactNames.Duration),
            ("confidentiality", FactNames.ConfidentialDefinition), ("audit_rights", FactNames.Audit), ("royalties", FactNames.RoyaltyBasis),
        };
        var hits = checks.ToDictionary(c => c, _ => (Positive: 0, Found: 0, Negative: 0, FalseFound: 0));
        foreach (var line in File.ReadLines(path))
        {
            using var row = JsonDocument.Parse(line);
            var text = row.RootElement.GetProperty("text").GetString() ?? "";
            var labels = row.RootElement.GetProperty("labels").EnumerateArray().Select(l => l.GetString()).ToHashSet();
            var facts = extractor.Extract(text, 0);
            foreach (var check in checks)
            {
                var h = hits[check];
                var has = facts.Has(check.Fact);
                hits[check] = labels.Contains(check.Label)
                    ? (h.Positive + 1, h.Found + (has ? 1 : 0), h.Negative, h.FalseFound)
                    : (h.Positive, h.Found, h.Negative + 1, h.FalseFound + (has ? 1 : 0));
            }
        }

        Console.WriteLine($"Fact coverage on {path}");
        Console.WriteLine($"{"label",-20} {"fact",-16} {"found in labelled",20} {"found in others",18}");
        foreach (var (check, h) in hits)
        {
            Console.WriteLine($"{check.Label,-20} {check.Fact,-16} {$"{h.Found}/{h.Positive} ({Share(h.Found, h.Positive)})",20} {$"{h.FalseFound}/{h.Negative} ({Share(h.FalseFound, h.Negative)})",18}");
        }

        return 0;
    }

    private static string Share(int n, int d) => d == 0 ? "-" : $"{100.0 * n / d:0.0}%";
}
