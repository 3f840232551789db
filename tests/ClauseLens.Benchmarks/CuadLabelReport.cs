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

    public static List<Disagreement> Run(ContractAnalyzer analyzer, IReadOnlyList<GoldDocument> contracts)
    {
        var playbook = BuiltInPlaybooks.Default;
        var ingestor = new ContractIngestor();
        var rules = Categories.Keys.ToDictionary(l => l, _ => new ClaimTally());
        var classifier = Categories.Keys.ToDictionary(l => l, _ => new ClaimTally());
        var disagreements = new List<Disagreement>();
        // What the label evidence reader saw in a contract where a "missing" claim was wrong (score only, no text).
        var reader = ContractAnalyzer.ShippedLabelEvidence();
        foreach (var contract in contracts)
        {
            var result = analyzer.Analyze(ingestor.FromText(contract.Text), playbook);
            foreach (var (label, categories) in Categories)
            {
                var gold = categories.Any(c => contract.Present.GetValueOrDefault(c));
                var missing = result.Findings.FirstOrDefault(f => f.Kind == FindingKind.Missing && f.Label == label && IsRequired(playbook, f.RuleId));
                var uncertain = result.Findings.Any(f => f.Kind == FindingKind.Uncertain && f.Label == label && IsRequired(playbook, f.RuleId));
                var hasRule = playbook.Rules.Any(r => r.Kind == RuleKind.Required && r.Label == label);
                rules[label].Add(!hasRule ? ElementClaim.NoClaim : missing is not null ? ElementClaim.Missing : uncertain ? ElementClaim.Uncertain : ElementClaim.Present, gold);
                var labelled = result.Clauses.FirstOrDefault(c => c.Has(label));
                classifier[label].Add(labelled is not null ? ElementClaim.Present : ElementClaim.Missing, gold);
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

        Console.WriteLine($"\n== CUAD labels on {contracts.Count} dev contracts, playbook {playbook.Id} (gold present = any mapped CUAD category present)");
        Console.WriteLine($"{"label",-17} {"present",7} {"absent",6} | {"missing findings",16} {"right",5} {"P(miss)",7} {"R(abs)",6} {"uncert.",7} | {"no clause of label",18} {"right",5} {"P",5} {"R(abs)",6}");
        foreach (var label in Categories.Keys)
        {
            var t = rules[label];
            var c = classifier[label];
            var ruled = t.NoClaim == t.GoldPresent + t.GoldAbsent ? "(no required rule)" : t.MissingClaims.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Console.WriteLine($"{label,-17} {t.GoldPresent,7} {t.GoldAbsent,6} | {ruled,16} {t.MissingRight,5} {ClaimTally.Show(t.MissingPrecision),7} {ClaimTally.Show(t.AbsentRecall),6} {t.Uncertain,7} | {c.MissingClaims,18} {c.MissingRight,5} {ClaimTally.Show(c.MissingPrecision)} {ClaimTally.Show(c.AbsentRecall),6}");
        }

        Console.WriteLine("target: P(miss) >= 0.97 for every label with a required rule; missing governing law found (R(abs) of governing_law) >= 0.95");
        return disagreements;
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
