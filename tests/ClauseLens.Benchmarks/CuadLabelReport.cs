using ClauseLens.Analysis;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.TestSupport;
using ClauseLens.Data;

namespace ClauseLens.Benchmarks;

/// <summary>
/// "Missing &lt;label&gt;" against CUAD presence: a label is present in gold when any CUAD category
/// that maps to it (shared/data/README.md, "Label mapping") is present. Only labels CUAD annotates
/// are scored; CUAD has no confidentiality or dispute-resolution category.
/// </summary>
internal static class CuadLabelReport
{
    public static readonly IReadOnlyDictionary<string, string[]> Categories = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["ip_ownership"] = ["Ip Ownership Assignment", "Joint Ip Ownership"],
        ["license_grant"] = ["License Grant", "Non-Transferable License", "Affiliate License-Licensor", "Affiliate License-Licensee", "Unlimited/All-You-Can-Eat-License", "Irrevocable Or Perpetual License"],
        ["royalties"] = ["Revenue/Profit Sharing"],
        ["non_compete"] = ["Competitive Restriction Exception", "Non-Compete", "Exclusivity", "No-Solicit Of Customers", "No-Solicit Of Employees"],
        ["governing_law"] = ["Governing Law"],
        ["term_termination"] = ["Expiration Date", "Renewal Term", "Notice Period To Terminate Renewal", "Termination For Convenience", "Post-Termination Services"],
        ["audit_rights"] = ["Audit Rights"],
        ["liability"] = ["Uncapped Liability", "Cap On Liability"],
        ["assignment"] = ["Change Of Control", "Anti-Assignment"],
    };

    public sealed record Disagreement(string DocId, string Label, string What, (int Start, int End)? Evidence);

    /// <param name="claims">When given, a file to write each contract's required-rule outcome per label to (doc id, label, gold, finding kind; no text), for choosing bands on train.</param>
    public static List<Disagreement> Run(ContractAnalyzer analyzer, IReadOnlyList<GoldDocument> contracts, string split = "dev", string? claims = null)
    {
        var playbook = BuiltInPlaybooks.Default;
        var ingestor = new ContractIngestor();
        var rules = Categories.Keys.ToDictionary(l => l, _ => new ClaimTally());
        var classifier = Categories.Keys.ToDictionary(l => l, _ => new ClaimTally());
        var disagreements = new List<Disagreement>();
        // Why a truly absent label was not called missing: what the recall of "missing" is lost to.
        var lost = Categories.Keys.ToDictionary(l => l, _ => new Dictionary<string, int>(StringComparer.Ordinal));
        // What the label evidence reader saw in a contract where a "missing" claim was wrong (score only, no text).
        var reader = ContractAnalyzer.ShippedLabelEvidence();
        using var dump = claims is null ? null : new StreamWriter(claims);
        foreach (var contract in contracts)
        {
            var document = ingestor.FromText(contract.Text);
            var result = analyzer.Analyze(document, playbook);
            foreach (var (label, categories) in Categories)
            {
                var gold = categories.Any(c => contract.Present.GetValueOrDefault(c));
                if (dump is not null)
                {
                    var kind = result.Findings.FirstOrDefault(f => f.Label == label && IsRequired(playbook, f.RuleId))?.Kind;
                    dump.WriteLine($"{contract.DocId}\t{label}\t{gold}\t{(kind is null ? "none" : WireName.Of(kind.Value))}");
                }

                var missing = result.Findings.FirstOrDefault(f => f.Kind == FindingKind.Missing && f.Label == label && IsRequired(playbook, f.RuleId));
                var uncertain = result.Findings.Any(f => f.Kind == FindingKind.Uncertain && f.Label == label && IsRequired(playbook, f.RuleId));
                var hasRule = playbook.Rules.Any(r => r.Kind == RuleKind.Required && r.Label == label);
                rules[label].Add(!hasRule ? ElementClaim.NoClaim : missing is not null ? ElementClaim.Missing : uncertain ? ElementClaim.Uncertain : ElementClaim.Present, gold);
                var labelled = result.Clauses.FirstOrDefault(c => c.Has(label));
                classifier[label].Add(labelled is not null ? ElementClaim.Present : ElementClaim.Missing, gold);
                if (!gold && missing is null && hasRule)
                {
                    var why = NotMissingBecause(result, label, playbook);
                    lost[label][why] = lost[label].GetValueOrDefault(why) + 1;
                }

                if (uncertain && !gold && missing is null)
                {
                    // The cost of the evidence reader's uncertain band: a true gap a person now has to confirm.
                    disagreements.Add(new Disagreement(contract.DocId, label, $"finding uncertain {label}; gold absent", null));
                }

                if (missing is not null && gold)
                {
                    var span = contract.Spans.FirstOrDefault(s => categories.Contains(s.Category));
                    var seen = reader?.Reads(label) == true ? reader.Read(contract.Text)[label] : null;
                    var saw = seen is null ? "" : $"; evidence reader best {seen.Score:0.000} at {seen.Start}..{seen.End} ({seen.Band})";
                    disagreements.Add(new Disagreement(contract.DocId, label, $"finding missing {label} ({missing.RuleId}); gold present [{string.Join(", ", categories.Where(c => contract.Present.GetValueOrDefault(c)))}]{saw}",
                        span is null ? null : (span.Start, span.End)));
                }
            }
        }

        Console.WriteLine($"\n== CUAD labels on {contracts.Count} {split} contracts, playbook {playbook.Id} (gold present = any mapped CUAD category present)");
        Console.WriteLine($"{"label",-17} {"present",7} {"absent",6} | {"missing findings",16} {"right",5} {"P(miss)",7} {"R(abs)",6} {"uncert.",7} | {"no clause of label",18} {"right",5} {"P",5} {"R(abs)",6}");
        foreach (var label in Categories.Keys)
        {
            var t = rules[label];
            var c = classifier[label];
            var ruled = t.NoClaim == t.GoldPresent + t.GoldAbsent ? "(no required rule)" : t.MissingClaims.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Console.WriteLine($"{label,-17} {t.GoldPresent,7} {t.GoldAbsent,6} | {ruled,16} {t.MissingRight,5} {ClaimTally.Show(t.MissingPrecision),7} {ClaimTally.Show(t.AbsentRecall),6} {t.Uncertain,7} | {c.MissingClaims,18} {c.MissingRight,5} {ClaimTally.Show(c.MissingPrecision)} {ClaimTally.Show(c.AbsentRecall),6}");
        }

        Console.WriteLine("truly absent but not called missing, because: no-finding = the rule gave none (scoped to other contract types, or the text read as no contract); label = a clause the classifier labels; presentWhen = the rule's headings or facts; unsure = the classifier's uncertain band; reader+ / reader? = the label evidence reader's present / uncertain band");
        foreach (var (label, why) in lost.Where(l => l.Value.Count > 0))
        {
            Console.WriteLine($"  {label,-17} {string.Join(", ", why.OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => $"{w.Key} {w.Value}"))}");
        }

        if (split == "train")
        {
            Console.WriteLine("(train: the clause classifier was fitted on these contracts' clauses and the evidence reader on their excerpts, so these numbers are optimistic; choose on them, report dev)");
        }

        Console.WriteLine("target: P(miss) >= 0.97 for every label with a required rule; missing governing law found (R(abs) of governing_law) >= 0.95");
        return disagreements;
    }

    /// <summary>Which step of the required rule kept a "missing" claim from being made (the rule's order: label, presentWhen, unsure, reader).</summary>
    private static string NotMissingBecause(AnalysisResult result, string label, Playbook playbook)
    {
        var finding = result.Findings.FirstOrDefault(f => f.Label == label && IsRequired(playbook, f.RuleId));
        if (finding is null)
        {
            // The rule is scoped to other contract types than the one detected, or the text was judged not a contract.
            return "no-finding";
        }

        if (finding.Kind == FindingKind.Ok)
        {
            return result.Clauses.Any(c => PlaybookEvaluator.CarriesLabel(c, label)) ? "label" : finding.Detail is null ? "presentWhen" : "reader+";
        }

        return result.Clauses.Any(c => PlaybookEvaluator.NearlyCarriesLabel(c, label)) ? "unsure" : "reader?";
    }

    private static bool IsRequired(Playbook playbook, string ruleId) =>
        playbook.Rules.Any(r => r.Id == ruleId && r.Kind == RuleKind.Required);

    public static void Print(IEnumerable<Disagreement> disagreements)
    {
        Console.WriteLine("\n== CUAD disagreements (doc, label, what, first gold excerpt offsets)");
        foreach (var d in disagreements)
        {
            Console.WriteLine($"{d.DocId} | {d.Label} | {d.What} | gold {(d.Evidence is { } e ? $"{e.Start}..{e.End}" : "-")}");
        }
    }
}
