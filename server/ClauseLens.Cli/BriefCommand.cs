using System.Text;
using ClauseLens.Analysis;
using ClauseLens.Analysis.Briefs;
using ClauseLens.Analysis.Classification;
using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Segmentation;
using Spectre.Console;

namespace ClauseLens.Cli;

/// <summary>
/// <c>clauselens brief &lt;file&gt; --format html|md|docx [--playbook ID] [--lang en|ja] [--paper a4|letter] [--output FILE]</c>:
/// one contract in, a negotiation brief out, analysed in this process with the shipped model.
/// Exits 1 when a high-severity gap leads the brief, like <c>check</c>.
/// </summary>
internal static class BriefCommand
{
    public const string Help = """
        usage: clauselens brief <file> [--format html|md|docx] [--playbook ID] [--lang en|ja] [--paper a4|letter] [--output FILE]

          <file>             one .docx, .pdf, .html or .txt contract
          --format           html (default, print-friendly), md (Markdown) or docx (editable Word file)
          --playbook ID      a built-in playbook (default: japan-sme-collaboration)
          --lang             the reader's language of the brief: en or ja (default: the contract's own)
          --paper            page size for printing and for the .docx (default: the print dialog's; A4 for .docx)
          --output FILE      where to write the brief; html and md go to stdout without it, docx needs it

        exit codes: 0 no high-severity gap, 1 a high-severity gap, 2 bad arguments or an unreadable file
        """;

    public static Task<int> RunAsync(string[] args, CliIo io)
    {
        if (args.Any(a => a is "--help" or "-h"))
        {
            io.Ui.WriteLine(Help);
            return Task.FromResult(ExitCodes.Clean);
        }

        var (options, usage) = Parse(args);
        if (options is null)
        {
            io.Ui.WriteLine(Help);
            return Task.FromResult(io.Fail(usage!));
        }

        return Task.FromResult(Run(options, io));
    }

    private static int Run(BriefOptions options, CliIo io)
    {
        if (!File.Exists(options.File))
        {
            return io.Fail($"'{options.File}' does not exist.");
        }

        if (ContractIngestor.FormatOf(options.File) is not { } format)
        {
            return io.Fail($"files of type '{Path.GetExtension(options.File)}' cannot be analysed. Supported: {string.Join(", ", ContractIngestor.SupportedExtensions)}.");
        }

        if (BuiltInPlaybooks.All.GetValueOrDefault(options.Playbook) is not { } playbook)
        {
            return io.Fail($"there is no built-in playbook '{options.Playbook}'. Known: {string.Join(", ", BuiltInPlaybooks.All.Keys.Order())}.");
        }

        if (!File.Exists(ModelClauseClassifier.DefaultPath))
        {
            return io.Fail($"the clause classifier was not found at '{ModelClauseClassifier.DefaultPath}'; rebuild clauselens.");
        }

        ContractDocument document;
        try
        {
            using var stream = File.OpenRead(options.File);
            document = new ContractIngestor().Read(stream, format);
        }
        catch (IngestException e)
        {
            return io.Fail($"'{Path.GetFileName(options.File)}' could not be read: {e.Message}");
        }

        if (document.IsBlank)
        {
            return io.Fail($"'{Path.GetFileName(options.File)}' holds no text.");
        }

        var analyzer = ContractAnalyzer.WithShippedModel();
        var brief = new BriefBuilder().Build(document, analyzer.Analyze(document, playbook, new ClauseLens.Analysis.Context.AnalysisOptions(Language: options.Language)));
        var rendered = new BriefRenderer().Render(brief, options.Format, options.Paper);
        if (options.Output is null)
        {
            io.Results.Write(Encoding.UTF8.GetString(rendered.Content));
        }
        else
        {
            File.WriteAllBytes(options.Output, rendered.Content);
            io.Ui.WriteLine($"Brief written to {options.Output}: {brief.TopGaps.Count} top gaps, {brief.Questions.Count} questions, {brief.AfterSigning.Count} after-signing items.");
        }

        return brief.TopGaps.Any(g => g.Severity == Severity.High) ? ExitCodes.HighSeverity : ExitCodes.Clean;
    }

    private sealed record BriefOptions(string File, BriefFormat Format, string Playbook, BriefPaper Paper, string? Output, string? Language = null);

    private static (BriefOptions? Options, string? Usage) Parse(string[] args)
    {
        string? file = null, playbook = null, output = null, language = null;
        var format = BriefFormat.Html;
        var paper = BriefPaper.Auto;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (file is not null)
                {
                    return (null, "give exactly one contract file.");
                }

                file = arg;
                continue;
            }

            if (i + 1 >= args.Length)
            {
                return (null, $"{arg} needs a value.");
            }

            var value = args[++i];
            switch (arg)
            {
                case "--format" when BriefRenderer.TryParseFormat(value, out format):
                    break;
                case "--format":
                    return (null, $"unknown format '{value}': use {BriefRenderer.FormatNames}.");
                case "--paper" when BriefRenderer.TryParsePaper(value, out paper):
                    break;
                case "--paper":
                    return (null, $"unknown paper '{value}': use a4 or letter.");
                case "--playbook":
                    playbook = value;
                    break;
                case "--output" or "-o":
                    output = value;
                    break;
                case "--lang" when value is "en" or "ja":
                    language = value;
                    break;
                case "--lang":
                    return (null, "--lang must be en or ja.");
                default:
                    return (null, $"unknown option '{arg}'.");
            }
        }

        if (file is null)
        {
            return (null, "give the contract file to brief.");
        }

        // A .docx is binary: it is never written to a terminal or a pipe by surprise.
        return format == BriefFormat.Docx && output is null
            ? (null, "--format docx needs --output FILE.")
            : (new BriefOptions(file, format, playbook ?? BuiltInPlaybooks.DefaultId, paper, output, language), null);
    }
}
