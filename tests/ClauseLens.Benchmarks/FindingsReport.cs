using ClauseLens.Analysis;
using ClauseLens.Analysis.Classification;
using ClauseLens.Analysis.Context;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.TestSupport;
using ClauseLens.Data;

namespace ClauseLens.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/ClauseLens.Benchmarks -- findings-report [--disagreements] [--snippets] [--skip-crashes] [--patterns-only] [--no-label-evidence] [--nda-only [--train]] [--cuad-only [--train] [--claims FILE]] [--cuad-elements [--train]]</c>:
/// what ClauseLens tells a lawyer on the dev documents of shared/data/documents, held against gold
/// nobody on the team wrote. NDA elements against ContractNLI (commercial-nda playbook; survival
/// through the default playbook's rule), "missing &lt;label&gt;" against CUAD presence (default
/// playbook), the crash count over train+dev, and the METI/JPO model contracts' findings (.docx).
/// <c>--disagreements</c> lists every disagreement by document id and offsets; <c>--snippets</c> also
/// prints a short excerpt to the terminal for reading (public data; never commit that output).
/// </summary>
internal static class FindingsReport
{
    public static int Run(string[] args)
    {
        var showDisagreements = args.Contains("--disagreements");
        var snippets = args.Contains("--snippets");
        var analyzer = args.Contains("--patterns-only") ? ContractAnalyzer.WithShippedModelPatternsOnly() : ContractAnalyzer.WithShippedModel();
        if (args.Contains("--no-label-evidence"))
        {
            // "missing <label>" claims as the classifier alone makes them (to measure what the evidence reader changes).
            analyzer = ContractAnalyzer.For(ModelClauseClassifier.Load(ModelClauseClassifier.DefaultPath), args.Contains("--patterns-only") ? null : ContractAnalyzer.ShippedDetectors());
        }

        Console.WriteLine($"model {analyzer.ModelVersion}; documents {SharedData.PathOf("documents")}");
        var dev = SharedData.Documents("dev").ToList();

        if (args.Contains("--nda-only"))
        {
            // The NDA section alone (seconds instead of minutes): for work on the NDA elements.
            // --train reads the training NDAs instead, to develop patterns where one may learn
            // (the detectors were fitted there, so their numbers on train are optimistic).
            var ndas = args.Contains("--train") ? [.. SharedData.Documents("train").Where(d => d.IsNda)] : dev.Where(d => d.IsNda).ToList();
            var only = NdaElementReport.Run(analyzer, ndas, args.Contains("--train") ? "train" : "dev");
            if (showDisagreements)
            {
                NdaElementReport.Print(only, snippets);
            }

            return 0;
        }

        if (args.Contains("--cuad-elements"))
        {
            // The commercial elements against CUAD categories alone; --train to develop patterns.
            var train = args.Contains("--train");
            var contracts = train ? [.. SharedData.Documents("train").Where(d => !d.IsNda)] : dev.Where(d => !d.IsNda).ToList();
            var found = CuadElementReport.Run(analyzer, contracts, train ? "train" : "dev");
            if (showDisagreements)
            {
                CuadElementReport.Print(found);
            }

            return 0;
        }

        if (args.Contains("--cuad-only"))
        {
            // The CUAD section alone: for work on "missing <label>" claims and the label evidence bands.
            // --train reads the training contracts, where choices may be made (the classifier and the
            // evidence reader were fitted there, so train numbers are optimistic; report dev).
            var train = args.Contains("--train");
            var contracts = train ? [.. SharedData.Documents("train").Where(d => !d.IsNda)] : dev.Where(d => !d.IsNda).ToList();
            var at = Array.IndexOf(args, "--claims");
            var found = CuadLabelReport.Run(analyzer, contracts, train ? "train" : "dev", at >= 0 && at + 1 < args.Length ? args[at + 1] : null);
            if (showDisagreements)
            {
                CuadLabelReport.Print(found);
            }

            return 0;
        }

        var nda = NdaElementReport.Run(analyzer, [.. dev.Where(d => d.IsNda)]);

        var cuad = CuadLabelReport.Run(analyzer, [.. dev.Where(d => !d.IsNda)]);
        var elements = CuadElementReport.Run(analyzer, [.. dev.Where(d => !d.IsNda)]);
        if (!args.Contains("--skip-crashes"))
        {
            Crashes(analyzer, [.. SharedData.Documents("train"), .. dev]);
        }

        ModelContracts(analyzer);
        if (showDisagreements)
        {
            NdaElementReport.Print(nda, snippets);
            CuadLabelReport.Print(cuad);
            CuadElementReport.Print(elements);
        }

        return 0;
    }

    private static void Crashes(ContractAnalyzer analyzer, IReadOnlyList<GoldDocument> documents)
    {
        var ingestor = new ContractIngestor();
        var crashes = 0;
        foreach (var document in documents)
        {
            foreach (var playbook in BuiltInPlaybooks.All.Values)
            {
                try
                {
                    analyzer.Analyze(ingestor.FromText(document.Text), playbook);
                }
#pragma warning disable CA1031 // the report counts every failure rather than stopping at the first
                catch (Exception e)
#pragma warning restore CA1031
                {
                    crashes++;
                    var frame = e.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("ClauseLens", StringComparison.Ordinal))?.Trim();
                    Console.WriteLine($"crash: {document.DocId} ({playbook.Id}): {e.GetType().Name} {frame}");
                }
            }
        }

        Console.WriteLine($"\n== Crashes: {crashes} over {documents.Count} train+dev documents x {BuiltInPlaybooks.All.Count} built-in playbooks (target 0)");
    }

    private static void ModelContracts(ContractAnalyzer analyzer)
    {
        var ingestor = new ContractIngestor();
        // What a reviewer gets who names no playbook (the issue's "playbook ClauseLens applies by
        // default"): the one chosen for the contract's detected type, the NDA's being commercial-nda.
        Console.WriteLine("\n== METI/JPO model contracts (.docx), the playbook chosen for each one's type (target: 0 high, <= 1 medium each)");
        foreach (var file in Directory.GetFiles(SharedData.PathOf("ja", "contracts"), "*.docx").Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(file);
            var result = analyzer.Analyze(ingestor.Read(stream, ContractFormat.Docx), null, AnalysisOptions.None);
            var raised = result.Findings.Where(f => f.Kind != FindingKind.Ok).ToList();
            var bySeverity = string.Join(", ", Enum.GetValues<Severity>().Reverse().Select(s => $"{WireName.Of(s)} {raised.Count(f => f.Severity == s)}"));
            Console.WriteLine($"{Path.GetFileName(file)} ({result.Playbook.Id}): {bySeverity}");
            foreach (var f in raised.Where(f => f.Severity >= Severity.Medium))
            {
                Console.WriteLine($"    {WireName.Of(f.Severity)} {f.RuleId} {WireName.Of(f.Kind)} {f.ClauseId ?? "-"} {(f.Evidence is { } e ? $"{e.Start}..{e.End}" : "-")} {f.Detail}");
            }
        }
    }
}
