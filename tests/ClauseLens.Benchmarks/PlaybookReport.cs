using ClauseLens.TestSupport;
using System.Globalization;
using ClauseLens.Analysis;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/ClauseLens.Benchmarks -- playbook-report [playbook-id] [--samples N] [--rule ID]</c>:
/// runs every contract under shared/data/contracts through the real pipeline and prints, per rule,
/// how many contracts it fired on and how often it gave each kind of finding.
/// <c>--samples N</c> prints N findings (not <c>ok</c>) for a reviewer to judge, drawn fairly across
/// the rules that fired: round robin over rules, and within a rule evenly spaced over its findings,
/// so no rule or file is favoured. <c>--rule ID</c> prints every finding of the rules whose id starts
/// with ID instead; <c>--clauses NAME</c> prints the clauses, labels and facts of the contracts
/// whose file name contains NAME.
/// Each sample shows the evidence offsets and a short excerpt on stdout only; the corpus is public
/// data, never customer contracts, and nothing is written to disk.
/// </summary>
internal static class PlaybookReport
{
    private const int ExcerptLength = 200;

    public static int Run(string[] args)
    {
        var playbookId = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).FirstOrDefault() ?? BuiltInPlaybooks.DefaultId;
        var samples = Option(args, "--samples") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 0;
        var onlyRule = Option(args, "--rule");
        var showClauses = Option(args, "--clauses");
        var playbook = BuiltInPlaybooks.All[playbookId];
        var folder = SharedData.PathOf("contracts");
        var analyzer = ContractAnalyzer.WithShippedModel();

        var counts = playbook.Rules.ToDictionary(r => r.Id, _ => new SortedDictionary<string, int>(StringComparer.Ordinal));
        var firedOn = playbook.Rules.ToDictionary(r => r.Id, _ => new HashSet<string>(StringComparer.Ordinal));
        var fired = playbook.Rules.ToDictionary(r => r.Id, _ => new List<Sample>());
        var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var document = new ContractIngestor().FromText(File.ReadAllText(file));
            var result = analyzer.Analyze(document, playbook);
            if (showClauses is not null && name.Contains(showClauses, StringComparison.OrdinalIgnoreCase))
            {
                PrintClauses(name, result);
            }

            foreach (var finding in result.Findings)
            {
                var kind = WireName.Of(finding.Kind);
                counts[finding.RuleId][kind] = counts[finding.RuleId].GetValueOrDefault(kind) + 1;
                if (finding.Kind != FindingKind.Ok)
                {
                    firedOn[finding.RuleId].Add(name);
                    fired[finding.RuleId].Add(new Sample(name, document, result, finding));
                }
            }
        }

        Console.WriteLine($"Playbook {playbook.Id} v{playbook.Version} over {files.Count} contracts in {folder}");
        Console.WriteLine($"{"rule",-34} {"fired on",9} {"missing",8} {"broad",8} {"unbal.",8} {"uncert.",8} {"ok",8}");
        foreach (var rule in playbook.Rules)
        {
            var c = counts[rule.Id];
            Console.WriteLine($"{rule.Id,-34} {firedOn[rule.Id].Count,9} {c.GetValueOrDefault("missing"),8} {c.GetValueOrDefault("overly_broad"),8} {c.GetValueOrDefault("unbalanced"),8} {c.GetValueOrDefault("uncertain"),8} {c.GetValueOrDefault("ok"),8}");
        }

        var total = fired.Values.Sum(f => f.Count);
        Console.WriteLine($"{"all rules",-34} {"",9} {total,8} findings that are not ok");

        var chosen = onlyRule is not null
            ? [.. playbook.Rules.Where(r => r.Id.StartsWith(onlyRule, StringComparison.Ordinal)).SelectMany(r => fired[r.Id])]
            : Fair(playbook, fired, samples);
        foreach (var sample in chosen)
        {
            Print(sample);
        }

        return 0;
    }

    /// <summary>
    /// Round robin over the rules in playbook order; a rule with k findings (in file order) gives its
    /// m picks from the middles of m equal slices (the i-th is finding (2i+1)·k/2m), so neither the
    /// first nor the last files are favoured.
    /// </summary>
    private static List<Sample> Fair(Playbook playbook, Dictionary<string, List<Sample>> fired, int samples)
    {
        var rules = playbook.Rules.Select(r => fired[r.Id]).Where(f => f.Count > 0).ToList();
        var quota = rules.ToDictionary(f => f, _ => 0);
        for (var left = Math.Min(samples, rules.Sum(f => f.Count)); left > 0;)
        {
            foreach (var findings in rules.Where(f => quota[f] < f.Count))
            {
                if (left-- == 0)
                {
                    break;
                }

                quota[findings]++;
            }
        }

        var picked = rules.Select(f => Enumerable.Range(0, quota[f]).Select(i => f[(2 * i + 1) * f.Count / (2 * quota[f])]).ToList()).ToList();
        var order = new List<Sample>();
        for (var round = 0; order.Count < picked.Sum(p => p.Count); round++)
        {
            order.AddRange(picked.Where(p => round < p.Count).Select(p => p[round]));
        }

        return order;
    }

    private static void Print(Sample sample)
    {
        var (file, document, result, finding) = sample;
        var clause = result.Clauses.FirstOrDefault(c => c.Id == finding.ClauseId);
        var labels = clause is null ? "" : Labels(clause);
        Console.WriteLine($"\n[{finding.RuleId} {WireName.Of(finding.Kind)}] {file} {finding.ClauseId ?? "-"} {labels}");
        if (finding.Detail is not null)
        {
            Console.WriteLine($"    detail: {finding.Detail}");
        }

        if (finding.Evidence is { } evidence)
        {
            var excerpt = document.Slice(evidence.Start, Math.Min(evidence.End, evidence.Start + ExcerptLength)).ReplaceLineEndings(" ");
            Console.WriteLine($"    evidence {evidence.Start}..{evidence.End}: {excerpt}");
        }
    }

    private static void PrintClauses(string file, AnalysisResult result)
    {
        Console.WriteLine($"== {file}");
        foreach (var c in result.Clauses)
        {
            Console.WriteLine($"{c.Id} {c.Start}..{c.End} {c.Heading} [{Labels(c)}]");
            var facts = c.Facts;
            var spans = facts.Durations.Select(d => $"duration {d.Start}..{d.End} {(d.Indefinite ? "indefinite" : $"{d.Months}m")} {d.From}")
                .Concat(facts.Territories.Select(t => $"territory {t.Start}..{t.End} {t.Kind}"))
                .Concat(facts.Scope.Select(s => $"scope {s.Start}..{s.End} {s.Breadth} {s.Cue}"))
                .Concat(facts.Elements.Select(e => $"{e.Element} {e.Start}..{e.End}"));
            foreach (var line in spans)
            {
                Console.WriteLine($"    {line}");
            }
        }
    }

    private static string Labels(AnalyzedClause clause) =>
        string.Join(",", clause.Labels.Select(l => $"{l.Label}:{l.Score:0.00}").Concat(clause.UncertainLabels.Select(l => $"{l.Label}?{l.Score:0.00}")));

    private static string? Option(string[] args, string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

    private sealed record Sample(string File, ContractDocument Document, AnalysisResult Result, Finding Finding);
}
