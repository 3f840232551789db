using ClauseLens.Analysis;
using ClauseLens.Analysis.Context;
using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.TestSupport;

namespace ClauseLens.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/ClauseLens.Benchmarks -- ja-elements-report [--patterns-only] [--docx] [--lines] [--snippets] [--loco]</c>:
/// Japanese element recognition (issue 16 item 2) against <see cref="JapaneseElementGold"/>, the
/// hand-read gold of the four METI/JPO model contracts: per element, whether each contract is
/// said to state it (document level), which gold lines the evidence falls on, and evidence off
/// every gold line; then the Japanese phrasings of <see cref="JapanesePhrasings"/> (wording the model
/// contracts lack) through the fact extractor; then the model contracts' findings with the playbook
/// chosen for their type and with each built-in playbook a reviewer may name. Prints offsets and
/// element names only; <c>--lines</c> prints the line numbers of disagreements, <c>--snippets</c>
/// also the start of each line, to read in the terminal (public data; never commit that output);
/// <c>--loco</c> adds <see cref="JaDetectorExperiment"/>, a learned detector left one contract out.
/// </summary>
internal static class JaElementsReport
{
    private static bool snippets;

    public static int Run(string[] args)
    {
        var analyzer = args.Contains("--patterns-only") ? ContractAnalyzer.WithShippedModelPatternsOnly() : ContractAnalyzer.WithShippedModel();
        var docx = args.Contains("--docx");
        var showLines = args.Contains("--lines") || args.Contains("--snippets");
        snippets = args.Contains("--snippets");
        Console.WriteLine($"model {analyzer.ModelVersion}; {(docx ? ".docx" : ".txt")}; {(args.Contains("--patterns-only") ? "patterns only" : "patterns + detectors")}");

        var results = JapaneseElementGold.Contracts.ToDictionary(d => d, d =>
        {
            var document = Read(d, docx);
            return (document.Text, Result: analyzer.Analyze(document, null, AnalysisOptions.None));
        });
        Elements(results, showLines);
        Phrasings("Japanese phrasings written for ClauseLens (JapanesePhrasings.All; the Japanese patterns were written with them)", JapanesePhrasings.All, showLines);
        Phrasings("first held-out Japanese phrasings (JapanesePhrasings.HeldOut; written after the patterns; their misses were then fixed)", JapanesePhrasings.HeldOut, showLines);
        Phrasings("second held-out Japanese phrasings (JapanesePhrasings.HeldOutSecond; written before those fixes, never tuned on)", JapanesePhrasings.HeldOutSecond, showLines);
        Findings(analyzer, docx);
        if (args.Contains("--loco"))
        {
            JaDetectorExperiment.Run();
        }

        return 0;
    }

    private static ContractDocument Read(string docId, bool docx)
    {
        var ingestor = new ContractIngestor();
        if (!docx)
        {
            return ingestor.FromText(File.ReadAllText(SharedData.PathOf("ja", "contracts", docId + ".txt")));
        }

        using var stream = File.OpenRead(SharedData.PathOf("ja", "contracts", docId + ".docx"));
        return ingestor.Read(stream, ContractFormat.Docx);
    }

    private static IEnumerable<(int Start, int End)> Found(AnalysisResult result, string element) =>
        (element == "exclusivity" ? JapaneseElementGold.ExclusivityFacts : [element])
            .SelectMany(name => result.Clauses.SelectMany(c => c.Facts.SpansOf(name)));

    private static bool Unsure(AnalysisResult result, string element) =>
        result.Clauses.SelectMany(c => c.Facts.UncertainElements).Any(u => u.Element == element);

    private static void Elements(Dictionary<string, (string Text, AnalysisResult Result)> results, bool showLines)
    {
        Console.WriteLine("\n== Elements against the model contracts' gold (4 contracts; document level, then gold lines)");
        Console.WriteLine($"{"element",-22} {"gold +/-",8} {"TP",3} {"FP",3} {"FN",3} {"unsure",6} {"lines hit",9} {"off-gold",8}");
        int tp = 0, fp = 0, fn = 0, hit = 0, lines = 0, off = 0;
        var disagreements = new List<string>();
        foreach (var element in JapaneseElementGold.Elements)
        {
            int eTp = 0, eFp = 0, eFn = 0, eUnsure = 0, eHit = 0, eLines = 0, eOff = 0, present = 0;
            foreach (var gold in JapaneseElementGold.All().Where(g => g.Element == element))
            {
                var (text, result) = results[gold.DocId];
                var found = Found(result, element).ToList();
                present += gold.Present ? 1 : 0;
                if (found.Count > 0 && gold.Present)
                {
                    eTp++;
                }
                else if (found.Count > 0)
                {
                    eFp++;
                    disagreements.Add($"FP {gold.DocId} {element} at line(s) {string.Join(",", found.Select(f => LineOf(text, f.Start)).Distinct())}");
                }
                else if (gold.Present)
                {
                    eFn++;
                    eUnsure += Unsure(result, element) ? 1 : 0;
                    disagreements.Add($"FN {gold.DocId} {element}{(Unsure(result, element) ? " (uncertain)" : "")}");
                }

                var goldLines = gold.Evidence.Select(e => JapaneseElementGold.Locate(text, e)).OfType<(int Start, int End)>().ToList();
                if (goldLines.Count < gold.Evidence.Count)
                {
                    Console.WriteLine($"   (gold phrase not found in {gold.DocId} for {element})");
                }

                eLines += goldLines.Count;
                eHit += goldLines.Count(l => found.Any(f => f.Start < l.End && f.End > l.Start));
                var offLines = found.Where(f => !goldLines.Any(l => f.Start < l.End && f.End > l.Start)).Select(f => LineOf(text, f.Start)).Distinct().ToList();
                eOff += offLines.Count;
                if (gold.Present && offLines.Count > 0)
                {
                    disagreements.Add($"off-gold {gold.DocId} {element} at line(s) {string.Join(",", offLines)}");
                }
            }

            Console.WriteLine($"{element,-22} {present,4}/{JapaneseElementGold.Contracts.Count - present,-3} {eTp,3} {eFp,3} {eFn,3} {eUnsure,6} {eHit,4}/{eLines,-4} {eOff,8}");
            (tp, fp, fn, hit, lines, off) = (tp + eTp, fp + eFp, fn + eFn, hit + eHit, lines + eLines, off + eOff);
        }

        var p = ClaimTally.Ratio(tp, tp + fp);
        var r = ClaimTally.Ratio(tp, tp + fn);
        Console.WriteLine($"overall (micro, document level): P {ClaimTally.Show(p)} R {ClaimTally.Show(r)} F1 {ClaimTally.Show(ClaimTally.F1(p, r))}; gold lines hit {hit}/{lines}; evidence lines off gold {off}");
        if (showLines)
        {
            disagreements.ForEach(d => Console.WriteLine("  " + d));
        }
    }

    private static void Phrasings(string title, IReadOnlyList<JapanesePhrasing> phrasings, bool showLines)
    {
        Console.WriteLine($"\n== {title}; fact extractor");
        var extractor = new FactExtractor();
        var byElement = phrasings.GroupBy(x => x.Element);
        int right = 0, all = 0;
        foreach (var group in byElement)
        {
            int statesFound = 0, states = 0, wrong = 0, negatives = 0;
            foreach (var phrasing in group)
            {
                var facts = extractor.Extract(phrasing.Text, 0);
                var found = (group.Key == "exclusivity" ? JapaneseElementGold.ExclusivityFacts : [group.Key]).Any(facts.Has);
                states += phrasing.States ? 1 : 0;
                negatives += phrasing.States ? 0 : 1;
                statesFound += phrasing.States && found ? 1 : 0;
                wrong += !phrasing.States && found ? 1 : 0;
                right += found == phrasing.States ? 1 : 0;
                all++;
                if (showLines && found != phrasing.States)
                {
                    Console.WriteLine($"  {(found ? "FP" : "FN")} {group.Key} #{phrasings.ToList().IndexOf(phrasing)}");
                }
            }

            Console.WriteLine($"{group.Key,-22} stated found {statesFound}/{states}; not stated but found {wrong}/{negatives}");
        }

        Console.WriteLine($"phrasings right: {right}/{all}");
    }

    private static void Findings(ContractAnalyzer analyzer, bool docx)
    {
        Console.WriteLine("\n== Model contracts' findings (target with the playbook chosen for the type: 0 high, <= 1 medium)");
        foreach (var doc in JapaneseElementGold.Contracts)
        {
            var chosen = analyzer.Analyze(Read(doc, docx), null, AnalysisOptions.None);
            Print(doc, $"type {chosen.ContractType?.Id} -> {chosen.Playbook.Id}", chosen);
            foreach (var id in new[] { BuiltInPlaybooks.DefaultId, "commercial-nda" }.Where(id => id != chosen.Playbook.Id))
            {
                Print(doc, $"named {id}", analyzer.Analyze(Read(doc, docx), BuiltInPlaybooks.All[id]));
            }
        }
    }

    private static void Print(string doc, string how, AnalysisResult result)
    {
        var raised = result.Findings.Where(f => f.Kind != FindingKind.Ok).ToList();
        var high = raised.Where(f => f.Severity == Severity.High).ToList();
        var medium = raised.Where(f => f.Severity == Severity.Medium).ToList();
        Console.WriteLine($"{doc} ({how}): high {high.Count}, medium {medium.Count}, low {raised.Count(f => f.Severity == Severity.Low)}");
        foreach (var f in high.Concat(medium))
        {
            Console.WriteLine($"    {WireName.Of(f.Severity)} {f.RuleId} {WireName.Of(f.Kind)}");
        }
    }

    private static string LineOf(string text, int offset)
    {
        var number = LineNumber(text, offset).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!snippets)
        {
            return number;
        }

        var start = text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        var end = text.IndexOf('\n', offset);
        var line = text[start..(end < 0 ? text.Length : end)];
        return $"{number} [{line[..Math.Min(line.Length, 50)]}]";
    }

    private static int LineNumber(string text, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            line += text[i] == '\n' ? 1 : 0;
        }

        return line;
    }
}
