using ClauseLens.Analysis.Context;
using ClauseLens.Analysis.Ingest;
using ClauseLens.TestSupport;

namespace ClauseLens.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/ClauseLens.Benchmarks -- type-report</c>: the shipped
/// contract-type detector, through the real ingest and Context stage, on the dev documents whose
/// name says their type (accuracy, per-type P/R/F1, the confusion table and every disagreement with
/// its name), on the dev documents whose name says nothing (what it calls them), on the four
/// METI/JPO model contracts (.txt and .docx) and on shared/data/contracts.
/// </summary>
internal static class TypeReport
{
    public static int Run(string[] args)
    {
        var reader = ContractContextReader.Shipped;
        var ingestor = new ContractIngestor();
        if (args.Length > 0)
        {
            // type-report FILE…: the type of each named contract (a look, not a measurement).
            foreach (var file in args)
            {
                var context = reader.Read(ingestor.FromText(File.ReadAllText(file)));
                Console.WriteLine($"{context.ContractType.Id,-13} {context.ContractType.Confidence:F2} {context.Language,-5} {Path.GetFileName(file)}");
            }

            return 0;
        }
        var dev = TypedDocument.Read("dev");
        var labelled = dev.Where(d => d.Label is not null).ToList();
        var results = labelled.Select(d => (Doc: d, Context: reader.Read(ingestor.FromText(d.Text)))).ToList();
        var correct = results.Count(r => r.Context.ContractType.Id == r.Doc.Label);
        Console.WriteLine($"model {reader.ModelVersion}");
        Console.WriteLine($"dev documents whose name says their type: {labelled.Count} of {dev.Count}; accuracy {(double)correct / labelled.Count:F3} ({correct}/{labelled.Count})");
        Console.WriteLine($"  CUAD only: {Accuracy(results.Where(r => r.Doc.Source == "cuad"))}; ContractNLI (all NDAs): {Accuracy(results.Where(r => r.Doc.Source == "contractnli"))}");
        TitleRuleAndModel(labelled, "dev");
        TitleRuleAndModel(TypedDocument.Read("train").Where(d => d.Label is not null).ToList(), "train");
        Console.WriteLine();
        Console.WriteLine($"{"type",-14} {"P",6} {"R",6} {"F1",6} {"n",4}");
        foreach (var type in ContractTypes.All)
        {
            var tp = results.Count(r => r.Doc.Label == type && r.Context.ContractType.Id == type);
            var fp = results.Count(r => r.Doc.Label != type && r.Context.ContractType.Id == type);
            var fn = results.Count(r => r.Doc.Label == type && r.Context.ContractType.Id != type);
            var p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
            var rc = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
            var f1 = p + rc == 0 ? 0 : 2 * p * rc / (p + rc);
            Console.WriteLine($"{type,-14} {p,6:F3} {rc,6:F3} {f1,6:F3} {tp + fn,4}");
        }

        Console.WriteLine();
        Console.WriteLine("confusion (rows: name says; columns: detected)");
        Console.WriteLine($"{"",-14}" + string.Concat(ContractTypes.All.Select(t => $"{t,14}")));
        foreach (var gold in ContractTypes.All)
        {
            Console.WriteLine($"{gold,-14}" + string.Concat(ContractTypes.All.Select(t => $"{results.Count(r => r.Doc.Label == gold && r.Context.ContractType.Id == t),14}")));
        }

        Console.WriteLine();
        Console.WriteLine("disagreements:");
        foreach (var (doc, context) in results.Where(r => r.Context.ContractType.Id != r.Doc.Label))
        {
            Console.WriteLine($"  {doc.Label,-13} -> {context.ContractType.Id,-13} {context.ContractType.Confidence:F2}  {Short(doc.Name ?? doc.DocId)}  [{Short(doc.DocId)}]");
        }

        Console.WriteLine();
        Console.WriteLine("dev documents whose name says no single type:");
        foreach (var doc in dev.Where(d => d.Label is null))
        {
            var context = reader.Read(ingestor.FromText(doc.Text));
            Console.WriteLine($"  {context.ContractType.Id,-13} {context.ContractType.Confidence:F2}  {Short(doc.Name ?? "(no name)")}");
        }

        Console.WriteLine();
        Console.WriteLine("METI/JPO model contracts:");
        foreach (var file in Directory.GetFiles(SharedData.PathOf("ja", "contracts")).Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(file);
            var document = ingestor.Read(stream, ContractIngestor.FormatOf(file)!.Value);
            var context = reader.Read(document);
            Console.WriteLine($"  {Path.GetFileName(file),-24} {context.ContractType.Id,-13} {context.ContractType.Confidence:F2} language {context.Language}");
        }

        Console.WriteLine();
        Speed(reader, ingestor);
        Console.WriteLine();
        Console.WriteLine("shared/data/contracts:");
        foreach (var file in SharedData.ContractFiles())
        {
            var context = reader.Read(ingestor.FromText(File.ReadAllText(file)));
            Console.WriteLine($"  {context.ContractType.Id,-13} {context.ContractType.Confidence:F2}  {Short(Path.GetFileName(file))}");
        }

        return 0;
    }

    // The two parts apart. The weak label is the document's name and the title rule reads the
    // name at the top of the text, so the rule's accuracy measures title reading; the model alone
    // (on every labelled document, and on those the rule leaves to it) is what reads content.
    private static void TitleRuleAndModel(IReadOnlyList<TypedDocument> labelled, string split)
    {
        var model = ContractTypeModel.Load(ContractTypeModel.DefaultPath);
        var rows = labelled.Select(d => (Doc: d, Title: ContractTypeNames.FromEnglishTitle(d.Text), Model: model.Predict(d.Text).Type)).ToList();
        var titled = rows.Where(r => r.Title is not null).ToList();
        var untitled = rows.Where(r => r.Title is null).ToList();
        Console.WriteLine($"  {split}: title rule fires on {titled.Count} of {rows.Count}, right on {titled.Count(r => r.Title == r.Doc.Label)}; " +
            $"model alone right on {rows.Count(r => r.Model == r.Doc.Label)} of {rows.Count} ({(double)rows.Count(r => r.Model == r.Doc.Label) / rows.Count:F3}), " +
            $"on the {untitled.Count} the rule leaves to it {untitled.Count(r => r.Model == r.Doc.Label)}");
        foreach (var (doc, title, _) in titled.Where(r => r.Title != r.Doc.Label))
        {
            Console.WriteLine($"    title rule {title,-13} name says {doc.Label,-13} {Short(doc.Name ?? doc.DocId)}");
        }
    }

    // What the Context stage adds to one analysis: type and language of a 50-page contract (the
    // concatenated contracts, 3,000 characters a page, as the analyze benchmark builds it).
    private static void Speed(ContractContextReader reader, ContractIngestor ingestor)
    {
        var corpus = string.Join("\n\n", SharedData.ContractFiles().Select(File.ReadAllText));
        var document = ingestor.FromText(corpus[..Math.Min(corpus.Length, 50 * 3_000)]);
        var timings = new List<double>();
        for (var i = 0; i < 240; i++)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            reader.Read(document);
            if (i >= 40)
            {
                timings.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        timings.Sort();
        Console.WriteLine($"Context stage on a 50-page contract ({document.Text.Length} characters), 200 runs after 40 warm-up: p50 {timings[100]:F2} ms, p95 {timings[190]:F2} ms");
    }

    private static string Accuracy(IEnumerable<(TypedDocument Doc, ContractContext Context)> results)
    {
        var list = results.ToList();
        return list.Count == 0 ? "n/a" : $"{(double)list.Count(r => r.Context.ContractType.Id == r.Doc.Label) / list.Count:F3} ({list.Count})";
    }

    private static string Short(string value)
    {
        var oneLine = value.ReplaceLineEndings(" ");
        return oneLine.Length <= 70 ? oneLine : oneLine[..70] + "…";
    }
}
