using System.Collections.Concurrent;
using ClauseLens.Analysis.Briefs;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.TestSupport;
using ClauseLens.Data;

namespace ClauseLens.Analysis.Tests.Pipeline;

/// <summary>
/// Every whole contract of <c>../shared/data/documents</c> (CUAD and ContractNLI, train and dev)
/// through the real pipeline: ingest, segmentation, classification, extraction and the default
/// playbook, then the negotiation brief built from it. A real contract must never make the analysis
/// or its brief throw.
/// </summary>
public sealed class EveryRealContractTests
{
    private static readonly Lazy<ContractAnalyzer> Analyzer = new(ContractAnalyzer.WithShippedModel);

    [Fact]
    public void EveryRealContractIsAnalysedAndBriefedWithEvidenceInsideItsText()
    {
        var documents = SharedData.Documents("train").Concat(SharedData.Documents("dev")).ToList();
        var firstPass = new ConcurrentBag<GoldDocument>();

        Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, gold =>
        {
            if (Problem(gold) is not null)
            {
                firstPass.Add(gold);
            }
        });

        // The patterns' one-second match timeout is wall time: on a machine busy with other work a
        // match can run out of it by waiting, not by backtracking. A document that failed is analysed
        // again on its own, so only what fails again, a fault of the text and not of the machine,
        // counts; the test does not depend on the machine's speed.
        var failures = firstPass.OrderBy(g => g.DocId, StringComparer.Ordinal)
            .Select(g => Problem(g) is { } problem ? $"{g.DocId}: {problem}" : null)
            .OfType<string>()
            .ToList();

        Assert.True(documents.Count >= 500, $"only {documents.Count} documents were read");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>What went wrong analysing <paramref name="gold"/> (the id-free problem, never contract text), or null.</summary>
    private static string? Problem(GoldDocument gold)
    {
        try
        {
            var document = new ContractIngestor().FromText(gold.Text);
            var result = Analyzer.Value.Analyze(document, BuiltInPlaybooks.Default);
            new BriefBuilder().Build(document, result);
            return OutsideText(document, result);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Where it was thrown; never the contract text.
            var frame = e.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("ClauseLens.", StringComparison.Ordinal))?.Trim();
            return $"{e.GetType().Name} {frame}";
        }
    }

    /// <summary>The first clause, fact or finding whose span is not inside the document, or null.</summary>
    internal static string? OutsideText(ContractDocument document, AnalysisResult result)
    {
        var length = document.Text.Length;
        bool Inside(int start, int end) => start >= 0 && start <= end && end <= length;
        foreach (var clause in result.Clauses)
        {
            if (!Inside(clause.Start, clause.End))
            {
                return $"clause {clause.Id} at {clause.Start}..{clause.End} of {length}";
            }

            var facts = clause.Facts;
            var spans = facts.Durations.Select(d => (Name: "duration", d.Start, d.End))
                .Concat(facts.Territories.Select(t => (Name: "territory", t.Start, t.End)))
                .Concat(facts.Scope.Select(s => (Name: "scope", s.Start, s.End)))
                .Concat(facts.GoverningLaw.Select(g => (Name: "law", g.Start, g.End)))
                .Concat(facts.Forums.Select(f => (Name: "forum", f.Start, f.End)))
                .Concat(facts.Elements.Select(e => (Name: e.Element, e.Start, e.End)));
            foreach (var (name, start, end) in spans)
            {
                if (!Inside(start, end) || start < clause.Start || end > clause.End)
                {
                    return $"{name} of clause {clause.Id} at {start}..{end}, clause {clause.Start}..{clause.End}";
                }
            }
        }

        foreach (var finding in result.Findings)
        {
            if (finding.Evidence is { } e && !Inside(e.Start, e.End))
            {
                return $"finding {finding.Id} at {e.Start}..{e.End} of {length}";
            }
        }

        return null;
    }
}
