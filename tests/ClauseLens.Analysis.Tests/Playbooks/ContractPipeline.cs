using ClauseLens.Analysis.Classification;
using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Segmentation;

namespace ClauseLens.Analysis.Tests.Playbooks;

/// <summary>The real analysis pipeline over the test contracts in Playbooks/Contracts.</summary>
internal static class ContractPipeline
{
    private static readonly Lazy<ContractAnalyzer> Analyzer = new(ContractAnalyzer.WithShippedModel);

    private static readonly Lazy<string> Folder = new(Locate);

    public static (ContractDocument Document, AnalysisResult Result) AnalyseWithDocument(string file, string playbookId)
    {
        var document = new ContractIngestor().FromText(File.ReadAllText(Path.Combine(Folder.Value, file)));
        return (document, Analyzer.Value.Analyze(document, BuiltInPlaybooks.All[playbookId]));
    }

    /// <summary>The real pipeline over a contract anywhere on disk (the shared data's contracts).</summary>
    public static (ContractDocument Document, AnalysisResult Result) AnalysePath(string path, string playbookId = BuiltInPlaybooks.DefaultId)
    {
        var document = new ContractIngestor().FromText(File.ReadAllText(path));
        return (document, Analyzer.Value.Analyze(document, BuiltInPlaybooks.All[playbookId]));
    }

    public static AnalysisResult Analyse(string file, string playbookId) => AnalyseWithDocument(file, playbookId).Result;

    /// <summary>"ruleId:kind" of every finding that is not ok.</summary>
    public static IReadOnlyList<string> Findings(string file, string playbookId) =>
        // Playbook findings only: the drafting checks have tests of their own (Drafting/).
        [.. Analyse(file, playbookId).Findings.Where(f => f.Kind is not FindingKind.Ok and not FindingKind.Drafting).Select(f => $"{f.RuleId}:{WireName.Of(f.Kind)}")];

    // The contracts live with the test sources; walk up from the binaries to find them.
    private static string Locate()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "Playbooks", "Contracts");
            if (Directory.Exists(candidate) && folder.GetFiles("*.csproj").Length > 0)
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("Playbooks/Contracts was not found above " + AppContext.BaseDirectory);
    }
}
