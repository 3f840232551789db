using System.Text.Json;
using ClauseLens.Analysis;
using ClauseLens.Analysis.Classification;
using ClauseLens.Analysis.Compare;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Reports;
using ClauseLens.Analysis.Writing;
using Spectre.Console;

namespace ClauseLens.Cli;

/// <summary>
/// <c>clauselens compare &lt;before&gt; &lt;after&gt; [--playbook ID] [--format table|json]</c>: two drafts in,
/// the clauses the later draft added, removed, changed or moved and the findings that brought or
/// settled, analysed in this process with the shipped model. Exits 1 when the later draft brings a
/// new high-severity finding.
/// </summary>
internal static class CompareCommand
{
    public const string Help = """
        usage: clauselens compare <before> <after> [--playbook ID] [--format table|json]

          <before>           the earlier draft (.docx, .pdf, .html or .txt)
          <after>            the later draft, e.g. the counterparty's redline
          --playbook ID      a built-in playbook (default: japan-sme-collaboration)
          --format           table (default, for reading) or json (the /api/compare response)

        exit codes: 0 no new high-severity finding, 1 the later draft brings one, 2 bad arguments or an unreadable file
        """;

    public static int Run(string[] args, CliIo io)
    {
        if (args.Any(a => a is "--help" or "-h"))
        {
            io.Ui.WriteLine(Help);
            return ExitCodes.Clean;
        }

        var (options, usage) = Parse(args);
        if (options is null)
        {
            io.Ui.WriteLine(Help);
            return io.Fail(usage!);
        }

        if (BuiltInPlaybooks.All.GetValueOrDefault(options.Playbook) is not { } playbook)
        {
            return io.Fail($"there is no built-in playbook '{options.Playbook}'. Known: {string.Join(", ", BuiltInPlaybooks.All.Keys.Order())}.");
        }

        var (before, beforeError) = Read(options.Before, "before");
        if (before is null)
        {
            return io.Fail(beforeError!);
        }

        var (after, afterError) = Read(options.After, "after");
        if (after is null)
        {
            return io.Fail(afterError!);
        }

        if (!File.Exists(ModelClauseClassifier.DefaultPath))
        {
            return io.Fail($"the clause classifier was not found at '{ModelClauseClassifier.DefaultPath}'; rebuild clauselens.");
        }

        var comparison = new DraftComparer(ContractAnalyzer.WithShippedModel()).Compare(before, after, playbook);
        if (options.Json)
        {
            io.Results.WriteLine(JsonSerializer.Serialize(comparison, BatchReport.Json));
        }
        else
        {
            WriteTable(comparison, io);
        }

        return comparison.Findings.New.Any(f => f.Severity == Severity.High) ? ExitCodes.HighSeverity : ExitCodes.Clean;
    }

    private static (ContractDocument?, string?) Read(string path, string part)
    {
        if (!File.Exists(path))
        {
            return (null, $"the {part} draft '{path}' does not exist.");
        }

        if (ContractIngestor.FormatOf(path) is not { } format)
        {
            return (null, $"the {part} draft: files of type '{Path.GetExtension(path)}' cannot be analysed. Supported: {string.Join(", ", ContractIngestor.SupportedExtensions)}.");
        }

        try
        {
            using var stream = File.OpenRead(path);
            var document = new ContractIngestor().Read(stream, format);
            return document.IsBlank ? (null, $"the {part} draft '{Path.GetFileName(path)}' holds no text.") : (document, null);
        }
        catch (IngestException e)
        {
            return (null, $"the {part} draft '{Path.GetFileName(path)}' could not be read: {e.Message}");
        }
    }

    private static void WriteTable(DraftComparison comparison, CliIo io)
    {
        // The reader's own files on their own machine: clause numbers and headings name the clauses.
        static string Name(AnalysisResult result, string? id) =>
            result.Clauses.FirstOrDefault(c => c.Id == id) is { } c
                ? string.Join(' ', new[] { c.Number, c.Heading }.Where(p => !string.IsNullOrWhiteSpace(p))) is { Length: > 0 } name ? name : c.Kind.ToString()
                : "";

        string Titles(IEnumerable<string> ids, AnalysisResult side) =>
            string.Join("; ", ids.Select(id => side.Findings.First(f => f.Id == id)).Select(f => $"{ReaderWords.Severity(f.Severity)}: {f.Title}"));

        var table = new Table().AddColumns("change", "before", "after", "clause types", "new findings", "resolved findings");
        foreach (var change in comparison.Changes)
        {
            table.AddRow(
                Markup.Escape(WireName.Of(change.Kind) + (change.Kind == ClauseChangeKind.Moved && change.TextChanged ? " + changed" : "")),
                Markup.Escape(Name(comparison.Before, change.BeforeClauseId)),
                Markup.Escape(Name(comparison.After, change.AfterClauseId)),
                Markup.Escape(string.Join(", ", change.Labels.Select(l => ReaderWords.Label(l)))),
                Markup.Escape(Titles(change.NewFindingIds, comparison.After)),
                Markup.Escape(Titles(change.ResolvedFindingIds, comparison.Before)));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(io.Results) });
        console.Profile.Width = Math.Max(console.Profile.Width, 160);
        if (comparison.Changes.Count == 0)
        {
            console.WriteLine("The drafts have the same clauses.");
        }
        else
        {
            console.Write(table);
        }

        console.WriteLine($"{comparison.Changes.Count} changed {(comparison.Changes.Count == 1 ? "clause" : "clauses")}; findings: {comparison.Findings.New.Count} new, {comparison.Findings.Resolved.Count} resolved, {comparison.Findings.Unchanged.Count} unchanged (playbook {comparison.Playbook.Id} {comparison.Playbook.Version}).");
        foreach (var f in comparison.Findings.New.Where(f => f.ClauseId is null))
        {
            console.WriteLine($"new, not tied to a clause: {ReaderWords.Severity(f.Severity)}: {f.Title}");
        }

        foreach (var f in comparison.Findings.Resolved.Where(f => f.ClauseId is null))
        {
            console.WriteLine($"resolved, not tied to a clause: {ReaderWords.Severity(f.Severity)}: {f.Title}");
        }
    }

    private sealed record CompareOptions(string Before, string After, string Playbook, bool Json);

    private static (CompareOptions? Options, string? Usage) Parse(string[] args)
    {
        var files = new List<string>();
        string? playbook = null;
        var json = false;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                files.Add(arg);
                continue;
            }

            if (i + 1 >= args.Length)
            {
                return (null, $"{arg} needs a value.");
            }

            var value = args[++i];
            switch (arg)
            {
                case "--playbook":
                    playbook = value;
                    break;
                case "--format" when value is "table" or "json":
                    json = value == "json";
                    break;
                case "--format":
                    return (null, $"unknown format '{value}': use table or json.");
                default:
                    return (null, $"unknown option '{arg}'.");
            }
        }

        return files.Count == 2
            ? (new CompareOptions(files[0], files[1], playbook ?? BuiltInPlaybooks.DefaultId, json), null)
            : (null, "give two drafts: the earlier one, then the later one.");
    }
}
