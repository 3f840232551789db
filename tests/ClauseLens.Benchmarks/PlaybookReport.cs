using ClauseLens.TestSupport;
using System.Globalization;
using ClauseLens.Analysis;
using ClauseLens.Analysis.Classification;
using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Segmentation;

namespace ClauseLens.Benchmarks;

/// <summary>
/// <c>dotnet run --project tests/ClauseLens.Benchmarks -- playbook-report [playbook-id] [--samples N]</c>:
/// runs every contract under shared/data/contracts through the real pipeline and prints how often
/// each rule fires, by finding kind. <c>--samples N</c> also prints N findings with a short excerpt
/// of their evidence, for a reviewer to judge; the corpus is public data, never customer contracts.
/// </summary>
internal static class PlaybookReport
{
    public static int Run(string[] args)
    {
        var playbookId = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, out _)) ?? BuiltInPlaybooks.DefaultId;
        var samples = args.SkipWhile(a => a != "--samples").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault();
        var playbook = BuiltInPlaybooks.All[playbookId];
        var folder = SharedData.PathOf("contracts");
        var analyzer = ContractAnalyzer.WithShippedModel();

        var counts = playbook.Rules.ToDictionary(r => r.Id, _ => new SortedDictionary<string, int>(StringComparer.Ordinal));
        var picked = new List<(string File, ContractDocument Document, Finding Finding)>();
        var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            var document = new ContractIngestor().FromText(File.ReadAllText(file));
            var result = analyzer.Analyze(document, playbook);
            foreach (var finding in result.Findings)
            {
                var kind = PlaybookParser.Wire(finding.Kind);
                counts[finding.RuleId][kind] = counts[finding.RuleId].GetValueOrDefault(kind) + 1;
                if (finding.Kind != FindingKind.Ok && finding.Evidence is not null)
                {
                    picked.Add((Path.GetFileName(file), document, finding));
                }
            }
        }

        Console.WriteLine($"Playbook {playbook.Id} v{playbook.Version} over {files.Count} contracts in {folder}");
        Console.WriteLine($"{"rule",-34} {"missing",8} {"broad",8} {"unbal.",8} {"uncert.",8} {"ok",8}");
        foreach (var rule in playbook.Rules)
        {
            var c = counts[rule.Id];
            Console.WriteLine($"{rule.Id,-34} {c.GetValueOrDefault("missing"),8} {c.GetValueOrDefault("overly_broad"),8} {c.GetValueOrDefault("unbalanced"),8} {c.GetValueOrDefault("uncertain"),8} {c.GetValueOrDefault("ok"),8}");
        }

        // A deterministic spread: every k-th finding with evidence, so the sample covers many rules and files.
        var step = samples > 0 ? Math.Max(1, picked.Count / samples) : int.MaxValue;
        foreach (var (file, document, finding) in picked.Where((_, i) => i % step == 0).Take(samples))
        {
            var excerpt = document.Slice(finding.Evidence!.Start, Math.Min(finding.Evidence.End, finding.Evidence.Start + 160)).ReplaceLineEndings(" ");
            var clause = finding.ClauseId ?? "-";
            Console.WriteLine($"\n[{finding.RuleId} {PlaybookParser.Wire(finding.Kind)}] {file} {clause} {finding.Detail}\n    {excerpt}");
        }

        return 0;
    }
}
