using ClauseLens.Analysis;
using ClauseLens.Analysis.Context;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.TestSupport;

namespace ClauseLens.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/ClauseLens.Benchmarks -- deal-report</c>: holds the dev
/// documents and shared/data/contracts against the old default (the collaboration playbook for
/// everything) and against the playbook chosen by contract type, and prints how many documents
/// carry a high finding each way, which playbooks were chosen, and every high finding from a rule
/// whose scope excludes the document's type (there should be none).
/// </summary>
internal static class DealReport
{
    public static int Run(string[] args)
    {
        var analyzer = ContractAnalyzer.WithShippedModel();
        var ingestor = new ContractIngestor();
        var sets = new (string Name, IReadOnlyList<(string Name, string Text)> Documents)[]
        {
            ("shared/data/contracts", [.. SharedData.ContractFiles().Select(f => (Path.GetFileName(f), File.ReadAllText(f)))]),
            ("documents dev", [.. TypedDocument.Read("dev").Select(d => (d.DocId, d.Text))]),
        };
        // The default playbook as it was before contract types: every rule, whatever the type.
        var unscoped = new Playbook
        {
            Id = BuiltInPlaybooks.Default.Id, Version = BuiltInPlaybooks.Default.Version, Name = BuiltInPlaybooks.Default.Name,
            Rules = [.. BuiltInPlaybooks.Default.Rules.Select(r => r with { AppliesTo = null, Protects = null })],
        };
        var outOfScope = 0;
        foreach (var (setName, documents) in sets)
        {
            int highBefore = 0, highAfter = 0;
            var chosen = new SortedDictionary<string, int>(StringComparer.Ordinal);
            var highRules = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var (name, text) in documents)
            {
                var document = ingestor.FromText(text);
                var before = analyzer.Analyze(document, unscoped, AnalysisOptions.None);
                var after = analyzer.Analyze(document, null, AnalysisOptions.None);
                highBefore += before.Findings.Any(IsHigh) ? 1 : 0;
                highAfter += after.Findings.Any(IsHigh) ? 1 : 0;
                var key = $"{after.ContractType!.Id} -> {after.Playbook.Id}";
                chosen[key] = chosen.GetValueOrDefault(key) + 1;
                var playbook = BuiltInPlaybooks.All[after.Playbook.Id];
                foreach (var finding in after.Findings.Where(IsHigh))
                {
                    highRules[$"{after.Playbook.Id}/{finding.RuleId}"] = highRules.GetValueOrDefault($"{after.Playbook.Id}/{finding.RuleId}") + 1;
                    var rule = playbook.Rules.First(r => r.Id == finding.RuleId);
                    if (!rule.AppliesToType(after.ContractType.Id))
                    {
                        outOfScope++;
                        Console.WriteLine($"  OUT OF SCOPE: {name} ({after.ContractType.Id}) {finding.RuleId}");
                    }
                }
            }

            Console.WriteLine($"{setName}: {documents.Count} documents; with a high finding: {highBefore} against {BuiltInPlaybooks.DefaultId} for all, {highAfter} with the playbook for each type");
            foreach (var (key, count) in chosen)
            {
                Console.WriteLine($"  {count,4}  {key}");
            }

            Console.WriteLine("  high findings by rule (playbook by type):");
            foreach (var (key, count) in highRules.OrderByDescending(r => r.Value))
            {
                Console.WriteLine($"  {count,4}  {key}");
            }
        }

        Console.WriteLine($"high findings from a rule whose scope excludes the document's type: {outOfScope}");
        return 0;
    }

    private static bool IsHigh(Finding f) => f.Severity == Severity.High && f.Kind != FindingKind.Ok;
}
