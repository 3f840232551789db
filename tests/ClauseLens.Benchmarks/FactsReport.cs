using System.Collections.Concurrent;
using System.Diagnostics;
using ClauseLens.Analysis;
using ClauseLens.Analysis.Briefs;
using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.TestSupport;
using ClauseLens.Data;

namespace ClauseLens.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/ClauseLens.Benchmarks -- facts-report [dev|train] [--disagreements [--all-parties]]</c>:
/// runs the CUAD contracts of <c>documents/{split}.jsonl.gz</c> through the real pipeline and
/// checks the extracted facts against CUAD's own short answers: governing law (normalised on both
/// sides: "State of New York", "laws of England", "British Columbia, Canada"), renewal term and
/// notice period to terminate renewal (in months; "perpetual" as indefinite). Report on dev; read
/// train's disagreements to improve the extraction. It also holds the brief's first lines against
/// CUAD: the parties it names (against the Parties excerpts), the type of agreement (against the
/// Document Name) and whether the contract renews. <c>--disagreements</c> prints each one with
/// CUAD's answer, what was extracted and a short excerpt of the sentence it came from (public
/// corpus, stdout only); <c>--all-parties</c> prints the parties read for every contract, not only
/// where one is wrong.
/// </summary>
internal static class FactsReport
{
    private const int ExcerptLength = 220;

    public static int Run(string[] args)
    {
        var split = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "dev";
        var showDisagreements = args.Contains("--disagreements");
        var documents = SharedData.Documents(split).Where(d => d.Source == "cuad").ToList();
        var analyzer = ContractAnalyzer.WithShippedModel();
        var rows = new ConcurrentBag<Row>();
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(documents, gold =>
        {
            var document = new ContractIngestor().FromText(gold.Text);
            var result = analyzer.Analyze(document, BuiltInPlaybooks.Default);
            rows.Add(new Row(gold, document, result));
        });

        var ordered = rows.OrderBy(r => r.Gold.DocId, StringComparer.Ordinal).ToList();
        Console.WriteLine($"Facts against CUAD answers: {ordered.Count} CUAD contracts of documents/{split} ({clock.Elapsed.TotalSeconds:0.0} s)");
        Console.WriteLine();
        var disagreements = new List<string>();
        GoverningLaw(ordered, disagreements);
        Renewal(ordered, disagreements, "Renewal Term", r => r?.TermMonths, "renewal term");
        Renewal(ordered, disagreements, "Notice Period To Terminate Renewal", r => r?.Kind == RenewalKind.Automatic ? RenewalReader.Months(r.Notice) : null, "notice to stop renewal");
        RenewalClaims(ordered);
        Parties(ordered, disagreements, args.Contains("--all-parties"));
        AgreementTypes(ordered, disagreements);
        if (showDisagreements)
        {
            Console.WriteLine();
            Console.WriteLine("Disagreements:");
            disagreements.ForEach(Console.WriteLine);
        }

        return 0;
    }

    private sealed record Row(GoldDocument Gold, ContractDocument Document, AnalysisResult Result)
    {
        public string Text => Document.Text;


        public RenewalFact? Renewal { get; } = RenewalReader.Read(Document.Text, Result.Clauses);

        public BriefDeal Deal { get; } = BriefDealReader.Read(Document, Result);
    }

    private static void GoverningLaw(List<Row> rows, List<string> disagreements)
    {
        int answered = 0, equal = 0, wrong = 0, missed = 0, unanswered = 0, extraWhenNone = 0, unreadable = 0;
        foreach (var row in rows)
        {
            var extracted = ContractFacts.GoverningLaw(row.Result);
            var answer = row.Gold.Answers.GetValueOrDefault("Governing Law");
            if (string.IsNullOrWhiteSpace(answer))
            {
                unanswered++;
                if (extracted is { } e)
                {
                    extraWhenNone++;
                    disagreements.Add(Line(row, "governing law", "(none)", e.Jurisdiction, e.Start, e.End));
                }

                continue;
            }

            answered++;
            var gold = ContractFacts.GoldJurisdictions(answer);
            if (gold.Count == 0)
            {
                unreadable++;
            }

            if (extracted is not { } found)
            {
                missed++;
                disagreements.Add(Line(row, "governing law", answer, "(none)", 0, 0));
            }
            else if (gold.Contains(found.Jurisdiction))
            {
                equal++;
            }
            else
            {
                wrong++;
                disagreements.Add(Line(row, "governing law", answer, found.Jurisdiction, found.Start, found.End));
            }
        }

        Console.WriteLine($"Governing law ({answered} contracts with an answer, {unanswered} without)");
        Console.WriteLine($"  equals CUAD's answer   {equal,4}/{answered}  {Share(equal, answered)}   (target >= 95%)");
        Console.WriteLine($"  a different law        {wrong,4}");
        Console.WriteLine($"  none extracted         {missed,4}");
        Console.WriteLine($"  answer not a known place {unreadable,2}");
        Console.WriteLine($"  extracted, CUAD has none {extraWhenNone,2}/{unanswered}");
    }

    private static void Renewal(List<Row> rows, List<string> disagreements, string category, Func<RenewalFact?, int?> pick, string what)
    {
        int answered = 0, equal = 0, wrong = 0, missed = 0, unanswered = 0, extraWhenNone = 0;
        foreach (var row in rows)
        {
            var extracted = pick(row.Renewal);
            var answer = row.Gold.Answers.GetValueOrDefault(category);
            var (start, end) = row.Renewal is { } r ? (r.Start, r.End) : (0, 0);
            if (string.IsNullOrWhiteSpace(answer))
            {
                unanswered++;
                if (extracted is not null)
                {
                    extraWhenNone++;
                    disagreements.Add(Line(row, what, "(none)", extracted == -1 ? "indefinite" : $"{extracted} months", start, end));
                }

                continue;
            }

            answered++;
            var gold = ContractFacts.GoldMonths(answer);
            if (extracted is null)
            {
                missed++;
                disagreements.Add(Line(row, what, answer, "(none)", start, end));
            }
            else if (extracted == gold)
            {
                equal++;
            }
            else
            {
                wrong++;
                disagreements.Add(Line(row, what, answer, extracted == -1 ? "indefinite" : $"{extracted} months", start, end));
            }
        }

        Console.WriteLine();
        Console.WriteLine($"{category} ({answered} contracts with an answer, {unanswered} without)");
        Console.WriteLine($"  equals CUAD's answer   {equal,4}/{answered}  {Share(equal, answered)}");
        Console.WriteLine($"  a different value      {wrong,4}");
        Console.WriteLine($"  none extracted         {missed,4}");
        Console.WriteLine($"  extracted, CUAD has none {extraWhenNone,2}/{unanswered}");
    }

    // The brief's after-signing item says the contract renews: how often CUAD agrees, against the
    // cue it replaced (any clause that mentions a renewal).
    private static void RenewalClaims(List<Row> rows)
    {
        static bool Renews(Row r) => !string.IsNullOrWhiteSpace(r.Gold.Answers.GetValueOrDefault("Renewal Term"));
        var read = rows.Where(r => r.Renewal is not null).ToList();
        var mentioned = rows.Where(r => r.Result.Clauses.Any(c => c.Facts.Has(FactNames.Renewal))).ToList();
        var withAnswer = rows.Count(Renews);
        Console.WriteLine();
        Console.WriteLine($"Says the contract renews ({withAnswer} contracts with a CUAD Renewal Term)");
        Console.WriteLine($"  renewal read: {read.Count(Renews),4} with an answer, {read.Count(r => !Renews(r)),3} without   (precision {Share(read.Count(Renews), read.Count)}, recall {Share(read.Count(Renews), withAnswer)})");
        Console.WriteLine($"  any clause mentions renewal: {mentioned.Count(Renews),4} with, {mentioned.Count(r => !Renews(r)),3} without   (precision {Share(mentioned.Count(Renews), mentioned.Count)}, recall {Share(mentioned.Count(Renews), withAnswer)})");
    }

    // The brief's "Parties" row against CUAD's Parties excerpts: a name read is right when it is
    // one of them (or one holds the other: "Alpha Inc." and "Alpha Inc., a Delaware corporation").
    private static void Parties(List<Row> rows, List<string> disagreements, bool everyContract)
    {
        int documents = 0, read = 0, right = 0, allRight = 0, none = 0;
        foreach (var row in rows)
        {
            var gold = row.Gold.Spans.Where(s => s.Category == "Parties").Select(s => NameKey(row.Gold.Text[s.Start..s.End])).Where(n => n.Length > 1).ToList();
            if (gold.Count == 0)
            {
                continue;
            }

            documents++;
            var names = row.Deal.Parties;
            none += names.Count == 0 ? 1 : 0;
            var wrong = names.Where(n => !gold.Any(g => g.Contains(NameKey(n), StringComparison.Ordinal) || NameKey(n).Contains(g, StringComparison.Ordinal))).ToList();
            read += names.Count;
            right += names.Count - wrong.Count;
            allRight += names.Count > 0 && wrong.Count == 0 ? 1 : 0;
            if (wrong.Count > 0 || everyContract)
            {
                disagreements.Add($"  [parties] {row.Gold.DocId}\n      CUAD: {string.Join(" | ", gold.Distinct().Take(6))}\n      read: {string.Join(" | ", names)}");
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Parties in the brief ({documents} contracts with CUAD Parties excerpts)");
        Console.WriteLine($"  names read {read}, one of CUAD's parties {right} (precision {Share(right, read)})");
        Console.WriteLine($"  every name right {allRight}/{documents} {Share(allRight, documents)}; no name read {none}");
    }

    // The brief's "Type of agreement" against CUAD's Document Name, both read with the brief's own
    // table of names ("Supply Agreement" is a supply agreement); names outside the table are left out.
    private static void AgreementTypes(List<Row> rows, List<string> disagreements)
    {
        int named = 0, equal = 0, inferred = 0, none = 0;
        foreach (var row in rows)
        {
            if (BriefDealReader.TypeNamed(row.Gold.DocumentName) is not { } gold)
            {
                continue;
            }

            named++;
            var type = row.Deal.AgreementType;
            inferred += type.EndsWith(")", StringComparison.Ordinal) ? 1 : 0;
            none += type == NegotiationBrief.NotStated ? 1 : 0;
            if (type.StartsWith(gold, StringComparison.Ordinal))
            {
                equal++;
            }
            else
            {
                disagreements.Add($"  [agreement type] {row.Gold.DocId}\n      CUAD: {row.Gold.DocumentName} ({gold}) | brief: {type}");
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Type of agreement in the brief ({named} contracts whose CUAD Document Name is in the brief's table)");
        Console.WriteLine($"  equals the name's type {equal,4}/{named}  {Share(equal, named)}; inferred from clauses {inferred}; not stated {none}");
    }

    private static string NameKey(string name) =>
        Analysis.Writing.Whitespace.Collapse(name).Trim(' ', ',', '.', ';', ':', '"', '\u201c', '\u201d', '(', ')').ToLowerInvariant();

    private static string Line(Row row, string what, string gold, string extracted, int start, int end)
    {
        var excerpt = end > start ? row.Text[start..Math.Min(end, start + ExcerptLength)].ReplaceLineEndings(" ") : "";
        return $"  [{what}] {row.Gold.DocId}\n      CUAD: {gold} | extracted: {extracted}\n      {excerpt}";
    }

    private static string Share(int n, int d) => d == 0 ? "-" : $"{100.0 * n / d:0.0}%";
}
