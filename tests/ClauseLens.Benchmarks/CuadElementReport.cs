using ClauseLens.Analysis;
using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Data;

namespace ClauseLens.Benchmarks;

/// <summary>
/// The commercial elements the playbooks rely on (audit, royalty basis, IP ownership, licence grant,
/// non-compete, exclusivity, non-solicit, anti-assignment, change of control) against CUAD category
/// presence: is the element found anywhere in the contract (patterns or a confident detector) when
/// CUAD annotates that category? "Not found" is what a required rule would build a "missing" claim
/// on, so its precision is reported too. Uncertain readings count as neither.
/// </summary>
internal static class CuadElementReport
{
    public sealed record Row(string Name, string[] Elements, string[] Categories);

    public static readonly Row[] Rows =
    [
        new("audit", [FactNames.Audit], ["Audit Rights"]),
        new("royalty / revenue share", [FactNames.RoyaltyBasis], ["Revenue/Profit Sharing"]),
        new("IP ownership assigned", [FactNames.IpAssignment, FactNames.IpOwnershipStated], ["Ip Ownership Assignment"]),
        new("joint IP ownership", [FactNames.JointOwnership, FactNames.JointIpOwnership], ["Joint Ip Ownership"]),
        new("licence grant", [FactNames.LicenceGrant, FactNames.LicenceExclusive, FactNames.LicenceNonExclusive], ["License Grant"]),
        new("non-compete", [FactNames.NonCompeteCovenant], ["Non-Compete"]),
        new("exclusivity", [FactNames.Exclusivity], ["Exclusivity"]),
        new("non-solicit", [FactNames.NonSolicit], ["No-Solicit Of Customers", "No-Solicit Of Employees"]),
        new("anti-assignment", [FactNames.AntiAssignment], ["Anti-Assignment"]),
        new("change of control", [FactNames.ChangeOfControl], ["Change Of Control"]),
    ];

    public sealed record Disagreement(string DocId, Row Row, ElementClaim Claim, (int Start, int End)? Evidence);

    public static List<Disagreement> Run(ContractAnalyzer analyzer, IReadOnlyList<GoldDocument> contracts, string split = "dev")
    {
        var tallies = Rows.ToDictionary(r => r, _ => new ClaimTally());
        var disagreements = new List<Disagreement>();
        var ingestor = new ContractIngestor();
        foreach (var contract in contracts)
        {
            var result = analyzer.Analyze(ingestor.FromText(contract.Text), BuiltInPlaybooks.Default);
            foreach (var row in Rows)
            {
                var gold = row.Categories.Any(c => contract.Present.GetValueOrDefault(c));
                var found = result.Clauses.SelectMany(c => row.Elements.SelectMany(c.Facts.SpansOf)).Select(s => ((int, int)?)s).FirstOrDefault();
                var unsure = result.Clauses.SelectMany(c => c.Facts.UncertainElements).FirstOrDefault(u => row.Elements.Contains(u.Element));
                var (claim, evidence) = found is not null ? (ElementClaim.Present, found)
                    : unsure is not null ? (ElementClaim.Uncertain, (unsure.Start, unsure.End))
                    : (ElementClaim.Missing, ((int, int)?)null);
                tallies[row].Add(claim, gold);
                if ((claim == ElementClaim.Present) != gold && claim != ElementClaim.Uncertain)
                {
                    disagreements.Add(new Disagreement(contract.DocId, row, claim, evidence));
                }
            }
        }

        Console.WriteLine($"\n== Commercial elements on {contracts.Count} CUAD {split} contracts (gold present = the CUAD category is present; 'not found' = no pattern or confident detector anywhere)");
        Console.WriteLine($"{"element",-26} {"present",7} {"absent",6} | {"P",5} {"R",5} {"F1",5} | {"not found",9} {"right",5} {"P(nf)",6} | uncert.");
        foreach (var row in Rows)
        {
            var t = tallies[row];
            Console.WriteLine($"{row.Name,-26} {t.GoldPresent,7} {t.GoldAbsent,6} | {ClaimTally.Show(t.PresencePrecision)} {ClaimTally.Show(t.PresenceRecall)} {ClaimTally.Show(t.PresenceF1)} | {t.MissingClaims,9} {t.MissingRight,5} {ClaimTally.Show(t.MissingPrecision),6} | {t.Uncertain,7}");
        }

        Console.WriteLine("no target: these elements only make a required clause present (they never make a limit rule apply); English patterns, Japanese patterns (ja-elements-report), no shipped CUAD detector");
        return disagreements;
    }

    public static void Print(IEnumerable<Disagreement> disagreements)
    {
        Console.WriteLine("\n== Commercial element disagreements (doc | element | ClauseLens | our evidence offsets)");
        foreach (var d in disagreements.OrderBy(d => d.Row.Name, StringComparer.Ordinal).ThenBy(d => d.DocId, StringComparer.Ordinal))
        {
            var evidence = d.Evidence is { } e ? $"{e.Start}..{e.End}" : "-";
            Console.WriteLine($"{d.DocId} | {d.Row.Name} | {(d.Claim == ElementClaim.Present ? "found, CUAD has none" : "not found, CUAD has it")} | {evidence}");
        }
    }
}
