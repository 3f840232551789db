using ClauseLens.Analysis;
using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.TestSupport;
using ClauseLens.Data;

namespace ClauseLens.Benchmarks;

/// <summary>
/// NDA elements against ContractNLI gold: each row is an element ClauseLens looks for, the playbook
/// rule that reports it, and the hypotheses whose gold says it is there. An element is present in
/// gold when its hypothesis is Entailment (the return row also accepts nda-20 either way: "may or
/// may not keep copies after return or destruction" presupposes a return or destruction).
/// </summary>
internal static class NdaElementReport
{
    /// <summary>
    /// One element as a reviewer sees it. <paramref name="Target"/>: the rows issue 16 set targets on
    /// (the broad elements against the hypotheses it named). <paramref name="Refined"/>: the rows whose
    /// gold asks exactly what the finding claims (the broad carve-out and return rows are replaced by
    /// their refinements, whose rules say "no notice" and "only on request"; nda-8 and nda-16 ask that).
    /// </summary>
    public sealed record Row(string Name, string Element, string PlaybookId, string RuleId, string Hypotheses, Func<GoldDocument, bool> Gold, bool Target, bool Refined);

    private static bool Entailed(GoldDocument d, string h) => d.Nli.TryGetValue(h, out var j) && j.Entailed;

    private static bool Mentioned(GoldDocument d, string h) => d.Nli.TryGetValue(h, out var j) && j.Choice != "NotMentioned";

    public static readonly Row[] Rows =
    [
        new("independent development", FactNames.ExclusionIndependent, "commercial-nda", "exclusions", "nda-12", d => Entailed(d, "nda-12"), true, true),
        new("third-party receipt", FactNames.ExclusionThirdParty, "commercial-nda", "exclusions", "nda-13", d => Entailed(d, "nda-13"), true, true),
        new("compelled disclosure", FactNames.CompelledDisclosure, "commercial-nda", "exclusions", "nda-8", d => Entailed(d, "nda-8"), true, false),
        new("notice before compelled", FactNames.CompelledDisclosureNotice, "commercial-nda", "compelled-disclosure-notice|exclusions", "nda-8", d => Entailed(d, "nda-8"), false, true),
        new("return on termination", FactNames.ReturnOrDestroy, "commercial-nda", "return", "nda-16", d => Entailed(d, "nda-16"), false, false),
        new("return or destroy", FactNames.ReturnOrDestroy, "commercial-nda", "return", "nda-16|nda-20", d => Entailed(d, "nda-16") || Mentioned(d, "nda-20"), true, false),
        new("return at the end", FactNames.ReturnAtEnd, "commercial-nda", "return-at-end|return", "nda-16", d => Entailed(d, "nda-16"), false, true),
        new("need to know (employees)", FactNames.NeedToKnow, "commercial-nda", "need-to-know", "nda-5", d => Entailed(d, "nda-5"), true, true),
        new("survival (default pb)", FactNames.Survival, BuiltInPlaybooks.DefaultId, "survival", "nda-19", d => Entailed(d, "nda-19"), false, false),
        new("survival", FactNames.Survival, "commercial-nda", "survival", "nda-19", d => Entailed(d, "nda-19"), true, true),
        new("no implied licence", FactNames.NoImpliedLicence, "commercial-nda", "no-implied-licence", "nda-15", d => Entailed(d, "nda-15"), false, false),
    ];

    /// <summary>Our evidence offsets are into the ingested text (<paramref name="Ingested"/>); gold offsets into the gold text.</summary>
    public sealed record Disagreement(string DocId, Row Row, ElementClaim Claim, (int Start, int End)? Evidence, NliJudgement? Gold, GoldDocument Document, string Ingested);

    public static List<Disagreement> Run(ContractAnalyzer analyzer, IReadOnlyList<GoldDocument> ndas, string split = "dev")
    {
        var tallies = Rows.ToDictionary(r => r, _ => new ClaimTally());
        var disagreements = new List<Disagreement>();
        var ingestor = new ContractIngestor();
        foreach (var nda in ndas)
        {
            var document = ingestor.FromText(nda.Text);
            var results = Rows.Select(r => r.PlaybookId).Distinct()
                .ToDictionary(id => id, id => analyzer.Analyze(document, BuiltInPlaybooks.All[id]));
            foreach (var row in Rows)
            {
                var (claim, evidence) = ElementStatus.Of(results[row.PlaybookId], row.Element, row.RuleId);
                var gold = row.Gold(nda);
                tallies[row].Add(claim, gold);
                var wrong = (claim == ElementClaim.Present && !gold) || (claim != ElementClaim.Present && gold);
                if (wrong || claim == ElementClaim.Uncertain)
                {
                    disagreements.Add(new Disagreement(nda.DocId, row, claim, evidence, nda.Nli.GetValueOrDefault(row.Hypotheses.Split('|')[0]), nda, document.Text));
                }
            }
        }

        Console.WriteLine($"\n== NDA elements on {ndas.Count} ContractNLI {split} NDAs (gold present = hypothesis Entailment)");
        Console.WriteLine($"{"element",-26} {"gold",-13} {"present",7} {"absent",6} | {"P",5} {"R",5} {"F1",5} | {"missing",7} {"right",5} {"P(miss)",7} {"R(abs)",6} | {"uncert.",7} {"no claim",8}");
        foreach (var row in Rows)
        {
            var t = tallies[row];
            Console.WriteLine($"{row.Name,-26} {row.Hypotheses,-13} {t.GoldPresent,7} {t.GoldAbsent,6} | {ClaimTally.Show(t.PresencePrecision)} {ClaimTally.Show(t.PresenceRecall)} {ClaimTally.Show(t.PresenceF1)} | {t.MissingClaims,7} {t.MissingRight,5} {ClaimTally.Show(t.MissingPrecision),7} {ClaimTally.Show(t.AbsentRecall),6} | {t.Uncertain,7} {t.NoClaim,8}");
        }

        Overall("overall (issue rows)", Rows.Where(r => r.Target).Select(r => tallies[r]).ToList());
        Overall("overall (refined rows)", Rows.Where(r => r.Refined).Select(r => tallies[r]).ToList());
        Console.WriteLine("targets: P(miss) >= 0.95 and R(abs) >= 0.85 per target row; overall presence F1 >= 0.93");
        Console.WriteLine("issue rows: the broad elements against the hypotheses issue 16 named; refined rows: each finding against the hypothesis that asks what it claims (nda-8 notice, nda-16 return at the end)");
        return disagreements;
    }

    private static void Overall(string name, List<ClaimTally> targets)
    {
        var tp = targets.Sum(t => t.TruePresent);
        var fp = targets.Sum(t => t.FalsePresent);
        var gp = targets.Sum(t => t.GoldPresent);
        var p = ClaimTally.Ratio(tp, tp + fp);
        var r = ClaimTally.Ratio(tp, gp);
        Console.WriteLine($"{name,-26} {"",-13} {gp,7} {targets.Sum(t => t.GoldAbsent),6} | {ClaimTally.Show(p)} {ClaimTally.Show(r)} {ClaimTally.Show(ClaimTally.F1(p, r))} | {targets.Sum(t => t.MissingClaims),7} {targets.Sum(t => t.MissingRight),5} {ClaimTally.Show(ClaimTally.Ratio(targets.Sum(t => t.MissingRight), targets.Sum(t => t.MissingClaims))),7} {ClaimTally.Show(ClaimTally.Ratio(targets.Sum(t => t.MissingRight), targets.Sum(t => t.GoldAbsent))),6} | {targets.Sum(t => t.Uncertain),7} {targets.Sum(t => t.NoClaim),8}");
    }

    /// <summary>Offsets only, unless <paramref name="snippets"/> (terminal reading; never commit the output).</summary>
    public static void Print(IEnumerable<Disagreement> disagreements, bool snippets)
    {
        Console.WriteLine("\n== NDA disagreements (doc | element | ClauseLens | gold [gold evidence in the gold text] | our evidence in the ingested text)");
        foreach (var d in disagreements.OrderBy(d => d.Row.Name, StringComparer.Ordinal).ThenBy(d => d.DocId, StringComparer.Ordinal))
        {
            var evidence = d.Evidence is { } e ? $"{e.Start}..{e.End}" : "-";
            var gold = d.Gold is null ? "-" : $"{d.Gold.Choice} [{string.Join(", ", d.Gold.Spans.Select(s => $"{s.Start}..{s.End}"))}]";
            Console.WriteLine($"{d.DocId} | {d.Row.Name} | {d.Claim} | gold {d.Row.Gold(d.Document)} {gold} | ours {evidence}");
            if (snippets)
            {
                if (d.Evidence is { } ours)
                {
                    Console.WriteLine($"    ours: {Snippet(d.Ingested, ours)}");
                }

                foreach (var span in d.Gold?.Spans.Take(3) ?? [])
                {
                    Console.WriteLine($"    gold: {Snippet(d.Document.Text, span)}");
                }
            }
        }
    }

    public static string Snippet(string text, (int Start, int End) span)
    {
        var start = Math.Clamp(span.Start, 0, text.Length);
        var end = Math.Clamp(Math.Min(span.End, span.Start + 240), start, text.Length);
        return text[start..end].ReplaceLineEndings(" ");
    }
}
