using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using ClauseLens.Analysis;
using ClauseLens.Analysis.Drafting;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Segmentation;
using ClauseLens.TestSupport;

namespace ClauseLens.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/ClauseLens.Benchmarks -- drafting-report [--samples 60] [--seed 19] [--dev 100] [--check NAME] [--file NAME] [--train] [--dir FOLDER]</c>:
/// runs the drafting checks over shared/data/contracts and a seeded sample of dev documents (train
/// documents with <c>--train</c>, for tuning), prints the findings per check and a seeded random
/// sample of findings, each with its offsets and the text around its evidence, for a reader to
/// judge. Output goes to the terminal only; the corpus is public data and nothing is written to disk.
/// </summary>
internal static class DraftingReport
{
    private const int Context = 90;

    public static int Run(string[] args)
    {
        var samples = Int(args, "--samples") ?? 60;
        var seed = Int(args, "--seed") ?? 19;
        var devCount = Int(args, "--dev") ?? 100;
        var onlyCheck = Option(args, "--check");
        var onlyFile = Option(args, "--file");
        var split = args.Contains("--train") ? "train" : "dev";

        var documents = new List<(string Name, string Text)>();
        if (Option(args, "--dir") is { } dir)
        {
            // Any folder of .txt contracts (the test fixtures, say) instead of the shared data.
            documents.AddRange(Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).Select(f => ("dir/" + Path.GetFileName(f), File.ReadAllText(f))));
            onlyFile ??= "";
        }
        else
        {
            documents.AddRange(SharedData.ContractFiles().Select(f => ("contracts/" + Path.GetFileName(f), File.ReadAllText(f))));
            var sampled = Documents(split).ToList();
            var rng = new Random(seed);
            documents.AddRange(sampled.OrderBy(_ => rng.Next()).Take(devCount).OrderBy(d => d.Name, StringComparer.Ordinal));
        }

        var ingestor = new ContractIngestor();
        var segmenter = new ClauseSegmenter();
        var checker = new DraftingChecker();
        var all = new List<(string Name, ContractDocument Document, Finding Finding)>();
        var clock = Stopwatch.StartNew();
        var checkClock = new Stopwatch();
        var withAny = 0;
        var slowest = (Name: "", Ms: 0.0);
        foreach (var (name, text) in documents)
        {
            var document = ingestor.FromText(text);
            var clauses = segmenter.Segment(document);
            var started = checkClock.Elapsed.TotalMilliseconds;
            checkClock.Start();
            var findings = checker.Check(document, clauses);
            checkClock.Stop();
            if (checkClock.Elapsed.TotalMilliseconds - started > slowest.Ms)
            {
                slowest = (name, checkClock.Elapsed.TotalMilliseconds - started);
            }

            withAny += findings.Count > 0 ? 1 : 0;
            all.AddRange(findings.Select(f => (name, document, f)));
        }

        Console.WriteLine($"{documents.Count} documents ({documents.Count(d => d.Name.StartsWith("contracts/", StringComparison.Ordinal))} contracts, {documents.Count(d => !d.Name.StartsWith("contracts/", StringComparison.Ordinal))} {split}, seed {seed}); {all.Count} drafting findings on {withAny} documents; {clock.ElapsedMilliseconds} ms in all, {checkClock.ElapsedMilliseconds} ms in the checks (slowest {slowest.Ms:F0} ms: {slowest.Name})");
        Console.WriteLine($"{"check",-22} {"findings",8} {"documents",9} {"contracts",9} {split,9}");
        foreach (var check in Enum.GetValues<DraftingCheck>())
        {
            var of = all.Where(a => a.Finding.Check == check).ToList();
            Console.WriteLine($"{WireName.Of(check),-22} {of.Count,8} {of.Select(a => a.Name).Distinct().Count(),9} {of.Count(a => a.Name.StartsWith("contracts/", StringComparison.Ordinal)),9} {of.Count(a => !a.Name.StartsWith("contracts/", StringComparison.Ordinal)),9}");
        }

        var pool = all.Where(a => (onlyCheck is null || WireName.Of(a.Finding.Check!.Value) == onlyCheck)
            && (onlyFile is null || a.Name.Contains(onlyFile, StringComparison.OrdinalIgnoreCase))).ToList();
        var pick = new Random(seed);
        var chosen = onlyCheck is not null || onlyFile is not null
            ? pool
            : [.. pool.OrderBy(_ => pick.Next()).Take(samples).OrderBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.Finding.Evidence?.Start)];
        Console.WriteLine();
        Console.WriteLine($"{chosen.Count} findings{(onlyCheck is null && onlyFile is null ? $" drawn at random (seed {seed})" : "")}:");
        var i = 0;
        foreach (var (name, document, f) in chosen)
        {
            i++;
            Console.WriteLine($"#{i} {name} {f.Id} [{WireName.Of(f.Check!.Value)} {WireName.Of(f.Severity)}] @{f.Evidence?.Start}-{f.Evidence?.End}: {f.Detail}");
            Console.WriteLine($"    {Around(document.Text, f.Evidence)}");
            if (f.RelatedEvidence is { } related)
            {
                Console.WriteLine($"    related @{related.Start}-{related.End}: {Around(document.Text, related)}");
            }
        }

        return 0;
    }

    /// <summary>The documents of a split of shared/data/documents, by doc id.</summary>
    private static IEnumerable<(string Name, string Text)> Documents(string split)
    {
        using var file = File.OpenRead(SharedData.PathOf("documents", $"{split}.jsonl.gz"));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        while (reader.ReadLine() is { } line)
        {
            using var json = JsonDocument.Parse(line);
            yield return ($"{split}/{json.RootElement.GetProperty("doc_id").GetString()}", json.RootElement.GetProperty("text").GetString() ?? "");
        }
    }

    private static string Around(string text, Evidence? evidence)
    {
        if (evidence is null)
        {
            return "";
        }

        var start = Math.Max(0, evidence.Start - Context);
        var end = Math.Min(text.Length, evidence.End + Context);
        return (text[start..evidence.Start] + "[[" + text[evidence.Start..evidence.End] + "]]" + text[evidence.End..end]).Replace('\n', '⏎');
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static int? Int(string[] args, string name) =>
        Option(args, name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : null;
}
